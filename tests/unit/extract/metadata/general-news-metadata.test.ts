/**
 * Titles, outlets, bylines and dates of news in general, each shape in lines written for the test: an outlet
 * named in brackets or by a Chinese masthead, a host read as initials or served from a numbered or secure
 * server, a headline signed with its outlet; a byline with a role after a slash, with the outlet after a
 * dash, a pen name with digits, a broadcast's handoff, a photographer's credit; a date in a year/MMDD path,
 * after a source and a middle dot, or stated as "today (date)" in a release. Also: a heading that opens with the word
 * of a credit naming no author is no byline; dated folders without their zeros; an icon before a date label, a label
 * without its colon, a Chinese label of a verb and its noun; the note on the author names the writer; a site served
 * from a bare public address; the heading of a list and the site's own name are no byline.
 */
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../../src/extract/clean/clean-article.ts';
import { dateFromUrl } from '../../../../src/extract/metadata/dates.ts';
import { readMetadata } from '../../../../src/extract/metadata/metadata.ts';
import { initialsOfUrl, isZhMasthead, outletByName, outletByUrl, siteOfUrl, zhBracketedOutlet } from '../../../../src/extract/metadata/outlets.ts';
import { zhCredit } from '../../../../src/extract/metadata/zh-credits.ts';
import { readSeed } from '../../../../src/extract/read/read.ts';
import { bylineName } from '../../../../src/extract/text-shape.ts';

function meta(text: string) {
  const read = readSeed('seeds/test.txt', new TextEncoder().encode(text));
  if (!read.ok) throw new Error(read.reason);
  return readMetadata(read.seed, cleanArticle(read.seed));
}

const HEAD = 'Radar technician jailed for selling test data';
const P1 = 'The city court sentenced a former radar technician to nine years in prison on Tuesday for selling test data to a foreign agent.';
const P2 = 'Prosecutors said the technician met his handler at a trade fair and was paid in cash for each batch of files over two years.';
const ZH1 = '檢方調查發現，涉案的退役軍官多次前往對岸接受招待，並被要求蒐集基地資訊，全案已移送法院審理。';
const ZH2 = '法院審理後認為被告犯行明確，依違反國家安全法判處有期徒刑六年，全案仍可上訴。';

describe('outlets from the address', () => {
  it.each([
    ['https://ww.techpaper.example/a/1.html', 'techpaper.example'],
    ['https://ww2.islandpost.example/c1/n2-story', 'islandpost.example'],
    ['https://secure.navynews.example/daily/1.html', 'navynews.example'],
  ])('%s is served by %s', (url, site) => expect(siteOfUrl(url)).toBe(site));
  it.each([
    ['https://www.ndtv.example/world/1', 'NDTV'],
    ['https://news.kbs.co.kr/view.do?ncd=1', 'KBS'],
    ['https://www.wbtx.com/features/review', 'WBTX'],
    ['https://www.aa.com.tr/en/asia/1', 'AA'],
    ['https://www.star.example/news/1', null],
    ['https://www.gnnhd.tv/news/1', null],
  ])('%s is named by its initials %s', (url, want) => expect(initialsOfUrl(url)).toBe(want));
  it('names an English page of an unknown site by its initials, a Chinese page by its address', () => {
    expect(meta(`https://www.kbtx.example/story/1\n\n${HEAD}\n\n${P1}\n\n${P2}`).outlet).toBe('KBTX');
    expect(meta(`https://www.zgxw.example/a/1.html\n\n退將淪共諜案 檢方起訴三人\n\n${ZH1}\n\n${ZH2}`).outlet).toBe('zgxw.example');
  });
  it.each([
    ['https://www.aa.com.tr/en/asia/1', 'Anadolu Agency'],
    ['https://www.philstar.com/headlines/2025/1', 'The Philippine Star'],
    ['https://hk.on.cc/hk/bkn/cnt/news/1.html', 'on.cc'],
    ['https://orientaldaily.on.cc/content/1.html', 'Oriental Daily News'],
  ])('%s belongs to %s', (url, name) => expect(outletByUrl(url)?.name).toBe(name));
  it('knows RFI by its Chinese name', () => expect(outletByName('法国国际广播电台')?.name).toBe('Radio France Internationale'));
});

describe('outlets a Chinese page names', () => {
  it.each([
    ['【港聞新聞台】警方今日拘捕兩名男子', '港聞新聞台'],
    ['【公民報】記者王大明報導', '公民報'],
    ['【深度】警方今日拘捕兩名男子', null],
    ['【史海回眸】1947年,稀土家族', null],
    // A website tags its own story: its name ends in "网", perhaps "news" after it.
    ['[大华车网 新闻] 近日大华车网网友发来一份谍照', '大华车网'],
    ['【东海网讯】近日,一辆测试车现身街头', '东海网'],
    ['[国际新闻] 警方今日拘捕两名男子', null],
  ])('%s', (text, want) => expect(zhBracketedOutlet(text)).toBe(want));
  it.each([
    ['华人新闻网', true],
    ['港島電視', true],
    ['国际新闻', false],
    ['退將淪共諜案 檢方起訴三人', false],
  ])('%s is a masthead: %s', (line, want) => expect(isZhMasthead(line)).toBe(want));
  it('reads the outlet from brackets at the head of the story', () => {
    expect(meta(`https://news.example.hk/player?id=1\n\n退將淪共諜案 檢方起訴三人\n\n【港聞新聞台】${ZH1}\n\n${ZH2}`).outlet).toBe('港聞新聞台');
  });
  it('reads the outlet from a masthead line of an unknown site, and drops the source signing the headline', () => {
    const m = meta(
      `https://huaren.example/?p=1\n\n华人新闻网\n\n海外华人的交流园地\n\n退將淪共諜案 檢方起訴三人 - 美國之音\n\n24/12/2025 - 00:37\n\n${ZH1}\n\n${ZH2}`,
    );
    expect(m.outlet).toBe('华人新闻网');
    expect(m.title).toBe('退將淪共諜案 檢方起訴三人');
  });
  it('does not take the source before a date for the page that republished it', () => {
    expect(meta(`https://digest.example/news/1\n\n退將淪共諜案 檢方起訴三人\n环球时报·2025-07-25 06:50\n\n${ZH1}\n\n${ZH2}`).outlet).toBe('digest.example');
  });
});

describe('bylines', () => {
  it('reads a name with a role after a slash', () => {
    expect(meta(`${HEAD}\n\nBy KENTA MORI/ Correspondent\n\n${P1}\n\n${P2}`).byline).toBe('Kenta Mori');
  });
  it('reads a name with the outlet after a dash', () => {
    expect(bylineName('Ana Maria Ruiz - The Philippine Star')).toBe('Ana Maria Ruiz');
    expect(meta(`${HEAD}\n\nAna Maria Ruiz - The Philippine Star\n\n${P1}\n\n${P2}`).byline).toBe('Ana Maria Ruiz');
  });
  it('reads a pen name that ends in letters and digits', () => {
    expect(meta(`退將淪共諜案 檢方起訴三人\n\n作者:快乐的西瓜k7\n\n${ZH1}\n\n${ZH2}`).byline).toBe('快乐的西瓜k7');
  });
  it('reads the reporter an anchor hands over to', () => {
    expect(meta(`${HEAD}\n\n${P1}\n\nReporter Kim Ji-won has the story.\n\n${P2}`).byline).toBe('Kim Ji-won');
  });
  it('reads the reporter of a bracketed credit line', () => {
    expect(meta(`退將淪共諜案 檢方起訴三人\n\n【公民報】記者王大明報導\n\n${ZH1}\n\n${ZH2}`).byline).toBe('王大明');
  });
  it('does not take the heading of a list for a writer', () => {
    const list = '- A former technician was charged with selling radar data.\n- Police searched two homes in the capital.';
    expect(meta(`${HEAD}\n\nSummary Points\n${list}\n\n${P1}\n\n${P2}`).byline).toBeNull();
    expect(meta(`${HEAD}\n\nMarta Hollis\n\n${P1}\n\n${P2}`).byline).toBe('Marta Hollis');
  });
  it("does not take the site's own name for a writer", () => {
    expect(meta(`https://www.harbourpost.example/news/1\n\n${HEAD}\n\nHarbourpost Motors\n\n${P1}\n\n${P2}`).byline).toBeNull();
    expect(meta(`https://www.harbourpost.example/news/1\n\n${HEAD}\n\nMarta Hollis\n\n${P1}\n\n${P2}`).byline).toBe('Marta Hollis');
  });
  it('does not take the photographer of a caption for the writer', () => {
    expect(zhCredit('▲市議員王小明。（圖／記者李大同攝）', false)).toBeNull();
    expect(meta(`退將淪共諜案 檢方起訴三人\n\ndate 2025-09-26 ▲市議員王小明。（圖／記者李大同攝）\n\n記者陳志明／台北報導\n\n${ZH1}\n\n${ZH2}`).byline).toBe(
      '陳志明',
    );
  });
});

describe('publication dates', () => {
  it('reads a year folder and a month-and-day folder in the address', () => {
    expect(dateFromUrl('http://www.sci.example/kexue/2023/0823/107039.html')).toEqual({ date: '2023-08-23', precision: 'day' });
  });
  it('reads the date after a source and a middle dot', () => {
    expect(meta(`https://digest.example/news/1\n\n退將淪共諜案 檢方起訴三人\n南方日报·2025-07-25 06:50\n\n${ZH1}\n\n${ZH2}`).published).toEqual({
      date: '2025-07-25',
      precision: 'day',
    });
  });
  it('reads the day a release says is today', () => {
    const release = 'A man appeared in the Magistrates Court today (4 August, 2025), to face one count of foreign interference.';
    expect(meta(`${release}\n\n${P2}`).published).toEqual({ date: '2025-08-04', precision: 'day' });
    expect(meta(`A man appeared in court today, charged with foreign interference.\n\n${P2}`).published).toBeNull();
  });
});

describe('bylines that are headings', () => {
  it('takes no writer from a heading that opens with the word of a source or editor credit', () => {
    for (const heading of ['Source Transparency', 'Editor Picks']) {
      const page = `https://news.example/a/1\n\n${HEAD}\n\n${P1}\n\n${P2}\n\nKeywords\n\n${heading}\n\nSource\n\nHarbour Watch`;
      expect(meta(page).byline).toBeNull();
    }
  });
});

describe('dates from folders without zeros', () => {
  it('reads year, month and day folders without their zeros, labelled as read from the address', () => {
    const m = meta(`https://news.example/news/2025/1/20/radar-technician-jailed.html\n\n${HEAD}\n\n${P1}\n\n${P2}`);
    expect(m.published).toEqual({ date: '2025-01-20', precision: 'day' });
    expect(m.provenance.published).toBe('url');
    expect(dateFromUrl('https://news.example/articles/2025/3/1/89134m.html')).toEqual({ date: '2025-03-01', precision: 'day' });
  });
  it('keeps the month of a folder that names no day', () => {
    expect(dateFromUrl('https://news.example/sitemap/free/2000/4/article/spy/264575.html')).toEqual({ date: '2000-04', precision: 'month' });
    expect(dateFromUrl('https://news.example/2025/2/30/story')).toEqual({ date: '2025-02', precision: 'month' });
  });
});

describe('dates after other labels', () => {
  it('reads a date after an icon and the label "Last Update"', () => {
    const m = meta(`https://news.example/live/radar-technician\n\n🕒 Last Update 12 Dec 2024\n${HEAD}\n\n${P1}\n\n${P2}`);
    expect(m.published).toEqual({ date: '2024-12-12', precision: 'day' });
  });
  it.each(['出版時間:2026/01/02 15:20', '发布日期：2026-01-02', '刊出时间：2026/01/02'])('reads the Chinese label of a verb and its noun: %s', (line) => {
    const zh = '檢方調查發現，涉案的退役軍官多次前往對岸接受招待，並被要求蒐集基地資訊，全案已移送法院審理。';
    const zh2 = '法院審理後認為被告犯行明確，依違反國家安全法判處有期徒刑六年，全案仍可上訴。';
    const m = meta(`https://news.example/news/ABCDEF\n\n退將淪共諜案 檢方起訴三人 國安會回應\n\n${line}\n\n${zh}\n\n${zh2}`);
    expect(m.published).toEqual({ date: '2026-01-02', precision: 'day' });
  });
});

describe('the note on the author', () => {
  const page = (bio: string) => `https://news.example/a/1\n\n${HEAD}\n\n${P1}\n\n${P2}\n\n${bio}`;
  it('is taken out of the story even when the scrape cut it off, and names the writer', () => {
    const read = readSeed('seeds/test.txt', new TextEncoder().encode(page('Dana K. Whitfield is an award-winning journalist who has spent more than 20 y')));
    if (!read.ok) throw new Error(read.reason);
    const clean = cleanArticle(read.seed);
    expect(clean.paragraphs.some((p) => p.includes('award-winning'))).toBe(false);
    expect(readMetadata(read.seed, clean).byline).toBe('Dana K. Whitfield');
  });
  it('names nobody when it does not open with a name', () => {
    expect(meta(page('The author is a freelance journalist based in Lisbon.')).byline).toBeNull();
  });
});

describe('a bare address', () => {
  it('names a site served from a bare address by that address', () => {
    expect(siteOfUrl('http://203.0.113.7:8082/inc/list/index.php?id=3')).toBe('203.0.113.7');
    const zh = '檢方調查發現，涉案的退役軍官多次前往對岸接受招待，並被要求蒐集基地資訊，全案已移送法院審理。';
    expect(meta(`http://203.0.113.7:8082/inc/list/index.php?id=3\n\n退將淪共諜案 檢方起訴三人\n\n${zh}\n\n${zh}`).outlet).toBe('203.0.113.7');
  });
});

describe('a private address', () => {
  it.each(['http://127.0.0.1:8080/x', 'http://192.168.1.5/story', 'http://10.0.0.2/a'])('%s names no site', (url) => expect(siteOfUrl(url)).toBeNull());
});
