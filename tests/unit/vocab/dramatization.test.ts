import { describe, expect, it } from 'vitest';
import { isDramatization } from '../../../src/extract/cases/split.ts';
import { DRAMA_MEDIUM, FICTION } from '../../../src/vocab/dramatization.ts';

const paras = (...texts: string[]) => texts.map((text, i) => ({ id: `p${i + 1}`, text }));

describe('dramatization vocabulary in Chinese', () => {
  it.each(['电影', '电视剧', '网剧', '短剧', '动画片', '漫画', '微电影', '谍战剧', '谍战片', '院线', '上映'])('knows the medium "%s"', (word) => {
    expect(DRAMA_MEDIUM.test(`这部${word}讲述国家安全干警的故事。`)).toBe(true);
  });
  it('knows the medium in traditional characters', () => expect(DRAMA_MEDIUM.test('這部電視劇講述國安幹警的故事。')).toBe(true));
  it.each(['剧中', '剧情', '主演', '饰演', '导演', '观众', '观影', '票房', '春节档'])('knows the synopsis word "%s"', (word) => {
    expect(`评论说${word}很好。`.match(FICTION)).toHaveLength(1);
  });
  it('does not take a video of a base or a role played for a film', () => {
    expect(DRAMA_MEDIUM.test('三人拍下172段影片。')).toBe(false);
    expect('他在案中扮演关键角色,片中可见军港。'.match(FICTION)).toBeNull();
  });
  it('reads a film review in Chinese as a dramatization, and a case report as none', () => {
    const review = paras('《惊蛰无声》十七日上映,吸引大量观众观影。', '该片由国家安全部指导创作,剧情紧凑,主演表现出色。');
    expect(isDramatization('国安大片春节上映', review)).toBe(true);
    const report = paras('国家安全机关破获一起间谍案,涉案人员拍摄军港照片。', '法院以间谍罪判处其有期徒刑十年。');
    expect(isDramatization('男子偷拍军港被判刑', report)).toBe(false);
  });
});
