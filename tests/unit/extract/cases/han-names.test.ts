/**
 * Full names in Chinese characters: after a title, at the head of a count, as a subject, glossed with
 * their romanised form; where a name ends when the text runs on ("向德恩遭吸收").
 */
import { describe, expect, it } from 'vitest';
import { findPeople, findPersonIntros } from '../../../../src/extract/cases/entities.ts';
import { hanName } from '../../../../src/extract/cases/han-names.ts';

const names = (text: string) => findPersonIntros(text).map((i) => i.name);

describe('names in characters after a title', () => {
  it.each([
    // One line per title word: the title, then a name that runs into the next word.
    ['被告人郭立新在庭审中认罪。', '郭立新'],
    ['法院判处被告钱永昌有期徒刑六年。', '钱永昌'],
    ['檢方起訴嫌犯藍振宇，指他涉嫌刺探軍情。', '藍振宇'],
    ['嫌疑人方立军已被刑事拘留。', '方立军'],
    ['主犯龐志強負責聯繫境外買家。', '龐志強'],
    ['從犯葉家明負責運輸。', '葉家明'],
    ['共犯甄美玲則被判緩刑。', '甄美玲'],
    ['涉案人仇志远已到案。', '仇志远'],
    ['共諜顏國棟以商人身分掩護。', '顏國棟'],
    ['另一名中共間諜巫承恩仍在通緝中。', '巫承恩'],
    ['已退役的上將聶文龍', '聶文龍'],
    ['退役中將饒紹宗遭約談。', '饒紹宗'],
    ['海軍退役少將季志成出席活動。', '季志成'],
    ['退役上校簡明德，1998年起任職。', '簡明德'],
    ['空軍中校裴家豪涉嫌洩密。', '裴家豪'],
    ['陸軍少校麥子軒遭羈押。', '麥子軒'],
    ['前陸軍上尉婁天佑來台經商。', '婁天佑'],
    ['退伍中尉竇國威遭起訴。', '竇國威'],
    ['一名少尉費立群也被約談。', '費立群'],
    ['一級士官長閔振華遭判刑。', '閔振華'],
    ['陸軍士官鄔志強被起訴。', '鄔志強'],
    ['美國海軍士兵欒文傑遭逮捕。', '欒文傑'],
    ['水兵榮立德出售艦艇資料。', '榮立德'],
    ['退休軍官鞏立人吸收現役軍人。', '鞏立人'],
    ['退役飛官鄺志遠提供情資。', '鄺志遠'],
    ['空軍官校教官崔明道遭吸收。', '崔明道'],
    ['前副指揮官鎮國良當共諜。', '鎮國良'],
    ['作戰研究發展室研究官祝世平涉案。', '祝世平'],
    ['航天科研人员屈立新被境外间谍策反。', '屈立新'],
    ['某研究所工程师岳海涛出售图纸。', '岳海涛'],
    ['技术员尤志刚拍摄设备。', '尤志刚'],
    ['空運作戰隊中校分隊長翟孟達駕機叛逃。', '翟孟達'],
    ['前飛訓部中校副主任殷文山遭判刑。', '殷文山'],
    ['立委助理詹士傑遭起訴。', '詹士傑'],
    ['將軍的前祕書耿明華遭偵辦。', '耿明華'],
    ['議員秘書潘家偉涉嫌收賄。', '潘家偉'],
    ['旅行社員工俞秀蘭介紹兩人認識。', '俞秀蘭'],
    ['貨輪船員左志明拍攝港口。', '左志明'],
    ['聯誼會會長柳家興遭聲押。', '柳家興'],
    ['協會理事長甘正雄涉嫌接受招待。', '甘正雄'],
    ['校友會前執行長喻文慧企圖吸收立委。', '喻文慧'],
    ['貿易公司董事長寧國華遭起訴。', '寧國華'],
    ['该公司总经理蒲立军组织出口。', '蒲立军'],
    ['物流公司负责人滕建平被查获。', '滕建平'],
    ['一名男子舒志远被海关查获。', '舒志远'],
    ['女子阮秀英协助运输。', '阮秀英'],
    ['她的丈夫紀國強在軍中服務。', '紀國強'],
    ['他的妻子梅麗華也遭約談。', '梅麗華'],
    ['台商童家豪在大陸經商多年。', '童家豪'],
    ['留学生凌志远被境外情报人员接触。', '凌志远'],
    ['外籍商人戚明德在边境被查获。', '戚明德'],
    ['一名美国公民岑立安在机场被拦截。', '岑立安'],
  ])('%s -> %s', (text, name) => {
    expect(names(text)).toContain(name);
  });

  it('ends a name where a verb or particle starts, and takes one or two characters of given name', () => {
    expect(names('研究官向德明遭吸收。')).toEqual(['向德明']);
    expect(names('被告李明被判刑三年。')).toEqual(['李明']);
    expect(names('被告李明华被判刑三年。')).toEqual(['李明华']);
    expect(hanName('周自立')).toBe('周自立');
    expect(hanName('王某')).toBeNull();
    // Words that start with a surname's character are no names: 申请, 尚未, 包括, 符合, 任职.
    expect(names('被告申请上诉，被告尚未到案，负责人包括三人，员工符合条件，被告任职于研究所。')).toEqual([]);
  });

  it('reads the names a list gives after the first', () => {
    expect(names('透過同案被告許立權、周自強、宋家和、李寰中等人吸收現役軍官。')).toEqual(['許立權', '周自強', '宋家和', '李寰中']);
    expect(names('檢方起訴嫌犯陳裕民與謝秉文涉嫌教唆飛行員叛逃。')).toEqual(['陳裕民', '謝秉文']);
    expect(names('吸收退役少將岳志明、退役上校周天恩、王大福，蒐集情資。')).toEqual(['岳志明', '周天恩', '王大福']);
  });

  it('takes no one the report names to comment, to place someone else, or a verb after a surname', () => {
    expect(names('前情報局長劉德安今天表示，刑度偏輕。')).toEqual([]);
    expect(names('退役少將陳國安指出，共諜案層出不窮。')).toEqual([]);
    expect(names('已故上將蔣緯民的前祕書遭滲透。')).toEqual([]);
    expect(names('數十名退役軍官曾受招待。')).toEqual([]);
    expect(names('被告向法院提出上訴。')).toEqual([]);
    expect(names('國台辦主任宋立國批評台灣當局。')).toEqual([]);
    expect(names('外交部发言人毛立宁说，中方反对。')).toEqual([]);
  });
});

describe('names in characters without a title', () => {
  it.each([
    ['「復康聯盟黨」主席屈宏文等7名退伍軍官遭起訴。', '屈宏文'],
    ['劉萬福等三人遭中共勢力吸收。', '劉萬福'],
    ['赵学明是一名航天领域的科研人员。', '赵学明'],
    ['據報導，趙學文因間諜罪被判處有期徒刑7年。', '趙學文'],
    ['王立新涉嫌为境外刺探情报。', '王立新'],
  ])('%s -> %s', (text, name) => {
    expect(names(text)).toContain(name);
  });

  it('reads a name glossed with its romanised form, as many characters as the gloss has syllables', () => {
    const [wei] = findPersonIntros('美國前海軍士兵魏金明（Jinming Wei，音譯）因向中國出售資訊遭判刑。');
    expect(wei).toMatchObject({ name: '魏金明', aliases: ['Jinming Wei'] });
    expect(findPersonIntros('中国裔德籍男子郭立（Li Guo，音译）为情报机构搜集情报。')[0]).toMatchObject({ name: '郭立', aliases: ['Li Guo'] });
    // A given name alone, the surname withheld as German courts do.
    expect(findPersonIntros('女共犯雅婷（Yating X，音譯）承認提供訊息。').map((i) => [i.name, i.aliases])).toContainEqual(['雅婷', ['Yating X']]);
    // Without "音譯" the gloss must be a full pinyin name after a surname: no place, no foreign name.
    expect(names('德勒斯登（Dresden）法院判決。')).toEqual([]);
    // ...a foreign name glossed after an office is its holder's, as the report transliterates it.
    expect(names('議員克拉（Maximilian Krah）出庭作證。')).toEqual(['克拉']);
    expect(names('位于江苏（Jiangsu）的工厂。')).toEqual([]);
  });

  it.each([
    ['被告人王立新（男，1975年出生），原系某研究所职员。', '王立新'],
    ['一名名叫王大明的男子被海关查获。', '王大明'],
  ])('the name court papers and reports say someone has: %s', (text, name) => {
    expect(names(text)).toEqual([name]);
  });

  it('reads a foreign name written with a middle dot after a word that says who it is, with its gloss', () => {
    expect(names('被告约翰·史密斯被判处有期徒刑三年。')).toEqual(['约翰·史密斯']);
    expect(findPersonIntros('美国公民约翰·史密斯（John Smith）在北京被捕。')[0]).toMatchObject({ name: '约翰·史密斯', aliases: ['John Smith'] });
    expect(names('名为安娜·伊万诺娃的女子接近他。')).toEqual(['安娜·伊万诺娃']);
    // Where it starts, only such a word can say; and an official who comments is no one of the case.
    expect(names('美国国务卿安东尼·布林肯表示关切。')).toEqual([]);
    expect(names('圣·彼得堡的一家工厂')).toEqual([]);
  });

  it('reads a given name and a surname’s initial in a Chinese sentence', () => {
    expect(names('僅以Mina K.身分公開的女子被判緩刑。')).toEqual(['Mina K']);
  });

  it('does not take the end of a full name for a nickname', () => {
    expect(names('鎮小龍吸收多名軍官，鎮小龍案堪稱最大共諜案。')).toEqual([]);
    expect(names('共諜鎮小龍吸收多名軍官。')).toEqual(['鎮小龍']);
  });

  it('takes a foreigner met in the case for its recruiter, in either script', () => {
    const people = findPeople([
      { id: 'p1', text: '青年工程师程立远在网上结识了一名女子，对方诱导他提供工艺参数。' },
      { id: 'p2', text: '调查发现，这家贸易公司的实际控制人、外籍商人“老K”背后站着境外间谍情报机关。' },
    ]);
    expect(people.map((p) => [p.name, p.role])).toEqual([
      ['程立远', 'suspect'],
      ['老K', 'recruiter'],
    ]);
  });

  it('folds the romanised form into the person', () => {
    const people = findPeople([
      { id: 'p1', text: '美國前海軍士兵魏金明（Jinming Wei，音譯）因向中國出售資訊遭判刑。' },
      { id: 'p2', text: '魏金明是兩棲攻擊艦的工程師。' },
    ]);
    expect(people.map((p) => [p.name, p.aliases])).toEqual([['魏金明', ['Jinming Wei']]]);
  });
});

describe('a name and another named with it, a name before a time word, an aide before a name', () => {
  it.each([
    // A full name, 与/和/及 and a relation noun, another full name: both are people of the case.
    ['陈美玲与丈夫郑志强被捕。', ['陈美玲', '郑志强']],
    ['陳美玲與丈夫鄭志強被捕。', ['陳美玲', '鄭志強']],
    ['据报道，王立新和儿子王小军被起诉。', ['王立新', '王小军']],
    ['據報導，王立新和兒子王小軍被起訴。', ['王立新', '王小軍']],
    ['，林秀英及其女儿林佳怡涉嫌走私。', ['林秀英', '林佳怡']],
    ['，林秀英及其女兒林佳怡涉嫌走私。', ['林秀英', '林佳怡']],
    ['，李明及其同伙张强涉嫌走私。', ['李明', '张强']],
    ['，李明及其同夥張強涉嫌走私。', ['李明', '張強']],
    ['周立平与兄弟周立安在边境被查获。', ['周立平', '周立安']],
    ['，赵文华和同事钱立群向境外提供资料。', ['赵文华', '钱立群']],
    ['被告许家明与妻子许丽华被判刑。', ['许家明', '许丽华']],
  ])('%s -> %j', (text, people) => {
    expect(names(text)).toEqual(people);
  });

  it.each([
    // A place or an organisation before the relation noun is no person, nor is a word that ends in a surname's character.
    ['，苏州与同事李明会面。'],
    ['，温州市和同伙李明被查获。'],
    ['，黄浦区与同事李明会面。'],
    ['公司高层与同事王明会面。'],
    ['华为与同事李明会面。'],
    // No second name: the relation noun alone says nothing of the first.
    ['，李明与妻子在家中被捕。'],
  ])('names no one: %s', (text) => {
    expect(names(text)).toEqual([]);
  });

  it.each([
    // A two-character given name does not take the first character of a time word after it.
    ['被告胡晓去年被捕。', '胡晓'],
    ['被告胡曉去年被捕。', '胡曉'],
    ['嫌犯李明近日被起诉。', '李明'],
    ['嫌犯李明近日被起訴。', '李明'],
    ['共谍陈强日前遭羁押。', '陈强'],
    ['共諜陳強日前遭羈押。', '陳強'],
    ['，王立新与同事张华去年被捕。', '张华'],
    ['嫌疑人刘伟近期被逮捕。', '刘伟'],
    ['嫌犯吳剛上月遭起訴。', '吳剛'],
    ['被告孙涛本月被判刑。', '孙涛'],
    ['嫌犯周杰当天被带走。', '周杰'],
    ['嫌犯周傑當日遭逮捕。', '周傑'],
    // ...nor that of the aspect word of something going on: "was in the middle of".
    ['嫌犯王刚正在家中休息。', '王刚'],
    // Where someone lives, as their title: a villager, a resident.
    ['，长白县村民王刚在自家田地劳作时发现可疑男子。', '王刚'],
    ['，香港居民李明华在深圳被捕。', '李明华'],
  ])('%s -> %s', (text, name) => {
    expect(names(text)).toContain(name);
  });

  it('keeps a given name whose last character starts no time word', () => {
    expect(names('被告霍去病被捕。')).toEqual(['霍去病']);
    expect(names('被告张旭日被判刑。')).toEqual(['张旭日']);
    expect(names('被告王近东已到案。')).toEqual(['王近东']);
  });

  it.each([
    // An aide, an assistant or a secretary right before a full name is the one the report is about.
    ['纽约州前州长助手孙玲与丈夫胡晓去年被捕，今年6月再被起诉。', ['孙玲', '胡晓']],
    ['紐約州前州長助手孫玲與丈夫胡曉去年被捕，今年6月再被起訴。', ['孫玲', '胡曉']],
    ['议员助手杨立华被指控为境外充当代理人。', ['杨立华']],
    ['議員助手楊立華被指控為境外充當代理人。', ['楊立華']],
    ['市长前助手何文静因涉嫌间谍活动被捕。', ['何文静']],
    ['市長前助手何文靜因涉嫌間諜活動被捕。', ['何文靜']],
    ['州长助理蔡明亮去年被起诉。', ['蔡明亮']],
    ['部长秘书邓文涛近日被调查。', ['邓文涛']],
  ])('%s -> %j', (text, people) => {
    expect(names(text)).toEqual(people);
  });

  it.each([
    // A title of an office or a thing named with those words is no one: 助理国务卿, 秘书处, 秘书长, 助理教授, 语音助手.
    ['美国助理国务卿表示关切。'],
    ['聯合國秘書處發表聲明。'],
    ['联合国秘书长发表声明。'],
    ['该校助理教授发表论文。'],
    ['手机语音助手小爱回答问题。'],
  ])('names no one: %s', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('names listed with 、 and what was done to them', () => {
  it.each([
    ['其中，李易成、陳家仁聲押、林永達交保。', ['李易成', '陳家仁', '林永達']],
    ['案情指出，陳家仁、李易成、林永達3人，涉嫌替中國發展組織。', ['陳家仁', '李易成', '林永達']],
    ['檢察署將陳家仁、李易成聲押，林永達則諭令交保。', ['陳家仁', '李易成']],
  ])('%s', (text, want) => {
    expect(names(text)).toEqual(want);
  });

  it('reads no list of places or words that is not counted or acted on', () => {
    expect(names('，江苏、浙江等地的渔民。')).toEqual([]);
    expect(names('，黄海、东海都有发现。')).toEqual([]);
  });

  it.each([
    ['、林永達交保候傳。', '林永達'],
    ['，黃立榮判刑10年。', '黃立榮'],
    ['，陳家仁遭羈押禁見。', '陳家仁'],
    ['一审、二审法院均判决孙建国构成故意泄露国家秘密罪。', '孙建国'],
    ['，张立上诉。', '张立'],
  ])('the one an act is said of: %s', (text, name) => {
    expect(names(text)).toContain(name);
  });
});

describe('titles of people of a case added for real reports', () => {
  it.each([
    ['江蘇連雲港，漁民張立子回憶起網時的情形。', '張立子'],
    ['航天专家赵立军泄密被抓。', '赵立军'],
    ['前黨工邱立元6年2月。', '邱立元'],
    ['前特助黃立榮判刑10年。', '黃立榮'],
    ['總統府前諮議吳立雨4年。', '吳立雨'],
  ])('%s', (text, name) => {
    expect(names(text)).toContain(name);
  });

  it('reads no weekday as the subject of a sentence ("，周二遭起訴")', () => {
    expect(names('檢方偵結後，周二遭起訴並移審。')).toEqual([]);
  });

  it('reads no place after an office that ends in 长 ("湖南省長沙市人民代表大會")', () => {
    expect(names('擁香港籍的丁立為湖南省長沙市人民代表大會委員。')).not.toContain('沙市人');
    expect(names('湖南省长沙市人民政府发布通告。')).toEqual([]);
  });

  it('reads no one from a province and 某, "a certain place in the province" ("浙江某海岛")', () => {
    expect(names('浙江某海岛建有军事设施，江苏某研究所也是目标。')).toEqual([]);
    expect(names('被告人江某在海岛拍照。')).toEqual(['江某']);
  });

  it('reads the given character court papers keep after 某 ("马某强、廖某芳")', () => {
    expect(names('被告人马某强、廖某芳、蒙某勇等人走私锑锭。')).toEqual(['马某强', '廖某芳', '蒙某勇']);
    expect(names('被告人马某强 已被判刑。')).toEqual(['马某强']);
    // ...not a character that ends the name, a numeral or a thing after 某.
    expect(names('李某称其不知情，李某一案已审结。')).toEqual(['李某', '李某']);
    expect(names('王某某、王某，均系同案被告人。')).toEqual(['王某某', '王某']);
  });

  it('keeps two people whose names share a surname and 某 apart, and joins the short form to one of them', () => {
    const people = findPeople([
      { id: 'p1', text: '被告人何某强、何某胜受徐某雇请，负责保管货物。' },
      { id: 'p2', text: '何某强、何某胜、谢某民等人是从犯。' },
    ]);
    expect(people.map((p) => p.name).sort()).toEqual(['何某强', '何某胜', '徐某', '谢某民'].sort());
  });

  it('reads a name after a rank and the post the officer holds ("中尉人事官楊立慧")', () => {
    expect(names('空軍飛指部中尉人事官楊立慧遭起訴。')).toContain('楊立慧');
    expect(names('陸軍少校參謀官楊立智（右）遭起訴。')).toContain('楊立智');
  });

  it('reads the names a court acts on, listed after 對 and counted ("對周立升、羅立、胡立坤等26人")', () => {
    expect(names('法院對周立升、羅立、胡立坤等26人判處有期徒刑。')).toEqual(['周立升', '羅立', '胡立坤']);
  });

  it('reads a handler’s nickname in quotation marks, a character and a form of address ("境外间谍“飞哥”")', () => {
    expect(names('李某受境外间谍“飞哥”指示，长期提供资料。')).toContain('飞哥');
    expect(names('他结识了自称“阿竹”的越南代理人。')).toContain('阿竹');
    // ...not a term in quotation marks.
    expect(names('境外间谍“高薪兼职”的陷阱。')).toEqual([]);
  });

  it('reads a dotted transliteration glossed with the Western name, from where the transliteration starts', () => {
    const intros = findPersonIntros('美联社说，该党的马克斯·克劳斯(Max Kraus)在声明中表示不知情。');
    expect(intros.map((i) => [i.name, i.aliases])).toEqual([['马克斯·克劳斯', ['Max Kraus']]]);
    // ...an office before it is not part of it.
    expect(names('德国内政部部长安娜·费舍(Anna Fischer)也表示，指控极为严重。')).toEqual(['安娜·费舍']);
  });

  it('reads no name from 高级 (senior) after an office ("州长高级助手")', () => {
    expect(names('前纽约州两任州长高级助手孙立及其丈夫受审。')).not.toContain('高级助');
  });

  it('reads a Taiwanese report’s surname form of three characters', () => {
    expect(names('高某的劉姓同居人也被判刑。')).toContain('劉姓同居人');
  });
});
