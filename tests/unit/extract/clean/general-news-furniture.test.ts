/**
 * Furniture of news in general, each shape in lines written for the test: a breadcrumb after its label, a
 * Chinese menu row with spaces or none, a browser notice, a contact address, captions that place people in
 * the picture or are printed twice, a teaser cut by an ellipsis, a numbered "more" list, a link back to the
 * article run into its title, a date stamp run into a Chinese caption, a Chinese masthead and its tagline,
 * a broadcast's handoff to its reporter.
 */
import { describe, expect, it } from 'vitest';
import { isDateLine, lineKind } from '../../../../src/extract/clean/boilerplate.ts';
import { cleanArticle } from '../../../../src/extract/clean/clean-article.ts';
import { splitLeadingLink, splitLeadingStamp } from '../../../../src/extract/clean/lines.ts';
import { type RawSeed, readSeed } from '../../../../src/extract/read/read.ts';

function seed(text: string): RawSeed {
  const read = readSeed('seeds/test.txt', new TextEncoder().encode(text));
  if (!read.ok) throw new Error(read.reason);
  return read.seed;
}

const clean = (text: string) => cleanArticle(seed(text));

const P1 = 'The city court sentenced a former radar technician to nine years in prison on Tuesday for selling test data to a foreign agent.';
const P2 = 'Prosecutors said the technician met his handler at a trade fair and was paid in cash for each batch of files over two years.';
const ZH1 = '檢方調查發現，涉案的退役軍官多次前往對岸接受招待，並被要求蒐集基地資訊，全案已移送法院審理。';
const ZH2 = '法院審理後認為被告犯行明確，依違反國家安全法判處有期徒刑六年，全案仍可上訴。';

describe('page furniture lines', () => {
  it.each([
    ['a breadcrumb after its label', '当前位置: 首页 > 要闻 > 正文', 'navigation'],
    ['a breadcrumb after an English label', 'You are here: Home > World', 'navigation'],
    ['a Chinese menu row spaced out', '兩岸 兩岸要聞 專題報導', 'navigation'],
    ['a Chinese menu run together', '新闻财经体育娱乐科技汽车房产旅游教育游戏健康读书时尚女性论坛视频图片', 'navigation'],
    ['a notice about the browser', '抱歉,我們並不支援你正使用的瀏覽器。', 'navigation'],
    ['an English notice about the browser', 'Sorry, your browser is not supported.', 'navigation'],
    ['how to reach the site by email', '如有問題,歡迎電郵至 help@paper.example 查詢。', 'navigation'],
    ['an English contact line', 'Questions? Email us at desk@paper.example today', 'navigation'],
    ['a caption placing people', 'Defence Secretary Ana Ruiz (center) and Navy chief Adm. Leo Park (right) inspect the vessel', 'caption'],
    ['a Chinese caption placing ships', '巡邏船(右)向漁船(左)發出警告。', 'caption'],
    ['a numbered "more" tab over a list', '1. 更多', 'related'],
    ['a Chinese relative time', '25分鐘前', 'published-line'],
    ['a sign-up button in Chinese', '注册免费邮箱', 'promo'],
    ['a link back to the article', 'back to article', 'navigation'],
  ])('%s', (_what, line, reason) => expect(lineKind(line)?.reason).toBe(reason));

  it('leaves prose that names a side alone', () => {
    expect(lineKind(P1)).toBeNull();
    expect(lineKind('男子拿走公司機密 法院判刑三年')).toBeNull();
  });

  it('reads a date line after its source and a middle dot', () => {
    expect(isDateLine('南方日报·2025-03-08 09:41')).toBe(true);
    expect(isDateLine('南方日报 報導')).toBe(false);
  });

  it('reads a date line behind a bullet, and a time with its half of the day', () => {
    expect(isDateLine('• 2025-06-26 04:36 PM')).toBe(true);
    expect(isDateLine('2025-06-26 04:36 PM')).toBe(true);
    expect(isDateLine('• 2025-06-26 the court heard the case')).toBe(false);
  });
});

describe('lines run together', () => {
  it('splits a link back to the article from the title after it', () => {
    expect(splitLeadingLink('back to article Team fined for copying rival designs')).toEqual(['back to article', 'Team fined for copying rival designs']);
    expect(splitLeadingLink('Back in the article he wrote last year')).toEqual(['Back in the article he wrote last year']);
  });
  it('splits a date stamp from the Chinese caption run into it', () => {
    expect(splitLeadingStamp('date 2025-03-08 ▲市議員王小明。（圖／記者李大同攝）')).toEqual(['date 2025-03-08', '▲市議員王小明。（圖／記者李大同攝）']);
  });
});

describe('captions and teasers in the story', () => {
  it('drops a short paragraph printed twice in a row: a picture and its caption', () => {
    const c = clean(
      `Radar technician jailed for selling test data\n\nBy Ana Ruiz\n\n${P1}\n\nThe courthouse in the old town.\n\nThe courthouse in the old town.\n\n${P2}`,
    );
    expect(c.paragraphs).toEqual([P1, P2]);
  });
  it('drops a picture description above its credited caption', () => {
    const c = clean(
      `Radar technician jailed for selling test data\n\nBy Ana Ruiz\n\n${P1}\n\nA gavel resting on a wooden desk.\n\nA gavel resting on a wooden desk. Photo by Sam Lee/Unsplash\n\n${P2}`,
    );
    expect(c.paragraphs).toEqual([P1, P2]);
  });
  it('drops a teaser cut by an ellipsis that repeats the lead', () => {
    const c = clean(`Radar technician jailed for selling test data\n\n${P1.slice(0, 70)}…\n\n${P1}\n\n${P2}`);
    expect(c.paragraphs).toEqual([P1, P2]);
  });
  it('drops a numbered list of other stories under a "more" tab', () => {
    const c = clean(`退將淪共諜案 檢方起訴三人\n\n${ZH1}\n\n${ZH2}\n\n1. 更多\n1. 颱風明晚登陸 全島停班停課\n25分鐘前\n2. 油價下周調漲 每公升漲一元\n40分鐘前`);
    expect(c.paragraphs).toEqual([ZH1, ZH2]);
  });
  it('keeps a broadcast handoff to the reporter in the text', () => {
    const c = clean(`Radar technician jailed for selling test data\n\n${P1}\n\nReporter Kim Ji-won has the story.\n\n${P2}`);
    expect(c.paragraphs).toContain('Reporter Kim Ji-won has the story.');
  });
});

describe('headlines', () => {
  it('does not take a breadcrumb for the headline', () => {
    expect(
      clean(`当前位置: 首页 > 快讯 > 正文\n\n商务部:对两种金属实施出口管制不是禁止出口\n\n来源:人民网   时间:2023-07-07 09:44:28\n\n${ZH1}`).headline,
    ).toBe('商务部:对两种金属实施出口管制不是禁止出口');
  });
  it('does not take a Chinese menu row for the headline', () => {
    expect(clean(`兩岸 兩岸焦點 特派現場\n\n退將淪共諜案 檢方起訴三人\n\n記者陳志明／綜合報導\n\n${ZH1}\n\n${ZH2}`).headline).toBe('退將淪共諜案 檢方起訴三人');
  });
  it('takes a long headline right above its date line', () => {
    const c = clean(
      `新闻体育娱乐财经股票汽车科技手机数码女人论坛视频旅游房产家居教育读书\n注册免费邮箱\n\n男子拿公司机密做业绩 专利泄密案一审宣判\n\n2016-08-07 09:18:36\n\n${ZH1}\n\n${ZH2}`,
    );
    expect(c.headline).toBe('男子拿公司机密做业绩 专利泄密案一审宣判');
  });
  it('takes neither a Chinese masthead nor the tagline under it for the headline', () => {
    const c = clean(`华人新闻网\n\n海外华人的交流园地\n\n退將淪共諜案 檢方起訴三人 - 美國之音\n\n24/12/2025 - 00:37\n\n${ZH1}\n\n${ZH2}`);
    expect(c.headline).toBe('退將淪共諜案 檢方起訴三人 - 美國之音');
  });
  it('takes a bracketed credit line for a credit, not the headline', () => {
    expect(lineKind('【公民報】記者王大明報導')?.reason).toBe('byline');
  });
});
