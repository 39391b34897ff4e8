/**
 * The words reports use for the quantities of a case that two reports can
 * state differently: a prison term, a fine, a number of documents, an amount
 * of material. Chinese is listed in both scripts where they differ (the
 * numerals are in numbers.ts). Read by src/extract/compare/quantities.ts.
 */

/** Units of a prison term, with their length in months. */
export const DURATION_UNITS: Readonly<Record<string, number>> = {
  year: 12,
  years: 12,
  month: 1,
  months: 1,
  年: 12,
  个月: 1,
  個月: 1,
};

/** Months after a year term written without 個/个, as Taiwanese courts write a term: "判處有期徒刑7年6月". */
export const HAN_MONTHS_AFTER_YEAR = ['月'] as const;

/**
 * Units of mass, as grams: [low, high]. A "ton" in English news may be a metric tonne or a short or long
 * ton, so it spans all three; the others are exact. Abbreviations are matched case-sensitively ("5G" is no
 * mass), the words in any case.
 */
export const MASS_UNITS: Readonly<Record<string, readonly [number, number]>> = {
  tonne: [1e6, 1e6],
  tonnes: [1e6, 1e6],
  'metric ton': [1e6, 1e6],
  'metric tons': [1e6, 1e6],
  ton: [907_185, 1_016_047],
  tons: [907_185, 1_016_047],
  kilogram: [1e3, 1e3],
  kilograms: [1e3, 1e3],
  kilogramme: [1e3, 1e3],
  kilogrammes: [1e3, 1e3],
  kilo: [1e3, 1e3],
  kilos: [1e3, 1e3],
  kg: [1e3, 1e3],
  gram: [1, 1],
  grams: [1, 1],
  gramme: [1, 1],
  grammes: [1, 1],
  g: [1, 1],
  pound: [453.592, 453.592],
  pounds: [453.592, 453.592],
  lb: [453.592, 453.592],
  lbs: [453.592, 453.592],
  吨: [1e6, 1e6],
  噸: [1e6, 1e6],
  公斤: [1e3, 1e3],
  千克: [1e3, 1e3],
  克: [1, 1],
};

/** Mass units written as abbreviations: matched only as written (lower case). */
export const MASS_ABBREVIATIONS = ['kg', 'g', 'lb', 'lbs'] as const;

/** Currency marks written before the amount ("US$5,000", "RMB 50,000", "€3,000"), by ISO code. */
export const CURRENCY_PREFIXES: Readonly<Record<string, string>> = {
  $: 'USD',
  US$: 'USD',
  USD: 'USD',
  NT$: 'TWD',
  HK$: 'HKD',
  RMB: 'CNY',
  CNY: 'CNY',
  '¥': 'CNY',
  '€': 'EUR',
  '£': 'GBP',
  人民币: 'CNY',
  人民幣: 'CNY',
  新台币: 'TWD',
  新臺幣: 'TWD',
};

/** Currency words written after the amount ("50,000 yuan", "5万元", "3,000 euros"), by ISO code. */
export const CURRENCY_SUFFIXES: Readonly<Record<string, string>> = {
  yuan: 'CNY',
  renminbi: 'CNY',
  元: 'CNY',
  dollars: 'USD',
  'US dollars': 'USD',
  'Taiwan dollars': 'TWD',
  'New Taiwan dollars': 'TWD',
  'Hong Kong dollars': 'HKD',
  euros: 'EUR',
  euro: 'EUR',
  港元: 'HKD',
  港币: 'HKD',
  港幣: 'HKD',
  美元: 'USD',
  欧元: 'EUR',
  歐元: 'EUR',
};

/** Nouns a count of documents is a count of ("200 classified documents"). */
export const DOCUMENT_NOUNS = ['document', 'documents', 'file', 'files', 'papers'] as const;
/** Chinese: the measure word of documents, and the nouns it counts ("200余份文件", "文件3份"). */
export const HAN_DOCUMENT_MEASURE = '份';
export const HAN_DOCUMENT_NOUNS = ['文件', '资料', '資料', '材料', '情报', '情報'] as const;

/** Words before a number that make it a lower bound: "more than 200", "逾200". */
export const AT_LEAST_BEFORE = ['more than', 'over', 'at least', 'upwards of', 'in excess of', '超过', '超過', '逾', '至少', '不少于', '不少於'] as const;
/** Words after a number that make it a lower bound: "200余份", "200多份", "200份以上". */
export const AT_LEAST_AFTER = ['余', '餘', '多', '以上'] as const;
/** Words before a number that make it an upper bound: "nearly 200", "近200". */
export const AT_MOST_BEFORE = ['nearly', 'almost', 'up to', 'less than', 'fewer than', 'close to', 'under', '近', '将近', '將近', '不到'] as const;
/** Words before a number that make it a rough figure: "about 200", "约200". */
export const ABOUT_BEFORE = ['about', 'around', 'roughly', 'some', 'approximately', 'an estimated', '约', '約', '大约', '大約'] as const;
/** Words after a number that make it a rough figure: "200份左右". */
export const ABOUT_AFTER = ['左右'] as const;
/** How far a rough figure may stray: "about 200" agrees with 180 to 220. */
export const ABOUT_MARGIN = 0.1;

/** Words after which a term is the sentence handed down: "sentenced to", "jailed for", "判处有期徒刑". */
export const TERM_CUES_BEFORE = ['sentenced', 'jailed', 'imprisoned', '判处', '判處', '获刑', '獲刑', '被判', '有期徒刑'] as const;
/** Words after a term that make it a prison term: "four years in prison", "a four-year prison term". */
export const TERM_CUES_AFTER = [
  'in prison',
  'in jail',
  'behind bars',
  'prison term',
  'prison sentence',
  'jail term',
  'jail sentence',
  'imprisonment',
  'of imprisonment',
  'sentence',
] as const;
/** Where the prison term ends and another penalty begins: the years of political rights, a probation. */
export const TERM_STOPS = ['deprived', 'stripped', 'probation', 'suspended', 'reprieve', '剥夺', '剝奪', '缓刑', '緩刑', '缓期', '緩期'] as const;
/** A term that is a possibility, not a sentence: "faces up to 10 years", "punishable by". */
export const TERM_HYPOTHETICAL = ['face', 'faces', 'facing', 'faced', 'up to', 'punishable', 'carries', 'could', 'would', 'might', '最高', '可能'] as const;
/**
 * A term that bounds a span of several people's sentences, not one person's term: "four others received sentences
 * ranging from two years and six months to six years", "分别被判处2年至6年不等".
 */
export const TERM_SPANS = ['ranging', 'ranged', 'range from', 'respectively', '不等', '分别', '分別'] as const;
/**
 * Words of a sentence that gives a term to someone beside the case's main person: "In contrast, codefendant Hou,
 * who..., was sentenced to six years", "His partner, Liu, received six years", "同案被告…被判处". Terms are not tied
 * to a person, so such a sentence is no witness on the case's term.
 */
export const TERM_OF_ANOTHER = [
  'codefendant',
  'co-defendant',
  'co-defendants',
  'codefendants',
  'his partner',
  'her partner',
  'accomplice',
  'the others',
  'four others',
  'three others',
  'two others',
  'other defendants',
  '同案',
  '同伙',
  '同夥',
  '其余',
  '其餘',
] as const;
/** Sentences that are no fixed term, as written. */
export const LIFE_TERMS = ['life imprisonment', 'life in prison', 'life sentence', 'sentenced to life', '无期徒刑', '無期徒刑'] as const;
export const DEATH_TERMS = ['sentenced to death', 'death sentence', 'death penalty', '死刑'] as const;

/** Words after which an amount of money is a fine. */
export const FINE_CUES = ['fined', 'a fine of', 'fines of', 'penalty of', '罚款', '罰款', '罚金', '罰金'] as const;

/** Verbs that report a statement: a date in their clause is when it was said, not when the act was done. */
export const REPORTING_VERBS = [
  'said',
  'says',
  'announced',
  'disclosed',
  'revealed',
  'reported',
  'published',
  'released',
  'told',
  'stated',
  '通报',
  '披露',
  '公布',
  '发布',
  '表示',
  '称',
] as const;

/** Verbs whose "over" is part of the verb ("handed over 180 documents"), not "more than". */
export const OVER_PARTICLE_VERBS = ['hand', 'hands', 'handed', 'handing', 'turn', 'turns', 'turned', 'turning', 'pass', 'passes', 'passed', 'passing'] as const;
