import { describe, expect, it } from 'vitest';
import { chineseTitle } from '../../../../src/extract/cases/zh-title.ts';

const base = { name: null, outcome: null, outcomeText: null, smuggling: false, text: '国家安全机关破获一起间谍案。' };
const trad = '國家安全機關破獲一起間諜案。';

describe('chineseTitle', () => {
  it.each([
    ['sentenced', '蔡某被判刑'],
    ['arrested', '蔡某被捕'],
    ['administrative-penalty', '蔡某受行政处罚'],
    ['intercepted', '蔡某被查获'],
    ['channel-cut-off', '蔡某渠道被切断'],
    ['uncovered', '蔡某案被侦破'],
  ] as const)('names what befell the person: %s', (outcome, title) => {
    expect(chineseTitle({ ...base, name: '蔡某', outcome })).toBe(title);
  });
  it('gives the sentence as the report writes it', () => {
    expect(chineseTitle({ ...base, name: '蔡小洪', outcome: 'sentenced', outcomeText: '法院以间谍罪判处蔡小洪有期徒刑十五年' })).toBe('蔡小洪被判十五年');
  });
  it('titles a case by its person alone when nothing befell them yet', () => {
    expect(chineseTitle({ ...base, name: '赵某' })).toBe('赵某案');
  });
  it('titles a case without a name by what it is and what befell whom', () => {
    expect(chineseTitle({ ...base })).toBe('间谍案');
    expect(chineseTitle({ ...base, smuggling: true, outcome: 'intercepted' })).toBe('走私案：货物被查获');
    expect(chineseTitle({ ...base, outcome: 'arrested' })).toBe('间谍案：嫌疑人被捕');
    expect(chineseTitle({ ...base, outcome: 'uncovered' })).toBe('间谍案被侦破');
  });
  it('writes in the script of the report', () => {
    expect(chineseTitle({ ...base, text: trad, outcome: 'sentenced' })).toBe('間諜案：被告被判刑');
    expect(chineseTitle({ ...base, text: trad, name: '趙某', outcome: 'intercepted' })).toBe('趙某被查獲');
  });
});

describe('chineseTitle of a fiction', () => {
  const fiction = { ...base, dramatization: true };
  it('names the medium and the work in its title marks, as the report writes them', () => {
    expect(chineseTitle({ ...fiction, text: '国家安全题材电影《惊蛰无声》17日上映。' })).toBe('电影《惊蛰无声》');
    expect(chineseTitle({ ...fiction, text: '國家安全題材電影《驚蟄無聲》上映。' })).toBe('電影《驚蟄無聲》');
  });
  it('names the medium and the character without a work title, and neither without either', () => {
    expect(chineseTitle({ ...fiction, name: '黄凯', text: '这部漫画讲述了黄凯的故事。' })).toBe('漫画：黄凯');
    expect(chineseTitle({ ...fiction, text: '故事讲述了一名间谍。' })).toBe('作品：间谍故事');
  });
});
