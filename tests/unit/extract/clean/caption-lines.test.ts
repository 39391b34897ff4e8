import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../../src/extract/clean/clean-article.ts';
import { toUnits } from '../../../../src/extract/clean/lines.ts';
import { readSeed } from '../../../../src/extract/read/read.ts';

function clean(text: string) {
  const read = readSeed('seeds/test.txt', new TextEncoder().encode(text));
  if (!read.ok) throw new Error(read.reason);
  return cleanArticle(read.seed);
}
const body = (text: string): string[] => clean(text).paragraphs;

const CAPTION = '報告顯示，銅、鐵、磷等礦產資源量大幅增長。圖為某銅礦智能採礦運輸作業場景。（新華社）';
const STORY = '大陸仍在嚴格控管關鍵礦物出口，法院日前對一起走私案作出重判，主犯被判處有期徒刑十四年，並處罰金。';

describe('a picture’s caption closing with its credit', () => {
  it('is a line of its own, not the start of the story under it', () => {
    expect(toUnits(`${CAPTION}\n${STORY}`, true).map((u) => u.text)).toEqual([CAPTION, STORY]);
  });
  it('is taken out of the body', () => {
    expect(body(`陸嚴控關鍵礦物 走私重判14年\n\n${CAPTION}\n${STORY}\n\n${STORY}`).join('\n')).not.toContain('圖為');
  });
});

describe('a caption inside the story, above its picture’s credit', () => {
  const P1 = 'A retired army general was charged on Tuesday with using money from abroad to recruit serving officers for an armed group.';
  const P2 = 'Prosecutors said the group met intelligence officers several times and received more than two million dollars in funding.';
  const P3 = 'The defendants face up to eight years in prison if convicted, prosecutors said in a statement issued on Wednesday.';
  it('is taken out with the credit, whose words may be in lower case', () => {
    const paras = body(
      `Retired general charged over armed group\n\n${P1}\n\n${P2}\n\nThe retired general is pictured in an undated photograph.\n\nPhoto: screen grab from the general’s Facebook page\n\n${P3}`,
    );
    expect(paras).toEqual([P1, P2, P3]);
  });
  it('a paragraph of the story above the credit of a picture without a caption stays', () => {
    const short = 'The defendants denied the charges in court.';
    const paras = body(`Retired general charged over armed group\n\n${P1}\n\n${P2}\n\n${short}\n\nPhoto: Reuters\n\n${P3}`);
    expect(paras).toContain(short);
  });
});

describe('short lines above the credit a Chinese story opens with', () => {
  it('are the captions of its pictures', () => {
    const caption = '《無聲》十七日上映,吸引大量觀眾觀影。';
    const filed = '東海新聞網2025年3月4日訊(記者 王小明/文)從市民中心到商場,無人機自動跟蹤,境外間諜閃送接頭,高科技涉密材料外洩。';
    const more = '這部影片由有關部門指導創作,講述國家安全機關破獲一起間諜案的故事,春節期間上映後吸引大量觀眾。';
    const page = clean(`https://m.copysite.example/news/1.htm\n\n${caption}\n${filed}\n${more}`);
    expect(page.paragraphs).toEqual([filed, more]);
    expect(page.removed).toContainEqual({ text: caption, reason: 'caption' });
  });
});

describe('links to other stories above the story, their titles run together', () => {
  const P1 = 'A court has convicted 27 people of smuggling more than 160 tonnes of a critical mineral used in weapons and chips.';
  const P2 = 'The ringleader was sentenced to 12 years in prison and fined one million yuan, according to a statement from the court.';
  it('are not the story', () => {
    const glued =
      'Senate passes bill limiting new investment in foreign chip makers, defence firmsPort city reportedly keeps its grain deal with allies, but doubts remain';
    const standfirst = 'Dozens convicted of shipping the strategic metal, marking a major enforcement of export controls';
    const page = `https://forum.example/threads/1\n\n${standfirst}\n${glued}\nMary Smithin Beijing\nPublished: 8:00pm, 18 Dec 2025\n${P1}\n${P2}`;
    expect(body(page)).toEqual([P1, P2]);
  });
  it('a first paragraph with a brand written in mixed case stays', () => {
    const lead = 'Shoppers who bought the phone on eBay and through the iPhone store were told on Monday that refunds would be paid by March.';
    expect(body(`Refunds promised\n\n${lead}\n\n${P2}`)).toContain(lead);
  });
});
