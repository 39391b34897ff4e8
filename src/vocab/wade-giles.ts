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
  // Cantonese: "Chan", "Cheung", "Leung", "Lau", "Kwok", "Tsang"
  lee: 'li',
  chan: 'chen',
  cheung: 'zhang',
  leung: 'liang',
  lau: 'liu',
  kwok: 'guo',
  tsang: 'zeng',
  yeung: 'yang',
  tse: 'xie',
  choi: 'cai',
  yip: 'ye',
};
