/**
 * The vocabulary of the beat: what marks a page as about espionage or the
 * smuggling of strategic minerals, what tells an incident (someone did
 * something, and the law took a step) from a policy piece, and the few
 * shapes of page that use the words in another sense.
 */
import { inBothScripts } from './han-variants.ts';
import { alternation } from './regex.ts';

// "台湾再爆中共间谍案... 共谍镇小江遭判刑": Taiwanese reports call a spy for Beijing 共谍 ("Communist spy");
// "刺探台湾军情": to spy out military intelligence; "依国安法发展组织未遂罪判刑1年": the Taiwanese offence of
// building a spy network for Beijing ("developing an organisation"), named with its charge so that the
// "development organisation" of economics (经济合作与发展组织) stays out.
// "称她非法充当中国代理人", "暗中替中国共产党推进政治议程": an undeclared agent of a state, as "acting on behalf of
// Beijing" below.
const ZH_ESPIONAGE_EXTRA = [
  '共谍',
  '刺探',
  '发展组织罪',
  '发展组织未遂',
  '外国代理人',
  '中国代理人',
  '中国政府代理人',
  '北京代理人',
  '中共代理人',
  '暗中替中国',
  '暗中替中共',
  '暗中替北京',
  '暗中为中国',
  '暗中为中共',
  '暗中为境外',
  // "为中共搜集军事机密", "《国家机密保护法》": 机密 is the word Taiwan's law and press use for 秘密.
  '军事机密',
  '国家机密',
  // "依据反外国干涉法逮捕": the foreign-interference offences in Chinese reports.
  '外国干涉',
  // "曼哈顿唐人街运作中国「秘密警察局」", "海外警察站": a state's police operating in secret abroad.
  '秘密警察',
  '海外警察站',
  // "非法經營中共海外警局而被捕", "設立福州海外華人派出所分部": the same station as other reports name it.
  '海外警局',
  '华人派出所',
];
// "indicted on charges of benefiting an enemy and undermining national military interests";
// "prosecutors arrested a former aide, accusing her of acting on behalf of Beijing": an undeclared agent of a state.
const EN_ESPIONAGE_EXTRA = [
  'benefiting an enemy',
  'benefiting the enemy',
  'aiding an enemy',
  'aiding the enemy',
  'acting on behalf of Beijing',
  'acting on behalf of China',
  'acting on behalf of the Chinese government',
  'acting on behalf of a foreign government',
  'acting as an agent of',
  // "charges of conspiring to act as an agent of China's government": the offence, in its infinitive.
  'act as an agent of',
  'act as agents of',
  // "acting as an unregistered agent of the government of the People's Republic of China": the same offence, told
  // with what the agent failed to do (register, declare).
  'acting as an unregistered agent of',
  'act as an unregistered agent of',
  'acting as an undeclared agent of',
  'act as an undeclared agent of',
  'acting as unregistered agents of',
  'act as unregistered agents of',
  // "its campaign of transnational repression": a state reaching across borders to silence its critics abroad,
  // by harassment, surveillance and agents, the offence of the reports that charge those agents.
  'transnational repression',
  // "operating a Chinese 'secret police station' in Manhattan": a state's police operating in secret abroad.
  'secret police station',
  'secret police stations',
  'overseas police station',
  'overseas police stations',
  'agent of a foreign government',
  'agent of the Chinese government',
  // "charged with covertly collecting information ... on behalf of a foreign principal", "one count of reckless
  // foreign interference": the Australian and British offences of acting covertly for a foreign state.
  'foreign interference',
  'on behalf of a foreign principal',
];

// 情报 ("intelligence") with the body or the people that gather it, as the English "intelligence agency",
// "intelligence officials" above: "协助外国情报部门" (assisting a foreign intelligence service), "向中国情报机构提供",
// "遭大陆情报单位吸收", "向中国情报官员出售". (Not 情报 alone: a firm's market intelligence, a weather report's.)
const ZH_INTELLIGENCE_BODIES = ['机关', '机构', '部门', '单位', '人员', '官员', '组织'];

/** Vocabulary that marks espionage or counter-espionage prose. */
export const CORE = inBothScripts(
  new RegExp(
    `\\b(?:espionage|spy|spies|spying|intelligence (?:agenc(?:y|ies)|officers?|services?|personnel|officials?)|state secrets?|military secrets?|classified|counter-?espionage|national security (?:agenc(?:y|ies)|authorities|organs?|personnel|police|officers?|officials?|hotline)|12339|state security|Ministry of State Security|MSS|foreign agents?|${alternation(EN_ESPIONAGE_EXTRA)})\\b|间谍|谍报|情报(?:${alternation(ZH_INTELLIGENCE_BODIES)})|国家秘密|军事秘密|涉密|泄密|窃密|策反|反间谍|国家安全机关|国家安全部|国家安全局|国安部|12339|${alternation(ZH_ESPIONAGE_EXTRA)}`,
    'i',
  ),
);

/** Vocabulary of strategic-mineral smuggling. */
export const SMUGGLING = inBothScripts(/\bsmuggl\w*|\billegal(?:ly)? export\w*|\bste(?:al|aling|ole)\b|\btheft\b|走私|非法出口|偷运|窃取/i);

/**
 * Trade secrets taken, the act of economic espionage: "pleaded guilty to stealing trade secrets", "one count of
 * theft of trade secrets". Between firms it is a commercial dispute; for a foreign state it is espionage.
 */
export const TRADE_SECRET_THEFT = /\b(?:theft|thefts|steal|stealing|stole|stolen|misappropriat\w*)\b[^.;]{0,60}?\btrade[- ]secrets?\b/i;

// "Talent Programs funded by the Chinese government", "the government of the People's Republic of China": a state
// named as the one the secrets went to or served.
const STATES = ['China', 'Russia', 'Iran', 'North Korea', "the People's Republic of China", 'the People’s Republic of China', 'the PRC'];
const STATE_ADJECTIVES = ['Chinese', 'Russian', 'Iranian', 'North Korean', 'PRC'];

/** A foreign state's government, military or ruling party, by name: "the Chinese government", "China's military". */
export const FOREIGN_STATE = new RegExp(
  `\\b(?:${alternation(STATE_ADJECTIVES)} (?:government|military|Communist Party|state)|(?:government|military) of ${alternation(STATES)}|${alternation(STATES)}['’]s (?:government|military)|People['’]s Liberation Army|foreign government)\\b`,
);

/** The espionage words that also have everyday senses: "our spy photographers", "a drone spying scandal". */
export const SPY_WORD = /\b(?:spy|spies|spying|spied)\b/gi;

/**
 * A state in the story: what makes "spying" espionage rather than a rival team's
 * drone over a training session or a camera shop's "spy cam". (Not "defence",
 * which is also a title defence; not "police", which guard homes in adverts; not a court of arbitration, which
 * sports bodies and firms appoint: "can appeal to the Court of Arbitration for Sport".)
 */
export const STATE_CONTEXT =
  /\b(?:intelligence|secrets?|classified|national security|government|military|armed forces|army|navy|air force|treason|prosecutors?|(?<!arbitration )courts?(?! of arbitration)|charged|indicted|convicted|sentenced|arrested|detained|embass(?:y|ies)|diplomats?|foreign (?:powers?|governments?|states?|countr(?:y|ies)))\b/i;

// "看後求收藏(奇妙書庫...)": the banner of a web-novel site, asking readers to bookmark the chapter.
// (A bookmark is 书签 in simplified characters and 書籤, not 書簽, in traditional ones.)
const WEB_FICTION_FURNITURE = ['求收藏', '求推荐', '求月票', '加入书签', '加入書籤', '上一章', '下一章', '章节目录', '本章完', '本章未完'];

/** Page furniture of serialised web fiction: a novel's chapter, however much it talks of spies. */
export const WEB_FICTION = inBothScripts(new RegExp(alternation(WEB_FICTION_FURNITURE)));

const MILITARY_SITES = [
  'naval base',
  'naval bases',
  'military base',
  'military bases',
  'air base',
  'air bases',
  'military port',
  'military facility',
  'military facilities',
  'military installation',
  'military installations',
  'aircraft carrier',
  'aircraft carriers',
  'warship',
  'warships',
];

/**
 * Filming a military site is itself the incident: "illegally filming a US
 * aircraft carrier and a South Korean naval base with a drone".
 */
export const FILMING_MILITARY_SITE = new RegExp(
  `\\b(?:film(?:ed|ing)?|photograph(?:ed|ing)?|record(?:ed|ing)? (?:footage|video)|took (?:photos|pictures)|taking (?:photos|pictures))\\b[^.;]{0,80}?\\b${alternation(MILITARY_SITES)}\\b`,
  'i',
);

// "利用无人机,拍摄停靠釜山港的美国海军核动力航空母舰": the same act, told in Chinese.
const ZH_FILMING = ['拍摄', '偷拍', '航拍', '拍照', '摄录'];
const ZH_MILITARY_SITES = ['航空母舰', '航母', '军港', '军事基地', '海军基地', '空军基地', '军事设施', '军事管理区', '军舰'];

/**
 * Filming a military site, in Chinese: the act, then within the clause the site; or the site first, as the place
 * where it was done, in one clause ("在空军基地附近利用手机擅自拍摄…": Chinese puts "在 + place" before its verb).
 */
export const ZH_FILMING_MILITARY_SITE = inBothScripts(
  new RegExp(
    `(?:${alternation(ZH_FILMING)})[^。；;!?！？]{0,40}?(?:${alternation(ZH_MILITARY_SITES)})|(?:在|于)[^。；;!?！？，,]{0,12}?(?:${alternation(ZH_MILITARY_SITES)})[^。；;!?！？，,]{0,30}?(?:${alternation(ZH_FILMING)})`,
  ),
);

/** A material on its way out, or caught on the way: "stopped at a land port with tungsten hidden in a suitcase". */
export const CARRIED_OUT = inBothScripts(
  /\bexport|\babroad\b|\boverseas\b|\bout of the country\b|\bforeign\b|\bborder\b|\bcustoms\b|\b(?:land |air|sea)?ports?\b|\bluggage\b|\bsuitcases?\b|\bparcels?\b|\bcouriers?\b|\bseized\b|\bdeclar\w*|出境|出口|境外|海关|口岸|邮寄|快递|行李|查获/i,
);

/**
 * Customs taking goods at the border, told as done: "Hong Kong customs seized 25,171 kg of suspected antimony
 * ingots from an outbound container", "海关查获". Only the past act: "customs will seize" is policy.
 */
export const CUSTOMS_SEIZURE = inBothScripts(
  /\bcustoms\b[^.;]{0,80}?\b(?:seized|intercepted|confiscated)\b|\b(?:seized|intercepted|confiscated)\b[^.;]{0,80}?\bcustoms\b|海关[^。；]{0,30}?(?:查获|查扣|截获|扣押)/i,
);

/**
 * The law stopping goods on their way out: "a courier was stopped at the exit of the airport with 20 kilograms
 * of gallium", "officers seized antimony hidden in a truck". A strategic material stopped at a border is
 * smuggling, whether or not the report uses the word.
 */
export const STOPPED_GOODS = /\b(?:stopped|seized|intercepted|confiscated|caught)\b/i;
