/**
 * Surnames as Hong Kong (Cantonese) spells them, with their pinyin: "Chan", "Cheung", "Leung", "Lau". A name so
 * spelled spells its given name in Cantonese too ("Shing-wan" for 成運, which pinyin reads cheng-yun), so
 * across scripts only its surname can be compared.
 */
export const CANTONESE_SURNAME_TO_PINYIN: Readonly<Record<string, readonly string[]>> = {
  lee: ['li'],
  chan: ['chen'],
  cheung: ['zhang'],
  leung: ['liang'],
  lau: ['liu'],
  kwok: ['guo'],
  tsang: ['zeng'],
  yeung: ['yang'],
  tse: ['xie'],
  choi: ['cai'],
  yip: ['ye'],
  // Spellings of two or more surnames, each read every way: "Wong" is 黄 or 王, "Yuen" 袁 or 阮, "Wai" 韋 or 衛.
  wong: ['huang', 'wang'],
  yuen: ['yuan', 'ruan'],
  wai: ['wei'],
  ng: ['wu'],
  lam: ['lin'],
  tam: ['tan'],
  mak: ['mai'],
  fung: ['feng'],
  chow: ['zhou'],
  chau: ['zhou', 'zou', 'qiu'],
  chiu: ['zhao', 'qiu'],
  lui: ['lv', 'lei'],
  poon: ['pan'],
  siu: ['xiao', 'shao'],
  hui: ['xu'],
  kwan: ['guan'],
  tsui: ['xu', 'cui'],
  yau: ['qiu', 'you'],
  mok: ['mo'],
  shek: ['shi'],
  fok: ['huo'],
  kwong: ['kuang'],
  yiu: ['yao'],
  ho: ['he'],
  lo: ['lu', 'luo'],
  tong: ['tang'],
  kong: ['jiang'],
  ko: ['gao'],
  kam: ['gan', 'jin'],
  lai: ['li', 'lai'],
};

/**
 * Surnames as Taiwan (Wade-Giles) and Hong Kong (Cantonese) spell them, with
 * their pinyin: a Taiwanese report's "Chang" and a mainland report's "Zhang"
 * (and 张 or 張 in characters) may be one person. Only surnames with one
 * reading in pinyin: "Lee" is Li, but "Wong" could be Wang or Huang and is
 * left out. Apostrophes of aspiration ("Ch'en") are dropped before look-up.
 */
export const SURNAME_TO_PINYIN: Readonly<Record<string, string>> = {
  // Wade-Giles: "a retired soldier surnamed Chang", "Hsu Chun-yi", "Tsai Ing-wen", "Cheng Li-wun"
  chang: 'zhang',
  hsu: 'xu',
  tsai: 'cai',
  cheng: 'zheng',
  hsiao: 'xiao',
  hsieh: 'xie',
  hsia: 'xia',
  hsueh: 'xue',
  chou: 'zhou',
  chao: 'zhao',
  chuang: 'zhuang',
  chiang: 'jiang',
  chien: 'qian',
  chu: 'zhu',
  chung: 'zhong',
  kuo: 'guo',
  kao: 'gao',
  kung: 'gong',
  tseng: 'zeng',
  tsao: 'cao',
  tsou: 'zou',
  teng: 'deng',
  yeh: 'ye',
  hung: 'hong',
  kuan: 'guan',
  soong: 'song',
  sung: 'song',
};

/**
 * Given names as Taiwan spells them, syllable by syllable in Wade-Giles without its apostrophes and umlauts:
 * 高安國 is "Kao An-kuo", 陳惟仁 "Chen Wei-jen", 劉逸蓁 "Liu Yi-chen". A pinyin syllable becomes Wade-Giles by
 * its initial and its final; these syllables are spelled whole.
 */
export const WADE_GILES_SYLLABLES: Readonly<Record<string, string>> = {
  // "Chih-ming", "Shih-chieh", "Jih-hsin", "Tzu-yu", "Ssu-ma"
  zhi: 'chih',
  chi: 'chih',
  shi: 'shih',
  ri: 'jih',
  zi: 'tzu',
  ci: 'tzu',
  si: 'ssu',
  // "Yen-ling", "Yeh", "Yung-ching", "Yueh-hsia", "Erh"
  yan: 'yen',
  ye: 'yeh',
  you: 'yu',
  yong: 'yung',
  yue: 'yueh',
  yi: 'i',
  er: 'erh',
  e: 'o',
};

/** Pinyin initials that Wade-Giles spells otherwise (its aspiration marks dropped, as Taiwanese passports drop them): 國 guo is "kuo", 仁 ren "jen". */
export const WADE_GILES_INITIALS: Readonly<Record<string, string>> = {
  zh: 'ch',
  j: 'ch',
  q: 'ch',
  x: 'hs',
  z: 'ts',
  c: 'ts',
  r: 'j',
  b: 'p',
  d: 't',
  g: 'k',
};

/** Pinyin finals that Wade-Giles spells otherwise: 中 zhong "chung", 建 jian "chien", 傑 jie "chieh", 學 xue "hsueh". */
export const WADE_GILES_FINALS: Readonly<Record<string, string>> = {
  ong: 'ung',
  iong: 'iung',
  ian: 'ien',
  ie: 'ieh',
  ue: 'ueh',
  ve: 'ueh',
  v: 'u',
  van: 'uan',
  vn: 'un',
};

/** Initials after which pinyin -uo stays -uo in Wade-Giles (國 guo "kuo", 碩 shuo "shuo"); after the rest it is -o (多 duo "to"). */
export const WADE_GILES_UO_KEPT = ['g', 'k', 'h', 'sh'] as const;
/** Initials after which pinyin -e is -o in Wade-Giles: 哥 ge "ko", 和 he "ho". */
export const WADE_GILES_E_AS_O = ['g', 'k', 'h'] as const;

/** Jyutping initials Hong Kong spells otherwise: 志 zi is "Chi", 翠 ceoi "Tsui", 袁 jyun "Yuen". */
export const JYUTPING_INITIALS_AS_HONG_KONG: Readonly<Record<string, string>> = {
  z: 'ch',
  c: 'ch',
  j: 'y',
};

/** Jyutping finals Hong Kong spells otherwise: 良 loeng "Leung", 家 gaa "Ka", 翠 ceoi "Tsui", 袁 jyun "Yuen", 高 gou "Ko". */
export const JYUTPING_FINALS_AS_HONG_KONG: Readonly<Record<string, string>> = {
  aa: 'a',
  aai: 'ai',
  aau: 'au',
  aam: 'am',
  aan: 'an',
  aang: 'ang',
  aap: 'ap',
  aat: 'at',
  aak: 'ak',
  oe: 'eu',
  oeng: 'eung',
  oek: 'euk',
  eoi: 'ui',
  eon: 'un',
  eot: 'ut',
  yu: 'u',
  yun: 'uen',
  yut: 'uet',
  ou: 'o',
};

/**
 * The ways Hong Kong spells one Cantonese syllable, made alike (applied to a syllable as written and to one read
 * from characters): "Kwok" and "Gwok", "Tsz" and "Chi" (子, 志), "Sze" and "Si", "Tsang" and "Chang", "Shing" and "Sing", "Yee" and
 * "Yi" and "I", "Lee" and "Lei", "Chow" and "Chau", "Yuen" and "Yun", "Ip" and "Yip", "Sum" and "Sam".
 */
export const HONG_KONG_SPELLING_VARIANTS: ReadonlyArray<readonly [RegExp, string]> = [
  // The unaspirated initials Hong Kong writes either way: 國 gwok "Kwok", 彪 biu "Biu" or "Piu", 德 dak "Tak".
  [/^b/, 'p'],
  [/^d/, 't'],
  [/^g/, 'k'],
  [/^tsz$/, 'chi'],
  [/^sze$/, 'si'],
  [/ts/g, 'ch'],
  [/sh/g, 's'],
  [/ee/g, 'i'],
  [/ei/g, 'i'],
  [/oo/g, 'u'],
  [/ue/g, 'u'],
  [/ow$/, 'au'],
  [/ou$/, 'o'],
  [/^y(?=i)/, ''],
  [/um$/, 'am'],
];
