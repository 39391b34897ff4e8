/**
 * Stage 3, metadata: title, outlet, byline, publication date (with precision)
 * and language. Front matter always wins and is recorded as such; then what
 * the page says about itself (its <head>, "Published:" line, byline, masthead,
 * sign-off, dateline); then the URL. A value the page does not state stays
 * null: a relative day ("on Friday") or a date in the story is never taken
 * for the publication date.
 */

import type { PartialDate } from '../../model/schema.ts';
import type { CleanResult, Metadata } from '../../model/types.ts';
import { AUTHOR_PREFIX_RE, DESK_WORDS, OTHER_CREDIT_RE } from '../../vocab/bylines.ts';
import { DATE_LABEL_PATTERN, labelMeaning } from '../../vocab/date-labels.ts';
import { TITLE_LABELS } from '../../vocab/page-furniture.ts';
import { PLACE_LIST } from '../../vocab/places.ts';
import { alternation } from '../../vocab/regex.ts';
import { WIRE_AGENCIES } from '../../vocab/wire-agencies.ts';
import { broadcastHandoff, isDateLine, metaSegments, nameBeforeDate, SOURCE_BEFORE_DATE_RE } from '../clean/boilerplate.ts';
import type { RawSeed } from '../read/read.ts';
import { bylineName, isCjkText, isNameLike, isRoleTitle, nameCase } from '../text-shape.ts';
import { checkWeekdays, dateFromUrl, makeDate, parseDate, parseDateline, rocStampDate } from './dates.ts';
import { nameFromAddress } from './host-words.ts';
import {
  initialsOfUrl,
  isZhMasthead,
  outletByName,
  outletByUrl,
  outletsIn,
  siteNameIn,
  siteNameLabel,
  siteOfUrl,
  sourceCredit,
  spellsHost,
  zhBracketedOutlet,
  zhCopyrightHolder,
  zhFiledOutlet,
} from './outlets.ts';
import { type TitleAndSite, titleAndSite } from './title-site.ts';
import { zhClosingCredit, zhCredit } from './zh-credits.ts';

const DESK_RE = new RegExp(`\\b${alternation(DESK_WORDS)}\\b`, 'i');

type Source = Metadata['provenance'][string];
interface Found<T> {
  value: T;
  from: Source;
}

const NONE = <T>(value: T): Found<T> => ({ value, from: 'none' });

function canonical(name: string): string {
  return (outletByName(name) ?? outletByName(name.replace(/^the\s+/i, '')))?.name ?? name.trim();
}

/** Every line of the page the cleaner saw: what it removed, then the body. */
function pageLines(clean: CleanResult): string[] {
  return [...clean.removed.map((r) => r.text), ...clean.paragraphs];
}

function linesWith(clean: CleanResult, reasons: string[]): string[] {
  return clean.removed.filter((r) => reasons.includes(r.reason)).map((r) => r.text);
}

// "Download the SCMP app", "Get the Daily8 app": a page advertises its own app.
const OWN_APP_RE = /\b(?:[Dd]ownload|[Gg]et|[Ii]nstall)\s+(?:the\s+)?([A-Z][\w.&-]{1,30}(?:\s[A-Z][\w.&-]{1,20}){0,2})\s+app\b/;
// A page naming itself: "Why you can trust SCMP", "Support the Guardian".
const SELF_RE = /^(?:why you can trust|support|subscribe to|about)\s+(?:the\s+)?([A-Z][\w.&-]{1,30}(?:\s[A-Z][\w.&-]{1,20}){0,3})\s*$/i;
// "Thanks for reading Ore & Order! Subscribe for free...": a newsletter names itself.
const THANKS_RE = /^[Tt]hanks? (?:you )?for reading\s+(?:the\s+)?(\p{Lu}[\p{L}\d&'’.-]*(?:\s+(?:&|\p{Lu}[\p{L}\d&'’.-]*)){0,4})\s*[!.]/u;
// Sources speak to the outlet that publishes them: "told the Global Times".
const TOLD_RE = /\b(?:told|in an interview with|speaking to|said to)\s+(?:the\s+)?$/i;

const COPYRIGHT_HOLDER_RE =
  /^(?:[Cc]opyright\s*)?(?:©|\([Cc]\)|[Cc]opyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s+)?(?:by\s+)?((?:The\s+)?\p{Lu}[\p{L}\d&'’-]*(?:\s+\p{Lu}[\p{L}\d&'’-]*){0,4}?)(?:,?\s+(?:Ltd|Limited|Inc|LLC|plc|Co|Corp|GmbH)\.?)?(?=\s*[.,|]|\s*$|\s+[Aa]ll [Rr]ights)/u;

export function readOutlet(raw: RawSeed, clean: CleanResult, headline: TitleAndSite | null): Found<string | null> {
  if (raw.frontMatter.outlet) return { value: raw.frontMatter.outlet, from: 'front-matter' };
  const site = clean.pageMeta?.siteName;
  if (site) return { value: canonical(site), from: 'text' };
  // A known site's address says whose page it is; an outlet or office named on a line of its own there ("US
  // department of Justice" over a picture, "Source: Reuters") credits a picture or the copy, not the publisher.
  const byUrl = raw.url ? outletByUrl(raw.url) : null;
  if (byUrl) return { value: byUrl.name, from: 'url' };
  // A masthead or sign-off line, or one segment of "By X | China Daily | Updated ...".
  for (const line of clean.metaLines) {
    // "环球时报·2025-07-25 06:50" on an aggregator credits where the copy came from, not who publishes the page.
    if (SOURCE_BEFORE_DATE_RE.test(line)) continue;
    for (const part of line.split(/\s*[|｜•·／]\s*|\s+[–—-]\s+|,\s+|\s+(?=\p{Script=Han})|(?<=\p{Script=Han})\s+/u)) {
      const o = outletByName(part.replace(/^(©|copyright|\(c\))\s*(\d{4}\s*)?/i, ''));
      if (o) return { value: o.name, from: 'text' };
    }
  }
  const dateline = clean.paragraphs[0] ? parseDateline(clean.paragraphs[0]) : null;
  if (dateline?.agency) {
    const o = outletByName(dateline.agency);
    if (o) return { value: o.name, from: 'text' };
  }
  // The first paragraphs: a photo's caption may stand before the story's opening credit.
  const filed = clean.paragraphs.slice(0, 3).map(zhFiledOutlet).find(Boolean);
  if (filed) return { value: canonical(filed), from: 'text' };
  const bracketed = zhBracketedOutlet(clean.paragraphs[0] ?? '') ?? linesWith(clean, ['byline']).map(zhBracketedOutlet).find(Boolean);
  if (bracketed) return { value: canonical(bracketed), from: 'text' };
  for (const line of linesWith(clean, ['promo', 'sign-off'])) {
    const m = OWN_APP_RE.exec(line) ?? SELF_RE.exec(line) ?? THANKS_RE.exec(line);
    if (m && !/^(our|this|free|mobile|new|official|us)$/i.test(m[1]!)) return { value: canonical(m[1]!), from: 'text' };
  }
  // "told the Global Times": a page saved without its address is the outlet its sources speak to. A page with an
  // address the table does not know may be reposting the interview ("…told Radio Free Asia" on a blog), and a
  // known site's story quotes what a source told another outlet: the address names those better.
  for (const p of raw.url ? [] : clean.paragraphs) {
    for (const hit of outletsIn(p)) {
      if (TOLD_RE.test(p.slice(Math.max(0, hit.index - 40), hit.index))) return { value: hit.outlet.name, from: 'text' };
    }
  }
  // A masthead, a title line's tail ("Headline | Harbour Watch") or a name in the text that spells the address
  // it is served from names the site as the site writes itself.
  if (headline?.site) return { value: canonical(headline.site), from: 'text' };
  const masthead = raw.url ? siteNameIn(raw.url, pageLines(clean)) : null;
  if (masthead) return { value: masthead, from: 'text' };
  // A site that reposts another's story credits it: "Source: Harbour Watch News", "来源：海港日报".
  const source = [...clean.metaLines, ...linesWith(clean, ['byline', 'fragment', 'published-line'])].map(sourceCredit).find(Boolean);
  if (source) return { value: source, from: 'text' };
  const zhMasthead = clean.metaLines.find(isZhMasthead);
  if (zhMasthead) return { value: zhMasthead, from: 'text' };
  // An outlet we have no entry for still signs its pages: "© 2025 The Asia Brief. All rights reserved."
  for (const line of linesWith(clean, ['copyright'])) {
    const zhHolder = zhCopyrightHolder(line);
    if (zhHolder) return { value: canonical(zhHolder), from: 'text' };
    // "© 2025 MINING.COM", "Copyright INQUIRER.net": a site named by its domain.
    const domain = /(?:©|\([Cc]\)|[Cc]opyright)\s*(?:\d{4}\s*)?([A-Za-z][\w-]*\.(?:com|net|org|co|cn|hk|tw|sg|ph|in|au|uk))\b/i.exec(line)?.[1];
    if (domain) return { value: outletByUrl(`https://${domain.toLowerCase()}/`)?.name ?? domain, from: 'text' };
    const holder = COPYRIGHT_HOLDER_RE.exec(line)?.[1];
    // "The New York Times Company", "Al Jazeera Media Network": the outlet the owner is named after.
    if (holder && !/^(?:All|Copyright|Reserved)$/.test(holder)) return { value: outletsIn(holder)[0]?.outlet.name ?? canonical(holder), from: 'text' };
  }
  // Nothing in the text names the publisher: the site the page was taken from does, labelled as read from the URL.
  // Initials are how English readers name a site ("NDTV"); a Chinese site's Latin initials abbreviate its pinyin, and
  // its readers name it by its characters or its address.
  // So are the words an address runs together ("Mirage News"): in a Chinese site's address they are pinyin.
  const latin = raw.url && !isCjkText(clean.paragraphs.join('\n')) ? (initialsOfUrl(raw.url) ?? nameFromAddress(raw.url)) : null;
  const served = raw.url ? (latin ?? siteOfUrl(raw.url)) : null;
  return served ? { value: served, from: 'url' } : NONE(null);
}

function nameFromBylineLine(line: string): string | null {
  if (!AUTHOR_PREFIX_RE.test(line)) return null;
  // "BY KIM JI-WON [kim.jiwon@joongang.co.kr]": the address is not part of the name.
  const rest = line.replace(AUTHOR_PREFIX_RE, '').replace(/\s*[[(<]?[\w.+-]+@[\w.-]+\.\w+[\])>]?/g, '');
  let first = rest
    .split(/\s*[|｜•·;]\s*|\s+[–—/-]\s+|\)|,\s*(?:updated|published|posted)\b/i)[0]!
    .replace(/\s+(?:in\s+[A-Z][\w ]+|and the\b.*|for\s+[A-Z].*)$/, '')
    .trim();
  // "By PETER MORLAND Associated Press": the outlet after the name is not part of it.
  const outletAfter = outletsIn(first).find((hit) => hit.index > 0 && hit.index + hit.alias.length === first.length);
  if (outletAfter) first = first.slice(0, outletAfter.index).replace(/[\s,]+$/, '');
  // "By SOTARO HATA/ Correspondent": a job title after a slash.
  const slash = /^(.+?)\s*\/\s*(.+)$/.exec(first);
  if (slash && isRoleTitle(slash[2]!)) first = slash[1]!;
  // "By Grace Tolliver, CNN", "By Harriet Callow, Asia Correspondent": an outlet or a job title after a comma.
  const comma = first.lastIndexOf(', ');
  if (comma > 0 && (outletByName(first.slice(comma + 2)) || isRoleTitle(first.slice(comma + 2)))) first = first.slice(0, comma);
  first = nameCase(first);
  // "Sixth Tone staff", "Reuters": the outlet is not an author.
  // "作者:聪明的菠萝e9": a pen name on a Chinese platform may end in letters and digits; a date never reads so.
  const digits = /\d/.test(first) && !/^\p{Script=Han}{2,}[A-Za-z\d]{1,4}$/u.test(first);
  if (!first || outletByName(first) || digits || first.split(/\s+/).length > 8 || DESK_RE.test(first)) return null;
  return first;
}

const PLACES = new Set<string>(PLACE_LIST);

/** "Phoebe Zhangin Shenzhen": a scrape that lost the space before "in" and the city the writer files from. */
function withoutGluedPlace(name: string): string {
  const m = /^(.+\S{3})in\s+(\p{Lu}[\p{L}'’ -]+)$/u.exec(name);
  return m && PLACES.has(m[2]!) ? m[1]! : name;
}

/** Why the cleaner took out the short lines a credit may stand on. */
const CREDIT_LINE_REASONS: readonly string[] = ['section-heading', 'section-label', 'fragment', 'byline', 'published-line'];

/** A line that is only a two- or three-word name glued to "in" and a known city ("Xinyi Wuin Beijing"): the name, else null. */
function gluedPlaceByline(line: string): string | null {
  const m = /^(\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+){1,2}?)in\s+(\p{Lu}[\p{L}'’ -]+)$/u.exec(line.trim());
  return m && PLACES.has(m[2]!) ? m[1]! : null;
}

// The name that opens a note on the author: "Ana Lopez is a reporter…", "Ana Lopez covers courts for…".
const BIO_NAME_RE = /^((?:\p{Lu}[\p{L}'’.-]*\s+){1,3}?\p{Lu}[\p{L}'’-]+)\s+(?:is|was|has been|covers|reports|writes)\b/u;

/** The writer a note on the author names, or null ("The author is…" names nobody). */
function bioName(line: string): string | null {
  const name = BIO_NAME_RE.exec(line)?.[1];
  // A middle initial ("Paul A. Eisenstein") is part of a name; isNameLike reads a lone "A" as the article.
  return name && isNameLike(name.replace(/\s[A-Z]\.(?=\s)/g, '')) ? name : null;
}

/**
 * "Yahoo Autos" atop a page from yahoo.com: a bare name whose first word spells the address the page is served
 * from is the site's masthead (a section of the site), not a writer.
 */
function namesTheSite(name: string, url: string | null | undefined): boolean {
  const label = url ? siteNameLabel(url) : null;
  const first = name.split(/\s+/)[0]!.toLowerCase();
  return (!!label && label.length >= 4 && first === label) || (!!url && spellsHost(name, url));
}

const AGENCY_NAMES = new Set<string>(WIRE_AGENCIES.map((a) => a.toLowerCase()));

/** The story's writer, as the page credits them; a wire agency credited where a writer would be is none. */
export function readByline(raw: RawSeed, clean: CleanResult): Found<string | null> {
  const found = creditedWriter(raw, clean);
  return found.value && AGENCY_NAMES.has(found.value.toLowerCase()) ? NONE(null) : found;
}

function creditedWriter(raw: RawSeed, clean: CleanResult): Found<string | null> {
  if (raw.frontMatter.byline) return { value: raw.frontMatter.byline, from: 'front-matter' };
  for (const byline of linesWith(clean, ['byline'])) {
    const dated = nameBeforeDate(byline);
    if (dated && !outletByName(dated)) return { value: dated, from: 'text' };
    // "风轻云叶淡 2025-12-23 14:52:29", "作者:安平": the name without the date or the other credits run into it.
    const segments = metaSegments(byline).filter((s) => !isDateLine(s) && !DATE_ONLY_RE.test(s));
    const own = segments.find((s) => AUTHOR_PREFIX_RE.test(s)) ?? (segments.length === 1 && segments[0] !== byline ? segments[0]! : byline);
    // "本报记者 林晓雯": the newspaper's own reporter.
    const line = own.replace(/^(?:本[报報网網])?(?:记者|記者)\s*[:：]?\s*(?=\p{Script=Han})/u, '');
    const named = nameFromBylineLine(line);
    if (named) return { value: named, from: 'text' };
    // A bare name line the cleaner took for a byline. "Source Transparency", "Editor Picks": a line that opens with
    // the word of a credit naming no author is a heading or a source, not a writer's name.
    const bare =
      AUTHOR_PREFIX_RE.test(line) || OTHER_CREDIT_RE.test(line)
        ? null
        : (bylineName(line) ?? (/^\p{Script=Han}{2,6}$/u.test(line) && line !== byline ? line : null));
    if (bare && !outletByName(bare) && !namesTheSite(bare, raw.url)) return { value: withoutGluedPlace(bare), from: 'text' };
  }
  // Chinese news credits its reporter in the dateline, "本报北京4月14日电 （记者赵文涛）", or on a
  // line of its own above the text, "【环球时报报道 记者 范雨】".
  // The credit may stand under a photo caption the cleaner kept as the first paragraph, and short credit lines
  // are taken out as labels and headings ("聯合報／ 記者陳宥菘／綜合報導", "◎ 蕭錫惠").
  const creditLines = clean.removed.filter((r) => CREDIT_LINE_REASONS.includes(r.reason)).map((r) => r.text);
  for (const text of [...clean.paragraphs.slice(0, 2).map((p) => p.slice(0, 80)), ...creditLines]) {
    const credit = zhCredit(text, text.length <= 40);
    if (credit) return { value: credit, from: 'text' };
  }
  // "大家车网 2009-08-18 01:00 来源:汽车之家 作者:梁思辰": an author credit inside the page's dateline.
  for (const r of clean.removed.filter((x) => x.reason === 'headline' || CREDIT_LINE_REASONS.includes(x.reason))) {
    const own = metaSegments(r.text).find((seg) => AUTHOR_PREFIX_RE.test(seg) && /\p{Script=Han}/u.test(seg));
    const named = own ? nameFromBylineLine(own) : null;
    if (named) return { value: named, from: 'text' };
  }
  // "Xinyi Wuin Beijing": a scrape that lost the space before "in" and the city, on a line of its own.
  const glued = clean.removed
    .filter((r) => r.reason === 'fragment')
    .map((r) => gluedPlaceByline(r.text))
    .find(Boolean);
  if (glued) return { value: glued, from: 'text' };
  // A broadcast's transcript names its reporter in the anchor's words at its head.
  const handedTo = clean.paragraphs.slice(0, 3).map(broadcastHandoff).find(Boolean);
  if (handedTo) return { value: handedTo, from: 'text' };
  const closing = zhClosingCredit(clean.paragraphs.at(-1) ?? '');
  if (closing) return { value: closing, from: 'text' };
  const author = clean.pageMeta?.author;
  if (author && !outletByName(author) && !/^https?:/.test(author)) return { value: author, from: 'text' };
  // "Ana Lopez is an award-winning journalist who…" under the story: the note on the author names the writer.
  const bio = linesWith(clean, ['author-bio']).map(bioName).find(Boolean);
  if (bio) return { value: bio, from: 'text' };
  // No person named: a byline names people only, so the wire agency whose copy this is ("NEW YORK (AP) —",
  // "（法新社德勒斯登30日電）", "- Reuters") is no byline; it credits where the copy came from.
  return NONE(null);
}

/**
 * The lines under the headline before the lines above it, each group in page order. A page's "today's date"
 * widget sits above the masthead and the headline; the story's own date line sits under its headline, with the
 * byline. (A page with no headline, or dates on one side only, keeps its order.)
 */
function headlineFirst(clean: CleanResult, lines: string[]): string[] {
  const order = clean.removed.map((r) => r.text);
  const head = clean.removed.findIndex((r) => r.reason === 'headline');
  if (head < 0) return lines;
  const above = (line: string) => {
    const at = order.indexOf(line);
    return at >= 0 && at < head;
  };
  return [...lines.filter((l) => !above(l)), ...lines.filter(above)];
}

const LABEL_RE = new RegExp(`(?<![\\p{L}])(${DATE_LABEL_PATTERN})\\s*(?:on|at)?\\s*[:：]?\\s*`, 'giu');

/** The dates a "Published: ... Updated: ..." line states, by label. */
function labelledDates(line: string): Array<{ label: 'published' | 'updated' | 'date'; date: PartialDate }> {
  const out: Array<{ label: 'published' | 'updated' | 'date'; date: PartialDate }> = [];
  const marks = [...line.matchAll(LABEL_RE)];
  marks.forEach((m, i) => {
    const start = m.index! + m[0].length;
    const end = marks[i + 1]?.index ?? line.length;
    const date = parseDate(line.slice(start, end));
    if (!date) return;
    out.push({ label: labelMeaning(m[1]!), date });
  });
  return out;
}

// "Source: Xinhua| 2024-01-05 16:20:31|Editor: huaxia": one segment is only a date.
const DATE_ONLY_RE = /^[\d\s:/.,-]+(?:[AP]\.?M\.?)?(?:\s*(?:GMT|UTC|CST|HKT|BJT)(?:[+-]\d+)?)?$/i;

function segmentDates(line: string): Array<{ label: 'date'; date: PartialDate }> {
  return metaSegments(line)
    .filter((seg) => DATE_ONLY_RE.test(seg.trim()) || isDateLine(seg.trim()))
    .map((seg) => parseDate(seg))
    .filter((d): d is PartialDate => d !== null)
    .map((date) => ({ label: 'date' as const, date }));
}

export function readPublished(raw: RawSeed, clean: CleanResult, warnings: string[]): Found<PartialDate | null> {
  const fm = raw.frontMatter.published;
  if (fm !== undefined) {
    const date = parseDate(fm);
    if (date) return { value: date, from: 'front-matter' };
    warnings.push(`front matter published "${String(fm)}" is not a date; it was ignored`);
  }
  const pagePublished = clean.pageMeta?.published ? parseDate(clean.pageMeta.published) : null;
  if (pagePublished) return { value: pagePublished, from: 'text' };

  const widget = weatherWidgetLines(clean);
  const metaLines = clean.metaLines.filter((l) => !widget.has(l));
  const labelled = headlineFirst(clean, metaLines).flatMap((line) => [...labelledDates(line), ...segmentDates(line)]);
  const pick = labelled.find((d) => d.label === 'published') ?? labelled.find((d) => d.label === 'date');
  if (pick) return { value: pick.date, from: 'text' };
  // A line that is nothing but a date, in the head of the article.
  for (const line of headlineFirst(
    clean,
    linesWith(clean, ['published-line']).filter((l) => !widget.has(l)),
  )) {
    if (/\bago\b|^(time)?(just now|yesterday|today)$/i.test(line)) continue;
    const date = parseDate(line);
    if (date) return { value: date, from: 'text' };
  }
  const urlDate = dateFromUrl(raw.url);
  const updated = labelled.find((d) => d.label === 'updated');
  // "Last Updated: 07/27/2016" on an archived story whose address says /2000/4/: an update comes after the story was
  // published, and the address was made when it was, so the earlier date of the address is the publication's.
  if (updated && !(urlDate && urlDate.date < updated.date.date.slice(0, urlDate.date.length))) return { value: updated.date, from: 'text' };

  const dateline = clean.paragraphs[0] ? parseDateline(clean.paragraphs[0]) : null;
  if (dateline?.month && dateline.day) {
    if (dateline.year) {
      const date = makeDate(dateline.year, dateline.month, dateline.day);
      if (date) return { value: date, from: 'text' };
    }
    const mmdd = `-${String(dateline.month).padStart(2, '0')}-${String(dateline.day).padStart(2, '0')}`;
    if (urlDate?.precision === 'day' && urlDate.date.endsWith(mmdd)) return { value: urlDate, from: 'url' };
    warnings.push(`the dateline "${dateline.text}" gives a day but no year; publication date left empty`);
    return NONE(null);
  }
  const today = statedToday(clean.paragraphs.slice(0, 3));
  if (today) return { value: today, from: 'text' };
  // The desk's credit closes the story; the lines after it are taken out with it, so its own stamp is the first.
  const stamped = rocStampDate(clean.paragraphs.at(-1) ?? '') ?? linesWith(clean, ['desk-credit']).map(rocStampDate).find(Boolean);
  if (stamped) return { value: stamped, from: 'text' };
  if (urlDate) return { value: urlDate, from: 'url' };
  return NONE(null);
}

// "31 °c", "-4°F": a weather widget's temperature, on a line of its own.
const TEMPERATURE_RE = /^-?\d{1,3}(?:\.\d)?\s*°\s*[CcFf]?$/;
/** The widget's place and date stand within this many lines under its temperature. */
const WIDGET_LINES = 3;

/**
 * "31 °c" over "Columbus" over "Friday, July 4, 2025": a weather widget shows today's weather, place and date, the
 * day the page was read, not the day the story was published. The lines under a temperature, in page order.
 */
function weatherWidgetLines(clean: CleanResult): Set<string> {
  const widget = new Set<string>();
  clean.removed.forEach((r, i) => {
    if (!TEMPERATURE_RE.test(r.text.trim())) return;
    for (const next of clean.removed.slice(i + 1, i + 1 + WIDGET_LINES)) widget.add(next.text);
  });
  return widget;
}

// "The woman appeared in court today (4 August, 2025)": a press release says which day it was issued.
const TODAY_DATE_RE = /\btoday\s*\(([^()]{6,30})\)/i;

/** The day a paragraph at the head of the story says is today, or null. */
function statedToday(paragraphs: string[]): PartialDate | null {
  for (const p of paragraphs) {
    const stated = TODAY_DATE_RE.exec(p);
    const date = stated ? parseDate(stated[1]!) : null;
    if (date?.precision === 'day') return date;
  }
  return null;
}

// "標題:美華裔男子承認擔任中國代理人 在紐約運作祕密警察局": a reposting site's citation block states the title.
const TITLE_LABEL_RE = new RegExp(`^${alternation(TITLE_LABELS)}\\s*[:：]\\s*(\\S.{3,150})$`, 'u');

function readTitle(raw: RawSeed, clean: CleanResult, headline: TitleAndSite | null): Found<string> {
  if (raw.frontMatter.title) return { value: raw.frontMatter.title, from: 'front-matter' };
  if (headline) return { value: headline.title, from: 'text' };
  const pageTitle = clean.pageMeta?.title?.split(/\s+[|–—-]\s+/)[0]?.trim();
  if (pageTitle) return { value: pageTitle, from: 'text' };
  const labelled = clean.removed.map((r) => TITLE_LABEL_RE.exec(r.text)?.[1]).find(Boolean);
  if (labelled) return { value: labelled, from: 'text' };
  const first = clean.paragraphs[0];
  if (first) {
    const sentence = /^.{10,140}?[.!?。！？](?=\s|$)/.exec(first)?.[0] ?? first.slice(0, 100);
    return { value: sentence, from: 'text' };
  }
  return { value: raw.seed.replace(/^.*\//, ''), from: 'none' };
}

export function readMetadata(raw: RawSeed, clean: CleanResult): Metadata {
  const warnings: string[] = [];
  // The headline and a site's name after it ("Headline | Harbour Watch"), read once for the title and the outlet.
  const headline = clean.headline ? titleAndSite(clean.headline, raw.url, pageLines(clean)) : null;
  const title = readTitle(raw, clean, headline);
  const outlet = readOutlet(raw, clean, headline);
  const byline = readByline(raw, clean);
  const published = readPublished(raw, clean, warnings);
  const language: Found<string> = raw.frontMatter.language
    ? { value: raw.frontMatter.language, from: 'front-matter' }
    : { value: isCjkText(clean.paragraphs.join('\n')) ? 'zh' : 'en', from: 'text' };
  if (published.value && published.from !== 'front-matter') {
    warnings.push(...checkWeekdays(clean.paragraphs.slice(0, 2).join('\n'), published.value));
  }
  return {
    title: title.value,
    outlet: outlet.value,
    byline: byline.value,
    published: published.value,
    language: language.value,
    provenance: { title: title.from, outlet: outlet.from, byline: byline.from, published: published.from, language: language.from },
    warnings,
  };
}
