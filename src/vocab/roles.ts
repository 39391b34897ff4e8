/**
 * What a person in a story is: "a technician at a shipyard", "a former
 * employee of a classified unit", "Its protagonist, Xu Ming,".
 */

import { LAW_OFFICE_TITLES, OFFICE_TITLES, SPEAKER_TITLES } from './stop-words.ts';

/** Nouns that say what a person is; an apposition with one of these introduces a person. */
export const ROLE_NOUN =
  '(?:employee|worker|technician|lecturer|instructor|teacher|tutor|librarian|accountant|nurse|miner|geologist|surveyor|photographer|blogger|influencer|vlogger|fisherman|fishermen|crew|captain|seaman|engineer|researcher|scientist|scholar|professor|student|soldier|officer|official|manager|executive|expert|analyst|director|teacher|businessman|businesswoman|resident|owner|individual|man|woman|person|national|citizen|contractor|staff(?:er)?|spokes(?:person|man|woman)|journalist|reporter|lawyer|doctor|driver|farmer|trader|merchant|salesman|agent|spy|diplomat|veteran|graduate|entrepreneur|consultant|clerk|secretary|guard|operator|pilot|sailor|head|chief|leader|member|designer|programmer|developer|specialist|civil servant|servicem[ae]n|cadre|intern|volunteer|fellow|academic|user|netizen|enthusiast|foreigner|dealer|broker|smuggler|courier|tourist|traveller|traveler|passenger|rider|vendor|seller|buyer|shopkeeper|cook|chef|cleaner|mechanic|electrician|welder|labou?rer|porter|guide|translator|interpreter|editor|writer|artist|coach|sergeant|corporal|colonel|lieutenant|commander|aide|advis[eo]r|assistant|coordinator)s?';

/**
 * More nouns of the people a case is about, as an apposition names them: "A co-defendant, Yaqi X,
 * received...", "the lender, Li Ming, demanded...", "Matthew Trickett, a private investigator".
 */
export const CASE_ROLE_NOUN = '(?:(?:co-)?defendant|suspect|accomplice|aide|assistant|handler|lender|informant|investigator)s?';

/**
 * Words of what someone is that are proper adjectives and keep their capital inside a title: "Case of
 * Chinese citizen Tang", "Case of Taiwanese businessman Lin" (not "chinese citizen").
 */
export const PROPER_ADJECTIVES = [
  'Chinese',
  'Taiwanese',
  'American',
  'British',
  'German',
  'French',
  'Russian',
  'Japanese',
  'Korean',
  'Canadian',
  'Australian',
  'Indian',
  'Vietnamese',
  'Filipino',
  'Malaysian',
  'Singaporean',
  'Thai',
  'Dutch',
  'Swedish',
  'Polish',
  'Ukrainian',
  'Israeli',
  'Iranian',
  'European',
  'Asian',
  'Western',
  'Hongkonger',
];

/**
 * Nouns of nationality a report sets before a name, no part of it: "A third suspect, Briton Matthew Trickett, was
 * also charged". (The adjectives above stand so too: "Chinese national Ji Chaogun".)
 */
export const NATIONALITY_NOUNS = ['Briton', 'Frenchman'];

/**
 * What a report calls someone who acted with the case's suspect: "A co-defendant, Yaqi X, admitted passing
 * information to Guo", "另一名涉案中国籍女共犯雅琪则在庭审中承认向郭健提供讯息". They are people of that
 * case, not a case of their own. (Simplified characters, read in both scripts.)
 */
export const ACCOMPLICE_WORDS = ['accomplice', 'co-defendant', 'codefendant', 'co-conspirator', 'co-accused', '共犯', '从犯', '同案犯', '同伙'];

/**
 * Who someone named in a list is to the one named before: "X and her husband, Y, were arrested",
 * "...and their alleged accomplice Thomas R.". People named together so act together: one case.
 */
// "...along with his girlfriend Liu (劉) and four others were recruited".
export const RELATION_NOUNS = [
  'wife',
  'husband',
  'girlfriend',
  'boyfriend',
  'accomplice',
  'co-defendant',
  'codefendant',
  'son',
  'daughter',
  'brother',
  'sister',
  'partner',
] as const;

/**
 * Where someone lives, as a title after the place and before their name, the way charging papers and press
 * releases introduce a defendant anywhere in a sentence: "San Jose resident Jane Doe, 59, pleaded guilty",
 * "Co-defendant, California resident John Roe, received a 16-month term".
 */
export const RESIDENT_NOUNS = ['resident', 'residents'] as const;

/**
 * Lowercase roles that stand before a name as the title of someone in the case: "convicted Chinese
 * national Ji Chaogun", "sentenced former U.S. Navy sailor Jinchao Wei", "arrested AfD aide Jian G.".
 * Left out: offices whose holders speak about a case rather than take part in it (spokesperson,
 * minister, judge, prosecutor).
 */
export const PERSON_TITLE_NOUNS = [
  'national',
  'citizen',
  'resident',
  'sailor',
  'soldier',
  'serviceman',
  'servicewoman',
  'seaman',
  'engineer',
  'technician',
  'aide',
  'assistant',
  'researcher',
  'scientist',
  'student',
  'employee',
  'worker',
  'businessman',
  'businesswoman',
  'contractor',
  'analyst',
  'officer',
  'staffer',
  'defendant',
  'co-defendant',
  'suspect',
  'accomplice',
  'translator',
  'veteran',
] as const;

/**
 * Verbs whose object is someone of the case: "prosecutors arrested Linda Sun, former aide to...",
 * "A federal judge sentenced Jinchao Wei", "The jury convicted Chinese national Ji Chaogun, 31".
 */
export const CASE_OBJECT_VERBS = [
  'arrested',
  'charged',
  'convicted',
  'sentenced',
  'indicted',
  'detained',
  'jailed',
  'extradited',
  'prosecuted',
  'deported',
  'expelled',
  'acquitted',
  'recruited',
  'enlisted',
  // "Prosecutors accuse Klaus S. of passing information", "Customs officers stopped Liu Jie at the crossing".
  'accuse',
  'accused',
  'stopped',
  'caught',
  'intercepted',
  'apprehended',
  'questioned',
  'interrogated',
] as const;

/**
 * What the subject of a sentence of the case has done or had done to them, after its name (or a list
 * of names): "Chen Wei-jen (陳惟仁), Lee Yi-hsien (李易諴) and Lin Yung-ta (林雍達) were all found to...",
 * "Jian G. also passed information", "Thomas R. is accused of working". Verbs a court or an official
 * does to someone ("sentenced", "charged") count only in the passive: "Judge Smith sentenced" is not one.
 */
export const CASE_PASSIVE_VERBS = [...CASE_OBJECT_VERBS, 'accused', 'alleged', 'suspected', 'found', 'tried', 'released', 'held', 'paid'] as const;
export const CASE_ACTIVE_VERBS = [
  'allegedly',
  'pleaded',
  'admitted',
  'confessed',
  'denied',
  'spied',
  'passed',
  'sold',
  'leaked',
  'provided',
  'transmitted',
  'handed',
  'stole',
  'smuggled',
  'photographed',
  'collected',
  'gathered',
  'obtained',
  'received',
  'accepted',
  'helped',
  'travelled',
  'traveled',
  'faces',
  'faced',
  // "Liu Jianwang, 61, and Chen Jinping, 59, face charges of...": several subjects take the plural.
  'face',
  // "Chung Biu Yuen, 63, and Chi Leung Wai, 38, appeared at the Central Criminal Court", "Yuesheng Wang will
  // appear in court in Longueuil": a defendant before a court.
  'appeared',
  'will appear',
  'is due to appear',
  'remains',
  'fled',
  // "Investigators said Huang Chu-jung recruited the officers", "Zhou Tao had shipped the metal".
  'recruited',
  'shipped',
  'copied',
  'exported',
  'bribed',
] as const;

/**
 * Who works for someone named right after ("a former aide to lawmaker Maximilian Roe", "an employee of Jane Doe") or
 * right before ("Roe's assistant"): the employer is named to say who the person of the case is, never its actor.
 */
export const EMPLOYEE_NOUNS = ['aide', 'assistant', 'employee', 'staffer', 'secretary', 'adviser', 'advisor', 'bodyguard', 'chauffeur'] as const;

/**
 * Reporting verbs after which a source's account of the case starts with its subject: "Prosecutors said
 * Peter O'Neill passed the documents", "The ministry said Zhou Tao had sold classified documents".
 */
export const REPORTED_BY_VERBS = ['said', 'says', 'say', 'alleged', 'allege', 'alleges', 'stated', 'added', 'believe', 'believed'] as const;

/**
 * Military ranks written as a title before a name: "Retired Lieutenant General Kao An-kuo was sentenced",
 * "Former Air Force Major Hsieh Chih-chung was found guilty", "Army Sergeant Joseph Schmidt".
 */
export const RANK_TITLES = [
  'Lieutenant General',
  'Major General',
  'Brigadier General',
  'Lieutenant Colonel',
  'Lieutenant Commander',
  'Rear Admiral',
  'Vice Admiral',
  'Petty Officer',
  'Staff Sergeant',
  'Master Sergeant',
  'Sergeant',
  'Colonel',
  'Major',
  'Captain',
  'Lieutenant',
  'Corporal',
  'Admiral',
  'General',
  'Commander',
  'Private',
  'Specialist',
  'Airman',
] as const;

/**
 * Ranks as news style abbreviates them, with their full stop: "Taiwan indicted former army Maj. Gen. Kao An-kuo and
 * five others", "Lt. Col. Jane Doe testified". With the stop they are never a word of anything but a title, so they
 * name the person after them wherever they stand.
 */
export const RANK_ABBREVIATIONS = [
  'Maj. Gen.',
  'Lt. Gen.',
  'Brig. Gen.',
  'Lt. Col.',
  'Lt. Cmdr.',
  'Rear Adm.',
  'Vice Adm.',
  'Gen.',
  'Col.',
  'Maj.',
  'Capt.',
  'Lt.',
  'Sgt.',
  'Cpl.',
  'Adm.',
  'Cmdr.',
] as const;

/**
 * Offices whose holders act in a case or speak for the court, the prosecution, the police or the government
 * about it, written before their name: "Judge Brian Doyle", "Assistant U.S. Attorney Jane Roe told the jurors",
 * "Assistant Commissioner Mark Reid said", "ASIO director general Tom Burke", "High Court spokesperson Lin
 * Mei-hua", "New York Gov. Ann Doe". Reports name them in the case; a case lists them as officials, apart from
 * its suspects. Matched with either first letter, an abbreviation with or without its full stop ("Gov.", "Sen.").
 */
export const OFFICIAL_TITLES = [...OFFICE_TITLES, ...SPEAKER_TITLES, 'director general', 'govs'] as const;

/**
 * Of those, the offices of the law and those who speak for it: they act in the case even where the report names
 * them in a paragraph of their own ("“She was for sale,” prosecutor Jane Roe told jurors"), while a governor or a
 * chancellor named there only comments on it.
 */
export const LAW_OFFICIAL_TITLES = [...LAW_OFFICE_TITLES, ...SPEAKER_TITLES, 'director general'] as const;

/**
 * Counsel of someone in the case, before or in apposition to their name: "her attorney, Jarrod Doe, wrote",
 * "Sun's lawyer, Mark Roe, told jurors", "defence lawyer Ann Lee said". Named in the case, never its suspects.
 */
export const COUNSEL_NOUNS = ['lawyer', 'attorney', 'counsel', 'barrister', 'solicitor'] as const;

/**
 * Who a rank names: "A U.S. Navy sailor was sentenced to 27 months... Petty Officer Wenheng Zhao, 26, pleaded
 * guilty": the sailor the report described is the one it then names by rank.
 */
export const SERVICE_MEMBER_NOUNS = [
  'sailor',
  'soldier',
  'seaman',
  'serviceman',
  'officer',
  'veteran',
  'pilot',
  'sergeant',
  'corporal',
  'lieutenant',
  'captain',
  'commander',
  'colonel',
] as const;

/**
 * Words right before a name in characters that say the person is one of the case: 被告鎮小江,
 * 嫌犯陳裕炘, 退役上校張超然, 共諜邵維強, 前祕書祝康明, 主犯王武彬. Written in simplified characters
 * (read in both scripts). Left out: offices whose holders speak about a case (发言人, 部长, 局长,
 * 主任, 主席, 记者, 法官, 检察官) and 研究员 (a think-tank researcher is quoted, not tried).
 */
export const ZH_CASE_TITLES = [
  '被告人',
  '被告',
  '嫌犯',
  '嫌疑人',
  '主犯',
  // "主嫌王武彬被控與境外合謀...將銻錠走私出境": the chief suspect.
  '主嫌',
  '从犯',
  '共犯',
  '涉案人',
  '共谍',
  '间谍',
  '上将',
  '中将',
  '少将',
  '上校',
  '中校',
  '少校',
  '上尉',
  '中尉',
  '少尉',
  '士官长',
  '士官',
  '士兵',
  '水兵',
  '军官',
  '飞官',
  '教官',
  '指挥官',
  '研究官',
  '科研人员',
  '工程师',
  '技术员',
  '分队长',
  '副主任',
  '助理',
  // "纽约州前州长助手孙玲与丈夫胡晓被捕": an aide, like an assistant or a secretary, is the one the report is about.
  '助手',
  '秘书',
  '祕书',
  '员工',
  '船员',
  '会长',
  '理事长',
  '执行长',
  '董事长',
  '总经理',
  '负责人',
  '男子',
  '女子',
  '丈夫',
  '妻子',
  '台商',
  '商人',
  '公民',
  '留学生',
  // "侯紹康則涉嫌吸收退役軍人張勝豪、邱榮鴻": a serviceman, serving or retired.
  '军人',
  // "墨尔本商人和当地华裔社区领袖杨怡生(Di Sanh Duong)": a community leader.
  '领袖',
  // "前中情局官员凯文·马洛里被判处20年监禁": an official who is the case, not one who speaks of it
  // (a speaker's comment verb after the name drops it: "外交部官员王文表示").
  '官员',
  // "江蘇連雲港，漁民張小子回憶": a fisherman who found the device; "航天专家赵学军泄密被抓": an expert who is the case.
  '渔民',
  '专家',
  // "长白县村民王刚正在自家田地劳作，突然发现...": where someone lives, as the title of a witness or a suspect (as
  // "San Jose resident Jane Doe" in English): a villager, a resident.
  '村民',
  '居民',
  // "新北市議員李余典前特助黃取榮判刑10年、...前黨工邱世元6年2月": a party worker, a special assistant, an adviser.
  '党工',
  '特助',
  '咨议',
] as const;

/**
 * Offices whose holders the report names in the case, before their name: "雲林縣長張麗善時任立委時", "前國民黨立委
 * 陳淑慧的助理" (the legislator an aide of the case worked for), "联邦法官科根(Brian Cogan)宣布", "國家調查局局長
 * 聖迪亞戈(Jaime Santiag)20日稱", "纽约州长安德鲁·科莫". Officials of the case, listed apart from its suspects;
 * unlike the titles above, a comment after the name ("張麗善表示") does not drop them. The law's offices (and those who
 * speak for it) act in the case wherever the report names them; the others, only in a paragraph of the case.
 */
/** ...of them, the prosecutors and judges of the case: what they say of it is the case's ("主任檢察官周懿君指出"). */
export const ZH_PROSECUTOR_JUDGE_TITLES = ['检察官', '检察长', '法官', '审判长'] as const;
export const ZH_LAW_OFFICE_TITLES = [...ZH_PROSECUTOR_JUDGE_TITLES, '发言人', '大使'] as const;
export const ZH_OFFICE_TITLES = [
  ...ZH_LAW_OFFICE_TITLES,
  '立委',
  '立法委员',
  '议员',
  '议长',
  '县长',
  '市长',
  '州长',
  '省长',
  '部长',
  '院长',
  '局长',
  '署长',
  // a secretary-general ("國安會秘書長X"); a former deputy one who comments ("前副秘書長X說") is no one of the case
  '秘书长',
] as const;

/**
 * What the one named has done to them, right after their name (or a list of names) in a report of a case: "李易諴、
 * 陳惟仁聲押、林雍達交保" (held on the prosecutors' request, released on bail), "黃取榮判刑10年", "判决孙杏国构成故意
 * 泄露国家秘密罪" (is found to have committed), "的张平上诉" (appealed).
 */
export const ZH_ACTS_AFTER_NAME = ['声押', '遭声押', '被声押', '交保', '羁押', '遭羁押', '被羁押', '收押', '判刑', '获判', '上诉', '构成'] as const;

/**
 * What a court, prosecutors or the police do to someone of the case, before their name: "法院判处司马俊杰
 * 有期徒刑十年", "美国司法部起诉了约翰·史密斯，", "德国联邦检察院逮捕了托马斯・R，".
 */
// "北檢調查共諜案，查出陳惟仁、李易諴、林雍達": whom an investigation found out.
export const ZH_CASE_OBJECT_VERBS = ['判处', '判决', '逮捕', '拘捕', '拘留', '起诉', '羁押', '抓获', '通缉', '审判', '指控', '控告', '查出'] as const;

/** A sentence a court hands down, right after the name of the one it sentences: "判处李明有期徒刑三年". */
export const ZH_SENTENCES = ['有期徒刑', '无期徒刑', '死刑', '拘役', '管制', '罚金'] as const;

/** What the state security organs do to someone, "依法对黄志强采取刑事强制措施", after 依法对 and a name. */
export const ZH_MEASURES = ['采取', '进行', '提起', '作出', '立案'] as const;

/** What a speaker does after their name: "劉德良表示", "王某指出". A name before one of these comments on a case. */
export const ZH_COMMENT_VERBS = ['表示', '指出', '认为', '强调', '呼吁', '批评', '说', '称', '坦言', '分析'] as const;

/** Someone's relation to another, after 的 ("蔣緯國的前祕書", "邵維強的妻子"): the one before 的 is named to place the other. */
export const ZH_RELATIONS = [
  '前秘书',
  '前祕书',
  '秘书',
  '祕书',
  '助理',
  '部属',
  '部下',
  '下属',
  '妻子',
  '丈夫',
  '儿子',
  '女儿',
  '父亲',
  '母亲',
  '家人',
  '亲属',
  '学生',
] as const;

/**
 * Someone the report names together with the person before them, as "<name>与<relation><name>": "孙玲与丈夫胡晓
 * 被捕", "王立新和儿子王小军被起诉", "李明及同伙张强涉嫌走私". Both are people of the case.
 */
export const ZH_PARTNERS = ['丈夫', '妻子', '儿子', '女儿', '兄弟', '同伙', '同事'] as const;

/**
 * Nouns for an ordinary person, right before a name in characters: "江苏连云港渔民张小子至今记得", "男子李明被捕",
 * "留学生王某". Read only where the name then recurs (recurring-names.ts): the noun says a name may start, the
 * repetition says it is one. Simplified characters (read in both scripts).
 */
export const ZH_PERSON_NOUNS = ['男子', '女子', '渔民', '村民', '学生', '员工', '商人', '丈夫', '妻子', '同事', '朋友', '助理', '秘书'] as const;

/**
 * Particles and prepositions a name in characters often follows: "的张平上诉" (the Zhang Ping who...), "向郭健提供訊息"
 * (gave information to Guo Jian), "和孙雯", "对赵学军". Simplified characters (read in both scripts). Read only where
 * the name then recurs (recurring-names.ts).
 */
export const ZH_BEFORE_NAME_PARTICLES = '的和与及向对将把让给同跟';

/**
 * The head of an agency the report names by its initials, before their name: "NBI Director Jaime Roe", "FBI director
 * Jane Roe said". An agency so named is one that investigates or prosecutes, and its head announcing the arrests acts
 * for the law in the case; "director" alone is too common a word (a film's, a company's) to say so.
 */
// "AFP chief Gen. Jose Roe", "NBI chief Jaime Roe": the head of a force named by its initials, as "director" is.
export const AGENCY_HEAD_TITLES = ['director', 'chief'] as const;

/**
 * Offices of those who lead a state, a government or a party, before a name or set off before it: "aide to President
 * Lai Ching-te", "Hong Kong’s Chief Executive, John Lee, has condemned", "Foreign Minister Wang Yi". Someone named
 * so comments on a case; a name read only from its recurrence (recurring-names.ts) is not taken after one.
 */
export const LEADER_OFFICE_TITLES = ['president', 'premier', 'minister', 'leader', 'chief executive', 'secretary'] as const;
