/**
 * Furniture as real pages print it, each shape in lines written for the test:
 * picture credits and descriptions, counters, paywall and bookmark pleas,
 * date lines with their source or a later revision, credit lines, other
 * stories' headlines after the text, and titles run onto a paragraph.
 */
import { describe, expect, it } from 'vitest';
import { lineKind, nameBeforeDate } from '../../../../src/extract/clean/boilerplate.ts';
import { cleanArticle } from '../../../../src/extract/clean/clean-article.ts';
import { splitTrailingTitle } from '../../../../src/extract/clean/lines.ts';
import { type RawSeed, readSeed } from '../../../../src/extract/read/read.ts';

function seed(text: string, path = 'seeds/test.txt'): RawSeed {
  const read = readSeed(path, new TextEncoder().encode(text));
  if (!read.ok) throw new Error(read.reason);
  return read.seed;
}

const clean = (text: string) => cleanArticle(seed(text));

const P1 = 'The city court sentenced a former radar technician to nine years in prison on Tuesday for selling test data to a foreign agent.';
const P2 = 'Prosecutors said the technician met his handler at a trade fair and was paid in cash for each batch of files over two years.';
const P3 = 'His lawyer said he would appeal the verdict, arguing that the data had already been published in trade journals.';

describe('date lines', () => {
  it.each([
    ['a "Modified Date" label', '- Modified Date: 09:14 | 05 March 2025'],
    ['a date with a later revision', '2025年03月08日 10:20 最後更新:03月09日 08:15'],
    ['a date with its source', '2025-03-08 09:41 人民网'],
  ])('%s', (_what, line) => expect(lineKind(line)?.reason).toBe('published-line'));
  it('keeps a Chinese sentence that opens with a date', () => expect(lineKind('2024年11月6日 国家安全部发布了一则通报说明情况')).toBeNull());
});

describe('picture credits and descriptions', () => {
  it.each([
    ['a caption ending "Photo via" its source', 'Lieutenant Chen Bo, assigned to the destroyer squadron, during an exercise off Guam. Photo via US Navy'],
    [
      'a long Chinese caption ending "圖/" its source',
      '國防部今日公布調查結果，涉案的三名退役軍官曾多次前往對岸接受招待，並被要求蒐集基地資訊，全案已移送地檢署偵辦。圖/本報資料照片',
    ],
    [
      'a long Chinese caption crediting who supplied the picture',
      '涉案上校在住處拍下的照片顯示他身穿軍服手持承諾書，檢方認定此舉嚴重損害國軍形象，並已向法院聲請羈押獲准。(民眾提供/中央社)',
    ],
    ['a short line saying it is a picture', '海關查獲示意圖。本報繪製'],
    ['a gallery’s picture titles run together', 'Harbour patrol boat prototypeHarbour patrol boat prototypeHarbour patrol boat prototype'],
  ])('%s', (_what, line) => expect(lineKind(line)?.reason).toBe('caption'));
  it('keeps a sentence that mentions a photo', () => expect(lineKind('The court was shown a photo by the prosecution of the device.')).toBeNull());
});

describe('counters, paywalls and pleas', () => {
  it.each([
    ['a view counter', 'Total Views: 1874', 'navigation'],
    ['page numbers beyond thirty', Array.from({ length: 40 }, (_, i) => `${i + 1}.`).join(' '), 'navigation'],
    ['a feature for subscribers', 'The audio version is available to subscribers only.', 'promo'],
    ['a fiction site asking to be bookmarked', '本站提示您:看完求收藏(某某書屋www.example.tw),下次閱讀更方便。', 'promo'],
  ])('%s', (_what, line, reason) => expect(lineKind(line)?.reason).toBe(reason));
});

describe('credit lines', () => {
  it.each(['记者王建华/台北报导', '國際新聞組╱東京3日電'])('a Chinese credit line: %s', (line) => expect(lineKind(line)?.reason).toBe('byline'));
  it('a name signed with initials, then its labelled date', () => {
    const line = 'Farah KM Published March 3, 2024 | 09:15 AM';
    expect(nameBeforeDate(line)).toBe('Farah KM');
    expect(lineKind(line)?.reason).toBe('byline');
  });
  it('not a sentence that ends in a date', () => expect(nameBeforeDate('The Court Published Its Ruling on March 3, 2024')).toBeNull());
  it('not a line of separators alone, which has no name to read (and must not throw)', () => {
    expect(nameBeforeDate('| |')).toBeNull();
    expect(lineKind('｜')).toBeDefined();
  });
});

describe('a title run onto the end of a paragraph', () => {
  it('splits it off after a gap of spaces', () =>
    expect(splitTrailingTitle('海关及时出手查扣全部货物。   海关破获走私大案 守护战略资源')).toEqual([
      '海关及时出手查扣全部货物。',
      '海关破获走私大案 守护战略资源',
    ]));
  it('leaves a paragraph with single spaces as it is', () => expect(splitTrailingTitle(`${P1} ${P2}`)).toEqual([`${P1} ${P2}`]));
});

describe('headlines', () => {
  it('one that ends on an abbreviation, above its date line', () => {
    const c = clean(`Beijing curbs rare earth magnet sales to U.S.\n- Published Date: 10:02 | 05 March 2025\n\n${P1}\n\n${P2}`);
    expect(c.headline).toBe('Beijing curbs rare earth magnet sales to U.S.');
  });
  it('not a picture’s description printed above it', () => {
    const c = clean(`Officer holding documents beside a warship with harbour lights visible\n\nNavy Officer Jailed for Selling Ship Plans\n\n${P1}\n\n${P2}`);
    expect(c.headline).toBe('Navy Officer Jailed for Selling Ship Plans');
  });
  it('not a picture’s title above its caption', () => {
    const c = clean(
      `Radar technician seen in court photo\n\nThe technician during a hearing in March. Photo via City Court\n\nRadar Technician Jailed for Nine Years in Spy Case\n\nMarch 5, 2025\n\n${P1}\n\n${P2}`,
    );
    expect(c.headline).toBe('Radar Technician Jailed for Nine Years in Spy Case');
  });
  it('under a teaser of the story, which stays with the story', () => {
    const teaser = 'A Tallinn court has jailed Marko V., a radar technician who sold test data to a foreign agent, ending a two-year case.';
    const lead = 'The court in the Estonian capital Tallinn sentenced the technician to nine years in prison on Tuesday.';
    const c = clean(`${teaser}\nRadar Technician Jailed for Selling Test Data\n\n${lead}\n\n${P2}`);
    expect(c.headline).toBe('Radar Technician Jailed for Selling Test Data');
    expect(c.paragraphs).toEqual([teaser, lead, P2]);
  });
  it('not the site’s name with a section label', () => {
    const zh = [
      '国家安全机关近日破获一起走私案件，查获大量管制物项，相关人员已被依法处理。',
      '调查发现，涉案人员受境外人员指使，多次将管制物项夹带出境，获取高额报酬。',
    ];
    const c = clean(`掌上人民网 国际\n\n千里追踪，稀土走私案告破\n\n2025-03-08 09:41 新华网\n\n${zh.join('\n\n')}`);
    expect(c.headline).toBe('千里追踪，稀土走私案告破');
  });
});

describe('the story’s edges', () => {
  it('other stories’ headlines listed after the text are a related box', () => {
    const list = [
      '- Storm closes ports along the southern coast',
      '- Parliament passes the budget after a long debate',
      '- Central bank holds rates for a third month',
    ];
    const c = clean(['Radar technician jailed for nine years', '', P1, P2, P3, ...list].join('\n'));
    expect(c.paragraphs).toEqual([P1, P2, P3]);
    for (const text of list) expect(c.removed).toContainEqual({ text, reason: 'related' });
  });
  it('keeps a list the story introduces', () => {
    const intro = 'The court listed what the technician had sold:';
    const list = ['- Radar test data from three trials', '- Circuit diagrams of the receiver unit', '- Maintenance manuals for the coastal sites'];
    const c = clean(['Radar technician jailed for nine years', '', P1, intro, ...list].join('\n'));
    expect(c.paragraphs).toEqual(expect.arrayContaining(list));
  });
  it('a short line above a picture’s credit, before the story, is the caption', () => {
    const c = clean(`Radar technician jailed for nine years\n\nGuards stand outside the city court.\nPhoto: Local media\n${P1}\n\n${P2}`);
    expect(c.paragraphs).toEqual([P1, P2]);
    expect(c.removed).toContainEqual({ text: 'Guards stand outside the city court.', reason: 'caption' });
  });
  it('a line introducing a quotation is the story', () => {
    const c = clean(`Radar technician jailed for nine years\n\n${P1}\nThe court's ruling said:\n“He knew what the data was worth.”\n${P2}`);
    expect(c.paragraphs).toContain("The court's ruling said:");
  });
  it('keeps the story’s last words when the page is cut off after two', () => {
    const c = clean(`Radar technician jailed for nine years\n\n${P1}\n\n${P2}\n\nUnder the`);
    expect(c.paragraphs.at(-1)).toBe('Under the');
  });
  it('a speech in the first person after a source credit is the story', () => {
    const speech = 'Good morning. I am joined today by the chief prosecutor and the head of the investigation unit.';
    const c = clean(`Source: City Court Press Office\n\n${speech}\n\n${P1}\n\n${P2}`);
    expect(c.paragraphs[0]).toBe(speech);
  });
  it('a name the headline gives is its subject, not its writer', () => {
    const c = clean(`Lawmaker Mary Tam-wong to review trade office work\n\nMary Tam-wong\n\n${P1}\n\n${P2}`);
    expect(c.removed.find((r) => r.text === 'Mary Tam-wong')?.reason).not.toBe('byline');
  });
});
