/**
 * Stage 2, clean: raw page text -> body paragraphs plus what was removed and why.
 *
 * A page reads top to bottom as: masthead and navigation, the headline, the
 * head of the article (section label, byline, date, photo and caption), the
 * body (with subheadings, captions, video teasers and ads dropped in), then
 * the tail (sign-off, author bio) and page furniture (related stories,
 * comments, app promotions) to the end. Every paragraph of the body is kept;
 * everything else is removed with a reason. Lines the metadata stage needs
 * (dates, bylines, masthead, sign-off) are passed on in `metaLines`.
 */

import type { RemovedLine } from '../../model/schema.ts';
import type { CleanResult } from '../../model/types.ts';
import { ABBREVIATION_END_RE } from '../../vocab/abbreviations.ts';
import { OTHER_CREDIT_RE } from '../../vocab/bylines.ts';
import { PICTURE_WORDS } from '../../vocab/image-credits.ts';
import { AUTHOR_BIO_NOUNS } from '../../vocab/job-titles.ts';
import { alternation } from '../../vocab/regex.ts';
import { SHARED_STORY_WORDS } from '../../vocab/stop-words.ts';
import { isZhMasthead, opensWithZhFiling, outletByName, outletsIn } from '../metadata/outlets.ts';
import { AGREEING_SLUG, SLUG_WORDS_TO_JUDGE, type Slug, slugAgreement, slugOfUrl, spellsSlug } from '../metadata/url-slug.ts';
import type { RawSeed } from '../read/read.ts';
import { bylineName, cjkCount, endsSentence, isCjkText, isListItem, isNameLike, isSubstantial, isTitleLike, key, wordCount } from '../text-shape.ts';
import { type LineKind, lineKind } from './boilerplate.ts';
import { toUnits, type Unit } from './lines.ts';
import { prepare } from './prepare.ts';
import { dropCreditedCaptions, dropStrayLines } from './prose-runs.ts';

interface Decision {
  /** null: a body paragraph. */
  reason: string | null;
  meta?: boolean;
}

// "Sixth Tone is a digital publication covering China." closing a page.
function isAboutOutlet(text: string): boolean {
  const hit = outletsIn(text)[0];
  return !!hit && hit.index === 0 && /^\s*(is|was)\s+(a|an|the|your)\b/i.test(text.slice(hit.alias.length)) && wordCount(text) <= 40;
}

const FIRST_PERSON_RE = /\b(I|I'm|I’m|I've|I’ve|my|me)\b/;
const BIO_RE = new RegExp(
  "^(?:[\\p{Lu}][\\p{L}'’.-]+\\s){1,4}(?:covers|reports on|reports from|writes about)\\s|" +
    `^(?:[\\p{Lu}][\\p{L}'’.-]+\\s){1,4}(?:is|was|has been|covers|writes)\\s+(?:(?:an?|the)\\s+)?(?:[\\p{L}-]+\\s){0,6}?${alternation(AUTHOR_BIO_NOUNS)}\\b|` +
    '^the (author|writer)s? (is|are)\\b|^(contact|follow|email) (the )?(author|reporter|writer|us|him|her)\\b',
  'iu',
);

function isAuthorBio(text: string): boolean {
  return BIO_RE.test(text) && wordCount(text) <= 80;
}

const CUT_WORD_RE = /\s(?:the|a|an|of|to|in|on|for|with|by|from|that|and|or)$/i;

/** Prose that stops mid-sentence: a clause comma, or mostly lower-case words (headings are in title case). */
function isCutProse(text: string): boolean {
  // "Tags: China, espionage", "Contact the writer at": labels and prompts, not sentences.
  if (endsSentence(text) || /[:：]/.test(text)) return false;
  // "Under the": no heading ends on an article or a preposition.
  if (CUT_WORD_RE.test(text)) return true;
  if (wordCount(text) < 5) return false;
  if (/[,，、]/.test(text)) return true;
  const words = text.split(/\s+/);
  return words.slice(1).filter((w) => /^\p{Ll}/u.test(w)).length >= (words.length - 1) / 2;
}

/** "手机人民网 国际", "BBC News World": the site's name (an outlet's, perhaps with its edition) and a section label. */
function isMastheadWithSection(t: string): boolean {
  const [site, ...sections] = t.split(/\s+/);
  if (sections.length === 0 || sections.length > 2 || sections.some((w) => w.length > 6)) return false;
  const hit = outletsIn(site!)[0];
  return !!hit && hit.index + hit.alias.length === site!.length;
}

/** A line with the article's own furniture (byline, date, photo) within the next `within` lines. */
function headsFurniture(kinds: Array<LineKind | null>, i: number, within: number): boolean {
  return kinds.slice(i + 1, i + 1 + within).some((k) => k && HEAD_FURNITURE.has(k.reason));
}

/** "China bans exports of gallium, germanium, antimony to U.S." above its date line: a headline ending on an abbreviation. */
function isAbbreviatedHeadline(units: Unit[], kinds: Array<LineKind | null>, i: number): boolean {
  const t = units[i]!.text;
  return ABBREVIATION_END_RE.test(t) && isTitleLike(t.slice(0, -1)) && headsFurniture(kinds, i, 3);
}

/**
 * "男子拿国家机密做业绩 国防专利泄密案在宁宣判" right above "2016-08-07 09:18:36 本文来源:...": a line that reads like a
 * headline with the article's date line or byline under it is the headline, however long it runs.
 */
function isHeadlineOverDate(units: Unit[], kinds: Array<LineKind | null>, i: number): boolean {
  return isTitleLike(units[i]!.text) && headsFurniture(kinds, i, 1);
}

function findHeadline(units: Unit[], kinds: Array<LineKind | null>, hint: string | null, cjk: boolean, slug: Slug | null): number {
  if (hint) {
    const want = key(hint);
    const at = units.findIndex((u) => key(u.text) === want);
    if (at >= 0) return at;
  }
  let firstBody = units.findIndex(
    (u, i) => !kinds[i] && isSubstantial(u.text) && !isAbbreviatedHeadline(units, kinds, i) && !isHeadlineOverDate(units, kinds, i),
  );
  if (firstBody < 0) firstBody = units.length;
  const candidates: number[] = [];
  for (let i = 0; i < firstBody; i++) {
    const t = units[i]!.text;
    // Headlines may ask or exclaim: "Is China winning the rare earths race?"
    const asks = /[?!？！]["'”’]?$/.test(t) && wordCount(t) <= 16 && !/^[a-z]/.test(t);
    if (
      kinds[i] ||
      outletByName(t) ||
      isZhMasthead(t) ||
      isMastheadWithSection(t) ||
      !(isTitleLike(t) || asks || isAbbreviatedHeadline(units, kinds, i)) ||
      isNameLike(t)
    )
      continue;
    // The headline is in the article's language; a site slogan often is not.
    const long = cjk ? cjkCount(t) >= 6 : wordCount(t) >= 4 && cjkCount(t) === 0;
    if (long) candidates.push(i);
  }
  const bySlug = slugHeadline(units, kinds, candidates, firstBody, slug);
  if (bySlug.rescued !== null) return bySlug.rescued;
  if (candidates.length === 0) {
    const short = shortHeadline(units, kinds, firstBody);
    if (short >= 0) return short;
  }
  if (candidates.length === 0 && firstBody === 0 && isTeaserAbove(units, kinds)) return 1;
  // The headline is repeated (title bar, then article header) or heads the
  // article's own furniture (byline, date, photo); a tagline sits among menu
  // items. Highest score wins, the earliest on a tie.
  const score = (i: number): number => {
    const next = units.slice(i + 1, i + 9).map((u, n) => ({ u, kind: kinds[i + 1 + n] }));
    let s = 0;
    if (candidates.some((j) => j > i && key(units[j]!.text) === key(units[i]!.text))) s += 2;
    if (next.some((n) => n.kind && HEAD_FURNITURE.has(n.kind.reason))) s += 2;
    // The headline sits right above its standfirst and byline; a trending link above the menu is farther away.
    if (next.slice(0, 3).some((n) => n.kind && HEAD_FURNITURE.has(n.kind.reason))) s += 1;
    if (next.slice(0, 2).filter((n) => !n.kind && wordCount(n.u.text) <= 2).length === 2) s -= 3;
    // A picture's description printed above the headline: its caption follows it, and it says what the picture shows.
    if (next[0]?.kind?.reason === 'caption') s -= 1;
    if (PICTURE_WORDS_RE.test(units[i]!.text)) s -= 1;
    // A site's tagline sits right under its name: "茉莉花新闻网" over "中華青年思想與行動的聚合地".
    const above = units[i - 1]?.text ?? '';
    if (isZhMasthead(above) || (wordCount(above) <= 6 && outletByName(above))) s -= 1;
    if (bySlug.agreeing.has(i)) s += 4;
    return s;
  };
  let best = -1;
  for (const i of candidates) if (best < 0 || score(i) > score(best)) best = i;
  return best < 0 ? best : (labelledRepeat(units, best) ?? best);
}

// "正在阅读:以案说法|…", "Now reading: …": a short label and a colon before the headline in the page's title bar.
const TITLE_BAR_LABEL_RE = /^([^:：\s]{1,8}|\p{L}+(?: \p{L}+){0,2})\s*[:：]\s*(\S.{5,})$/u;
/** How far under the title bar the article's own headline stands. */
const REPEAT_WITHIN = 5;

/**
 * The headline repeated under a title bar that put a label before it ("正在阅读:X" over "X"): the article's own
 * line, without the label; null when the line is not so repeated.
 */
function labelledRepeat(units: Unit[], i: number): number | null {
  const rest = TITLE_BAR_LABEL_RE.exec(units[i]!.text)?.[2];
  if (!rest) return null;
  const want = key(rest);
  const at = units.slice(i + 1, i + 1 + REPEAT_WITHIN).findIndex((u) => key(u.text) === want);
  return at < 0 ? null : i + 1 + at;
}

/**
 * What the address says of the headline. `agreeing`: the candidates that share the most of the slug's words,
 * when they share most of them (a related story's headline shares fewer). `rescued`: a line the shape rules
 * passed over ("Atomic Spies": too short to look like a headline; one that ends in a full stop) that the address
 * spells, taken when no candidate agrees with it; lines of furniture and long paragraphs are not headlines.
 */
function slugHeadline(
  units: Unit[],
  kinds: Array<LineKind | null>,
  candidates: number[],
  firstBody: number,
  slug: Slug | null,
): { agreeing: Set<number>; rescued: number | null } {
  const agreeing = new Set<number>();
  if (!slug) return { agreeing, rescued: null };
  if (slug.words.length >= SLUG_WORDS_TO_JUDGE) {
    const share = candidates.map((i) => slugAgreement(units[i]!.text, slug));
    const most = Math.max(0, ...share);
    if (most >= AGREEING_SLUG) candidates.forEach((i, n) => share[n] === most && agreeing.add(i));
  }
  if (agreeing.size > 0) return { agreeing, rescued: null };
  const end = Math.min(units.length, firstBody + 1);
  for (let i = 0; i < end; i++) {
    const t = units[i]!.text;
    if (kinds[i] || wordCount(t) > 2 * slug.words.length + 3) continue;
    const spelled = slug.last && spellsSlug(t, slug);
    if (spelled || (slug.words.length >= SLUG_WORDS_TO_JUDGE && slugAgreement(t, slug) >= RESCUING_SLUG)) return { agreeing, rescued: i };
  }
  return { agreeing, rescued: null };
}

/**
 * "Atomic Spies" right above "By Ana Lopez" or "March 4, 2025": on a page with no longer headline, a short line
 * in title case that heads the article's byline or date line is its headline (a name is a byline, not a title).
 */
function shortHeadline(units: Unit[], kinds: Array<LineKind | null>, firstBody: number): number {
  for (let i = 0; i < firstBody; i++) {
    const t = units[i]!.text;
    const words = t.split(/\s+/);
    const titleCase = words.every((w) => /^[\p{Lu}\d]/u.test(w) || SHORT_TITLE_LOWER.has(w));
    if (kinds[i] || words.length < 2 || words.length > 3 || !titleCase || !isTitleLike(t) || isNameLike(t) || outletByName(t)) continue;
    if (kinds[i + 1] && HEAD_FURNITURE.has(kinds[i + 1]!.reason) && kinds[i + 1]!.reason !== 'caption') return i;
  }
  return -1;
}

/** Short words a title-case headline keeps in lower case: "Spies of the Cold War". */
const SHORT_TITLE_LOWER = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'by', 'with']);

/** A line the shape rules passed over must say nearly all of the slug to be taken for the headline. */
const RESCUING_SLUG = 0.8;

const HEAD_FURNITURE = new Set(['byline', 'published-line', 'caption']);
const PICTURE_WORDS_RE = new RegExp(`\\b${alternation(PICTURE_WORDS)}\\b`, 'i');

/**
 * "A Dresden court has begun the trial of Jian G., ..." over "Germany: Espionage Trial of AfD-Linked Suspects
 * Opens in Dresden": the page opens with a teaser of the story, then the headline in title case, then the story,
 * which names what the teaser named.
 */
function isTeaserAbove(units: Unit[], kinds: Array<LineKind | null>): boolean {
  const [teaser, head, lead] = units;
  if (!teaser || !head || !lead || kinds[1] || kinds[2] || !isTitleLike(head.text) || !isSubstantial(lead.text)) return false;
  const words = head.text.split(/\s+/).filter((w) => /^\p{L}{4,}/u.test(w));
  if (words.length < 4 || words.filter((w) => /^\p{Lu}/u.test(w)).length < 0.7 * words.length) return false;
  const story = new Set(units.slice(2, 6).flatMap((u) => namesFrom(u.text)));
  return namesFrom(teaser.text).some((n) => story.has(n));
}

/** The headline names this person: "Regina Ip-lau" in "Lawmaker Regina Ip Lau to monitor...", letters only. */
function namedIn(name: string, headlineKey: string | null): boolean {
  const letters = (s: string) => s.toLowerCase().replace(/[^\p{L}]/gu, '');
  return !!headlineKey && letters(headlineKey).includes(letters(name));
}

/** The distinctive capitalised words of a paragraph ("Gao", "Lisa", "Dongguan"), lowercased. */
function namesFrom(text: string): string[] {
  return [...text.matchAll(/(?<![\p{L}'’])\p{Lu}[\p{Ll}-]{2,}/gu)].map((m) => m[0].toLowerCase()).filter((w) => !SHARED_STORY_WORDS.has(w));
}

export function cleanArticle(raw: RawSeed): CleanResult {
  const prep = prepare(raw);
  const cjk = raw.frontMatter.language ? /^zh/i.test(raw.frontMatter.language) : isCjkText(prep.text);
  const units = toUnits(prep.text, cjk);
  const kinds = units.map((u) => lineKind(u.text));
  const hint = raw.frontMatter.title ?? prep.pageMeta?.headline ?? null;
  const headIdx = findHeadline(units, kinds, hint, cjk, slugOfUrl(raw.url));
  const headline = headIdx >= 0 ? units[headIdx]!.text : hint;

  // A teaser above the headline summarises the story, as a standfirst would: it stays with the story.
  const teaser = headIdx === 1 && isTeaserAbove(units, kinds);
  const decisions = judgeUnits(units, kinds, headIdx, headline ? key(headline) : null, teaser);
  if (cjk) dropCaptionsAboveFiling(decisions, units);
  reviewTail(decisions, units);
  dropStrayLines(decisions, units);
  dropCreditedCaptions(decisions, units);
  return { ...collect(decisions, units, prep.removed), headline, pageMeta: prep.pageMeta };
}

/**
 * What each line of the page is, in reading order: furniture before the
 * headline, the headline, boxes that swallow the lines after them, bylines,
 * headings, and the story (reason null).
 */
function judgeUnits(units: Unit[], kinds: Array<LineKind | null>, headIdx: number, headlineKey: string | null, teaser = false): Decision[] {
  const decisions: Decision[] = [];
  const seen = new Map<string, number>();
  let bodyStarted = false;
  let swallowing: string | null = null;
  let swallowFrom = -1;
  let videoMode = false;
  let lastByline = -1;
  // The story's names, read only when a related box inside it needs them (most pages have none).
  const bodyTexts: string[] = [];
  const bodyNames = new Set<string>();
  let namesRead = 0;
  const sharesName = (text: string) => {
    for (; namesRead < bodyTexts.length; namesRead++) for (const n of namesFrom(bodyTexts[namesRead]!)) bodyNames.add(n);
    return namesFrom(text).some((n) => bodyNames.has(n));
  };

  units.forEach((unit, i) => {
    const t = unit.text;
    const k = key(t);
    const kind = kinds[i];
    const decide = (d: Decision) => {
      decisions.push(d);
      if (!seen.has(k)) seen.set(k, i);
    };
    if (i < headIdx && !(teaser && i === 0)) return decide({ reason: kind?.reason ?? 'navigation', meta: true });
    if (i === headIdx || k === headlineKey) return decide({ reason: 'headline' });
    // A related-stories box does not always run to the end of the page. Under the headline ("Most Read
    // from Bloomberg") it holds headlines only: anything else (a byline, the first paragraph) ends it.
    // Inside the article ("RELATED COVERAGE", two headlines) it ends where the story resumes: a paragraph
    // after a blank line that names someone or something the story named before the box.
    if (swallowing === 'related' && !bodyStarted && (kind || !isTitleLike(t) || bylineName(t))) swallowing = null;
    // A box opens with headlines; "Read more" followed at once by a paragraph of prose is a button.
    if (swallowing === 'related' && i === swallowFrom + 1 && !kind && isSubstantial(t)) swallowing = null;
    if (swallowing === 'related' && !kind && unit.blankBefore && isSubstantial(t) && sharesName(t)) swallowing = null;
    if (swallowing && !kind?.block) {
      const own = kind && ['comments', 'promo', 'copy-protection', 'advertisement', 'copyright'].includes(kind.reason) ? kind.reason : swallowing;
      return decide({ reason: own });
    }
    if (kind) {
      if (kind.block && (bodyStarted || kind.reason === 'related')) {
        swallowing = kind.reason;
        swallowFrom = i;
      }
      if (kind.reason === 'video') videoMode = true;
      // "Source: United States Department of Justice News" credits no author: a speech in the first person follows it.
      if (kind.reason === 'byline' && !OTHER_CREDIT_RE.test(t)) lastByline = i;
      return decide({ reason: kind.reason, meta: kind.meta });
    }
    // Counted once: the tests below ask for it up to four times.
    const words = wordCount(t);
    // A line that is only an outlet's name is a masthead or a sign-off.
    if ((words <= 6 && outletByName(t)) || isZhMasthead(t)) return decide({ reason: 'sign-off', meta: true });
    const earlier = seen.get(k);
    if (earlier !== undefined) {
      const was = decisions[earlier]?.reason;
      return decide({ reason: was && was !== 'section-heading' ? was : 'duplicate' });
    }
    // A byline, also after a standfirst that read like body text when the date line follows it. A name the
    // headline gives ("Regina Ip-lau" under "Lawmaker Regina Ip Lau to monitor...") is the story's subject, not its writer.
    // A list follows its heading ("Key Takeaways", then "- A national was charged..."), never a writer's name.
    const named = isListItem(units[i + 1]?.text ?? '') ? null : bylineName(t);
    if (named && !namedIn(named, headlineKey) && (!bodyStarted || kinds.slice(i + 1, i + 4).some((k) => k?.reason === 'published-line'))) {
      lastByline = i;
      return decide({ reason: 'byline', meta: true });
    }
    if (!bodyStarted && lastByline >= 0 && FIRST_PERSON_RE.test(t) && words <= 80) return decide({ reason: 'author-bio' });
    // An item of a list inside the story is the story ("➡️ A compensation offer far above market"), not a heading;
    // so is "The ministry's statement said:" introducing the quotation under it.
    if (isTitleLike(t) && !(bodyStarted && isListItem(t)) && !introducesQuote(t, units[i + 1]?.text))
      return decide({ reason: videoMode ? 'video' : 'section-heading' });
    // "Police officers are guarding the courthouse in Anhui province, China." over "Photo: Chinese networks":
    // before the story, a short line right above a picture's credit is the picture's caption. Inside the story it
    // must also say it shows a picture ("Kao is pictured in an undated photograph." over "Photo: screen grab…"):
    // a picture without a caption has its credit right under a paragraph of the story.
    if (words <= 25 && (!bodyStarted || PICTURE_WORDS_RE.test(t)) && isCreditOnly(units[i + 1]?.text, kinds[i + 1])) return decide({ reason: 'caption' });
    if (isPictureText(t, words, k, units[i + 1], kinds[i + 1])) return decide({ reason: 'caption' });
    if (isCutTeaser(t, units, i)) return decide({ reason: 'duplicate' });
    if (!bodyStarted && !endsSentence(t) && GLUED_TITLES_RE.test(t)) return decide({ reason: 'related' });
    bodyStarted = true;
    videoMode = false;
    bodyTexts.push(t);
    return decide({ reason: null });
  });

  return decisions;
}

/**
 * "- South Korean president says will lift martial law", "- US watching developments in South Korea...": the
 * story's last lines are a list of other stories' headlines, three or more, none a sentence, when the paragraph
 * before them does not introduce a list. Marked as a related-stories box.
 */
function dropHeadlineList(decisions: Decision[], units: Unit[]): void {
  let start = decisions.length;
  while (start > 0 && decisions[start - 1]!.reason !== null && decisions[start - 1]!.reason !== 'headline') start--;
  const end = start;
  while (start > 0 && decisions[start - 1]!.reason === null && isHeadlineItem(units[start - 1]!.text)) start--;
  const before = units[start - 1]?.text ?? '';
  if (end - start < 3 || start === 0 || decisions[start - 1]!.reason !== null || /[:：]$/.test(before)) return;
  for (let i = start; i < end; i++) decisions[i] = { reason: 'related' };
}

function isHeadlineItem(text: string): boolean {
  const item = text.replace(/^[-•·▪*–]\s+/, '');
  return item !== text && isTitleLike(item) && wordCount(item) >= 4;
}

// "Trump signs defence bill restricting investment in Chinese tech, military firmsChina reportedly sticking to its
// soybean deal": links to other stories above the story, their titles run together where one ends and the next
// begins, a word in lower case glued to a capitalised one. No sentence ends in it.
const GLUED_TITLES_RE = /(?:^|\s)\p{Ll}{2,}\p{Lu}\p{Ll}{2,}/u;

/** How far into the story its filing credit may stand, below the pictures' captions. */
const FILING_WITHIN = 3;
/** A caption is a line; a paragraph of the story above the credit would be a standfirst, and longer. */
const CAPTION_CHARS = 60;

/**
 * "《無聲》十七日上映,吸引大量觀眾觀影。" above "東海新聞網2025年3月4日訊(記者…)": a Chinese story begins with its filing
 * credit, so the short lines kept above it are the captions of its pictures.
 */
function dropCaptionsAboveFiling(decisions: Decision[], units: Unit[]): void {
  const body = decisions.flatMap((d, i) => (d.reason === null ? [i] : [])).slice(0, FILING_WITHIN);
  const filing = body.findIndex((i) => opensWithZhFiling(units[i]!.text));
  for (const i of body.slice(0, Math.max(filing, 0))) if (cjkCount(units[i]!.text) <= CAPTION_CHARS) decisions[i] = { reason: 'caption' };
}

/** Second thoughts once the whole page is judged: what follows the story, and headings that head nothing. */
function reviewTail(decisions: Decision[], units: Unit[]): void {
  dropHeadlineList(decisions, units);
  // The tail: an author bio after the last paragraph is not body.
  for (let i = decisions.length - 1; i >= 0; i--) {
    const reason = decisions[i]!.reason;
    // A bio cut off by the scrape ("Ana Lopez is an award-winning journalist who has spent more than 30 y") ends no
    // sentence, and was judged a heading or a fragment.
    if (reason === 'section-heading' || reason === 'fragment') {
      if (isAuthorBio(units[i]!.text)) decisions[i] = { reason: 'author-bio', meta: true };
      continue;
    }
    if (reason !== null) continue;
    if (isAuthorBio(units[i]!.text)) decisions[i] = { reason: 'author-bio', meta: true };
    else if (isAboutOutlet(units[i]!.text)) decisions[i] = { reason: 'sign-off', meta: true };
    else break;
  }
  // A name on its own under the last paragraph signs the article ("Tran Minh Chau").
  const lastBody = decisions.map((d) => d.reason).lastIndexOf(null);
  const signed = lastBody >= 0 ? decisions.findIndex((d, i) => i > lastBody && d.reason !== 'advertisement') : -1;
  // ("— Renato Lai, Staff Writer")
  if (signed > 0 && ['section-heading', 'fragment'].includes(decisions[signed]!.reason ?? '') && bylineName(units[signed]!.text.replace(/^[—–-]\s*/, '')))
    decisions[signed] = { reason: 'byline', meta: true };
  // A heading heads body text; a title-like line that does not is a stray fragment (alt text, a label).
  decisions.forEach((d, i) => {
    if (d.reason !== 'section-heading') return;
    const next = decisions.slice(i + 1).findIndex((n) => n.reason !== 'section-heading');
    if (next < 0 || decisions[i + 1 + next]!.reason !== null) d.reason = 'fragment';
  });
  // A page saved or quoted only in part ends mid-sentence ("Over the course of 18 months, Wei sent the off"):
  // the last line of the story is the story, cut off, not a stray heading; so is a feed's only line of the story.
  const last = decisions.findLastIndex((d) => d.reason === 'fragment' || d.reason === null);
  // A picture's caption or a "READ MORE" teaser dropped between the story's paragraphs does not end the story.
  let before = last - 1;
  while (before > 0 && INSET_REASONS.has(decisions[before]!.reason ?? '')) before--;
  const follows = last > 0 && (decisions[before]?.reason === null || !decisions.some((d) => d.reason === null));
  if (follows && decisions[last]!.reason === 'fragment' && isCutProse(units[last]!.text)) decisions[last] = { reason: null };
}

/** What a page sets between two paragraphs of the story without ending it. */
const INSET_REASONS = new Set(['caption', 'related', 'advertisement']);

/** "The ministry's statement said:" (words in lower case, a colon) above a line that opens a quotation. */
function introducesQuote(line: string, next: string | undefined): boolean {
  return line.endsWith(':') && /\s\p{Ll}/u.test(line) && !!next && /^["“「『‘]/u.test(next);
}

// "Photo: Chinese networks", "PHOTO: REUTERS", "Image courtesy of: NASA": a picture's credit and nothing else.
const CREDIT_ONLY_RE = /^(?:file )?(?:photo|image|picture|pic|illustration|credit)s?\s*(?:by|via|courtesy of)?\s*[:：]\s*\S.{0,50}$/i;

/**
 * "中菲黃岩島衝突,中方船隻(右)向菲方船隻(左)射水炮。" printed twice, "A wooden judge's hammer sitting on a table." over
 * the same words with "Photo by ..." after them: a picture's description, then its caption. A story does not say a
 * short paragraph twice in a row.
 */
function isPictureText(text: string, words: number, k: string, next: Unit | undefined, nextKind: LineKind | null | undefined): boolean {
  if (!next || !k || words > 60 || cjkCount(text) > 120) return false;
  const nextKey = key(next.text);
  return nextKey === k || (nextKind?.reason === 'caption' && nextKey.startsWith(k));
}

/**
 * "NEW YORK (AP) — A former aide to two New York governors went on trial Wednesday on charges she sold…" above the
 * story that opens with the same words: a teaser cut off with an ellipsis, repeating the lead.
 */
function isCutTeaser(text: string, units: Unit[], i: number): boolean {
  if (!/(?:…|\.\.\.)$/.test(text)) return false;
  const stem = key(text.replace(/(?:…|\.\.\.)$/, ''));
  return stem.length >= 20 && units.slice(i + 1, i + 4).some((u) => key(u.text).startsWith(stem));
}

function isCreditOnly(line: string | undefined, kind: LineKind | null | undefined): boolean {
  return !!line && kind?.reason === 'caption' && CREDIT_ONLY_RE.test(line);
}

/** The story's paragraphs, and every other line with its reason. */
function collect(decisions: Decision[], units: Unit[], prepared: RemovedLine[]): Omit<CleanResult, 'headline' | 'pageMeta'> {
  const paragraphs: string[] = [];
  const removed: RemovedLine[] = [...prepared];
  const metaLines: string[] = [];
  const sections: Array<{ heading: string; paragraph: number }> = [];
  decisions.forEach((d, i) => {
    const text = units[i]!.text;
    if (d.reason === null) {
      paragraphs.push(text);
      return;
    }
    removed.push({ text, reason: d.reason });
    if (d.meta) metaLines.push(text);
    if (d.reason === 'section-heading') sections.push({ heading: text, paragraph: paragraphs.length });
  });
  return { paragraphs, removed, metaLines, sections };
}
