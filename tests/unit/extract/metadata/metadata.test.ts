import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../../src/extract/clean/clean-article.ts';
import { readMetadata } from '../../../../src/extract/metadata/metadata.ts';
import { outletByName, outletByUrl, outletsIn } from '../../../../src/extract/metadata/outlets.ts';
import { type RawSeed, readSeed } from '../../../../src/extract/read/read.ts';

function meta(text: string, path = 'seeds/test.txt') {
  const read = readSeed(path, new TextEncoder().encode(text));
  if (!read.ok) throw new Error(read.reason);
  const raw: RawSeed = read.seed;
  return readMetadata(raw, cleanArticle(raw));
}

const HEADLINE = 'Security ministry exposes engineer who sold radar data to foreign agency';
const BODY = [
  'China’s Ministry of State Security said on Monday that an engineer surnamed Gao had sold radar test data to a foreign intelligence agency.',
  'Gao was approached on a social media platform by a man who claimed to be a headhunter and offered him consulting fees.',
  'In August 2023, the Ministry of Commerce imposed new export restrictions on gallium and germanium, the ministry recalled.',
].join('\n\n');

describe('readMetadata: front matter wins', () => {
  it('over every field the text states', () => {
    const m = meta(
      `---\ntitle: Front title\noutlet: Sixth Tone\nbyline: A. Writer\npublished: 2024-05-20\nlanguage: en\n---\n${HEADLINE}\nBy Jane Doe | China Daily | Updated: 2024-03-12 14:05\n\n${BODY}\n\nGlobal Times\n`,
    );
    expect(m).toMatchObject({
      title: 'Front title',
      outlet: 'Sixth Tone',
      byline: 'A. Writer',
      published: { date: '2024-05-20', precision: 'day' },
      language: 'en',
    });
    expect(m.provenance).toEqual({
      title: 'front-matter',
      outlet: 'front-matter',
      byline: 'front-matter',
      published: 'front-matter',
      language: 'front-matter',
    });
  });
  it('a month-precision front-matter date stays a month', () => {
    expect(meta(`---\npublished: "2023-09"\n---\n${HEADLINE}\n\n${BODY}`).published).toEqual({ date: '2023-09', precision: 'month' });
  });
});

describe('readMetadata: bylines, titles and outlets as pages write them', () => {
  it.each([
    ['a name with the city it writes from', `${HEADLINE}\nAlvin Tse in Beijing\nPublished: 2 September 2025\n\n${BODY}`, 'Alvin Tse'],
    ['a name with a job title', `${HEADLINE}\nTomasz Adler | Senior Markets Reporter\nOctober 14, 2025\n\n${BODY}`, 'Tomasz Adler'],
    ['"By" a name in capitals with the agency after it', `${HEADLINE}\nBy PETER MORLAND Associated Press\nDec. 3, 2025\n\n${BODY}`, 'Peter Morland'],
    [
      '"By" a name in capitals with the outlet in its own segment',
      `${HEADLINE}\nBy LI QIANRU | China Daily | Updated: 2025-12-03 14:22\n\n${BODY}`,
      'Li Qianru',
    ],
    ['"By" a first name that starts like a month', `${HEADLINE}\nBy Marcus Feld\nNovember 07, 2025\n\n${BODY}`, 'Marcus Feld'],
    ['a name in capitals with a job title', `${HEADLINE}\nKENJI MORITA, Nikkei staff writer\nNovember 5, 2025 18:30 JST\n\n${BODY}`, 'Kenji Morita'],
    ['"By" a name with a short outlet name after a comma', `${HEADLINE}\nBy Grace Tolliver, CNN\n\n${BODY}`, 'Grace Tolliver'],
    ['"By" a name / a job title', `${HEADLINE}\nBy Lin Mei / Staff reporter\n\n${BODY}`, 'Lin Mei'],
    ['"By" a name "for" a service', `${HEADLINE}\nBy Qian Lu for RFA Mandarin\n\n${BODY}`, 'Qian Lu'],
    [
      'a Chinese reporter credit on its own line',
      `国家安全部：警惕境外间谍情报机关冒充猎头拉拢科研人员\n\n【环球时报报道 记者 范雨】\n\n国家安全部11日发布文章，提醒科研人员警惕境外间谍情报机关以高薪咨询为名实施拉拢。\n\n文章披露了一起案例。某研究所工程师赵某在职场社交平台上更新了个人简历。`,
      '范雨',
    ],
    ['"By" a name with a job title after a comma', `${HEADLINE}\nBy Harriet Callow, Asia Correspondent\n3rd December 2025\n\n${BODY}`, 'Harriet Callow'],
    ['two authors', `${HEADLINE}\nEdward Whitcombe and Lina Castell\nNovember 18 2025\n\n${BODY}`, 'Edward Whitcombe and Lina Castell'],
    ['a signature with a dash and a job title under the last paragraph', `${HEADLINE}\n\n${BODY}\n\n— Renato Lai, Staff Writer`, 'Renato Lai'],
    [
      '"本报记者" and the name',
      `《矿脉暗战》今晚开播\n本报记者 林晓雯\n2025年09月17日\n\n国家安全部指导拍摄的电视剧今晚开播，讲述国家安全机关侦破战略矿产走私案件的故事。`,
      '林晓雯',
    ],
    ['"BY" a name in capitals with an e-mail address', `${HEADLINE}\n\n${BODY}\n\nBY KIM JI-WON [kim.jiwon@joongang.co.kr]`, 'Kim Ji-Won'],
    [
      'a Chinese credit line with the outlet before it',
      `国家安全部披露3起案件\n澎湃新闻记者 周晓岚\n2025-11-21 09:30\n\n国家安全部21日通过微信公众号披露3起案件，提醒公众提高警惕。`,
      '周晓岚',
    ],
    [
      'a Taiwanese date line that carries the credit',
      `退役士官吸收現役軍人翻拍機密文件\n2025-11-26 14:20 聯合報／ 記者林宛蓉／台北即時報導\n\n退役陸軍上士黃姓男子因積欠賭債，經由網路借貸管道結識中共情報人員。`,
      '林宛蓉',
    ],
    [
      'a Chinese reporter credit in the dateline',
      `国家安全部披露一起境外间谍利用高薪兼职拉拢大学生案件\n\n本报北京4月14日电 （记者赵文涛）国家安全部14日通过微信公众号披露一起案件，提醒广大青年学生提高警惕。\n\n据介绍，2024年3月，某高校学生李某在社交平台浏览兼职信息时，结识一名网友。`,
      '赵文涛',
    ],
  ])('byline from %s', (_what, text, want) => {
    expect(meta(text).byline).toBe(want);
  });
  it.each([['Hong Kong | Politics'], ['Senior Markets Reporter']])('takes no byline from "%s"', (line) => {
    expect(meta(`${HEADLINE}\n${line}\n\n${BODY}`).byline).toBeNull();
  });
  it('takes the headline above its standfirst and byline, not a trending link above the menu', () => {
    const title = "China's spy agency says foreign agents used couriers, loan apps to target antimony and state secrets";
    const m = meta(
      `Trending\nBihar Election Results 2025\nDelhi Air Quality\nIPL Auction\nWorld\n${title}\nThe ministry said a logistics clerk shipped antimony abroad under false labels.\nPTI\nUpdated - November 20, 2025 10:12 pm IST - Beijing\n\n${BODY}`,
    );
    expect(m.title).toBe(title);
  });

  it('takes a long headline that ends with its attribution, not the standfirst under it', () => {
    const title = 'Chinese engineer sold warship secrets to fake consultancy he found through part-time job site, spy agency says';
    const m = meta(
      `China/ Politics\n${title}\nMinistry of State Security says man surnamed Huang was paid about 180,000 yuan over 14 months before colleagues grew suspicious\nAlvin Tse in Beijing\nPublished: Tuesday, 2 September 2025, 6:01am\n\n${BODY}`,
    );
    expect(m.title).toBe(title);
  });
  it('takes the headline after a cookie banner, not the banner', () => {
    const m = meta(
      `We value your privacy\nWe and our 214 partners store and/or access information on a device, such as cookies, and process personal data for personalised ads and content.\nAccept all\nReject all\n\nThe Asia Brief\n\n${HEADLINE}\n\n${BODY}`,
    );
    expect(m.title).toBe(HEADLINE);
  });
  it('names an outlet it does not know from the copyright line that signs the page', () => {
    expect(meta(`${HEADLINE}\n\n${BODY}\n\n© 2025 The Asia Brief. All rights reserved.`).outlet).toBe('The Asia Brief');
    expect(meta(`${HEADLINE}\n\n${BODY}\n\n© 2025 MinePulse Ltd. Registered in England and Wales.`).outlet).toBe('MinePulse');
    expect(meta(`${HEADLINE}\n\n${BODY}\n\nCopyright 2025 The Associated Press. All Rights Reserved.`).outlet).toBe('Associated Press');
    expect(meta(`${HEADLINE}\n\n${BODY}\n\nAll rights reserved.`).outlet).toBeNull();
    expect(
      meta(`${HEADLINE}\nBy Grace Tolliver, CNN\n\n${BODY}\n\n© 2025 Cable News Network. A Warner Bros. Discovery Company. All Rights Reserved.`).outlet,
    ).toBe('CNN');
    expect(meta(`${HEADLINE}\n\n${BODY}\n\n© 2025 The New York Times Company`).outlet).toBe('The New York Times');
    expect(meta(`${HEADLINE}\n\n${BODY}\n\n© 2025 ORECAST.COM. All rights reserved.`).outlet).toBe('ORECAST.COM');
    expect(
      meta(`${HEADLINE}\n\n${BODY}\n\nThanks for reading Ore & Order! Subscribe for free to receive new posts and support my work.\n\n© 2025 Evan Marsh`)
        .outlet,
    ).toBe('Ore & Order');
  });
});

describe('readMetadata: from the text', () => {
  it.each([
    [
      'a "Published:" line, not the "Updated:" one',
      `${HEADLINE}\nPublished: Sep 25, 2023 10:59 AM Updated: Sep 26, 2023 08:00 AM\n\n${BODY}`,
      { date: '2023-09-25', precision: 'day' },
    ],
    [
      'an "Updated:" line when that is all there is',
      `${HEADLINE}\nBy ZHANG YI | China Daily | Updated: 2024-03-12 14:05\n\n${BODY}`,
      { date: '2024-03-12', precision: 'day' },
    ],
    [
      'a date segment of a source line',
      `${HEADLINE}\n\nSource: Xinhua| 2024-01-05 16:20:31|Editor: huaxia\n\n${BODY}`,
      { date: '2024-01-05', precision: 'day' },
    ],
    ['a dateline with its year', `${HEADLINE}\n\nHONG KONG, March 3, 2024 (AP) — ${BODY}`, { date: '2024-03-03', precision: 'day' }],
    ['a line that is only a date', `${HEADLINE}\n21 October 2025\nShare\n\n${BODY}`, { date: '2025-10-21', precision: 'day' }],
    ['the date segment of a byline line', `${HEADLINE}\nBy Zhou Wei | Nov 16, 2025\n\n${BODY}`, { date: '2025-11-16', precision: 'day' }],
    ['a dotted date, day first', `${HEADLINE}\n12.03.2025\n\n${BODY}`, { date: '2025-03-12', precision: 'day' }],
    ['a Chinese "出版" line', `${HEADLINE}\n出版：2025-02-13 18:20 更新：2025-02-13 18:35\n\n${BODY}`, { date: '2025-02-13', precision: 'day' }],
    ['an "Issued on" line', `${HEADLINE}\nIssued on: 21/10/2025 - 11:47 Modified: 21/10/2025 - 13:02\n\n${BODY}`, { date: '2025-10-21', precision: 'day' }],
    ['a name, a date and a time on one line', `${HEADLINE}\nPriya Raman | April 3, 2025 | 11:42 am\n\n${BODY}`, { date: '2025-04-03', precision: 'day' }],
    ['a name and an ISO timestamp on one line', `${HEADLINE}\nValentina Ruiz | 2025-11-04T10:51:00Z\n\n${BODY}`, { date: '2025-11-04', precision: 'day' }],
    ['a time before the date', `${HEADLINE}\n/ 04:12 PM August 09, 2025\n\n${BODY}`, { date: '2025-08-09', precision: 'day' }],
    [
      'a date line with a time, a zone and a reading time',
      `${HEADLINE}\nReuters\nWed, November 12, 2025 at 2:41 PM GMT+8 3 min read\n\n${BODY}`,
      { date: '2025-11-12', precision: 'day' },
    ],
    ['a Chinese date line with its source', `${HEADLINE}\n\n2025年04月15日07:45 | 来源：人民网－人民日报\n\n${BODY}`, { date: '2025-04-15', precision: 'day' }],
    [
      'the "Published" line beside an "Updated" one, each on its own line',
      `${HEADLINE}\nPublished: Tuesday, 2 September 2025, 6:01am\nUpdated: Wednesday, 3 September 2025, 9:15am\n\n${BODY}`,
      { date: '2025-09-02', precision: 'day' },
    ],
  ])('publication date from %s', (_what, text, want) => {
    expect(meta(text).published).toEqual(want);
  });

  it.each([
    ['"on Friday" alone', `${HEADLINE}\n\nThe ministry said on Friday that a contractor had shipped rare earths under fake labels.\n\n${BODY}`],
    ['a relative time in a related block', `${HEADLINE}\n\n${BODY}\n\nRelated Articles\n\nSome other story\n\ntimean hour ago`],
    ['a date in the story', `${HEADLINE}\n\n${BODY}`],
    ['a dateline without a year', `${HEADLINE}\n\nBEIJING, Oct 10 (Reuters) - ${BODY}`],
  ])('never invents a date from %s', (_what, text) => {
    const m = meta(text);
    expect(m.published).toBeNull();
    expect(m.provenance.published).toBe('none');
  });

  it('completes a yearless dateline from the URL when they agree', () => {
    const m = meta(`https://www.reuters.com/world/china/story-2024-10-10/\n${HEADLINE}\n\nBEIJING, Oct 10 (Reuters) - ${BODY}`);
    expect(m.published).toEqual({ date: '2024-10-10', precision: 'day' });
    expect(m.outlet).toBe('Reuters');
  });

  it('warns when a weekday in the lead does not fit the date', () => {
    const m = meta(`${HEADLINE}\nPublished: Sep 25, 2023\n\nThe ministry said on Wednesday that it had uncovered a spy ring operating near a base.\n\n${BODY}`);
    expect(m.warnings.join(' ')).toMatch(/Wednesday/);
    expect(meta(`${HEADLINE}\nPublished: Sep 25, 2023\n\n${BODY}`).warnings).toEqual([]);
  });

  it.each([
    ['a sign-off line', `${HEADLINE}\n\n${BODY}\n\nGlobal Times`, 'Global Times'],
    ['a source told the outlet', `${HEADLINE}\n\n${BODY}\n\n"We need public support," an expert told the Global Times.`, 'Global Times'],
    ['a masthead in Chinese', `點新聞\nThrough dots, we connect.\n\n${HEADLINE}\n\n${BODY}`, 'DotDotNews'],
    ['a segment of the byline line', `${HEADLINE}\nBy ZHANG YI | chinadaily.com.cn | Updated: 2024-03-12 14:05\n\n${BODY}`, 'China Daily'],
    ['the page’s own app promotion', `${HEADLINE}\n\n${BODY}\n\nComments\n\nDownload Daily8 app today from your preferred app store`, 'Daily8'],
    ['"Why you can trust"', `${HEADLINE}\n\nWhy you can trust SCMP\n\n${BODY}`, 'South China Morning Post'],
    ['the URL host', `https://www.scmp.com/news/china/article/1/x\n${HEADLINE}\n\n${BODY}`, 'South China Morning Post'],
  ])('outlet from %s', (_what, text, outlet) => {
    expect(meta(text).outlet).toBe(outlet);
  });

  it('names no outlet when the page does not', () => {
    const m = meta(`${HEADLINE}\n\nMore Articles\n\n${BODY}\n\nAccording to Reuters, the contractor was paid in cash.\n\n- Advertisement -`);
    expect(m.outlet).toBeNull();
    expect(m.provenance.outlet).toBe('none');
  });

  it.each([
    [
      'a repeated name with a bio',
      `${HEADLINE}\n\nJane Doe\nJane Doe\nCurious about technology, I write about security and export controls for a living and love it.\n\n${BODY}`,
      'Jane Doe',
    ],
    ['a "By" line with an outlet', `${HEADLINE}\nBy Li Jing | CGTN\n\n${BODY}`, 'Li Jing'],
    ['wire credits', `${HEADLINE}\n\n${BODY}\n\nReporting by Joe Cash and the Beijing newsroom; Editing by Ed Osmond`, 'Joe Cash'],
  ])('byline from %s', (_what, text, byline) => {
    expect(meta(text).byline).toBe(byline);
  });

  it('takes no byline from an outlet or its staff', () => {
    expect(meta(`${HEADLINE}\nBy Reuters\n\n${BODY}`).byline).toBeNull();
    expect(meta(`${HEADLINE}\nBy Sixth Tone staff\n\n${BODY}`).byline).toBeNull();
  });

  it('detects Chinese', () => {
    expect(meta('國家安全部披露境外間諜竊取稀土案\n\n國家安全部近日披露，境外間諜情報機關利用快遞渠道，將稀土偽裝成普通貨物走私出境。').language).toBe('zh');
    expect(meta(`${HEADLINE}\n\n${BODY}`).language).toBe('en');
  });

  it('titles an article without a headline by its first sentence', () => {
    const m = meta(BODY);
    expect(m.title).toMatch(/^China’s Ministry of State Security said on Monday/);
  });
});

describe('outlets', () => {
  it.each([
    ['SCMP', 'South China Morning Post'],
    ['  • South China Morning Post', 'South China Morning Post'],
    ['點新聞', 'DotDotNews'],
    ['global times', 'Global Times'],
  ])('%s', (name, want) => expect(outletByName(name)?.name).toBe(want));
  it('maps hosts, subdomains included', () => {
    expect(outletByUrl('https://news.cgtn.com/news/x')?.name).toBe('CGTN');
    expect(outletByUrl('https://example.com/')).toBeNull();
  });
  it('finds outlets in prose as whole words only', () => {
    expect(outletsIn('he told the Global Times on Monday').map((h) => h.outlet.name)).toEqual(['Global Times']);
    expect(outletsIn('a BBCode forum and the APEC summit')).toEqual([]);
  });
});
