/**
 * The name vocabulary, entry by entry: each surname, each character that ends a name or cannot start a
 * given name, read in a line of the shape reports use.
 */
import { describe, expect, it } from 'vitest';
import { findPersonIntros, shortForms } from '../../../src/extract/cases/entities.ts';
import { hanName } from '../../../src/extract/cases/han-names.ts';

const names = (text: string) => findPersonIntros(text).map((i) => i.name);

describe('surnames as Taiwan and Hong Kong romanise them', () => {
  // "Hsiao, who ran the network": a surname alone is a name only when it is known as one.
  it.each(
    (
      'Lee Chan Cheung Wong Leung Lau Ng Kwok Yuen Yip Tse Tsang Chow Chau Chiu Fung Lam Mak Poon Siu Tam Yeung Wai Hui Kwan Ip ' +
      'Choi Fok Ho Kam Ko Kwong Lui Mok Shek Szeto Tsui Yau Yiu Koo Chao Chien Chou Chuang Hsia Hsiao Hsieh Hsu Hsueh Hung ' +
      'Kao Kuo Kuan Kung Tsai Tseng Tsao Tsou Teng Yeh Yen Chiang Chin Soong Sung'
    ).split(' '),
  )('%s', (surname) => {
    expect(names(`${surname}, who ran the network, recruited soldiers.`)).toEqual([surname]);
  });
});

describe('surnames in characters a full name may start with', () => {
  it.each([
    ...'方汪姜欧阳安齐伍庞颜聂章岳翟殷詹耿关兰焦俞左柳甘祝宁舒阮纪梅童凌毕季裴霍涂苗谷盛曲翁冉骆蓝游靳柴蒙鲍华喻祁蒲房滕屈饶牟艾卓缪简项麦褚娄楼窦戚岑景宫费卜冷晏卫米柏宗瞿桂佟臧闵苟邬卞姬仇栾隋刁沙荣巫寇桑郎甄仲虞敖巩佘池邝镇',
  ])('被告%s立明', (surname) => {
    expect(names(`法院判处被告${surname}立明有期徒刑三年。`)).toEqual([`${surname}立明`]);
  });

  it('reads 向 as a surname only after a title', () => {
    expect(names('研究官向立明遭吸收。')).toEqual(['向立明']);
    expect(names('他向立明等人借钱。')).toEqual([]);
  });
});

describe('where a name in characters ends', () => {
  it.each([
    ...'被遭涉因于於在是为為等的与與和及曾已将將也则則并並均即对對从從向自称稱表指说說讲講所之以把由就又还還仍都再竟却卻会會能要更案判获獲受经經赴返入透收提利接前后後今昨担擔任兼系係共',
  ])('李明 then %s', (c) => {
    expect(hanName(`李明${c}`)).toBe('李明');
  });

  it.each([
    ...'某他她它们們法检檢警台臺陆陸该該此各本我你对對方面人员員军軍部局处處厅廳院所校机機官兵队隊旅营營连連等受经經被遭在于於是有到参參多因为為晨业業装裝排置全星目度右点點客律裔些个個样樣',
  ])('王 then %s is no name', (c) => {
    expect(hanName(`王${c}明`)).toBeNull();
  });
});

describe('honorifics', () => {
  // "Brother Hoi" is not Brother further on, nor Hoi alone.
  it.each('Mr Mrs Ms Miss Madam Dr Prof Professor Brother Sister Uncle Auntie Aunt Boss Old Little Master'.split(' '))('%s Hoi', (honorific) => {
    expect(shortForms(`${honorific} Hoi`)).toEqual([]);
  });
});
