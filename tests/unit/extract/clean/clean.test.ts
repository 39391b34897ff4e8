import { describe, expect, it } from 'vitest';
import { lineKind } from '../../../../src/extract/clean/boilerplate.ts';
import { cleanArticle } from '../../../../src/extract/clean/clean-article.ts';
import { toUnits } from '../../../../src/extract/clean/lines.ts';
import { type RawSeed, readSeed } from '../../../../src/extract/read/read.ts';

function seed(text: string, path = 'seeds/test.txt'): RawSeed {
  const read = readSeed(path, new TextEncoder().encode(text));
  if (!read.ok) throw new Error(read.reason);
  return read.seed;
}

const HEADLINE = 'Security ministry exposes engineer who sold radar data to foreign agency';
const P1 =
  'China’s Ministry of State Security said on Monday that an engineer surnamed Gao had sold radar test data to a foreign intelligence agency over three years.';
const P2 = 'Gao was approached on a social media platform by a man who claimed to be a headhunter and offered him consulting fees for technical reports.';
const P3 = 'The ministry said Gao had been arrested and that the case had been transferred to prosecutors for review.';

function page(...middle: string[]): string {
  return [HEADLINE, '', P1, '', ...middle.flatMap((m) => [m, '']), P2, '', P3, ''].join('\n');
}

describe('cleanArticle: each kind of furniture is removed with its reason, the body kept', () => {
  it.each([
    ['caption with credit', 'Engineers test a radar array in Hefei. Photo: VCG', 'caption'],
    ['file photo caption', 'Police officers stand guard in Beijing on March 14, 2017. (File Photo)', 'caption'],
    ['bracketed photo credit', 'A radar on display at an air show. [Photo/IC]', 'caption'],
    ['agency photo credit', 'A logo of the ministry is seen in Beijing. REUTERS/Tingshu Wang/File Photo', 'caption'],
    ['advertisement', '- Advertisement -', 'advertisement'],
    ['copy protection', 'error: Content is protected !!', 'copy-protection'],
    ['app promotion', 'Download our app from your preferred app store', 'promo'],
    ['newsletter promotion', 'Sign up for our China newsletter', 'promo'],
    ['video running time', '03:25', 'video'],
    ['single related teaser', 'Read more: China tightens rules on data exports', 'related'],
    ['share widget', 'Share this article', 'share'],
    ['markdown image', '![A radar](https://example.org/radar.jpg)', 'markup'],
  ])('%s', (_what, line, reason) => {
    const clean = cleanArticle(seed(page(line)));
    expect(clean.paragraphs).toEqual([P1, P2, P3]);
    expect(clean.removed).toContainEqual({ text: line, reason });
  });

  it.each([
    ['Related Articles', 'related'],
    ['Related News:', 'related'],
    ['More Articles', 'related'],
    ['Latest', 'related'],
    ['Comments', 'comments'],
    ['相關新聞', 'related'],
  ])('a "%s" block runs to the end of the page, unrelated stories and all', (marker, reason) => {
    const text = [
      HEADLINE,
      '',
      P1,
      '',
      P2,
      '',
      P3,
      '',
      marker,
      '',
      'Panda twins celebrate first birthday',
      '',
      'Hong Kong customs officers have arrested two men who allegedly smuggled cash out of the city, a spokesman said on Tuesday.',
      '',
    ].join('\n');
    const clean = cleanArticle(seed(text));
    expect(clean.paragraphs).toEqual([P1, P2, P3]);
    expect(clean.removed).toContainEqual({ text: marker, reason });
    expect(clean.removed.map((r) => r.text)).toContain('Panda twins celebrate first birthday');
  });

  it('removes the repeated headline and keeps it as the headline', () => {
    const clean = cleanArticle(seed(['logo', HEADLINE, '', HEADLINE, '', P1, P2, P3].join('\n')));
    expect(clean.headline).toBe(HEADLINE);
    expect(clean.paragraphs).toEqual([P1, P2, P3]);
    expect(clean.removed.filter((r) => r.reason === 'headline')).toHaveLength(2);
  });

  it('finds the headline after navigation in another script and a slogan', () => {
    const clean = cleanArticle(seed(['新聞網', 'Through news, we meet.', '首頁', '', HEADLINE, '', P1, '', P2, '', P3].join('\n')));
    expect(clean.headline).toBe(HEADLINE);
    expect(clean.removed.slice(0, 3).map((r) => r.reason)).toEqual(['navigation', 'navigation', 'navigation']);
    expect(clean.metaLines).toContain('新聞網');
  });

  it('takes a headline that asks a question', () => {
    const q = 'Is China winning the race for rare earths?';
    const clean = cleanArticle(seed([q, 'By Jane Doe', '', P1, '', P2].join('\n')));
    expect(clean.headline).toBe(q);
    expect(clean.paragraphs).toEqual([P1, P2]);
  });

  it('does not take a site tagline among menu items for the headline', () => {
    const text = [
      'Skip to main content',
      'Exclusive news and analysis for professionals',
      'World',
      'Business',
      '',
      HEADLINE,
      'By Jane Doe',
      '',
      P1,
      '',
      P2,
    ].join('\n');
    const clean = cleanArticle(seed(text));
    expect(clean.headline).toBe(HEADLINE);
  });

  it('removes section labels, published lines, bylines and author bios, passing them to metadata', () => {
    const text = [
      'WORLD / ASIA-PACIFIC',
      HEADLINE,
      'Published: Sep 25, 2023 10:59 AM Updated: Sep 25, 2023 11:20 AM',
      '',
      'Jane Doe',
      'Jane Doe',
      'Passionate about security and technology, I write about espionage and export controls for readers everywhere.',
      '',
      P1,
      '',
      P2,
      '',
      P3,
      '',
      'Jane Doe is a reporter covering security and technology in Asia.',
    ].join('\n');
    const clean = cleanArticle(seed(text));
    expect(clean.paragraphs).toEqual([P1, P2, P3]);
    const reasons = Object.fromEntries(clean.removed.map((r) => [r.text, r.reason]));
    expect(reasons['WORLD / ASIA-PACIFIC']).toBe('section-label');
    expect(reasons['Jane Doe']).toBe('byline');
    expect(reasons['Jane Doe is a reporter covering security and technology in Asia.']).toBe('author-bio');
    expect(clean.removed.find((r) => r.text.startsWith('Passionate'))?.reason).toBe('author-bio');
    expect(clean.metaLines).toEqual(expect.arrayContaining(['Published: Sep 25, 2023 10:59 AM Updated: Sep 25, 2023 11:20 AM', 'Jane Doe']));
  });

  it('removes a video running time and the video titles after it, then resumes the body', () => {
    const clean = cleanArticle(seed([HEADLINE, '', P1, P2, '03:25', 'New videos seek to lure officials', 'New videos seek to lure officials', P3].join('\n')));
    expect(clean.paragraphs).toEqual([P1, P2, P3]);
    expect(clean.removed.filter((r) => r.reason === 'video')).toHaveLength(3);
  });

  it('keeps a sign-off outlet line out of the body but in metaLines', () => {
    const clean = cleanArticle(seed(page() + '\nGlobal Times\n'));
    expect(clean.paragraphs).toEqual([P1, P2, P3]);
    expect(clean.removed).toContainEqual({ text: 'Global Times', reason: 'sign-off' });
    expect(clean.metaLines).toContain('Global Times');
  });

  it('removes subheadings as section headings and records where they stand', () => {
    const clean = cleanArticle(seed(page('Case 1: An Engineer in Debt')));
    expect(clean.paragraphs).toEqual([P1, P2, P3]);
    expect(clean.sections).toEqual([{ heading: 'Case 1: An Engineer in Debt', paragraph: 1 }]);
  });

  it('keeps a page cut off mid-sentence', () => {
    const cut =
      'It added that foreign intelligence agencies were increasingly using commercial disguises to obtain controlled minerals, and urged logistics companies to check the contents of';
    const clean = cleanArticle(seed([HEADLINE, '', P1, '', cut].join('\n')));
    expect(clean.paragraphs).toEqual([P1, cut]);
  });

  it('resumes the body after a related-stories box set inside it, and keeps the box out', () => {
    const teasers = ['Former sailor sentenced for passing warship photos to foreign officer', 'Taiwan court jails retired officers in spy ring case'];
    const resumed = 'Gao was later caught and sentenced to seven years in prison, the ministry said, without naming the country he had worked for.';
    const summary = 'South Korean police said on Tuesday they detained a man who allegedly flew a drone over an air base and sent the footage abroad.';
    const text = [
      HEADLINE,
      '',
      P1,
      '',
      P2,
      '',
      'RELATED COVERAGE',
      ...teasers,
      '',
      resumed,
      '',
      P3,
      '',
      'MORE FROM AP',
      '',
      'South Korea detains man suspected of filming air base',
      summary,
      '',
    ].join('\n');
    const clean = cleanArticle(seed(text));
    expect(clean.paragraphs).toEqual([P1, P2, resumed, P3]);
    expect(clean.removed.filter((r) => r.reason === 'related').map((r) => r.text)).toEqual(expect.arrayContaining([...teasers, summary]));
  });

  it('removes a box of headlines between the headline and the story, and keeps the byline under it', () => {
    const clean = cleanArticle(
      seed(
        [
          HEADLINE,
          '',
          'Most Read from Bloomberg',
          '',
          'Wall Street Banks Brace for Smallest Bonus Pool in Three Years',
          'Japan Bond Rout Deepens as Traders Price In December Rate Hike',
          '',
          P1,
          '',
          P2,
          '',
        ].join('\n'),
      ),
    );
    expect(clean.paragraphs).toEqual([P1, P2]);
    const after = cleanArticle(seed([HEADLINE, '', 'More Articles', '', 'Jane Doe', '', P1, '', P2, ''].join('\n')));
    expect(after.paragraphs).toEqual([P1, P2]);
    expect(after.removed.find((r) => r.text === 'Jane Doe')?.reason).toBe('byline');
  });

  it('takes "Read more" followed at once by the story for a button, not a box that swallows the story', () => {
    const clean = cleanArticle(seed([HEADLINE, '', 'Read more', '', P1, '', P2, ''].join('\n')));
    expect(clean.paragraphs).toEqual([P1, P2]);
  });

  it('keeps a list inside the story as the story, and a question that ends in an emoji as a sentence', () => {
    const items = [
      '➡️ A compensation offer far above market, before anyone has met you',
      '• Pressure to move the conversation to private channels or unfamiliar tools',
    ];
    const ask = 'Curious how others handle this: does your team have a process for vetting recruiter approaches? 👇';
    const clean = cleanArticle(seed([HEADLINE, '', P1, '', ...items, '', P2, '', ask, ''].join('\n')));
    expect(clean.paragraphs).toEqual([P1, ...items, P2, ask]);
  });

  it('takes a name alone under the last paragraph for the byline', () => {
    const clean = cleanArticle(seed([HEADLINE, '', P1, '', P2, '', 'Tran Minh Chau', ''].join('\n')));
    expect(clean.removed.find((r) => r.text === 'Tran Minh Chau')?.reason).toBe('byline');
  });

  it('takes a byline under a standfirst when the date line follows it', () => {
    const standfirst = 'The former warehouse supervisor shipped about 3.6 tonnes in small courier parcels, the ministry said.';
    const clean = cleanArticle(
      seed([HEADLINE, '', standfirst, '', 'Natalie Koh', 'China Correspondent', 'PUBLISHED Nov 17, 2025, 02:15 PM', '', P1, '', P2, ''].join('\n')),
    );
    expect(clean.removed.find((r) => r.text === 'Natalie Koh')?.reason).toBe('byline');
  });

  it('does not resume the body for a related story that shares no name with it', () => {
    const teaserSummary =
      'Customs officers in Shenzhen seized 200 kilograms of gallium hidden in a shipment of kitchen appliances last week, China’s Ministry of State Security said.';
    const clean = cleanArticle(
      seed(
        [HEADLINE, '', P1, '', P2, '', P3, '', 'Related Articles', '', 'Customs seize gallium hidden in kitchen appliances', '', teaserSummary, ''].join('\n'),
      ),
    );
    expect(clean.paragraphs).toEqual([P1, P2, P3]);
  });

  it('keeps both stories of a page that runs two together', () => {
    const other = 'Customs officers in Shenzhen seized 200 kilograms of gallium hidden in a shipment of kitchen appliances last week, officials said.';
    const clean = cleanArticle(seed([HEADLINE, '', P1, '', P2, '', 'Customs seize gallium hidden in kitchen appliances', '', other].join('\n')));
    expect(clean.paragraphs).toEqual([P1, P2, other]);
  });
});

describe('toUnits: broken lines', () => {
  it('rejoins a line broken mid-sentence', () => {
    const units = toUnits(
      "Foreign spies have been using China's postal system to 'steal'\nrare earths , the country's top security agency has warned.\nNext paragraph starts here.",
    );
    expect(units.map((u) => u.text)).toEqual([
      "Foreign spies have been using China's postal system to 'steal' rare earths, the country's top security agency has warned.",
      'Next paragraph starts here.',
    ]);
  });
  it('rejoins across a blank line when the sentence plainly runs on', () => {
    expect(toUnits('The ministry said the contractor had shipped the\n\nmaterial through express delivery.').map((u) => u.text)).toEqual([
      'The ministry said the contractor had shipped the material through express delivery.',
    ]);
  });
  it('rejoins a hyphenated word', () => {
    expect(toUnits('the counter-\nespionage law took effect in July.').map((u) => u.text)).toEqual(['the counter-espionage law took effect in July.']);
  });
  it('unwraps a hard-wrapped paragraph', () => {
    const wrapped =
      'Chinese customs officers and state security agents have broken up a\nring that smuggled tungsten concentrate out of the country by hiding\nit inside hollowed-out car parts, the Ministry of State Security said\non Sunday.';
    expect(toUnits(wrapped)).toHaveLength(1);
  });
  it('does not join a headline to the next title', () => {
    expect(toUnits('New CIA videos seek to lure Chinese officials\nNew CIA videos seek to lure Chinese officials')).toHaveLength(2);
  });
  it('keeps a list of headlines apart, line by line', () => {
    const list = [
      'Wall Street Banks Brace for Smallest Bonus Pool in Three Years',
      'Japan Bond Rout Deepens as Traders Price In December Rate Hike',
      'The Tiny Island Betting Its Future on Undersea Data Centers',
      'Oil Heads for Weekly Loss as Supply Glut Fears Mount',
    ];
    expect(toUnits(list.join('\n')).map((u) => u.text)).toEqual(list);
  });
  it('keeps a numbered list apart, line by line', () => {
    const units = toUnits(
      'Most Read\n1 Bitcoin slides below key level as traders dump risk assets\n2 Five budget airlines launching new routes out of Bangkok\n3 Why Vietnam’s factory boom is slowing down this year\n4 Review: the best noise-cancelling earbuds under $100',
    );
    expect(units.map((u) => u.text)).toHaveLength(5);
  });
  it('does not run a byline into the line above it', () => {
    expect(toUnits("Beijing's security ministry says couriers recruited online are the newest leak in its strategy\nby Marcus Teo")).toHaveLength(2);
    expect(toUnits('国家安全部披露：有人把锑锭拆成数百个快递包裹，谎报“锌合金”出境\n澎湃新闻记者 周雨桐', true)).toHaveLength(2);
  });
  it('does not run a Chinese headline into its standfirst, but joins wrapped Chinese prose', () => {
    expect(toUnits('国家安全部披露一起境外间谍利用高薪兼职拉拢大学生案件\n李某为境外拍摄军港照片获刑四年', true)).toHaveLength(2);
    expect(toUnits('据介绍，2024年3月，某高校学生李某在社交平台浏览兼职信息时，结识一名自称\n杂志社摄影编辑的网友。', true)).toHaveLength(1);
  });
  it('keeps single-newline paragraphs apart', () => {
    expect(toUnits('First paragraph ends here.\nSecond one starts here.')).toHaveLength(2);
  });
});

describe('lineKind', () => {
  it.each([
    'By March 2024, the ministry had cut off the smuggling routes.',
    'By Monday, it was over.',
    'Update: the court adjourned the hearing until Monday.',
    'Output rose from 5 -> 6 million tonnes last year.',
    'She said the award was a fair reward for the whole team (credit to them).',
    'He took a photo of the base and sent it to the woman.',
    'Other spies have bypassed China’s export controls by declaring rare earths as nickel powder.',
  ])('leaves prose alone: %s', (line) => expect(lineKind(line)).toBeNull());
  it.each([
    ['By ZHANG YI | China Daily | Updated: 2024-03-12 14:05', 'byline'],
    ['Home | China | World | Business', 'navigation'],
    ['首頁 -> 國際 ->時政', 'navigation'],
    ['Home → World → Asia', 'navigation'],
    ['Navy destroyer at anchor (Credit: Harbour Images)', 'caption'],
    ['Six fighter jets escort the command aircraft over the peninsula. /Courtesy of Harbour News', 'caption'],
    ['CHINA / SOCIETY', 'section-label'],
    ['China / Society', 'section-label'],
    ['Published: Feb 04, 2024 09:50 AM', 'published-line'],
    ['Update:2012-12-24 09:41:21  Source:MetalNet  Author:Ana Lopez', 'published-line'],
    ['New to old', 'navigation'],
    ['Search Content', 'navigation'],
    ['標籤', 'navigation'],
    ['- Advertisement -spot_imgspot_img', 'advertisement'],
    ['21 October 2025', 'published-line'],
    ['Dec. 3, 2025', 'published-line'],
    ['27 Nov 2025 19:05', 'published-line'],
    ['Wed, November 12, 2025 at 2:41 PM GMT+8 3 min read', 'published-line'],
    ['Monday 4 March 2024, 10:12 HKT', 'published-line'],
    ['2024-03-12 14:05', 'published-line'],
    ['2025年04月15日07:45 | 来源：人民网－人民日报', 'published-line'],
    ['We value your privacy', 'consent'],
    ['Reject all', 'consent'],
    ['Manage preferences', 'consent'],
    [
      'We and our 214 partners store and/or access information on a device, such as cookies, and process personal data, such as unique identifiers and standard information sent by a device, for personalised ads and content.',
      'consent',
    ],
    ['You have 2 free articles remaining this month. Subscribe for unlimited access.', 'promo'],
    ['📩 Never miss a story. Get The Asia Brief in your inbox every weekday morning.', 'promo'],
    ['Sign up to get our China briefing delivered to your inbox.', 'promo'],
    ['人民网>>社会·法治', 'navigation'],
    ['This article is more than 1 month old', 'navigation'],
    ['Link Copied!', 'share'],
    ['Loading...', 'navigation'],
    ['Get unlimited access to exclusive articles, in-depth analysis and our archive of more than 100,000 stories.', 'promo'],
    ['Enjoying this article? Click here to subscribe for full access. Just $5 a month.', 'promo'],
    [
      'I hope you appreciated this article. Before you move on, I wanted to ask if you would consider supporting the Guardian’s journalism during one of the most consequential news cycles of our lifetimes, when facts and independent reporting matter more than ever.',
      'promo',
    ],
    [
      'Comments will be moderated. Keep comments relevant to the article. Remarks containing abusive and obscene language, personal attacks of any kind or promotion will be removed and the user banned. Final decision will be at the discretion of the Taipei Times.',
      'comments',
    ],
    ['Translated by Anna Wu. Edited by Tom Grady.', 'byline'],
    ['By Marcus Feld', 'byline'],
    ['Sat, Nov 08, 2025 page3', 'published-line'],
    ['2025年11月10日 星期一 12:30', 'published-line'],
    ['2025-11-11 08:41:02 来源：环球时报', 'published-line'],
    ['Most Read from Bloomberg', 'related'],
    ['In This Article:', 'navigation'],
    ['-1.21%', 'navigation'],
    ['^SOX', 'navigation'],
    ['https://p.dw.com/p/5Qx7Kp', 'markup'],
    [
      'A version of this article appears in print on Nov. 13, 2025, Section A, Page 10 of the New York edition with the headline: China Says Engineer Sold Secrets.',
      'navigation',
    ],
    ['An earlier version of this article misstated the prison sentence given to Mr. Hou. He was sentenced to 12 years, not 14.', 'correction'],
    ['Join ST’s WhatsApp Channel and get the latest news and must-reads.', 'promo'],
    ['Support press freedom & help us surpass 1,000 monthly Patrons: 100% independent, governed by an ethics code & not-for-profit.', 'promo'],
    ['HK$150', 'promo'],
    ['Thanks for reading Ore & Order! Subscribe for free to receive new posts and support my work.', 'promo'],
    ['Discussion about this post', 'comments'],
    ['评论(12)', 'comments'],
    ['热门评论', 'comments'],
    ['相关推荐', 'related'],
    ['Transcript', 'video'],
    ['[00:06] The man is suspected of handing over semiconductor data to a self-styled headhunter.', 'video'],
    ['1 of 5', 'navigation'],
    ['Photo: The headquarters of the Kanagawa Prefectural Police in Yokohama | KYODO', 'caption'],
    ['An official website of the United States government', 'navigation'],
    ["Here's how you know", 'navigation'],
    ['Views expressed in this article are opinions of the author and do not necessarily reflect the views of The Epoch Times.', 'promo'],
    ['Follow our WhatsApp channel for the latest news', 'promo'],
    ['Sunday, 23/11/2025 | 08:45 GMT+7', 'published-line'],
    ['Words: Jade Morrow · Illustrations: Pim Okafor', 'byline'],
    ['Valentina Ruiz | 2025-11-04T10:51:00Z', 'byline'],
    ['Complete digital access to quality FT journalism on any device.', 'promo'],
    ['Explore our full range of subscriptions', 'promo'],
    ['Gold 3,121.40 +0.52% Copper 4.98 -0.31% Silver 34.12 +0.87%', 'navigation'],
    ['兩岸 / 兩岸要聞', 'section-label'],
    ['caoyingnan@chinadaily.com.cn', 'markup'],
    ['Germanium wafers. Stock image.', 'caption'],
    ['【相關閱讀】', 'related'],
    ['撰文：陳曉琳', 'byline'],
    ['出版：2025-02-13 18:20 更新：2025-02-13 18:35', 'published-line'],
    ['2025-11-26 14:20 聯合報／ 記者林宛蓉／台北即時報導', 'published-line'],
    // What the picture shows, then the agency that took it.
    ['過去審理的間諜案中,輕判的原因之一。法院示意圖。(中央社)', 'caption'],
    ['圖為停泊在港口的兩棲攻擊艦。（美聯社）', 'caption'],
    ['资料照：海关查获的镓锭。（新华社）', 'caption'],
  ])('%s -> %s', (line, reason) => expect(lineKind(line)?.reason).toBe(reason));
  it.each([
    // A date with words around it is a sentence or a headline, not a publication line.
    'March 3, 2024: the day the ministry struck',
    'Sentenced on 27 Nov 2025 for leaking secrets',
    'Most read 21 October 2025',
    'Be wary of suspicious emails that land in your inbox.',
    'He reached your limit, the handler told him.',
  ])('is not a publication line, a banner or a promotion: %s', (line) => expect(['published-line', 'consent', 'promo']).not.toContain(lineKind(line)?.reason));
});

describe('cleanArticle: formats', () => {
  it('reads Markdown: headings, emphasis, links and images', () => {
    const md = `# ${HEADLINE}\n\n![photo](https://example.org/a.jpg)\n\n${P1.replace('Ministry of State Security', '**Ministry of State Security**')}\n\n## A subheading here\n\n${P2.replace('social media platform', '[social media platform](https://example.org)')}\n\n---\n\n${P3}\n`;
    const clean = cleanArticle(seed(md, 'seeds/a.md'));
    expect(clean.headline).toBe(HEADLINE);
    expect(clean.paragraphs).toEqual([P1, P2, P3]);
    expect(clean.removed).toContainEqual({ text: '![photo](https://example.org/a.jpg)', reason: 'markup' });
  });

  it('strips leftover tags and entities from text', () => {
    const clean = cleanArticle(seed(`${HEADLINE}\n\n<p>${P1.replace('’', '&rsquo;')}</p>\n\n${P2}<br>\n\n${P3}`));
    expect(clean.paragraphs).toEqual([P1, P2, P3]);
  });

  it('reads HTML with a parser and picks the article', () => {
    const html = `<!doctype html><html lang="en"><head><title>${HEADLINE} - Site</title><meta property="og:site_name" content="CGTN"><script>var x = "leak";</script></head>
<body><header><nav><a>World</a><a>China</a></nav></header>
<main><article><header><h1>${HEADLINE}</h1><p class="byline">By Li Jing</p></header>
<figure><img src="a.jpg"><figcaption>A radar on display.</figcaption></figure>
<p>${P1}</p><p>${P2}</p><aside class="related"><a>Unrelated story</a></aside><p>${P3}</p>
<footer class="tags"><a>MSS</a></footer></article></main>
<aside><h3>Related</h3><ul><li>Panda twins</li></ul></aside><footer><p>Copyright 2024</p></footer><script>track()</script></body></html>`;
    const clean = cleanArticle(seed(html, 'seeds/a.html'));
    expect(clean.headline).toBe(HEADLINE);
    expect(clean.paragraphs).toEqual([P1, P2, P3]);
    expect(clean.pageMeta?.siteName).toBe('CGTN');
    const all = clean.paragraphs.join(' ');
    for (const leak of ['leak', 'World', 'A radar on display', 'Unrelated story', 'Panda', 'Copyright', 'MSS']) expect(all).not.toContain(leak);
  });

  it('reads a UTF-16 file with CRLF line endings', () => {
    const text = `${HEADLINE}\r\n\r\n${P1}\r\n\r\n${P2}\r\n\r\n${P3}\r\n`;
    const bytes = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(text, 'utf16le'))]);
    const read = readSeed('seeds/u.txt', bytes);
    if (!read.ok) throw new Error(read.reason);
    expect(cleanArticle(read.seed).paragraphs).toEqual([P1, P2, P3]);
  });

  it('reads a Chinese article', () => {
    const zh = [
      '國家安全部披露境外間諜竊取稀土案',
      '',
      '國家安全部近日披露，境外間諜情報機關利用快遞渠道，將稀土偽裝成普通貨物走私出境。',
      '',
      '相關部門已切斷走私渠道，有效維護了國家資源安全和國家安全。',
      '',
      '責任編輯：王明',
    ].join('\n');
    const clean = cleanArticle(seed(zh));
    expect(clean.headline).toBe('國家安全部披露境外間諜竊取稀土案');
    expect(clean.paragraphs).toHaveLength(2);
    expect(clean.removed).toContainEqual({ text: '責任編輯：王明', reason: 'byline' });
  });
});
