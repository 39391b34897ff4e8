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
