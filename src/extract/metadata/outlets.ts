/**
 * Which outlet a page, a name or a URL belongs to, by the outlet table in
 * src/vocab/outlets.ts.
 */

import { getDomain, getDomainWithoutSuffix } from 'tldts';
import { httpHost } from '../../util/url-parts.ts';
import { SOURCE_PREFIXES, ZH_REPORT_ENDINGS, ZH_REPORTER_WORDS } from '../../vocab/bylines.ts';
import { MASTHEAD_WORDS, OUTLETS, type Outlet, STAGING_WORDS, ZH_MASTHEAD_ENDINGS, ZH_SITE_ENDINGS, ZH_SITE_NEWS_TAGS } from '../../vocab/outlets.ts';
import { alternation, escapeRe } from '../../vocab/regex.ts';
import { KeyFinder } from '../key-finder.ts';
import { withoutPinyinGlosses } from './zh-credits.ts';

export type { Outlet };

function norm(s: string): string {
  return s.normalize('NFKC').replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
}

const BY_ALIAS = new Map<string, Outlet>();
for (const o of OUTLETS) for (const a of [o.name, ...o.aliases]) BY_ALIAS.set(norm(a), o);

/** The outlet a whole string names ("Global Times", "SCMP"), or null. */
export function outletByName(text: string): Outlet | null {
  return BY_ALIAS.get(norm(text.replace(/^[\s•·|–—-]+|[\s•·|–—-]+$/g, ''))) ?? null;
}

/**
 * The site a URL is served from, as a reader would name it when the outlet table does not know it: the
 * domain its owner registered ("charm-retirement.com" for news.charm-retirement.com, "sputniknews.cn" for
 * big5.sputniknews.cn), read with the Public Suffix List (tldts) so "co.uk" and "com.tw" count as one
 * suffix, and a site on a hosting platform ("x.azurewebsites.net", "y.blogspot.com") keeps its own name.
 * Null for a URL that is not http(s) or is an IP address.
 */
const IPV4_RE = /^\d{1,3}(?:\.\d{1,3}){3}$/;
const PRIVATE_IPV4_RE = /^(?:127|10|0)\.|^192\.168\.|^169\.254\.|^172\.(?:1[6-9]|2\d|3[01])\./;

export function siteOfUrl(url: string): string | null {
  const host = httpHost(url);
  if (!host) return null;
  // "http://203.0.113.7:8082/…": a site served from a bare public address has no domain; the address is the only
  // name it has. A loopback or private address ("127.0.0.1", "192.168.1.5") is a copy saved on someone's machine.
  if (IPV4_RE.test(host)) return PRIVATE_IPV4_RE.test(host) ? null : host;
  // "en2020-cms-test.mtcloud.org": a client's site named on a test or staging host of the platform that serves it;
  // the domain is the platform's, not the publisher's, so the host is named whole.
  return isClientStagingHost(host) || isOwnTitleHost(host) ? host.replace(/^www\./, '') : getDomain(host, { allowPrivateDomains: true });
}

const OWN_TITLE_LABEL_RE = new RegExp(`^[a-z]{3,}${alternation(MASTHEAD_WORDS)}$`);

/**
 * "energynews.example.com": a publication of its own, its label a topic and a masthead word, served under its
 * owner's domain; the owner's domain alone names the company, not the publication.
 */
function isOwnTitleHost(host: string): boolean {
  const domain = getDomain(host, { allowPrivateDomains: true });
  return !!domain && host.length > domain.length && OWN_TITLE_LABEL_RE.test(host.split('.')[0]!.toLowerCase());
}

const STAGING = new Set<string>(STAGING_WORDS);

/**
 * A host whose first label joins a staging word to a name with dashes ("en2020-cms-test", "site-testslot"): a
 * client's copy on a platform. A staging label of the publisher's own ("staging.example.net", "testing.dev.example.com")
 * has no other name in it.
 */
function isClientStagingHost(host: string): boolean {
  const domain = getDomain(host, { allowPrivateDomains: true });
  if (!domain || host.length <= domain.length) return false;
  const parts = host.split('.')[0]!.toLowerCase().split('-');
  return parts.length > 1 && parts.some((p) => STAGING.has(p.replace(/\d+$/, ''))) && parts.some((p) => !STAGING.has(p.replace(/\d+$/, '')) && p.length >= 4);
}

/**
 * "www-globaltimes-cn.mirror.example": a mirror or proxy serves another site under its own domain and spells the
 * site's host in its first label with dashes for dots. The spelled host, when it has a public suffix; else null.
 */
function mirroredHost(host: string): string | null {
  const first = host.split('.')[0]!;
  if (!first.includes('-') || first.length === host.length) return null;
  const spelled = first.replace(/-/g, '.');
  const domain = getDomain(spelled);
  return domain && domain !== spelled.replace(/^www\./, '') ? null : domain;
}

const squash = (t: string) => t.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/**
 * The name spells the address the page is served from, letters and digits compared: "The Standard" for
 * thestandard.com.hk, "Taipei Times" for taipeitimes.com, "UrduPoint" for urdupoint.com; or its words' initials
 * do ("South China Morning Post" for scmp.com).
 */
export function spellsHost(name: string, url: string): boolean {
  const label = siteNameLabel(url);
  if (!label) return false;
  const want = squash(label);
  if (want.length < 4 && !/^[a-z]{2,4}$/.test(want)) return false;
  const words = name.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  const initials = squash(words.map((w) => w[0]!).join(''));
  return squash(name) === want || (words.length >= 3 && initials === want);
}

/**
 * The line that names the site a URL is served from as the site writes it:
 * "autoevolution" over the headline of autoevolution.com, "The Asia Brief"
 * for theasiabrief.com; or a name inside a line that spells it ("© 2025 Harbour
 * Watch Media", "Harbour Watch reported"), when the name is a written name: two
 * capitalised words or more, a word with a capital or digit inside ("UrduPoint",
 * "Daily8"), or capitals. Letters and digits only are compared; null when no
 * line spells the host.
 */
export function siteNameIn(url: string, lines: readonly string[]): string | null {
  const name = siteNameLabel(url);
  if (!name) return null;
  const want = squash(name);
  if (want.length < 4) return null;
  const alone = lines.find((l) => l.length <= 40 && squash(l) === want)?.trim();
  if (alone) return alone;
  for (const line of lines) {
    const phrase = phraseSpelling(line, want);
    if (phrase) return phrase;
  }
  return null;
}

/** A run of words inside the line whose letters are `want`, written as a name (see siteNameIn), or null. */
function phraseSpelling(line: string, want: string): string | null {
  if (!squash(line).includes(want)) return null;
  const words = line.split(/\s+/).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    let letters = '';
    for (let j = i; j < words.length && letters.length < want.length; j++) {
      letters += squash(words[j]!);
      if (letters !== want) continue;
      const phrase = words
        .slice(i, j + 1)
        .join(' ')
        .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
      // "harbourwatch.com/news": an address, not a name.
      if (/[./@]\p{L}/u.test(phrase)) break;
      const capitalised = phrase.split(' ').every((w) => /^\p{Lu}/u.test(w));
      const written = capitalised && (j > i || /^\p{Lu}[\p{L}\p{N}]*(?:\p{Lu}|\p{N})/u.test(phrase) || /^\p{Lu}{3,}$/u.test(phrase));
      if (written) return phrase;
    }
  }
  return null;
}

/** The registered name before the public suffix: "theasiabrief" in theasiabrief.com, "dimsumdaily" in dimsumdaily.hk, "kbs" in news.kbs.co.kr. */
export function siteNameLabel(url: string): string | null {
  const host = httpHost(url);
  return host ? getDomainWithoutSuffix(host, { allowPrivateDomains: true }) : null;
}

/**
 * The initials a site is named by when its address is nothing but them: "NDTV" for ndtv.com, "KBS" for
 * news.kbs.co.kr, "AA" for aa.com.tr; and a broadcaster's call sign, "WBOC" for wboc.com (four letters from
 * K or W). A label without a vowel cannot be read as a word, so it is read letter by letter. Null otherwise.
 */
export function initialsOfUrl(url: string): string | null {
  const name = siteNameLabel(url);
  if (!name || !/^[a-z]{2,4}$/.test(name)) return null;
  const initials = !/[aeiouy]/.test(name) || name.length === 2 || /^[kw][a-z]{3}$/.test(name);
  return initials ? name.toUpperCase() : null;
}

/** The outlet a URL's host belongs to (subdomains included), or null. */
export function outletByUrl(url: string): Outlet | null {
  const host = httpHost(url)?.replace(/^www\./, '');
  if (!host) return null;
  const served = (h: string) => OUTLETS.find((o) => o.hosts.some((known) => h === known || h.endsWith(`.${known}`))) ?? null;
  const mirrored = mirroredHost(host);
  return served(host) ?? (mirrored ? served(mirrored) : null);
}

// Short aliases ("AP", "FT", "GT") are too ambiguous to find inside prose.
const PROSE_ALIASES = OUTLETS.flatMap((o) => o.aliases.filter((a) => a.length >= 4 || /[^\x00-\x7f]/.test(a)).map((a) => ({ a, o }))).sort(
  (x, y) => y.a.length - x.a.length,
);

/**
 * Outlets named inside running text, longest alias first, in order of
 * appearance. Latin aliases must stand as whole words.
 */
let compiled: Array<{ a: string; o: Outlet; re: RegExp }> | null = null;
/** Any alias at all: most paragraphs name no outlet, and one scan says so (exact: the alternatives are the regexps below). */
let anyAlias: RegExp | null = null;

// Compiled once per process: this runs for every article (profiled: 1.3 s per 1,000 articles when compiled per call).
function proseRegExps() {
  compiled ??= PROSE_ALIASES.map(({ a, o }) => ({
    a,
    o,
    re: /[^\x00-\x7f]/.test(a) ? new RegExp(escapeRe(a), 'g') : new RegExp(`(?<![\\w])${escapeRe(a).replace(/'/g, "['’]")}(?![\\w])`, 'g'),
  }));
  anyAlias ??= new RegExp(compiled.map(({ re }) => `(?:${re.source})`).join('|'));
  // The alias up to an apostrophe (which may be written ’) is in any text one of the expressions matches.
  aliasStarts ??= new KeyFinder(compiled.map(({ a }) => a.split("'")[0]!));
  return compiled;
}

/**
 * Literal beginnings of the aliases: a text holding none of them names no outlet, found in one pass over the text
 * (the expression of all aliases tries each of them at every character).
 */
let aliasStarts: KeyFinder | null = null;

export function outletsIn(text: string): Array<{ outlet: Outlet; index: number; alias: string }> {
  const found: Array<{ outlet: Outlet; index: number; alias: string }> = [];
  const taken: Array<[number, number]> = [];
  const all = proseRegExps();
  if (!aliasStarts!.hasAny(text) || !anyAlias!.test(text)) return found;
  for (const { o, re } of all) {
    for (const m of text.matchAll(re)) {
      const start = m.index!;
      const end = start + m[0].length;
      if (taken.some(([s, e]) => start < e && end > s)) continue;
      taken.push([start, end]);
      found.push({ outlet: o, index: start, alias: m[0] });
    }
  }
  return found.sort((x, y) => x.index - y.index);
}

const ZH_MASTHEAD_END = alternation(ZH_MASTHEAD_ENDINGS);
// "茉莉花新闻网", "東網電視": a Chinese site's or paper's name on a line of its own.
const ZH_MASTHEAD_LINE_RE = new RegExp(`^[\\p{Script=Han}A-Za-z]{1,10}${ZH_MASTHEAD_END}$`, 'u');

/** A line that is a Chinese masthead: a short name ending as mastheads end ("新闻网", "日報", "電視"). */
export function isZhMasthead(line: string): boolean {
  return ZH_MASTHEAD_LINE_RE.test(line);
}

// "【Now新聞台】國家安全部披露...", "【沃草】記者何宇軒報導": the site names itself in brackets before its story or its
// reporter's credit. A column's name in brackets ("【深度】", "【史海回眸】") is neither.
const ZH_BRACKETED_OUTLET_RE = new RegExp(
  `^【([\\p{Script=Han}A-Za-z]{1,10}${ZH_MASTHEAD_END}|[\\p{Script=Han}A-Za-z]{2,10})】(?:(?<=${ZH_MASTHEAD_END}】)|\\s*${alternation(ZH_REPORTER_WORDS)})`,
  'u',
);

// "[大华车网 新闻] 近日...", "【东海网讯】": a website tagging its own story.
const ZH_SITE_TAG_RE = new RegExp(
  `^[【\\[]\\s*([\\p{Script=Han}A-Za-z\\d]{1,10}${alternation(ZH_SITE_ENDINGS)})\\s*${alternation(ZH_SITE_NEWS_TAGS)}?\\s*[】\\]]`,
  'u',
);

/** The outlet named in brackets at the start of a story or a credit, or null. */
export function zhBracketedOutlet(text: string): string | null {
  return ZH_BRACKETED_OUTLET_RE.exec(text)?.[1] ?? ZH_SITE_TAG_RE.exec(text)?.[1] ?? null;
}

// "（中央社紐約18日綜合外電報導）", "深圳新闻网2026年2月18日讯", "新华社北京3月1日电": a Chinese story opens with who
// filed it, from where and on which day; "本报北京4月14日电" (this paper) names no one.
const ZH_FILED_RE = new RegExp(
  `^[（(【]?\\s*([\\p{Script=Han}A-Za-z]{2,16}?)\\s*(?:(?:19|20)\\d{2}年)?(?:\\d{1,2}月)?\\d{1,2}日\\s*\\p{Script=Han}{0,6}?${alternation(ZH_REPORT_ENDINGS)}`,
  'u',
);
const ZH_MASTHEAD_FIRST_RE = new RegExp(`^[\\p{Script=Han}A-Za-z]{1,10}?${ZH_MASTHEAD_END}`, 'u');

/** A paragraph that opens as a Chinese story opens, with who filed it, from where and on which day. */
export function opensWithZhFiling(text: string): boolean {
  return ZH_FILED_RE.test(withoutPinyinGlosses(text));
}

/** The outlet that filed a Chinese story, named before the place and day it opens with, or null. */
export function zhFiledOutlet(text: string): string | null {
  const head = ZH_FILED_RE.exec(withoutPinyinGlosses(text))?.[1];
  if (!head) return null;
  const known = outletsIn(head)[0];
  if (known?.index === 0) return known.outlet.name;
  return ZH_MASTHEAD_FIRST_RE.exec(head)?.[0] ?? null;
}

// "Source: Harbour Watch | 2025-03-04", "来源：海港日报 2025-03-04 10:32": the outlet a reposted story is credited to.
const SOURCE_RE = new RegExp(
  `^${alternation(SOURCE_PREFIXES)}\\s*[:：]\\s*(\\p{Lu}[\\p{L}\\d&'’.-]*(?:\\s+(?:of|and|the|\\p{Lu}[\\p{L}\\d&'’.-]*)){0,5}|[\\p{Script=Han}A-Za-z]{2,14})(?=$|\\s|[|｜,，;；])`,
  'iu',
);
const MASTHEAD_WORD_RE = new RegExp(`\\s${alternation(MASTHEAD_WORDS)}$`, 'i');

/**
 * The outlet a "Source:" line credits, when it names a news outlet: one the outlet table knows, a Chinese
 * masthead ("海港日报"), or a capitalised name ending as English mastheads end ("Harbour Watch News", "Island
 * Times"). A ministry or a company credited as the source ("来源：国家安全部") is not the publisher; null then.
 */
export function sourceCredit(line: string): string | null {
  const name = SOURCE_RE.exec(line.trim())?.[1]?.trim();
  if (!name) return null;
  const known = outletByName(name);
  if (known) return known.name;
  return isZhMasthead(name) || (/^\p{Lu}/u.test(name) && MASTHEAD_WORD_RE.test(name)) ? name : null;
}

// "欧洲造纸网版权所有", "版權所有 海港觀察", "© 2025 海港日報 版權所有": a Chinese site signs its pages.
const ZH_COPYRIGHT_RE =
  /(?:^|[\s©\d-])([\p{Script=Han}A-Za-z·]{2,12}?)\s*版[权權]所有|版[权權]所有\s*[:：©]?\s*(?:\d{4}\s*)?([\p{Script=Han}A-Za-z·]{2,12})(?=$|[\s,，。|])/u;
// "北京海港科技有限公司 版权所有": the company that owns a site is not the name it publishes under.
const COMPANY_END_RE = /(?:公司|集[团團]|股份|有限|控股)$/u;

/** The site a Chinese copyright line names ("欧洲造纸网" in "欧洲造纸网版权所有"), unless it is a company; else null. */
export function zhCopyrightHolder(line: string): string | null {
  const m = ZH_COPYRIGHT_RE.exec(line);
  const holder = m?.[1] ?? m?.[2];
  return holder && /\p{Script=Han}/u.test(holder) && !COMPANY_END_RE.test(holder) ? holder : null;
}
