/**
 * The vocabulary of news-page furniture: what a single line looks like when it
 * is a caption, a byline, a widget, a promotion... Each rule names the reason
 * the line is removed. These are phrases typical of news sites in general;
 * none is specific to one page.
 */

import { memoByText } from '../../util/collections.ts';
import { BROADCAST_HANDOFFS, CJK_CREDIT_PREFIXES, CREDIT_PREFIX_PATTERN, ZH_EDITOR_WORDS } from '../../vocab/bylines.ts';
import { MONTH_PATTERN, WEEKDAY_PATTERN } from '../../vocab/calendar.ts';
import { BARE_DATE_LABELS, DATE_LABEL_PATTERN } from '../../vocab/date-labels.ts';
import {
  CAPTION_MARKS,
  CJK_IMAGE_CREDITS,
  CJK_PICTURE_MARKERS,
  CJK_PICTURE_ONLY_CREDITS,
  CJK_PICTURE_SUPPLIERS,
  PICTURE_POSITIONS,
} from '../../vocab/image-credits.ts';
import {
  BREADCRUMB_LABELS,
  BROWSER_NOTICES,
  CAPTION_LABELS,
  COMMENT_BOX_NOTICES,
  COPY_SOURCE_NOTES,
  JAVASCRIPT_NOTICES,
  SIMILAR_STORY_HEADINGS,
  SOURCE_POINTER_OPENINGS,
  SOURCE_POINTER_TARGETS,
  TIP_THANKS,
  WAIT_NOTICES,
  ZH_LINK_PROMPTS,
} from '../../vocab/page-furniture.ts';
import { alternation } from '../../vocab/regex.ts';
import { SHARE_TARGETS } from '../../vocab/share-targets.ts';
import { findDates } from '../metadata/dates.ts';
import { withoutPinyinGlosses, ZH_CREDIT_LINE_RE } from '../metadata/zh-credits.ts';
import { cjkCount, endsSentence, isNameLike, wordCount } from '../text-shape.ts';

export type LineReason =
  | 'markup'
  | 'advertisement'
  | 'copy-protection'
  | 'copyright'
  | 'comments'
  | 'related'
  | 'promo'
  | 'navigation'
  | 'section-label'
  | 'published-line'
  | 'byline'
  | 'caption'
  | 'video'
  | 'share'
  | 'consent'
  | 'correction'
  // "(With inputs from agencies.)": where the copy came from, said at its end.
  | 'source-note'
  // "(編輯:王小明/李大同)1131219": the desk that edited the copy, and the day it was filed.
  | 'desk-credit';

export interface LineKind {
  reason: LineReason;
  /** The metadata stage should see this line (dates, bylines, copyright). */
  meta?: boolean;
  /** The line opens a block (related list, comments) that runs to the end of the page. */
  block?: boolean;
  /** Furniture at any length (a consent notice, a donation appeal); most widgets are a few words. */
  anyLength?: boolean;
}

/** "(編輯:王小明/李大同)1131219": the desk editors a Chinese wire story credits at its close, and the day it was filed. */
export const DESK_CREDIT = `[（(【]\\s*${alternation(ZH_EDITOR_WORDS)}\\s*[:：][^（()）【】]{1,40}[）)】]\\s*\\d{0,7}`;

const BYLINE_RE = new RegExp(`^\\(?(${CREDIT_PREFIX_PATTERN})(?![\\w-])\\s*[:：]?\\s*([\\p{Lu}\\p{Lo}].{0,120})$`, 'iu');
// Whole words only: "By Marcus Feld" is a byline although "Mar" is a month.
const MONTH_OR_TIME = new RegExp(`^(?:(?:${MONTH_PATTERN}|${WEEKDAY_PATTERN}|the|this|that|then|now|early|late|mid)\\b\\.?|\\d)`, 'i');

/** "By March 2024, the ministry..." opens a sentence; "By Zhang Wei | China Daily" is a byline. */
function isByline(t: string): boolean {
  const m = BYLINE_RE.exec(t);
  if (!m || broadcastHandoff(t)) return false;
  if (MONTH_OR_TIME.test(m[2]!)) return false;
  return !endsSentence(t) || wordCount(t) <= 8;
}

const HANDOFF_RE = new RegExp(
  `^(?:our\\s+|(?:\\p{Lu}[\\p{L}]+\\s+){0,2})?(?:reporter|correspondent)\\s+((?:\\p{Lu}[\\p{L}'’.-]*\\s+){1,3}?\\p{Lu}[\\p{L}'’-]*)\\s+${alternation(BROADCAST_HANDOFFS)}\\.?$`,
  'iu',
);

/** The reporter an anchor hands over to ("Reporter Ko Min-joo has the story."), or null. */
export function broadcastHandoff(line: string): string | null {
  return HANDOFF_RE.exec(line)?.[1] ?? null;
}

// What may stand beside the date on a publication line: a time, a time zone, "at", the reading time.
const CJK_CAPTION_CREDIT_RE = new RegExp(`[（(][^（()）]{0,12}${alternation(CJK_IMAGE_CREDITS)}[^（()）]{0,6}[）)]\\s*$`, 'u');

// "…提起上訴。（資料照）", "…偷拍設備。(示意圖/翻攝Pixabay)": a credit only a picture carries, closing the line.
// "…當日到庭應訊。（本報特約記者Thomas攝）": "taken by" closing the brackets follows the photographer's name and title, however long.
const CJK_PICTURE_ONLY_CREDIT_RE = new RegExp(
  `[。！？!?）)」\\s][（(](?:[^（()）]{0,12}${alternation(CJK_PICTURE_ONLY_CREDITS)}[^（()）]{0,16}|[^（()）]{1,24}[攝摄])[）)]\\s*$`,
  'u',
);

// "全案在臺中高分院審理中。圖/聯合報系資料照片": a caption ending in "picture: its source".
const CJK_PICTURE_CREDIT_RE = /[。\s](?:圖|图)\s*[/／]\s*[^/／\s]{2,16}$/u;

// "(读者提供/中央社)", "（記者王小明攝／新華社）": who supplied or took the picture, then the agency.
const CJK_SUPPLIED_PICTURE_RE = new RegExp(`[（(][^（()）]{0,12}${alternation(CJK_PICTURE_SUPPLIERS)}\\s*[/／][^（()）/／]{1,10}[）)]\\s*$`, 'u');
const CJK_PICTURE_MARKER_RE = new RegExp(alternation(CJK_PICTURE_MARKERS), 'u');

const JAVASCRIPT_NOTICE_RE = new RegExp(alternation(JAVASCRIPT_NOTICES), 'i');

const LABELLED_PICTURE_CREDIT_RE = /(?:^|[\s.,;)])(?:image|photo|picture|photograph)\s+credits?\s*[:：]\s*\S[^.!?]{0,60}\.?$/i;

// Only a tag or a verb of posting before the time: "He was arrested 10 days ago" is a sentence.
const RELATIVE_TIME_END_RE =
  /^(?:(?:posted\s+)?in\s+#[\p{L}\d_-]+|posted|updated|published|edited|shared)\s*(?:by\s+\S+\s+)?\d+\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago$/iu;

/** A caption under a mark runs a line or two; a longer paragraph after one is the story's. */
const CAPTION_MARK_HAN = 80;

// "...法院示意圖。(中央社)": a line that says it describes a picture, then its credit in brackets.
const CJK_DESCRIBED_PICTURE_RE = new RegExp(`^.{0,80}${alternation(CJK_PICTURE_MARKERS)}.{0,40}[（(][^（()）]{1,15}[）)]\\s*$`, 'u');

// "Sumaira FH Published January 26, 2023": a date label with a capital inside a line opens its date.
const CAPITAL_DATE_LABELS = BARE_DATE_LABELS.map((l) => l[0]!.toUpperCase() + l.slice(1));

const META_SEPARATOR_RE = new RegExp(
  `\\s*[|｜]\\s*|\\s+[•–—-]\\s+|(?<=\\S)\\s*(?=${alternation(CJK_CREDIT_PREFIXES)}\\s*[:：])|\\s+(?=(?:19|20)\\d{2}(?:-\\d{1,2}-|\\s*年))|\\s+(?=${alternation(CAPITAL_DATE_LABELS)}\\s)`,
  'u',
);

const BESIDE_DATE_RE =
  /^(?:[\s,.·•–—/-]|\b[Aa]t\b|\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*[AaPp]\.?[Mm]\b\.?)?|\d{1,2}\s*[AaPp]\.?[Mm]\b\.?|\b[AaPp]\.?[Mm]\b\.?|\b(?:GMT|UTC)(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?|\b[A-Z]{1,4}T\b|[+-]\d{2}:?\d{2}\b|\(\s*\)|\b\d+\s*-?\s*[Mm]in(?:ute)?s?\s+[Rr]ead\b|\d{1,2}\s*[时時]\s*\d{1,2}\s*分|星期[一二三四五六日天]|[周週][一二三四五六日]|\b[Pp]age\s*[A-Z]?\d{1,3}\b|\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b)*$/;

/**
 * The parts of a credit or date line: "By X | China Daily | Updated ...",
 * "来源:国家安全部 2024年11月04日 15:57作者:安平" (source, date, author run
 * together), "风轻云叶淡 2025-12-23 14:52:29" (a name and a timestamp).
 */
export function metaSegments(line: string): string[] {
  return line
    .split(META_SEPARATOR_RE)
    .map((s) => s.trim())
    .filter(Boolean);
}

// What may follow the date on a date line: its source ("| 来源：人民网", "2024-11-06 20:26 新华网"), its
// credits ("／記者..."), a later revision ("2025年04月12日 11:13 最後更新:04月13日 09:54").
const DATE_LINE_PARTS_RE = new RegExp(
  `\\s*[|｜／]\\s*|\\s+\\/\\s+|\\s+(?=(?:来源|來源|[Ss]ource|${DATE_LABEL_PATTERN})\\s*[:：])|\\s+(?=\\p{Script=Han}+[／/])|(?<=\\d)\\s+(?=\\p{Script=Han}{2,10}\\s*$)`,
  'iu',
);

/** "环球时报·2025-07-25 06:50": the source the copy came from, a middle dot, the date. */
export const SOURCE_BEFORE_DATE_RE = /^\p{Script=Han}{2,10}\s*[·•]\s*(?=(?:19|20)\d{2}[-/年])/u;

/**
 * "21 October 2025", "Dec. 3, 2025", "Wed, November 12, 2025 at 2:41 PM GMT+8 3 min read",
 * "2025年04月15日07:45 | 来源：人民网": a line (or its first segment) that states one
 * day and nothing else but a time. Relative times ("2 hours ago") are not dates.
 */
export function isDateLine(t: string): boolean {
  // "环球时报·2025-07-25 06:50": the source, a middle dot, then the date.
  // "• 2025-06-26 04:36 PM": a bullet the page sets before its date.
  const first = t
    .replace(/^[•▪►●]\s*/u, '')
    .split(DATE_LINE_PARTS_RE)[0]!
    .replace(SOURCE_BEFORE_DATE_RE, '');
  // Most lines are prose: a cheap test before looking for dates.
  if (first.length > 120 || !/\d/.test(first) || wordCount(first) > 16) return false;
  const dates = findDates(first);
  if (dates.length !== 1 || dates[0]!.precision !== 'day') return false;
  const d = dates[0]!;
  return BESIDE_DATE_RE.test(`${first.slice(0, d.index)} ${first.slice(d.index + d.text.length)}`);
}

/** One phrase three times or more, run together with no space: picture titles, never prose. */
function isRepeatedTitle(t: string): boolean {
  if (t.length < 30 || t.length > 2000 || endsSentence(t)) return false;
  const m = /(\p{Lu}[^\n]{5,60}?)\1{2,}/u.exec(t);
  return !!m && m[0].length >= t.length / 2;
}

const LABELLED_DATE_RE = new RegExp(`^${DATE_LABEL_PATTERN}\\s*(?:on|at)?\\s*[:：]?\\s*`, 'i');
const TIME_RE = /^\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?$/;
// "Sumaira FH": a writer who signs with a given name and the initials of the rest.
const NAME_WITH_INITIALS_RE = /^[A-Z][\p{Ll}'’-]+(?:\s+[A-Z][\p{Ll}'’-]+)?\s+[A-Z]{1,3}$/u;

/** A date, or a date after its label: "April 3, 2025", "Published January 26, 2023". */
function isStatedDate(part: string): boolean {
  return isDateLine(part) || (LABELLED_DATE_RE.test(part) && isDateLine(part.replace(LABELLED_DATE_RE, '')));
}

/**
 * The writer's name on a line that is only a name and its date: "Valentina Ruiz | 2025-11-04T10:51:00Z",
 * "风轻云叶淡 2025-12-23 14:52:29", "Sumaira FH Published January 26, 2023 | 06:00 AM"; otherwise null.
 */
export function nameBeforeDate(line: string): string | null {
  const [name, ...rest] = metaSegments(line);
  // A line of separators alone ("| |") has no segments.
  if (name === undefined) return null;
  const named = isNameLike(name) || /^\p{Script=Han}{2,6}$/u.test(name) || NAME_WITH_INITIALS_RE.test(name);
  const dated = rest.length > 0 && rest.length <= 3 && rest.some(isStatedDate) && rest.every((p) => isStatedDate(p) || TIME_RE.test(p));
  return named && dated ? name : null;
}

const rules: Array<[RegExp | ((line: string) => boolean), LineKind]> = [
  // Cookie and consent banners, which scrapers take from the top of the page.
  [
    /\bwe and our \d+ (?:partners|vendors)\b|\bstore and\/or access information on a device\b|\b(?:this|our) (?:web)?site uses cookies\b|^we use cookies\b|^by (?:clicking|continuing)\b.{0,80}\b(?:accept|agree|consent)/i,
    { reason: 'consent', anyLength: true },
  ],
  [
    /^(?:we value your privacy|we care about your privacy|your privacy(?: choices)?|privacy (?:settings|preferences|choices)|cookie (?:settings|preferences|consent|policy)|(?:accept|reject|allow|deny|decline|refuse)(?: all)?(?: cookies)?|manage (?:preferences|cookies|options|settings|consent|choices)|(?:i )?(?:accept|agree)(?: and close)?|more options)$/i,
    { reason: 'consent' },
  ],

  // Leftover markup: an image, an empty link, a lone tag, a horizontal rule.
  [/^!\[[^\]]*\]\([^)]*\)$/, { reason: 'markup' }],
  [/^<[^>]+>$/, { reason: 'markup' }],
  [/^[-*_=~·•]{3,}$/, { reason: 'markup' }],
  [/^\[\d+\]:\s*\S+$/, { reason: 'markup' }],
  [/^(logo|image|icon|placeholder|thumbnail|\(?image\)?|img)$/i, { reason: 'markup' }],

  [
    /^[-–—\s]*(advertisement|advertising|sponsored( content)?|ad|ads by \w+|scroll to continue( with content)?|story continues below( advertisement)?|广告|廣告)[-–—\s]*(spot_img)*$/i,
    { reason: 'advertisement' },
  ],
  [/spot_img/, { reason: 'advertisement' }],
  [/content is protected|right[- ]click (is )?disabled|copying (is )?(not allowed|prohibited)/i, { reason: 'copy-protection' }],
  [/^(copyright\s*)?(©|\(c\))\s*\d{4}|^copyright\b.{0,80}$|all rights reserved|版權所有|版权所有/i, { reason: 'copyright', meta: true }],

  // Blocks that run to the end of the page once the article has started.
  [
    /^(\d+\s+)?comments?(\s*\(\d+\))?:?$|^(leave|post|add|write) a (comment|reply)|^no comments yet|^be the first to comment|^join the (conversation|discussion)|^show comments|^view comments|^discussion about this (post|article|story)$|^comments\s*restacks$|^(?:热门|熱門|最新|全部|网友|網友)?(?:评论|評論|留言)(?:\s*[(（]\d+[)）])?$/i,
    { reason: 'comments', block: true },
  ],
  [
    /^(related( articles?| news| stories| story| topics| content| coverage| reading| posts| videos| links)?|suggested (topics|reading|articles|stories)|read (next|more)|more to read|more (articles|stories|news|on this( story| topic)?|from [\w .]+|in [\w .]+)|you (may|might) (also )?(like|be interested in)|recommended( for you| stories| articles)?|latest( news| stories| articles| headlines)?|most (read|popular|viewed|shared)( (from|on|in) [\w .&]+)?|trending( now| stories)?|top stories|editor'?s picks|further reading|see also|also (read|see)|what to read next|up next|keep reading|相關新聞|相关新闻|相關文章|相关文章|相關閱讀|相关阅读|延伸閱讀|延伸阅读|推薦閱讀|推荐阅读|熱門新聞|热门新闻|最新新聞|最新新闻|相關專題|相关专题|相关推荐|相關推薦|熱門|热门|最新影片|熱門影片)\s*[:：]?$|^[【[](?:相關閱讀|相关阅读|延伸閱讀|延伸阅读|相關新聞|相关新闻|推薦閱讀|推荐阅读)[】\]]$/i,
    { reason: 'related', block: true },
  ],
  // A "more" tab heading a numbered list of other stories: "1. 更多" over "1. 屠龍小隊案有陪審員告病假...".
  [/^\d{1,2}\.\s*(?:更多|更多新聞|更多新闻|more|more news)$/i, { reason: 'related', block: true }],
  // A single teaser inside the text: "Read more: ...", "ALSO READ | ...".
  [/^(read (more|also|next)|related|also read|see also|watch|watch this|video|listen|more)\s*[:|｜>»–—-]\s*\S/i, { reason: 'related' }],
  [new RegExp(`^${alternation(ZH_LINK_PROMPTS)}\\s*[:：]\\s*\\S`, 'u'), { reason: 'related' }],

  [/^why you can trust\b|^about (us|the author)$|^support (our|independent) journalism/i, { reason: 'promo', meta: true }],
  [/\b(download|get|install)\b.{0,40}\bapp\b|\bapp[- ]?store\b|\bgoogle play\b|play-store|\bdownload the app\b/i, { reason: 'promo' }],
  [
    /^(subscribe|sign up|register|log ?in|sign in)\b.{0,80}$|^(?:注册|註冊|登录|登錄|订阅|訂閱)\S{0,12}$|^(sign up|subscribe)\b.*\bnewsletter|\bnewsletters?\s*$|^get (started|the latest)|^try (our|it|now)\b|\bcan do for you\b|^follow us\b|^(click|tap) here\b|^(share|send) (your )?(tips|news tips)\b|^unlock\b|^already a subscriber|^start your free trial/i,
    { reason: 'promo' },
  ],

  [
    /^(share( this( article| story)?)?|share on \w+|print|email|e-mail|facebook|twitter|x|whatsapp|linkedin|weibo|wechat|telegram|reddit|copy link|copied|link copied!?|font size|a\+?\s*a-?|text size)\s*[:：]?$/i,
    { reason: 'share' },
  ],
  [
    /^(home|menu|search|search content|search results|content|title|keyword|keywords|tags?|topics?|sort by.*|new to old|old to new|newest|oldest|newest first|oldest first|relevance|relativity|most relevant|filter|back to top|back to (?:the )?(?:article|story)|skip to (main )?content|next|previous|next article|previous article|load more|show more|see more|view all|more|close|open|toggle navigation|main menu|breaking news|top|back|loading(?:\.{1,3}|…)?|標籤|标签|分享|首頁|首页|返回|上一篇|下一篇|返回頂部|返回顶部|搜索|搜尋|登錄|登录|更多)\s*[:：]?$/i,
    { reason: 'navigation' },
  ],
  // "Views expressed in this article are opinions of the author...", "Follow our WhatsApp channel".
  [
    /^views expressed in this (?:article|piece|story) are\b|^the views expressed (?:here|in this)\b|^follow (?:our|us on|\S+ on)\b.{0,40}\b(?:whatsapp|telegram|channel|instagram|facebook|twitter|tiktok|google news)\b/i,
    { reason: 'promo', anyLength: true },
  ],
  // Appeals for money: "Before you move on, I wanted to ask if you would consider supporting the Guardian’s journalism..."
  [
    /\b(?:would|will) (?:you )?consider (?:supporting|a contribution|donating)\b|\bsupport(?:ing)? (?:the [\p{L}'’-]+['’]s |our |independent |quality )?journalism\b|\bmake a (?:one-off |monthly |small |regular )?(?:contribution|donation)\b|\b(?:donation|contribution)s? to support (?:our|us)\b|\bfunded (?:through|by) (?:donations|contributions) from (?:our )?readers\b/iu,
    { reason: 'promo', anyLength: true },
  ],
  // "This is an AI-generated English rendering of original reporting...", "This article was machine-translated": a
  // note on how the text was made, not the story.
  [
    /^(?:disclaimer\s*[:：]\s*)?this (?:is an?|article|story|report|content|text|summary|translation)\b.{0,40}\b(?:ai|machine)[- ](?:generated|translated|translation|assisted|rendering)\b/i,
    { reason: 'promo', anyLength: true },
  ],
  // Comment rules above a comment section: it runs to the end of the page.
  [
    /^comments (?:are|will be) (?:moderated|reviewed)\b|^(?:please )?keep (?:your )?comments (?:civil|relevant)\b/i,
    { reason: 'comments', block: true, anyLength: true },
  ],
  // "Support press freedom & help us surpass 1,000 monthly Patrons", "Thanks for reading Ore & Order! Subscribe for free...",
  // "Join ST's WhatsApp Channel and get the latest news".
  [
    /\bhelp (?:us|safeguard|keep)\b.{0,80}\b(?:supporting|support|donat\w*|patrons?|free for all readers)\b|^thanks? (?:you )?for reading\b.{0,60}\b(?:subscribe|support)\b|^join (?:our|the|[\p{L}]+['’]s)\s.{0,40}\b(?:whatsapp|telegram|channel|newsletter|community|mailing list)\b/iu,
    { reason: 'promo', anyLength: true },
  ],
  [/^(?:[A-Z]{0,3}\$|€|£|¥)\s?\d+(?:[.,]\d+)?$/, { reason: 'promo' }],
  // Subscription pitches under a cut-off article: "Complete digital access to quality FT journalism".
  [
    /^complete digital access\b|\bover a million readers\b|^explore our (?:full range of )?subscriptions\b|^see why\b.{0,40}\b(?:readers|subscribers)\b/i,
    { reason: 'promo' },
  ],
  // A metered paywall: "You have 2 free articles remaining this month."
  [
    /^you have \d+ free (?:articles?|stories|reads?) (?:left|remaining)|^you(?:'ve| have) reached your (?:free )?(?:article |monthly )?limit|^this (?:article|story|content) is (?:only )?(?:for|available to) (?:subscribers|members)|^get (?:unlimited|full|digital|instant) access\b|^enjoying this (?:article|story)\?|\bsubscribe (?:now )?for (?:full|unlimited) access\b/i,
    { reason: 'promo' },
  ],
  // "Print option is available for subscribers only.": a feature behind the paywall.
  [/\bis (?:only )?available (?:only )?(?:to|for) (?:subscribers|members|premium members)(?: only)?\.?$/i, { reason: 'promo' }],
  // Fiction sites ask readers to bookmark them: "看後求收藏(奇妙書庫www.example.tw),接著再看更方便。"
  [/(?:求|请|請)收藏|收藏本站|[记記]住本站|本站[网網]址/, { reason: 'promo' }],
  // A gallery's picture titles run together: "Geely SUV prototypeGeely SUV prototypeGeely SUV prototype".
  [isRepeatedTitle, { reason: 'caption' }],
  // Newsletter boxes inside the article: "📩 Never miss a story. Get X in your inbox every morning."
  [
    /^\W*never miss (?:a|an|another) (?:story|thing|update|issue|beat)\b|\b(?:get|sign up|subscribe|delivered)\b.{0,60}\b(?:to|in) your inbox\b|^enter your e-?mail(?: address)?$/i,
    { reason: 'promo' },
  ],
  [
    /^\+?\s*follow$|^reading time\s*:?\s*\d+\s*min(ute)?s?$|^\d+\s*min(ute)?s? read$|^listen to (this )?(article|story)(\s*\d+:\d+)?$|opens new tab$|^our standards\b|^this (?:article|story) is more than \d+ (?:days?|weeks?|months?|years?) old$|^order reprints\b|^in this article:?$|^[+-]?\d+(?:\.\d+)?%$|^\^[A-Z]{2,6}$|^\d{1,2} of \d{1,2}$/i,
    { reason: 'navigation' },
  ],
  // Government sites' banner: "An official website of the United States government", "Here's how you know".
  [
    /^an official website of the\b|^here['’]s how you know$|^official websites use \.gov$|^secure \.gov websites use https$|^a \.gov website belongs to\b|^a lock \(|\bmeans you['’]ve safely connected to the \.gov website\b/i,
    { reason: 'navigation', anyLength: true },
  ],
  // "A version of this article appears in print on Nov. 13, 2025, Section A, Page 10..."
  [/^a version of this (?:article|story) appears? in print\b/i, { reason: 'navigation', anyLength: true }],
  [/^https?:\/\/\S+$|^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/, { reason: 'markup' }],
  // Share buttons flattened into a line: "icon-facebook icon-twitter icon-whatsapp", "Facebook Twitter Email".
  [new RegExp(`^(?:(?:icon-)?${alternation(SHARE_TARGETS)}(?:\\s+|$)){2,}$`, 'i'), { reason: 'share' }],
  // A page's address slug on a line of its own: "former-afd-aide-sentenced-for-spying-on-behalf-of-china".
  [/^[a-z0-9]+(?:-[a-z0-9]+){3,}$/, { reason: 'markup' }],
  [/^newsletters? may contain\b/i, { reason: 'promo' }],
  // "Contact the writer at li@example.com" (the address already taken out): how to reach the author.
  [/^(?:contact|email|e-mail|write to|reach) (?:the )?(?:writer|author|reporter|editor)s?\b/i, { reason: 'byline' }],
  // Page-view counters: "Visited 1 times, 1 visit(s) today", "人气: 888", "0 阅读:10".
  [
    /^(?:total |page )?(?:views|reads)\s*[:：]\s*[\d,]+$|^visited \d+ times?\b|\b\d+ visits?(?:\(s\))? today$|^(?:人气|人氣|阅读|閱讀|浏览|瀏覽)\s*[:：]?\s*\d+$|^\d+\s*(?:阅读|閱讀)\s*[:：]\s*\d+$/i,
    { reason: 'navigation' },
  ],
  // Page numbers of a list or gallery: "1. 2. 3. 4. 5.", "1 2 3 4 5 Next".
  [/^(?:\d{1,3}\.?\s+){3,}\d{1,3}\.?(?:\s+(?:next|下一页|下一頁|»|›))?$/i, { reason: 'navigation', anyLength: true }],
  // "Join our crew and become one of the 105,461 members that receive our newsletter."
  [/\b(?:members|readers|subscribers) (?:that|who) (?:receive|get|read) our newsletter\b/i, { reason: 'promo', anyLength: true }],
  // "為達最佳瀏覽效果，建議使用 Chrome、Firefox 或 Microsoft Edge 的瀏覽器。", "Best viewed in Chrome".
  [/最佳瀏覽效果|最佳浏览效果|建議使用.{0,40}瀏覽器|建议使用.{0,40}浏览器|^best viewed (?:in|with)\b/i, { reason: 'navigation', anyLength: true }],
  // "抱歉,我們並不支援你正使用的瀏覽器。", "Your browser is not supported.": a notice about the reader's browser.
  [new RegExp(alternation(BROWSER_NOTICES), 'i'), { reason: 'navigation' }],
  // "Please enable JavaScript": a notice to a browser that runs no scripts (asked only of lines naming JavaScript).
  [(t) => /javascript/i.test(t.slice(0, 200)) && JAVASCRIPT_NOTICE_RE.test(t), { reason: 'navigation' }],
  [new RegExp(alternation(COMMENT_BOX_NOTICES), 'i'), { reason: 'comments' }],
  // "volume_up", "bookmark_border": the name of an icon font's glyph, printed where the icon did not load.
  [/^[a-z]+(?:_[a-z]+)+$/, { reason: 'navigation' }],
  [new RegExp(`^\\(\\s*${alternation(TIP_THANKS)}\\b[^()]{0,40}\\)$`, 'i'), { reason: 'source-note' }],
  [
    new RegExp(`^${alternation(SOURCE_POINTER_OPENINGS)}\\b.{0,40}\\b${alternation(SOURCE_POINTER_TARGETS)}\\b[^.!?]{0,20}[.!]?$`, 'i'),
    { reason: 'source-note' },
  ],
  [new RegExp(`^${alternation(WAIT_NOTICES)}\\s*\\d{1,2}\\s*(?:sec(?:ond)?s?|秒)\\.{0,3}$`, 'i'), { reason: 'navigation' }],
  [new RegExp(`^${alternation(SIMILAR_STORY_HEADINGS)}\\s*[:：]`, 'i'), { reason: 'related', block: true }],
  [new RegExp(`^\\(?\\s*${alternation(COPY_SOURCE_NOTES)}\\s+(?:the\\s+)?[\\w ,&]{2,30}\\.?\\s*\\)?$`, 'i'), { reason: 'source-note' }],
  [new RegExp(`^${alternation(CAPTION_LABELS)}\\s*[:：]`, 'i'), { reason: 'caption' }],
  [new RegExp(`^${DESK_CREDIT}$`, 'u'), { reason: 'desk-credit', block: true }],
  // "如有問題,歡迎電郵至 help@example.com 查詢。", "Questions? Email us at help@example.com": how to reach the site.
  [/(?:電郵至|电邮至|聯絡|联系|聯繫|\b(?:email us|e-mail us|contact us|write to us)\b).{0,40}[\w.+-]+@[\w-]+(?:\.[\w-]+)+/i, { reason: 'navigation' }],
  // "National Bureau of Investigation Director Jaime Santiago (center), ...", "中方船隻(右)向菲方船隻(左)射水炮。": a
  // caption says where in the picture its people stand; a story does not.
  [new RegExp(`[(（](?:${alternation(PICTURE_POSITIONS)})[)）]`, 'iu'), { reason: 'caption' }],
  // "An earlier version of this article misstated...": a note on the article, not its story.
  [/^(?:an earlier version of this (?:article|story)|correction:|clarification:|editor['’]s note:)/i, { reason: 'correction', anyLength: true }],
  // A menu flattened onto one line: "Home | China | World | Business".
  [/^[^|｜:\d]{1,25}(\s*[|｜]\s*[^|｜:\d]{1,25}){2,}$/, { reason: 'navigation' }],
  // Breadcrumbs: "Home > World > Asia", "News » China", "人民网>>社会·法治", after their label: "当前位置: 首页 > 快讯 > 正文".
  [
    new RegExp(`^(?:${alternation(BREADCRUMB_LABELS)}\\s*[:：]?\\s*)?[\\p{L}&'·・ ]{1,25}(\\s*(?:-?[>»›]{1,2}|&gt;|→)\\s*[\\p{L}&'·・ ]{1,25}){1,5}$`, 'iu'),
    { reason: 'navigation' },
  ],
  // A Chinese menu row whose separators the scrape turned into spaces: "大陸 大陸焦點 特派現場". Headlines
  // spaced so run longer between the spaces.
  [/^\p{Script=Han}{1,4}(?:[ \u3000]+\p{Script=Han}{1,4}){2,6}$/u, { reason: 'navigation' }],
  // A menu run together without spaces: "新闻体育NBA娱乐财经股票汽车科技手机数码...". A headline this long has a
  // space or a punctuation mark somewhere.
  [/^[\p{Script=Han}A-Za-z0-9]{32,}$/u, { reason: 'navigation', anyLength: true }],
  // A commodity ticker: "Gold 3,121.40 +0.52% Copper 4.98 -0.31% ...".
  [/(?:[+-]\d+(?:\.\d+)?%.*){2,}/, { reason: 'navigation' }],
  // A breadcrumb whose separators the scrape lost: "首頁 要聞 焦點", "Home News World".
  [/^(?:首頁|首页|主頁|主页|home)(?:\s+[\p{L}&]{1,12}){1,4}$/iu, { reason: 'navigation' }],
  // A Chinese credit line, which a section label would otherwise claim: "记者孙曜樟/台北报导", "中國新聞組╱北京24日電".
  [ZH_CREDIT_LINE_RE, { reason: 'byline', meta: true }],
  // A Chinese section label: "兩岸 / 兩岸要聞".
  [/^\p{Script=Han}{1,6}(?:\s*[/／>|]\s*\p{Script=Han}{1,8}){1,3}$/u, { reason: 'section-label' }],
  // Section labels in capitals: "CHINA / SOCIETY", "WORLD | ASIA-PACIFIC".
  [/^[A-Z][A-Z&.'’ -]{1,30}(\s*[/|]\s*[A-Z][A-Z&.'’ -]{1,30}){1,4}$/, { reason: 'section-label' }],
  [/^[A-Z][\p{L}&-]*( [A-Z&][\p{L}&-]*){0,2}(\s+\/\s+[A-Z][\p{L}&-]*( [A-Z&][\p{L}&-]*){0,2}){1,3}$/u, { reason: 'section-label' }],

  // Publication lines, datelines on their own, relative times.
  // "Published: ...", and a label run into an ISO date without its colon: "date 2024-04-22".
  // "Update: the court adjourned" opens a live report's new paragraph; "Update:2012-12-24" labels a date.
  [
    new RegExp(`^[-–—•·]?\\s*(?!update\\s*[:：]\\s*[^\\d\\s])${DATE_LABEL_PATTERN}\\s*(on|at)?\\s*(?:[:：]|(?=(?:19|20)\\d{2}-\\d{2}))`, 'i'),
    { reason: 'published-line', meta: true },
  ],
  [new RegExp(`^${alternation(BARE_DATE_LABELS)}\\s+(on\\s+)?\\S`, 'i'), { reason: 'published-line', meta: true }],
  // "Valentina Ruiz | 2025-11-04T10:51:00Z", "Priya Raman | April 3, 2025 | 11:42 am", "风轻云叶淡 2025-12-23 14:52:29":
  // a byline and its date on one line.
  [(t) => nameBeforeDate(t) !== null, { reason: 'byline', meta: true }],
  // "12 Dec 2024", and a date after its label without a colon: "Last Update 12 Dec 2024".
  [isStatedDate, { reason: 'published-line', meta: true }],
  [
    /^(time)?(just now|an? (minute|hour|day|week|month|year) ago|\d+\s*(seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?) ago|yesterday|today)$|^\d+\s*(?:秒|分鐘|分钟|小時|小时|天|日)前$/i,
    { reason: 'published-line' },
  ],
  // "in #world 10 days ago", "posted 3 hours ago": a post's tag or verb, then how long ago it was posted.
  [(t) => t.endsWith(' ago') && RELATIVE_TIME_END_RE.test(t), { reason: 'published-line' }],

  // Bylines and credits.
  [isByline, { reason: 'byline', meta: true }],

  // Photo captions and credits, including a full caption sentence that ends in its credit.
  [
    /(^|[\s.,;()])([Pp]hoto(graph)?s?|PHOTOS?|[Ii]mages?|IMAGES?|[Pp]ictures?|[Pp]ic|[Gg]raphic|[Ii]llustration|[Ff]ile [Pp]hoto|[Pp]hoto [Cc]redit|[Cc]redit|CREDIT|[Vv]ideo|VIDEO|[Ss]creenshot)\s*(by|courtesy of)?\s*[:：/]\s*[\p{Lu}\p{Lo}][^.!?]{0,60}$/u,
    { reason: 'caption' },
  ],
  // "Melissa Hart gives a great performance. Image Credit: 20th Century Fox.": a picture's credit, labelled as one,
  // closing its caption; the studio or agency may start with a digit and the line with a full stop.
  [(t) => (t.includes('redit') || t.includes('REDIT')) && LABELLED_PICTURE_CREDIT_RE.test(t), { reason: 'caption' }],
  // "Photo: screen grab from the suspect's Facebook page": a short credit line, whatever case its words are in.
  [/^(?:file )?(?:photo|image|picture)s?\s*[:：]\s*\S.{0,60}$/i, { reason: 'caption' }],
  // "...Fort Hunter Liggett, California. Photo via US Navy": a caption that ends in its credit.
  [/(^|\s)([Pp]hoto|[Ii]mage|[Pp]icture|[Ii]llustration)s?\s+(by|via|courtesy of|from)\s+[\p{Lu}][^.!?]{0,50}$/u, { reason: 'caption' }],
  [/\((file\s+)?(photo|photos|image|picture|video|screenshot|graphic|illustration|handout|CFP|VCG|IC)(\s*[:/]?\s*[^)]{0,50})?\)\s*$/i, { reason: 'caption' }],
  [
    /\/\s*(Getty Images|AFP|Reuters|AP Photo|AP|Xinhua|VCG|IC|EPA|Bloomberg|Shutterstock|iStock|Imaginechina|CFP|China Daily|Global Times)\s*\)?$/,
    { reason: 'caption' },
  ],
  // "...escorted by six fighter jets. /Courtesy of Harbour News": a caption closed by a slash and the credit of its picture.
  [/\s\/\s?(?:[Cc]ourtesy of|[Pp]hoto by)\s+\p{Lu}[^.!?/]{0,40}$/u, { reason: 'caption' }],
  // "Photo: The headquarters of the police in Yokohama | KYODO": a caption that ends in its agency's credit.
  [
    /^(?:photo|image|picture)s?\s*:.{0,160}[|/]\s*(?:KYODO|JIJI|AP|AFP|REUTERS|Reuters|Xinhua|XINHUA|Getty Images|EPA|Bloomberg|VCG|IC|CNS|Yonhap|YONHAP|PTI|ANI)\s*$/i,
    { reason: 'caption' },
  ],
  [/^(圖|图|圖片|图片|資料圖片|资料图片|攝|摄|图源|圖源)\s*[:：／/]|[（(]\s*(資料)?(圖|图|圖片|图片|攝|摄)[^）)]{0,30}[）)]\s*$/, { reason: 'caption' }],
  // A short Chinese caption that ends in its credit: "圖為「艾塞克斯號」。（美聯社）", "…判處有期徒刑7年。(央視截圖)",
  // "(读者提供/中央社)". Prose paragraphs are longer, and credit their agency only at the very end of the story.
  [(t) => cjkCount(t) > 0 && cjkCount(t) <= 50 && CJK_CAPTION_CREDIT_RE.test(t), { reason: 'caption' }],
  // A picture's source after its caption, however long the caption: "…全案在臺中高分院審理中。圖/聯合報系資料照片",
  // "…並穿軍服合影。(读者提供/中央社)". Prose does not end by crediting a picture.
  [
    (t) => cjkCount(t) > 0 && cjkCount(t) <= 200 && (CJK_PICTURE_CREDIT_RE.test(t) || CJK_SUPPLIED_PICTURE_RE.test(t) || CJK_PICTURE_ONLY_CREDIT_RE.test(t)),
    { reason: 'caption' },
  ],
  // "法庭判決示意圖。本報繪製": a short line that says it is a picture.
  [(t) => cjkCount(t) > 0 && cjkCount(t) <= 24 && CJK_PICTURE_MARKER_RE.test(t) && !/[，,；;]/.test(t), { reason: 'caption' }],
  // "...是被告獲輕判的原因之一。法院示意圖。(中央社)", "圖為「艾塞克斯號」。（美聯社）": what the picture shows, then its agency.
  [CJK_DESCRIBED_PICTURE_RE, { reason: 'caption' }],
  // "▲專業試車手老王。": a mark pointing up at the picture opens its caption, credited or not; a caption is a line or two.
  [(t) => CAPTION_MARKS.includes(t[0] as (typeof CAPTION_MARKS)[number]) && cjkCount(t) <= CAPTION_MARK_HAN && wordCount(t) <= 40, { reason: 'caption' }],

  [/\[(photo|photos|image|images|video|graphic|picture)\b[^\]]{0,60}\]\s*$/i, { reason: 'caption' }],
  [/\bstock (?:image|photo|picture)\.?$/i, { reason: 'caption' }],
  [
    /\b(REUTERS|AFP|AP|EPA|XINHUA|ANADOLU|GETTY IMAGES|BLOOMBERG)\s*\/\s*[\p{Lu}][^/]{1,40}(\/File Photo)?\s*$|purchase licensing rights|^item \d+ of \d+\b|^\[\d+\s*\/\s*\d+\]/iu,
    { reason: 'caption' },
  ],
  // Video furniture: a running time on its own line, a transcript and its timed lines ("[00:06] The man is...").
  [/^(\d{1,2}:)?\d{1,2}:\d{2}$/, { reason: 'video' }],
  [/^(?:video )?transcript$|^\[\d{1,2}:\d{2}(?::\d{2})?\]\s/i, { reason: 'video', anyLength: true }],
];

// Widgets are a few words; a paragraph of prose is never one, however it starts.
const SHORT_ONLY = new Set<LineReason>(['advertisement', 'comments', 'related', 'promo', 'navigation', 'share', 'section-label', 'published-line', 'video']);

// Furniture repeats on every page of an outlet (in the 3,000-article bench corpus four lines in five had been
// seen before): each line is judged once. Callers only read the result.
/** What furniture a line is, or null when it could be article text. */
export const lineKind: (line: string) => LineKind | null = memoByText(judgeLine, 16384);

// "🕒 Last Update 12 Dec 2024", "↺ 返回 电子报 正體版": the glyph of an icon font or an emoji a page sets before its
// label or its menu says nothing; the words after it are what the line is. (Marks with a meaning stay: "©", "▲", "◎".)
const LEADING_ICON_RE = /^(?:[\u2190-\u21ff\u2300-\u23ff]|\p{Emoji_Presentation})\ufe0f?\s*/u;

function withoutLeadingIcon(t: string): string {
  // Most lines open with a letter, a digit or a Chinese character: a code point check before the expression.
  const c = t.codePointAt(0) ?? 0;
  return (c >= 0x2190 && c <= 0x23ff) || c >= 0x1f000 ? t.replace(LEADING_ICON_RE, '') : t;
}

function judgeLine(line: string): LineKind | null {
  // "相關(guān)新聞": a script converter's readings after the characters are not part of the words the rules know.
  const t = withoutLeadingIcon(withoutPinyinGlosses(line.trim()));
  if (!t) return { reason: 'markup' };
  const words = wordCount(t);
  for (const [test, kind] of rules) {
    if (SHORT_ONLY.has(kind.reason) && !kind.anyLength && words > 30) continue;
    if (kind.reason === 'copyright' && words > 30) continue;
    if (typeof test === 'function' ? test(t) : test.test(t)) return kind;
  }
  return null;
}
