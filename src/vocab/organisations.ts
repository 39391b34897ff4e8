/**
 * Organisations as news names them: "the MSS", "国家安全部", "Ministry of
 * Commerce"; the head words of an organisation's name ("... Bureau",
 * "... Institute"), and words that may stand before one without being part of it.
 */
import { inBothScripts } from './han-variants.ts';
import { ZH_CREDIT_PLACES, ZH_PLACE_LIST } from './places.ts';

/** Canonical names of organisations news refers to by several names. */
export const ORG_ALIASES: Array<[string, RegExp]> = (
  [
    // "Ministry of National Security" is a common mistranslation of 国家安全部 in Chinese media captions;
    // "the State Security Ministry underscored..." is the same ministry with its words in another order.
    ['Ministry of State Security', /\bMinistry of (?:State|National) Security\b|\bState Security Ministry\b|\bMSS\b|国家安全部|国安部/],
    ['Ministry of Commerce', /\bMinistry of Commerce\b|\bMOFCOM\b|商务部/],
    ['Ministry of Public Security', /\bMinistry of Public Security\b|公安部/],
    ['General Administration of Customs', /\bGeneral Administration of Customs\b|\bGACC\b|海关总署/],
    ['Central Intelligence Agency', /\bCentral Intelligence Agency\b|\bCIA\b/],
    ['Federal Bureau of Investigation', /\bFederal Bureau of Investigation\b|\bFBI\b/],
    ["People's Liberation Army", /\bPeople['’]s Liberation Army\b|\bPLA\b/],
    ['Secret Intelligence Service (MI6)', /\bSecret Intelligence Service\b|\bMI6\b/],
  ] satisfies Array<[string, RegExp]>
).map(([name, re]) => [name, inBothScripts(re)]);

export const ORG_HEADS =
  'Ministry|Department|Bureau|Administration|Commission|Agency|Office|Institutes?|University|Academy|Corporation|Company|Group|Court|Procuratorate|Customs|Navy|Army|Police|Council|Committee|Service|Telecom|Bank|Association|Federation|Organi[sz]ation|Command';

// Words that may precede an organisation's name without being part of it ("Retired Army Lieutenant General Kao":
// the title of someone who served, not an organisation).
export const LEAD_WORDS = new Set(
  'The A An This That However But And Recently Currently Meanwhile Subsequently Then Later Also Both Its Their His Her Our Retired Former'.split(' '),
);

/**
 * Nouns of a vessel an organisation's name may qualify: "the U.S. Navy aircraft carrier Theodore Roosevelt" is
 * a ship the case filmed, not an organisation of the case.
 */
export const VESSEL_NOUNS = ['aircraft carrier', 'carrier', 'warship', 'warships', 'destroyer', 'frigate', 'submarine', 'vessel', 'vessels'] as const;

/**
 * Words of a news outlet's name: "according to Taiwan's Central News Agency (CNA)" cites where the report came
 * from, not an organisation of the case.
 */
export const NEWS_OUTLET_WORDS = ['News Agency', 'News Service', 'News', 'Press', 'Times', 'Post', 'Daily', 'Broadcasting', 'Television', 'Radio'] as const;

/**
 * Titles an organisation's name may stand before, ahead of its holder's name: "an aide to National Security
 * Council chief Joseph Wu". When the holder is no one of the case, the organisation is the holder's, not the case's.
 */
export const LEADER_TITLES = [
  'chief',
  'head',
  'director',
  'chairman',
  'chairwoman',
  'chair',
  'president',
  'spokesperson',
  'spokesman',
  'spokeswoman',
  'secretary-general',
  'minister',
  'convenor',
  'commissioner',
] as const;

/**
 * Chinese courts and prosecutors, named by where they sit (and their level): "深圳市中級人民法院",
 * "上海市第三中级人民法院", "台北地檢署", "宜蘭地檢署". A head alone ("法院", "the court") or with its level alone
 * ("地方法院", "a district court") names no particular one: it may be any court the report speaks of.
 */
export const ZH_LAW_BODY_HEADS = ['法院', '检察院', '地检署'] as const;

/** The level of a court or a prosecutors' office: "中级人民法院", "高等地方法院" (a German Oberlandesgericht), "广州市人民检察院". */
export const ZH_LAW_BODY_LEVELS = ['最高人民', '高级人民', '中级人民', '基层人民', '高等地方', '最高', '高等', '地方', '联邦', '中级', '人民'] as const;

/** A prosecutors' office named by its level alone: "高檢署" (the High Prosecutors Office), "最高檢". */
export const ZH_LAW_BODY_SHORT = ['高检署', '最高检'] as const;

/**
 * Places a Chinese court's or office's name begins with, besides those of the credits: Taiwan's counties and
 * townships with district prosecutors ("宜蘭地檢署", "基隆地檢署") and mainland cities with intermediate courts.
 */
export const ZH_LAW_BODY_PLACES = [
  ...ZH_CREDIT_PLACES,
  ...ZH_PLACE_LIST,
  '宜兰',
  '基隆',
  '嘉义',
  '彰化',
  '云林',
  '苗栗',
  '南投',
  '台东',
  '澎湖',
  '士林',
  '板桥',
  '桥头',
  '西安',
  '沈阳',
  '长沙',
  '郑州',
  '济南',
  '合肥',
  '南宁',
  '昆明',
] as const;
