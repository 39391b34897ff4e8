import { describe, expect, it } from 'vitest';
import {
  givesFullName,
  meetAcross,
  meetInitial,
  pinyinKeys,
  pinyinReadings,
  pinyinToWadeGiles,
  rareName,
  surnameOnly,
  withoutNickname,
} from '../../../../src/extract/link/names-across.ts';
import { WESTERN_GIVEN_NAMES } from '../../../../src/vocab/names.ts';
import { CANTONESE_SURNAME_TO_PINYIN } from '../../../../src/vocab/wade-giles.ts';

describe('names across scripts and spellings', () => {
  it.each([
    ['魏金超', 'Jinchao Wei', 'full'],
    ['魏金超', 'Wei Jinchao', 'full'],
    ['趙學軍', '赵学军', 'full'],
    ['杜某', 'Du', 'surname'],
    ['曾某某', 'Zeng', 'surname'],
    ['譚某', 'Tan', 'surname'],
    ['黃男', 'Huang', 'surname'],
    // Wade-Giles and Cantonese surnames meet their pinyin
    ['Chang', 'Zhang', 'surname'],
    ['Hsu', 'Xu Ming', 'surname'],
    ['Tsai', '蔡某', 'surname'],
    ['Cheng', '郑某', 'surname'],
    ['Kwok', '郭先生', 'surname'],
    // Taiwanese given names in Wade-Giles meet the characters
    ['高安國', 'Kao An-kuo', 'full'],
    ['陳惟仁', 'Chen Wei-jen', 'full'],
    ['劉逸蓁', 'Liu Yi-chen', 'full'],
    ['張學良', 'Chang Hsueh-liang', 'full'],
    ['蔡英文', 'Tsai Ing-wen', 'full'],
    // A foreign name in characters, in both scripts and with either middle dot
    ['佈雷恩‧皮斯', '布雷恩·皮斯', 'full'],
    ['汉斯·施吕特-斯塔茨', '漢斯·施呂特-斯塔茨', 'full'],
  ] as const)('%s and %s: %s', (a, b, want) => {
    expect(meetAcross(a, b)).toBe(want);
  });

  it.each([
    ['魏金超', 'Jinchao Wang'],
    ['魏金超', 'Jinming Wei'],
    ['杜某', 'Tang'],
    ['Chang', 'Cheng'],
    // One surname, another given name: "Kao An-ming" is not 高安國
    ['高安國', 'Kao An-ming'],
    ['陳惟仁', 'Chen Wei-min'],
    ['亚历山大·切尔格', '亚历山大·布朗'],
    // Two Latin names of one spelling are the same-script reader's (sameName), not this one's.
    ['Zhang', 'Zhang Wei'],
  ])('%s and %s do not meet as one person', (a, b) => {
    expect(meetAcross(a, b)).not.toBe('full');
  });

  it('reads a Latin name of two words in either order, a longer one not at all', () => {
    expect(pinyinReadings('Jinchao Wei')).toEqual([
      { surname: 'wei', given: 'jinchao', wadeGiles: 'jinchao' },
      { surname: 'jinchao', given: 'wei', wadeGiles: 'wei' },
    ]);
    expect(pinyinReadings('Herwig F.')).toEqual([]);
  });

  it('gives blocking keys that a report in the other script shares', () => {
    expect(pinyinKeys('魏金超')).toContain('py:wei|jinchao');
    expect(pinyinKeys('Jinchao Wei')).toContain('py:wei|jinchao');
    expect(pinyinKeys('杜某')).toEqual(['py:du']);
    expect(pinyinKeys('Du')).toEqual(['py:du']);
  });

  it('knows a name that gives the surname alone', () => {
    expect(['Huang', '郝某', 'Chang'].map(surnameOnly)).toEqual([true, true, true]);
    expect(['Huang Yu', '魏金超', 'Herwig F.'].map(surnameOnly)).toEqual([false, false, false]);
  });

  it('meets a given name with the initial of a surname, as German reports write it', () => {
    expect(meetInitial('Jian G.', '郭建')).toBe(true);
    expect(meetInitial('Jian G', 'Jian G.')).toBe(true);
    expect(meetInitial('Guo Jian', 'Jian G.')).toBe(true);
    expect(meetInitial('Thomas R.', 'Thomas Richter')).toBe(true);
    expect(meetInitial('Jian G.', 'Li Jian')).toBe(false);
    expect(meetInitial('Jian G.', 'Guo Ming')).toBe(false);
    expect(meetInitial('Guo Jian', '郭建')).toBe(false);
    expect(pinyinKeys('Jian G.')).toEqual(['ini:jian|g']);
    expect(pinyinKeys('郭建')).toContain('ini:jian|g');
  });

  it('knows a name that gives a given name too, two characters included', () => {
    expect(['郭建', 'Guo Jian', '趙學軍'].map(givesFullName)).toEqual([true, true, true]);
    expect(['郭某', 'Guo', 'Jian G.'].map(givesFullName)).toEqual([false, false, false]);
  });

  it('drops a nickname in quotes between the given name and the surname, and nothing else', () => {
    expect(withoutNickname('Jinchao "Patrick" Wei')).toBe('Jinchao Wei');
    expect(withoutNickname('Wenheng “Thomas” Zhao')).toBe('Wenheng Zhao');
    expect(withoutNickname("Jinchao 'Patrick' Wei")).toBe('Jinchao Wei');
    expect(withoutNickname("D'Arcy O'Brien")).toBe("D'Arcy O'Brien");
    expect(withoutNickname('Wei "the sailor"')).toBe('Wei "the sailor"');
  });

  it('knows a full name few people share from one shared by thousands', () => {
    expect(['高安國', '王武彬', 'Yuesheng Wang', 'Christopher Cash', 'Kao An-kuo', '亚历山大·切尔格'].map(rareName)).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(['郭建', '王某', 'Li Wei', 'Wang Jun', 'Zhang'].map(rareName)).toEqual([false, false, false, false, false]);
  });

  it.each([
    // spelled whole
    ['zhi', 'chih'],
    ['chi', 'chih'],
    ['shi', 'shih'],
    ['ri', 'jih'],
    ['zi', 'tzu'],
    ['ci', 'tzu'],
    ['si', 'ssu'],
    ['yan', 'yen'],
    ['ye', 'yeh'],
    ['you', 'yu'],
    ['yong', 'yung'],
    ['yue', 'yueh'],
    ['yi', 'i'],
    ['er', 'erh'],
    ['e', 'o'],
    // initials
    ['zhen', 'chen'],
    ['jun', 'chun'],
    ['qing', 'ching'],
    ['xiao', 'hsiao'],
    ['zeng', 'tseng'],
    ['cai', 'tsai'],
    ['ren', 'jen'],
    ['bo', 'po'],
    ['de', 'te'],
    ['guo', 'kuo'],
    // finals
    ['zhong', 'chung'],
    ['xiong', 'hsiung'],
    ['jian', 'chien'],
    ['jie', 'chieh'],
    ['xue', 'hsueh'],
    ['lve', 'lueh'],
    ['lv', 'lu'],
    ['xvan', 'hsuan'],
    ['qvn', 'chun'],
    ['duo', 'to'],
    ['shuo', 'shuo'],
    ['huo', 'huo'],
    ['kuo', 'kuo'],
    ['he', 'ho'],
    ['ge', 'ko'],
    ['ke', 'ko'],
    ['le', 'le'],
    ['ming', 'ming'],
  ])('spells pinyin %s as Wade-Giles %s', (py, wg) => {
    expect(pinyinToWadeGiles(py)).toBe(wg);
  });

  it('gives a Wade-Giles name and its characters one blocking key', () => {
    expect(pinyinKeys('Kao An-kuo')).toContain('wg:gao|ankuo');
    expect(pinyinKeys('高安國')).toContain('wg:gao|ankuo');
  });
});

describe('English given names and Cantonese spellings', () => {
  it.each([...WESTERN_GIVEN_NAMES])('"%s Sun" meets 孙雯 by surname, and is a full name', (given) => {
    expect(meetAcross(`${given} Sun`, '孙雯')).toBe('surname');
    expect(surnameOnly(`${given} Sun`)).toBe(false);
    expect(givesFullName(`${given} Sun`)).toBe(true);
  });
  it('sets an English name in the middle aside: "Xiaodong Sheldon Meng" is 孟晓东', () => {
    expect(meetAcross('Xiaodong Sheldon Meng', '孟晓东')).toBe('full');
  });
  it('meets a Cantonese spelling in full by the Cantonese sound of the characters, not their pinyin', () => {
    expect(meetAcross('Leung Shing-wan', '梁成運')).toBe('full');
    expect(meetAcross('John Shing-wan Leung', '梁成運')).toBe('full');
    // Another given name, or none, meets by surname only.
    expect(meetAcross('Leung Wing-kit', '梁成運')).toBe('surname');
    expect(meetAcross('John Leung', '梁成運')).toBe('surname');
    // Pinyin given names still tell two people apart.
    expect(meetAcross('Liang Wei', '梁成運')).toBeNull();
  });
  it.each([
    // The ways Hong Kong spells one syllable: "Tsz" and "Chi", "Shing", "Biu" for an unaspirated b, "Kwok" for gw.
    ['Tsang Tsz-kin', '曾子健'],
    ['Chan Chi-ming', '陳志明'],
    ['Cheung Kwok-wai', '張國偉'],
    ['Yuen Chung-biu', '袁松彪'],
    ['Lau Ka-yee', '劉嘉儀'],
    ['Chow Sze-man', '周思敏'],
  ])('"%s" is %s in full', (latin, han) => {
    expect(meetAcross(latin, han)).toBe('full');
  });
});

describe('Hong Kong spellings of surnames', () => {
  // One surname in characters per reading of each spelling in the vocabulary.
  const IN_CHARACTERS: Record<string, string[]> = {
    lee: ['李'],
    chan: ['陳'],
    cheung: ['張'],
    leung: ['梁'],
    lau: ['劉'],
    kwok: ['郭'],
    tsang: ['曾'],
    yeung: ['楊'],
    tse: ['謝'],
    choi: ['蔡'],
    yip: ['葉'],
    wong: ['黃', '王'],
    yuen: ['袁', '阮'],
    wai: ['衛'],
    ng: ['吳'],
    lam: ['林'],
    tam: ['譚'],
    mak: ['麥'],
    fung: ['馮'],
    chow: ['周'],
    chau: ['周', '鄒', '仇'],
    chiu: ['趙', '邱'],
    lui: ['呂', '雷'],
    poon: ['潘'],
    siu: ['蕭', '邵'],
    hui: ['許'],
    kwan: ['關'],
    tsui: ['徐', '崔'],
    yau: ['丘', '游'],
    mok: ['莫'],
    shek: ['石'],
    fok: ['霍'],
    kwong: ['鄺'],
    yiu: ['姚'],
    ho: ['何'],
    lo: ['盧', '羅'],
    tong: ['唐'],
    kong: ['江'],
    ko: ['高'],
    kam: ['甘', '金'],
    lai: ['黎', '賴'],
  };
  it('covers every spelling of the vocabulary', () => {
    expect(Object.keys(IN_CHARACTERS).sort()).toEqual(Object.keys(CANTONESE_SURNAME_TO_PINYIN).sort());
  });
  it.each(Object.entries(IN_CHARACTERS).flatMap(([spelling, chars]) => chars.map((c) => [spelling, c] as const)))(
    '"%s" meets %s某 by surname',
    (spelling, han) => {
      const name = spelling[0]!.toUpperCase() + spelling.slice(1);
      expect(meetAcross(name, `${han}某`)).toBe('surname');
    },
  );
  it('reads a Hong Kong name whose given name is two words, the surname last or first', () => {
    expect(meetAcross('Chi Leung Wai', '衛志良')).toBe('full');
    expect(meetAcross('Yuen Chung Biu', '袁松彪')).toBe('full');
    expect(meetAcross('Chi Leung Wai', '梁志偉')).toBeNull();
  });
});
