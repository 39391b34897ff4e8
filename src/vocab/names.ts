/**
 * Names as reports write them: Chinese surnames in pinyin ("Zhang Wei", "a man
 * surnamed Du"), in the romanisations of Taiwan and Hong Kong ("a man surnamed
 * Hsiao", "Lee Yi-hsien", "Bill Yuen Chung-biu") and in characters ("李某",
 * "黃男", "被告鎮小江").
 */

const words = (s: string) => s.split(/\s+/).filter(Boolean);

// The common Chinese surnames in pinyin: a general vocabulary, not a list of case names.
const PINYIN_SURNAMES = words(
  'Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo Zheng Liang Xie Song Tang Han Feng Deng Cao ' +
    'Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye Cheng Wei Su Lu Ding Ren Yao Shen Zhong Cui Tan Fan Liao Shi Jin Jia Xia ' +
    'Fu Fang Zou Xiong Bai Meng Qin Qiu Hou Yin Xue Yan Duan Lei Long Tao Mao Hao Gu Gong Shao Wan Qian Dai Mo Kong Xiang Chang ' +
    'Kang Yi Qi Niu Hong Chai Mei Geng Ji Lai Lan Bao Bi Ou Ouyang Sima Zhuge Situ Shangguan Zhan Qu Rao Ning Yue Zhai Shu Jiao ' +
    'Che Gan Ge Hua Huo Kou Lou Miao Nie Pang Rong Sang Tong Wen Wo Xin Yun Zang Zuo Ai An Ban Bu Cen Chu Diao Fei Gui Hang Hei ' +
    // ...more of the surnames in characters below (关 Guan, 阮 Ruan, 翁 Weng...) and the two-syllable ones (夏侯 Xiahou...).
    // Left out: syllables as common in given names, which a name in Western order puts first ("Chi Leung Wai", "Jian
    // Guo": the surname is the last word), and "You", "She", "Ran", English words at the start of a sentence.
    'Guan Ruan Weng Mou Dou Leng Gou Bian Luan Kuang Lyu Xiahou Murong Linghu Huangfu Yuchi Gongsun Yuwen Duanmu Dugu',
);

/**
 * The same surnames as Taiwan (Wade-Giles) and Hong Kong (Cantonese) spell them: "a man surnamed Hsiao",
 * "Lee Yi-hsien (李易諴)", "Chung Biu Yuen, a 63-year-old office manager". Left out: spellings that are
 * English words on their own ("So", "Man", "Law", "Young", "Hon", "Sit").
 */
export const ROMANISED_SURNAMES = words(
  'Lee Chan Cheung Wong Leung Lau Ng Kwok Yuen Yip Tse Tsang Chow Chau Chiu Fung Lam Mak Poon Siu Tam Yeung Wai Hui Kwan Ip ' +
    'Choi Fok Ho Kam Ko Kwong Lui Mok Shek Szeto Tsui Yau Yiu Koo Chao Chien Chou Chuang Hsia Hsiao Hsieh Hsu Hsueh Hung ' +
    'Kao Kuo Kuan Kung Tsai Tseng Tsao Tsou Teng Yeh Yen Chiang Chin Soong Sung',
);

/** Chinese surnames in every romanisation the reading rules know. */
export const SURNAMES = new Set([...PINYIN_SURNAMES, ...ROMANISED_SURNAMES]);

/**
 * One syllable of a Chinese given name as Taiwan and Hong Kong romanise it, the parts of "Wei-jen",
 * "Yi-hsien", "Chung-biu", "Ching-te": an initial (hs, ts', ch', ng, kw...), vowels, a final.
 */
export const ROMANISED_SYLLABLE = /^(?:ts'?|tz|ch'?|hs|sh|ng|kw|gw|[bcdfghjklmnpqrstwxyz]'?)?[aeiouü]{1,3}(?:ng|n|m|h|p|t|k|r)?$/i;

// Common Chinese surnames as written in characters, for names Chinese reports give as "李某" (surname + 某, "a certain").
// Left out: characters that before 某 are more often a word of their own (于某日, 担任某职, 对方某些).
export const ZH_SURNAMES =
  '卢许王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐韩冯邓曹彭曾肖田董潘袁蔡蒋余杜叶程魏苏吕丁姚沈钟崔谭陆范廖石金贾夏付傅邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵钱严覃武戴莫孔常汤康易乔赖施洪辛柯庄倪温牛葛欧阎鲁韦昌尤';

/**
 * Surnames a full name in characters may start with, after a word that says someone is named
 * ("被告鎮小江", "退役上校周天慈", "研究官向德恩"): the list above and less common ones (祝, 屈, 岳, 镇...).
 * Left out: characters that after such a word are more often a word of their own (和, 与, 时, 成, 于, 对, 将,
 * 任职, 管理, 申请, 尚未, 符合, 包括), and 席, the end of 主席 (chairman) before a name: "主席屈宏義".
 */
export const ZH_FULL_NAME_SURNAMES =
  ZH_SURNAMES +
  '方汪姜欧阳安齐伍庞颜聂章岳翟殷詹耿关兰焦俞左柳甘祝宁舒阮纪梅童凌毕季裴霍涂苗谷盛曲翁冉骆蓝游靳柴蒙鲍华喻祁蒲房滕屈饶牟艾卓缪简项麦褚娄楼窦戚岑景宫费卜冷晏卫米柏宗瞿桂佟臧闵苟邬卞姬仇栾隋刁沙荣巫寇桑郎甄仲虞敖巩佘池邝镇';

/**
 * Two-character surnames, read before the one-character ones so the given name is what follows them:
 * "欧阳明辉是某军工企业的技术人员", "法院判处司马俊杰", "諸葛文彬涉嫌", "上官婉清，女，", "欧阳某". Left out:
 * surnames that are more often words (东方 east, 西门 west gate, 百里, 长孙).
 */
export const ZH_COMPOUND_SURNAMES = [
  '欧阳',
  '司马',
  '诸葛',
  '上官',
  '司徒',
  '夏侯',
  '慕容',
  '令狐',
  '皇甫',
  '尉迟',
  '公孙',
  '宇文',
  '轩辕',
  '端木',
  '申屠',
  '独孤',
  '钟离',
  '呼延',
] as const;

// What follows 某 when it means "a certain" thing, not a person: 某日, 某地, 某单位, 某高校...
export const ZH_NOT_PERSON_AFTER = '日地处单位公司部门国高校市省县区军港机关企业种些个方项类次段年月家所型款职境网';

/**
 * Characters that end a name in characters when they follow it: a verb, a preposition or a particle
 * ("向德恩遭吸收", "劉萬禮等3人", "鎮小江案", "孫海濤和", "與林志豪共謀"), never the third character of a two-character
 * given name. Read with the name: "被告李明被判" is 李明, "被告李明华被判" is 李明华.
 */
export const ZH_NAME_ENDS =
  '被遭涉因于於在是为為等的与與和及曾已将將也则則并並均即对對从從向自称稱表指说說讲講所之以把由就又还還仍都再竟却卻会會能要更案判获獲受经經赴返入透收提利接前后後今昨担擔任兼系係共';

/**
 * Time words right after a name in characters, whose first character would otherwise be read as the third of
 * a two-character given name: "与丈夫胡晓去年被捕" is 胡晓, "李明近日被起诉" is 李明, and the aspect word of
 * something going on at the time ("村民王刚正在田里劳作" is 王刚). Words that start with a
 * character of the list above (今年, 前年, 昨日) end the name already; the single characters are left out as
 * given names use them (霍去病, 张旭日).
 */
export const ZH_NAME_TIME_WORDS = ['去年', '近日', '近期', '日前', '上月', '本月', '当天', '当日', '正在'] as const;

/**
 * Last characters of a place or an organisation that starts with a surname's character (苏州, 温州, 郑州市,
 * 金门县, 黄浦区, 常州公司, 陸委會): such a word before "与同事<name>" is not a person named with another, nor a name a
 * report keeps using (recurring-names.ts).
 */
export const ZH_PLACE_ORG_ENDS = '州省市县縣区區镇鎮村部局厅廳院司社港岛島湾灣会會';

/**
 * Characters a given name does not start with: a pronoun, a place, a side of the case or a verb
 * after what looked like a surname ("被告向法院", "被告方面", "軍官曾受招待", "男子凌晨").
 */
export const ZH_NOT_GIVEN_NAME_START =
  '某他她它们們法检檢警台臺陆陸该該此各本我你对對方面人员員军軍部局处處厅廳院所校机機官兵队隊旅营營连連等受经經被遭在于於是有到参參多因为為' +
  // ...or a word that starts with a surname's character: 凌晨, 毕业, 安装, 安排, 项目, 左右, 焦点, 游客, 纪律, 华裔, 金属;
  // or 以 (by means of) after an adverb that is also a surname: "间谍常以“高薪兼职”拉拢" (spies often lure with...).
  '晨业業装裝排置全星目度右点點客律裔些个個样樣属屬以' +
  // ...or 高级 (senior) before a post: "州长高级助手孙雯" (a governor's senior aide, Sun Wen).
  '级級' +
  // ...or the unit of a place whose name ends in a surname's character, after an office that ends in 长 (head): "湖南省長沙市
  // 人民代表大會" is 省長 (governor) and 沙市人 to a reader of names, but 長沙市 (the city of Changsha).
  '市省县縣区區';

/**
 * How a Chinese nickname is made of one character and a form of address: "老K", "小陈", "阿竹" (before it), "飞哥", "芳姐"
 * (after it). A handler often goes by one alone: "受境外间谍“飞哥”指示".
 */
export const ZH_NICKNAME_PREFIXES = '老小阿';
export const ZH_NICKNAME_SUFFIXES = '哥姐';

/**
 * Lowercase words inside a European surname: "Ludwig van der Berg", "Maria de la Cruz", "Ursula von
 * Hohenberg", "Luca di Stefano". Read only between capitalised words of a name.
 */
export const NAME_PARTICLES = words('van von der den de del della dos da di du la le ter ten bin ibn');

/**
 * What a name may end on after its surname, as sons bearing their father's name write it: "Romeo Roe Jr.", "John Doe
 * III". Never the surname the report uses alone.
 */
export const GENERATION_SUFFIXES = new Set(['Jr', 'Jr.', 'Sr', 'Sr.', 'II', 'III', 'IV']);

/**
 * Honorifics and forms of address before a name or nickname, part of how a report names someone:
 * "Miss Q", "Brother Hoi", "Sister Fang", "Boss Liang", "Uncle Kit", "Old Zhou", "Little Chen".
 */
export const HONORIFICS = new Set(words('Mr Mrs Ms Miss Madam Dr Prof Professor Brother Sister Uncle Auntie Aunt Boss Old Little Master'));

/**
 * Words that are common in English prose (a stop word, an outlet's name) and also a given name in pinyin
 * after a surname: "Zhao Xinhua" (新华, a given name as common as the agency's), "Li An" (安), "Wang He" (和).
 */
export const PINYIN_GIVEN_COMMON_WORDS = new Set(['Xinhua', 'An', 'He']);

/**
 * English given names that people of Chinese origin take, written before their surname: "Linda Sun" is 孙雯 in
 * a Chinese report, "John Leung" is 梁成運, "Chris Hu" is 胡骁. Such a name says the surname, not the Chinese
 * given name, so it meets the name in characters by surname. Only names that could not be read as a Chinese
 * given name are needed: the reading tries pinyin first ("Linda" would be lin-da), so these are checked before it.
 */
export const WESTERN_GIVEN_NAMES = new Set(
  words(
    'John James Peter Paul David Michael Thomas Joseph William Richard Charles Daniel Mark Steven Stephen Kevin Eric Jason ' +
      'Tony Andrew Alex Alexander Jack Henry Frank George Edward Jimmy Joshua Nathan Ben Benjamin Bill Victor Vincent Raymond ' +
      'Simon Sam Samuel Jerry Ken Kenneth Albert Alan Allen Brian Dennis Gary Harry Howard Jeff Larry Martin Max Nelson Oscar ' +
      'Ray Roger Ronald Ryan Terry Tom Walter Wilson Chris Christopher Patrick Sheldon Jonathan Philip Matthew Anthony Robert ' +
      'Linda Mary Jennifer Lisa Karen Nancy Helen Grace Amy Anna Annie Cindy Emily Emma Irene Jane Jenny Joyce Julia Kelly Lily ' +
      'Lucy Maggie Michelle Rose Sally Sarah Susan Tina Vivian Wendy Yvonne Agnes Alice Angela Betty Carol Catherine Christina ' +
      'Claire Connie Doris Elaine Eva Fiona Gloria Iris Jessica Joanne Judy Katherine Kitty Mandy Maria Monica Peggy Rachel ' +
      'Rebecca Stephanie Teresa Winnie Carrie Rita',
  ),
);
