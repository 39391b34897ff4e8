import { describe, expect, it } from 'vitest';
import { chineseHeadlineTitle, headlineShaped } from '../../../../src/extract/cases/title.ts';

describe("a Chinese report's headline as its case's title", () => {
  it('takes a headline that speaks of the case', () => {
    expect(chineseHeadlineTitle('境外间谍利用寄递手段窃取我国稀土', [])).toBe('境外间谍利用寄递手段窃取我国稀土');
    expect(chineseHeadlineTitle('稀土走私团伙覆灭', [])).toBe('稀土走私团伙覆灭');
  });

  it('takes one that names a person of the case', () => {
    expect(chineseHeadlineTitle('王某某的两副面孔', ['王某某'])).toBe('王某某的两副面孔');
    expect(chineseHeadlineTitle('王某某的两副面孔', [])).toBeNull();
  });

  it('knows the words by which a headline speaks of what the law did', () => {
    const table: Array<[string, string]> = [
      ['案', '海岛照片案细节公开'],
      ['判', '前军官今日宣判'],
      ['捕', '两名学生在基地外被捕'],
      ['刑', '前军官获刑七年'],
      ['押', '前助理遭收押'],
      ['拘', '两名游客遭拘留'],
      ['罚', '某公司被处以罚款'],
      ['惩', '高管外泄资料被严惩'],
      ['诉', '检方提起诉讼'],
      ['抓', '外国人在港口附近被抓'],
      ['落网', '拍摄军港的男子落网'],
      ['查获', '海关查获一批货物'],
    ];
    for (const [word, headline] of table) {
      expect(headline, word).toContain(word);
      expect(chineseHeadlineTitle(headline, []), headline).toBe(headline);
    }
  });

  it('takes no line of the page that was read as the headline', () => {
    expect(chineseHeadlineTitle('↺ 返回 电子报 正體版', ['王永义'])).toBeNull();
    expect(chineseHeadlineTitle('藍白立委為什麼不願公開助理身分?', [])).toBeNull();
  });

  it('takes no photo caption: a sentence, or a sentence and its credit', () => {
    expect(chineseHeadlineTitle('军港停泊期间遭无人机偷拍间谍。FB', [])).toBeNull();
    expect(chineseHeadlineTitle('法院审理间谍案示意圖。(中央社)', [])).toBeNull();
    expect(headlineShaped('法院审理间谍案示意圖。(中央社)')).toBe(false);
  });

  it('takes no lead paragraph read as the headline', () => {
    const lead = '作为一支特殊的警察队伍，国家安全机关人民警察承担着维护国家主权、安全、发展利益的职责使命。新形势下，反间防谍斗争形势日趋严峻复杂';
    expect(headlineShaped(lead)).toBe(false);
    expect(chineseHeadlineTitle(lead, [])).toBeNull();
    expect(headlineShaped('前军官获刑七年')).toBe(true);
  });
});
