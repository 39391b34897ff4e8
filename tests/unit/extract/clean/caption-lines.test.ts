import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../../src/extract/clean/clean-article.ts';
import { toUnits } from '../../../../src/extract/clean/lines.ts';
import { readSeed } from '../../../../src/extract/read/read.ts';

const CAPTION = '報告顯示，銅、鐵、磷等礦產資源量大幅增長。圖為某銅礦智能採礦運輸作業場景。（新華社）';
const STORY = '大陸仍在嚴格控管關鍵礦物出口，法院日前對一起走私案作出重判，主犯被判處有期徒刑十四年，並處罰金。';

describe('a picture’s caption closing with its credit', () => {
  it('is a line of its own, not the start of the story under it', () => {
    expect(toUnits(`${CAPTION}\n${STORY}`, true).map((u) => u.text)).toEqual([CAPTION, STORY]);
  });
  it('is taken out of the body', () => {
    const read = readSeed('seeds/test.txt', new TextEncoder().encode(`陸嚴控關鍵礦物 走私重判14年\n\n${CAPTION}\n${STORY}\n\n${STORY}`));
    if (!read.ok) throw new Error(read.reason);
    expect(cleanArticle(read.seed).paragraphs.join('\n')).not.toContain('圖為');
  });
});
