/**
 * What tells an incident from a policy piece or a general warning, when the
 * report names nobody: the law took a step against someone, the text calls
 * it a case, or an authority disclosed it on a given day.
 */

import { MONTH_PATTERN, WEEKDAYS } from './calendar.ts';
import { inBothScripts } from './han-variants.ts';
import { NUMBER_WORDS } from './numbers.ts';
import { alternation } from './regex.ts';

const EN_LEGAL_STEPS = [
  // "Two men have been charged under the National Security Act", "a complaint was unsealed charging two officers"
  'charged',
  'charging',
  'charges against',
  // "Two Chinese men have been indicted on charges of illegally filming..."
  'indicted',
  'indictment',
  // "Three Germans accused of spying for China go on trial"
  'on trial',
  'stand trial',
  'stood trial',
  'pleaded guilty',
  'pleads guilty',
  'prosecuted',
];
const ZH_LEGAL_STEPS = [
  // "检方上个月底起诉共谍案嫌犯", "侦结依法起诉，求刑12年"
  '起诉',
  '求刑',
  // "3人聆讯后遭声押但获交保": prosecutors asked the court to detain them.
  '声押',
  '羁押',
  // "镇小江遭判刑4年"
  '判刑',
  // "前州长高级助手孙某及其丈夫在联邦法院接受审判", "高官孙某受审": on trial.
  '受审',
  '公诉',
  // "2名中国人被以违反《军事设施保护法》立案": the police opened a criminal case against them.
  '立案',
];

/** The law took a step against someone: charged, indicted, on trial, 起诉. */
// "Prosecutors accuse the three of obtaining the information...", "accused of spying".
const ACCUSED_OF = 'accus(?:e|es|ed|ing) (?:[\\w-]+ ){0,3}?of';
export const LEGAL_STEP = inBothScripts(new RegExp(`\\b(?:${alternation(EN_LEGAL_STEPS)}|${ACCUSED_OF})\\b|${alternation(ZH_LEGAL_STEPS)}`, 'i'));

/**
 * The text calls what it tells a case: "unveiled a spy case in which a
 * college student joined a foreign intelligence agency", "released a case
 * involving a foreign spy intelligence agency using campus loans"; in Chinese, the
 * authority disclosed or cracked one ("披露了一起境外间谍企图窃取...的案件", "破获一起...案").
 */
export const CASE_REFERENCE = inBothScripts(
  /\b(?:case|incident|plot|scheme)s? (?:in which|involving|where)\b|(?:披露|通报|侦破|破获|公布|曝光)了?一起[^。；！？]{0,40}?案/i,
);

const DAY = `(?:${alternation(WEEKDAYS)}|${MONTH_PATTERN}\\.? \\d{1,2})`;
const DISCLOSED = alternation([
  'said',
  'says',
  'revealed',
  'disclosed',
  'warned',
  'exposed',
  'cited',
  'issued',
  'published',
  'announced',
  'unveiled',
  'released',
]);

/**
 * An authority disclosed it on a given day, in either order: "the Ministry of
 * State Security on July 18 said...", "On July 18, 2025, China's MSS issued a
 * revelation", "In a statement posted on Friday, the ministry cited...";
 * "国家安全机关工作发现" (work by the national security organs found). A
 * warning repeated over a year is a campaign, not a disclosure.
 */
export const DATED_DISCLOSURE = inBothScripts(
  new RegExp(
    `\\b${DISCLOSED}\\b[^.;]{0,60}\\bon ${DAY}\\b|\\bon ${DAY}\\b[^.;]{0,80}\\b${DISCLOSED}\\b|国家安全机关(?:工作中?|调查|侦查)发现|(?:国家安全部|国家安全机关)[^，。]{0,12}\\d{1,2}日[^，。]{0,20}(?:披露|通报|公布|发布)`,
    'i',
  ),
);

/**
 * What a round-up calls each of its cases: "In another case, ...", "In a second instance, ...", "The second
 * incident involved a courier", "In another scheme, a foreign national hired contractors...".
 */
export const CASE_NOUNS = ['case', 'cases', 'instance', 'incident', 'example', 'episode', 'scheme'];

/**
 * What a case does as the subject of the sentence that opens it: "Another case involved a courier", "The
 * second case began inside a mobile strategy game", "The third case centred on a retired engineer".
 */
export const CASE_MARKER_VERBS = [
  'involved',
  'involves',
  'involving',
  'concerned',
  'concerns',
  'saw',
  'was',
  'is',
  'began',
  'begins',
  'started',
  'starts',
  'centred',
  'centered',
  'unfolded',
  'dates',
  'dated',
];

/**
 * A Chinese round-up opens each case with the same words: "在另一起案件中，一名无业人员..." (in another case),
 * "另一宗案件", "第三起案件中，..." (in the third case).
 */
export const ZH_CASE_MARKER =
  /^(?:在|於|于)?(?:另(?:一|外一)?|第[一二三四五六七八九十\d]+)(?:起|宗|个|個|件)?(?:案件|案例|案子)(?:中|里|裡|当中|當中)?[，,：:]/;

/**
 * An ordinal that stands for the case itself after the article counted them, with a verb no person takes:
 * "The third concerned an unemployed man...", "The other involved a clerk at a shipyard".
 */
export const ELLIPTIC_CASE_VERBS = ['involved', 'involves', 'concerned', 'concerns', 'centred on', 'centered on', 'related to'];

/**
 * The acts an incident is made of, in the past tense: someone did them ("a foreign-funded company set up
 * observation equipment near an airfield and transmitted the data overseas", "foreign agencies colluded with
 * domestic lawbreakers to smuggle rare earths") or the law did them to someone's goods ("customs officers
 * stopped a truck carrying gallium"). A policy piece speaks of what will be done or what is done in general
 * ("will target illegal exports", "smuggling undermines national security") and has none of them.
 */
export const INCIDENT_ACTS = [
  'smuggled',
  'stole',
  'sold',
  'leaked',
  'handed over',
  'passed on',
  'shipped',
  'transmitted',
  'mailed',
  'hid',
  'concealed',
  'disguised',
  'mislabelled',
  'mislabeled',
  'forged',
  'falsified',
  'stopped',
  'seized',
  'intercepted',
  'confiscated',
  'netted',
  'pulled up',
  'retrieved',
  'filmed',
  'photographed',
  'installed',
  'planted',
  'set up',
  'recruited',
  'lured',
  'bribed',
  'colluded',
  'collected',
  'copied',
  'transshipped',
  'transhipped',
  'tried to',
  'attempted to',
];

/**
 * The acts of an incident in Chinese, which marks no tense: "渔民在海上作业时打捞到一个可疑装置" (netted a
 * suspicious device), "海关查获一批镓" (seized a batch of gallium), "在军事设施周边架设一台设备" (set up a device).
 * An act done to something new, counted with a measure word, is an event; a policy speaks of kinds
 * ("打击走私出口的行为").
 */
export const ZH_INCIDENT_ACTS = [
  '打捞到',
  '打撈到',
  '打捞起',
  '打撈起',
  '捞到',
  '撈到',
  '捞获',
  '撈獲',
  '查获',
  '查獲',
  '截获',
  '截獲',
  '拦截',
  '攔截',
  '缴获',
  '繳獲',
  '携带',
  '攜帶',
  '寄送',
  '偷运',
  '偷運',
  '架设',
  '架設',
  '安装',
  '安裝',
  '拍摄',
  '拍攝',
  '窃取',
  '竊取',
  '出售',
];

/**
 * "一个", "一名", "20公斤", "一本外国护照", "一部相机", "一张地图": something counted, new to the story (a number and the
 * measure word its noun takes; not "一部分", a part, nor "一张一弛").
 */
export const ZH_COUNTED =
  /(?:一|两|兩|二|三|四|五|六|七|八|九|十|几|幾|多|\d+)(?:个|個|名|批|件|台|枚|辆|輛|艘|位|家|套|箱|份|公斤|千克|吨|噸|克|本|部(?!分)|张(?!一)|張(?!一)|把|只|隻|条|條)/;

/**
 * The same acts in the progressive, after a form of "be": what someone was doing or has been doing ("an
 * unnamed country ... was stealing the minerals", "foreign agents have been smuggling rare earths by post").
 */
export const INCIDENT_ACTS_ONGOING = [
  'smuggling',
  'stealing',
  'selling',
  'leaking',
  'shipping',
  'transmitting',
  'hiding',
  'concealing',
  'disguising',
  'filming',
  'photographing',
  'recruiting',
  'collecting',
];

/**
 * A weaker case marker: "Separately, the British authorities said two men had
 * been charged...", "In an unrelated but similar economic espionage case, two
 * other engineers pleaded guilty...". A paragraph it opens is a case of its own
 * only when it tells an incident (the law took a step, someone is named).
 */
const SEPARATE_NOUNS = ['operation', 'incident', 'development', 'investigation', 'raid', 'prosecution', 'case'];
export const SEPARATE_MARKER = new RegExp(
  `^(?:separately|in an? (?:[\\w-]+ ){0,2}?(?:separate|unrelated)(?: but [\\w-]+)?(?: [\\w-]+){0,3}? ${alternation(SEPARATE_NOUNS)})\\b`,
  'i',
);

/**
 * A step the law took against someone the text describes without naming:
 * "a sergeant who worked at a navy training centre was indicted", "a U.S.
 * army intelligence analyst from Texas pleaded guilty".
 */
// "a couple in their 30s was apprehended while using a drone to film the naval base".
export const DESCRIBED_ACTOR_STEPS = [
  'convicted',
  'indicted',
  'sentenced',
  'jailed',
  'arrested',
  'charged',
  'detained',
  'caught',
  'stopped',
  'intercepted',
  'apprehended',
];
/** Who the law acts on, besides the roles of src/vocab/roles.ts: "Eight suspects were arrested...", "Two Chinese men have been indicted". */
export const DESCRIBED_ACTOR_NOUNS = ['suspect', 'suspects', 'defendant', 'defendants', 'men', 'women', 'people', 'couple', 'pair'];
/** Steps that are whole verbs of their own: "pleaded guilty", "went on trial". */
export const DESCRIBED_ACTOR_VERBS = ['pleaded guilty', 'pleads guilty', 'went on trial', 'goes on trial'];

/**
 * Words that look back at people already in the story: "Among them was a man
 * surnamed Hsiao", "The other, a retired soldier...", "Another was sentenced
 * to five years". What follows belongs to the case before.
 */
export const LOOKS_BACK =
  /^(?:among them|one of them|the other(?!\s+(?:case|incident))|another (?:was|were|had|has|is|received|got)|both (?:men|women|of them))\b/i;

/**
 * One more defendant of the case being told, counted on from those already named, right before the name: "A third
 * suspect, Briton Matthew Trickett, was also charged in the case", "第三被告Matthew Trickett", "另一名被告". (Not
 * "another sailor", who may be of another case.)
 */
export const COUNTED_CO_DEFENDANT = inBothScripts(
  /(?:\b(?:another|a (?:second|third|fourth|fifth|sixth))\s+(?:co-)?(?:defendant|suspect|accused)|第[二三四五六]名?被告|另一名?(?:被告|嫌犯))[,，]?\s*$/i,
);

/**
 * The second of two people a sentence before counted, named with what befell them: "Wei was one of two
 * sailors charged ... The other, Wenheng Zhao, was sentenced to more than two years".
 */
export const THE_OTHER_ONE = /^(?:the other|another)(?:\s+[\w-]+){0,2},\s/i;

/**
 * Cases a sentence mentions in passing, each in a few words: "two antimony
 * smuggling cases, one involving a family-run criminal network and the other
 * a group of traffickers"; "espionage cases, including one involving an arms
 * company worker and another involving a government employee". The words
 * that begin each item after the first:
 */
export const LATER_ITEM = /,?\s+(?:and\s+)?(?:another|the other|a second|the second|a third|the third|a fourth|the fourth|the last)(?:\s+one)?\s+/i;
/** The words that begin the first item. */
export const FIRST_ITEM = /\b(?:including\s+|namely\s+)?one\s+(?=involving\b|in which\b|where\b|of\b|concerning\b)/i;
/** What may stand between an item's opening word and what it says: "involving", "in which". */
export const ITEM_LINK = /^(?:involving|in which|where|of|concerning)\s+/i;

/**
 * Cases the text sets apart from the one it tells: "recalling a previous case
 * in which a fisherman from a neighbouring village had also retrieved...",
 * "The ministry has previously accused the CIA of being behind ... cases".
 */
export const EARLIER_CASES = /\b(?:previous(?:ly)?|earlier|prior|past|other|similar|separate)\b/i;
/** One case mentioned in passing: "a previous case in which ...". */
export const ONE_EARLIER_CASE = /\b(?:a|an|one)\s+(?:previous|earlier|prior|past|similar|separate)\s+case\s+(?:in which|involving|where)\s+/i;

const OTHER_STEPS = ['indicted', 'charged', 'arrested', 'sentenced', 'convicted', 'detained', 'accused'];
/** A time before the story's: "in March", "in 2020", "last year", "earlier this month", "earlier the same month". */
export const EARLIER_TIME = `(?:in ${MONTH_PATTERN}|in \\d{4}|earlier (?:this|that|the same) (?:month|year|week)|last (?:month|year|week))`;
const SOMEONE_NEW = `(?=(?:an?|another|several|${alternation(NUMBER_WORDS as readonly string[])})\\s)`;
// A number of people: "34 defendants", "10 people".
const COUNTED_NEW = `(?=(?:\\d+|${alternation(NUMBER_WORDS as readonly string[])})\\s)`;

/**
 * Another incident told in one sentence, apart from the story, with someone new the law acted on: "Taiwan
 * also indicted a politician and six former military officers earlier this month", "In January it accused
 * MI6 of recruiting a national from a third country", "after the Jan. 17 arrest of another Chinese national,
 * Deng Yuanqing". What follows the match is the other case's own words.
 */
export const OTHER_INCIDENT = new RegExp(
  [
    `^${EARLIER_TIME}\\b[^.;]{0,30}?\\b${alternation(OTHER_STEPS)}\\s+(?:[\\w-]+\\s+){0,2}?(?:of\\s+(?:recruiting|hiring|using)\\s+)?${SOMEONE_NEW}`,
    // An announcement of several prosecutions at once, the others added with "also": "The acts announced on Monday
    // also included charges against 34 defendants, ...", "Another 10 people ... were also charged for attempting to
    // censor speech", "Charges were also filed related to the targeting of dissidents".
    `\\balso\\s+included\\s+charges\\s+against\\s+${COUNTED_NEW}`,
    `^another\\s+${COUNTED_NEW}(?=[^.;]{0,80}\\b(?:was|were)\\s+also\\s+${alternation(OTHER_STEPS)}\\b)`,
    `^charges\\s+were\\s+also\\s+(?:filed|brought)\\s+(?:related\\s+to|over|in\\s+connection\\s+with)\\s+`,
    `\\balso\\s+${alternation(OTHER_STEPS)}\\s+${SOMEONE_NEW}(?=[^.;]{0,80}\\b${EARLIER_TIME}\\b)`,
    `\\b(?:after|following)\\s+the\\s+(?:[\\w.]+\\s+){0,3}?(?:arrest|indictment|conviction|detention)\\s+of\\s+(?=another\\s)`,
    // The same told in the passive, someone new its subject: "Last month, a retired air force colonel was sentenced
    // to 20 years in prison for spying". The match ends at the subject, so the other case's words are the clause.
    `^${EARLIER_TIME},\\s+${SOMEONE_NEW}(?=[^.;]{0,80}?\\b(?:was|were)\\s+(?:\\w+ly\\s+)?${alternation(OTHER_STEPS)}\\b)`,
  ].join('|'),
  'i',
);

// When a Chinese sentence of another incident opens: "此前" (before this), a date ("1月17日", "2025年", "今年8月"),
// "上周六", "去年".
const ZH_EARLIER_TIME = '(?:此前|之前|早前|稍早|\\d{4}年|\\d{1,2}月|上周|上週|上个月|上個月|上月|去年|今年|前年)';
// A time that is surely before the story's own (not "今年", "8月": the story's own may have happened then).
const ZH_BEFORE_STORY = '(?:此前|早前|上个月|上月|去年|前年)';
// Someone new, counted: "一名中国公民", "两名菲籍人士".
export const ZH_COUNTED_PERSON = '(?:一|两|兩|二|三|四|五|六|七|八|九|十|\\d+)(?:名|位)';
// Counted by their part in the proceedings, they are the story's own: "两名被告自去年被捕以来一直被拘留" (the two
// defendants, held since their arrest last year). Someone of another incident is said by who they are ("一名游客").
const ZH_PARTY_OF_STORY = '(?:被告|嫌犯|嫌疑人|疑犯)';
// The law acted on them, or they are said to have done the act: "被捕", "被指", "涉嫌".
// (Or caught at it by the police: "被警方发现…拍摄战机".)
const ZH_STEP_ON_THEM = '(?:被捕|被逮捕|被拘|被扣|被控|被指|被起诉|被起訴|被判|涉嫌|认罪|認罪|被(?:警方)?(?:发现|抓获))';

/**
 * Another incident told in one Chinese sentence, apart from the story: it opens on an earlier time and counts
 * someone new that the law acted on: "此前，1月17日也曾有一名中国公民因涉嫌搜集军事基地信息被捕" ("also ... one"),
 * "此前在2025年1月17日，执法部门曾逮捕一名中国籍人士" (arrested one), "今年8月，一名中国人被指在机场附近拍摄"
 * (a counted subject right after the time). Someone counted is someone not yet told of; the story's own people are
 * named or looked back at ("该男子", "他").
 */
export const ZH_OTHER_INCIDENT = inBothScripts(
  new RegExp(
    `^[^。；，,]{0,8}?${ZH_EARLIER_TIME}[^。；]{0,24}?(?:(?:(?:也|亦|曾|另)+有?|[，,]\\s*)${ZH_COUNTED_PERSON}(?=[^。；]{0,60}?${ZH_STEP_ON_THEM})|(?:逮捕|拘捕|拘留|起诉)了?${ZH_COUNTED_PERSON})` +
      // Someone new counted first, then a time before the story's: "一名中国游客去年12月底用无人机拍摄机场，今年初被捕".
      `|^${ZH_COUNTED_PERSON}(?!${ZH_PARTY_OF_STORY})[^。；，,]{0,12}?${ZH_BEFORE_STORY}[^。；]{0,40}?${ZH_STEP_ON_THEM}` +
      // "There was also someone" (也有, 则有: the existential brings in someone new, as a count does) doing an act of an
      // incident: "今年1月则有中国民众使用无人机拍摄机场", "去年11月也接获检举，称有中国民众…拍摄…".
      `|^[^。；，,]{0,8}?${ZH_EARLIER_TIME}[^。；]{0,16}?(?:也|亦|则|則)[^。；]{0,16}?有(?!关|效|力|所|时|些)[^。；]{1,24}?${alternation(ZH_INCIDENT_ACTS)}`,
  ),
);

// Who stops goods: an authority, after the words that place it ("Hong Kong customs", "Thai police").
const AUTHORITY_SUBJECT = `(?:[\\p{Lu}][\\p{L}.'’-]*\\s+){0,4}(?:customs|authorities|police|officials|officers|prosecutors)`;
// What was stopped, told as new: "an antimony cargo", "antimony ingots", "shipments" (not "the ingots", "them").
const GOODS_NEW = '(?!(?:the|its|their|his|her|them|it|these|those|this|that|such)\\b)';
const SEIZED = `(?:${alternation(['seized', 'intercepted', 'confiscated'])})\\s+${GOODS_NEW}`;
// The authority reports its own seizure: "the Hong Kong authorities said they seized a cargo of antimony ingots".
const REPORTED_THAT = `(?:said|announced|reported)\\s+(?:that\\s+)?(?:they|it)\\s+(?:had\\s+)?`;

/**
 * Goods an authority stopped at an earlier time, told in one sentence inside the report of another case: "In
 * April, Hong Kong customs seized antimony ingots", "Hong Kong authorities announced in April that they had
 * seized an antimony cargo", "In April, the Hong Kong authorities said they seized a cargo of antimony ingots", "In
 * addition, Hong Kong customs previously intercepted shipments". A seizure is a
 * smuggling incident whether or not anyone is named. The whole sentence is the other case's own words.
 */
export const OTHER_SEIZURE = new RegExp(
  `^(?:(?:in addition|also|meanwhile|separately),\\s+)?(?:${EARLIER_TIME},\\s+(?:the\\s+)?${AUTHORITY_SUBJECT}\\s+(?:${REPORTED_THAT})?(?:also\\s+)?${SEIZED}|${AUTHORITY_SUBJECT}\\s+(?:(?:announced|said|reported)\\s+${EARLIER_TIME}\\s+that\\s+(?:they|it)\\s+had|previously|had previously|also previously)\\s+${SEIZED})`,
  'iu',
);

/**
 * The story has precedents, told next: "It is the third time a foreign interference offence has been laid",
 * "This is not the first time Chinese nationals have been caught filming sensitive facilities", "the latest in a
 * string of cases". The sentences that follow name the earlier incidents.
 */
export const PRECEDENT =
  /\bnot the first\b|\bthe (?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)) (?:time|such case|case of its kind)\b|\bthe latest in a (?:string|series|spate|line|wave) of\b/i;

/**
 * The same, in Chinese: "这样的间谍案例不只一宗" ("such cases were not just one"), "此案是新法推出以来第三起…的案件"
 * ("the third such case since the law"), "并非首次" ("not the first time"). What follows names the earlier ones.
 */
export const ZH_PRECEDENT = inBothScripts(
  /不只一[宗起件个]|不止一[宗起件个]|并非首[次起宗例]|不是首[次起宗例]|不是第一[次起宗]|(?:此案|该案|这是|此为)[^。；]{0,40}第[二三四五六七八九十\d]+(?:起|宗)/,
);

/**
 * An earlier incident after a Chinese precedent: a year, and the law or the authorities acting ("2020年11月，…受到指控",
 * "驻港部队在1997年…发现…窃听器"), on someone not looked back at with a pronoun before the act ("法官将其判处" goes on
 * with the case just told).
 */
export const ZH_PRECEDENT_STEP = inBothScripts(/\d{4}年[^。；;]*?(?:指控|被控|起诉|逮捕|判处|判刑|拘留|查获|发现|破获)/);
/**
 * The story is another case after one the sentence tells: "这是德国警方在周一抓捕三名间谍嫌疑人之后不到24小时公布的另一起
 * 中国间谍案" (the case told, after the police arrested three suspects on Monday). Group 1: the earlier case, up to
 * "之后", which holds a step the law took.
 */
export const ZH_AFTER_ANOTHER = inBothScripts(
  /(?:这是|此为|此案是|该案是)?(?:在)?([^，。；,;]{4,40}?(?:逮捕|抓捕|拘捕|起诉|判处|判刑|拘留|查获|破获|指控)[^，。；,;]{0,20}?)之后[^，。；,;]{0,20}?另(?:一|外一)(?:起|宗|个|件)[^，。；,;]{0,12}?案/,
);
/** The pronouns that look back at the person of the case just told: "他", "她", "其". */
export const ZH_LOOKS_BACK_PRONOUN = inBothScripts(/[他她其]/);

/** Where a sentence about precedents puts its next incident: "A man was charged in 2020, while a woman was charged in 2023". */
export const NEXT_CLAUSE = /,\s+(?:and\s+|while\s+|whereas\s+)|;\s+/i;

/**
 * The article says it tells several incidents: "described several recent cases", "disclosed three cases",
 * "披露三起案件". Each paragraph that then opens on an act done to or by someone new is one of them.
 */
export const ROUND_UP_CUE =
  /\b(?:several|two|three|four|five|six|multiple|a number of|a series of|a string of|a spate of)\s+(?:[\w-]+\s+){0,2}?(?:cases|incidents|schemes)\b|(?:两|兩|三|四|五|六|多)(?:起|宗)(?:[^，。]{0,8})?(?:案件|案例)/i;

/**
 * Words by which a Chinese headline speaks of a case (beside the beat's own words, espionage.ts): 案 a case,
 * what the law did (判 sentenced, 捕 arrested, 刑 a penalty, 押 and 拘 held, 罚 fined, 惩 punished, 诉 charged,
 * 抓 caught, 落网 netted) and the seizure (查获). A line above a report that says none of them and names no one of
 * the case is page furniture read as the headline ("↺ 返回 电子报 正體版"), not a title for its case.
 */
export const ZH_HEADLINE_CASE_WORDS = ['案', '判', '捕', '刑', '押', '拘', '罚', '惩', '诉', '抓', '落网', '查获'] as const;

/**
 * What befell the person of a case, as a Chinese title says it after their name ("蔡某被判刑", "赵某被捕"); a
 * Chinese report's case is titled in Chinese, never in English words around Chinese ones ("Case of 赵某").
 * Written in simplified characters; a traditional report's title is turned into its script.
 */
export const ZH_OUTCOME_TITLES = {
  sentenced: '被判刑',
  arrested: '被捕',
  'administrative-penalty': '受行政处罚',
  intercepted: '被查获',
  'channel-cut-off': '渠道被切断',
  uncovered: '案被侦破',
} as const;

/** The case itself when nobody is named: "间谍案" (an espionage case), "走私案" (a smuggling case); "案" after a name. */
export const ZH_CASE_WORDS = { espionage: '间谍案', smuggling: '走私案', ofPerson: '案', story: '间谍故事', work: '作品' } as const;

/** Who the outcome befell when nobody is named: "被告" (the defendant), "嫌疑人" (the suspect), "货物" (the goods). */
export const ZH_UNNAMED_SUBJECTS = {
  sentenced: '被告',
  arrested: '嫌疑人',
  intercepted: '货物',
  'administrative-penalty': '当事人',
  'channel-cut-off': '',
} as const;
