/**
 * A deterministic synthetic corpus that looks like seeds/: scraped news pages
 * saved as text, with page furniture (section labels, repeated headlines,
 * photo captions, bylines with bios, video timestamps, "Related Articles"
 * blocks, app promotions, comments), several cases per article (case
 * headings, "In another case", a new actor per paragraph), dates, people,
 * organisations, places, materials, outcomes — and several outlets reporting
 * the same case in their own words, so linking has real work to do.
 *
 * Pure and deterministic: article i depends only on (seed, i), and case j only
 * on (seed, j), so the corpus of 100 articles is the first 100 files of the
 * corpus of 10,000. No I/O here; scripts/bench.ts writes the files.
 */

/** mulberry32: small, fast, good enough for test data; same numbers on every platform. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A seed for item `n` of stream `stream`, mixed so neighbours do not correlate. */
function mix(seed: number, stream: number, n: number): number {
  let h = (seed ^ Math.imul(stream, 0x9e3779b1) ^ Math.imul(n + 1, 0x85ebca6b)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d) >>> 0;
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

type Rand = () => number;
const pick = <T>(r: Rand, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
const int = (r: Rand, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));

const SURNAMES = [
  'Wang',
  'Li',
  'Zhang',
  'Liu',
  'Chen',
  'Yang',
  'Huang',
  'Zhao',
  'Wu',
  'Zhou',
  'Xu',
  'Sun',
  'Ma',
  'Zhu',
  'Hu',
  'Guo',
  'He',
  'Gao',
  'Lin',
  'Luo',
  'Zheng',
  'Liang',
  'Xie',
  'Song',
  'Tang',
  'Han',
  'Feng',
  'Deng',
  'Cao',
  'Peng',
  'Zeng',
  'Xiao',
  'Tian',
  'Dong',
  'Pan',
  'Yuan',
  'Cai',
  'Jiang',
  'Yu',
  'Du',
  'Ye',
  'Cheng',
  'Wei',
  'Su',
  'Lu',
  'Ding',
  'Ren',
  'Shen',
  'Yao',
  'Zhong',
  'Qi',
  'Jin',
  'Fan',
  'Fang',
  'Shi',
  'Tan',
  'Kong',
  'Bai',
  'Qin',
  'Hou',
];
const GIVEN = [
  'Jun',
  'Wei',
  'Fang',
  'Lei',
  'Min',
  'Jing',
  'Qiang',
  'Yan',
  'Hao',
  'Ping',
  'Bo',
  'Tao',
  'Ming',
  'Hua',
  'Gang',
  'Xin',
  'Yu',
  'Lin',
  'Peng',
  'Kai',
  'Rui',
  'Chao',
  'Dan',
  'Hong',
  'Jie',
  'Long',
  'Ning',
  'Quan',
  'Shan',
  'Ting',
  'Xiang',
  'Yong',
  'Zhen',
  'Bin',
  'Cheng',
  'Dong',
  'Feng',
  'Guang',
  'Hui',
  'Jian',
];
const PLACES = [
  'Shenyang',
  'Guangzhou',
  'Shenzhen',
  'Kunming',
  'Xiamen',
  'Chengdu',
  'Wuhan',
  'Nanjing',
  'Hangzhou',
  'Qingdao',
  'Dalian',
  'Harbin',
  "Xi'an",
  'Changsha',
  'Hefei',
  'Fuzhou',
  'Nanning',
  'Lanzhou',
  'Urumqi',
  'Hohhot',
  'Baotou',
  'Ganzhou',
  'Zhuhai',
  'Ningbo',
];
const PROVINCES = [
  'Liaoning Province',
  'Guangdong Province',
  'Yunnan Province',
  'Fujian Province',
  'Sichuan Province',
  'Hubei Province',
  'Jiangsu Province',
  'Zhejiang Province',
  'Shandong Province',
  'Jiangxi Province',
  'Inner Mongolia',
];
const MATERIALS = [
  'gallium',
  'germanium',
  'rare earths',
  'dysprosium',
  'terbium',
  'antimony',
  'graphite',
  'tungsten',
  'indium',
  'lithium',
  'molybdenum',
  'yttrium',
  'samarium',
  'neodymium',
  'bismuth',
  'superhard materials',
];
const ROLES = [
  { intro: 'a retired soldier', sector: 'military' },
  { intro: 'a technician at a military-industrial enterprise', sector: 'defence industry' },
  { intro: 'a former employee of a classified unit', sector: 'classified units' },
  { intro: 'a researcher at a state laboratory', sector: 'research' },
  { intro: 'an engineer at a mining company', sector: 'mining' },
  { intro: 'a manager at a metals trading firm', sector: 'strategic minerals' },
  { intro: 'a civil servant in a provincial department', sector: 'government' },
  { intro: 'a student at an aviation university', sector: 'aviation' },
  { intro: 'a worker at a telecommunications company', sector: 'telecommunications' },
  { intro: 'an agronomist at a seed company', sector: 'agriculture' },
];
const CHANNELS = [
  'met a foreign intelligence officer who posed as a manager of an online loan company',
  'was approached on a dating app by an attractive woman who asked for photos of nearby military sites',
  'answered a part-time job advert on a recruitment website that offered high pay for "industry research"',
  'joined a social media group where a stranger offered money for survey photographs',
  'was contacted by email by a "consulting firm" that wanted internal reports',
  'was offered a crowdsourcing task that paid for pictures of the harbour',
  'was asked by a foreign client to carry a bottle of the metal in carry-on luggage',
  'shipped the material by post under fake labels, declaring it as nickel powder',
];
const OUTCOMES = [
  (n: string) =>
    `${n} was sentenced to ${int(rng(n.length * 7), 2, 12)} years in prison and deprived of political rights for ${int(rng(n.length * 3), 1, 4)} years.`,
  (n: string) => `National security officers arrested ${n} before the next meeting took place.`,
  (n: string) => `The MSS imposed administrative penalties on ${n} under the Anti-Espionage Law.`,
  (n: string) => `${n} reported the approach to the national security authorities through the 12339 hotline.`,
  (n: string) => `Customs officers intercepted the shipment and ${n} was detained for questioning.`,
  (n: string) => `The smuggling channel run by ${n} was cut off, the ministry said.`,
];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

interface Outlet {
  name: string;
  /** Lines before the headline. */
  top: string[];
  dateLine: boolean;
  byline: boolean;
  caption: boolean;
  related: boolean;
  promo: boolean;
  headings: boolean;
}
const OUTLETS: Outlet[] = [
  { name: 'Global Courier', top: ['CHINA / SOCIETY'], dateLine: true, byline: false, caption: true, related: true, promo: false, headings: false },
  { name: 'Daily Wire Asia', top: ['logo'], dateLine: false, byline: false, caption: false, related: true, promo: true, headings: false },
  {
    name: 'Harbour Post',
    top: ['點新聞', 'Through dots, we connect.', '標籤'],
    dateLine: false,
    byline: false,
    caption: true,
    related: true,
    promo: false,
    headings: true,
  },
  { name: 'RegTech Review', top: ['More Articles'], dateLine: false, byline: true, caption: false, related: false, promo: false, headings: true },
  { name: 'Mineral Markets Weekly', top: ['MARKETS | METALS'], dateLine: true, byline: true, caption: true, related: true, promo: true, headings: false },
  { name: 'The Asia Ledger', top: ['Menu', 'Search', 'Subscribe'], dateLine: true, byline: true, caption: false, related: true, promo: false, headings: true },
  {
    name: 'Security Affairs Daily',
    top: ['HOME > NATIONAL SECURITY'],
    dateLine: true,
    byline: false,
    caption: true,
    related: false,
    promo: true,
    headings: false,
  },
  { name: 'Pacific Wire', top: ['WORLD', 'Asia-Pacific'], dateLine: false, byline: true, caption: true, related: true, promo: false, headings: false },
];

export interface SyntheticCase {
  n: number;
  name: string;
  role: (typeof ROLES)[number];
  channel: string;
  material: string;
  place: string;
  province: string;
  year: number;
  month: number;
  day: number;
  outcome: number;
  amount: number;
}

/** Case j of the pool: who, what, where, when, how it ended. */
export function syntheticCase(seed: number, j: number): SyntheticCase {
  const r = rng(mix(seed, 1, j));
  // Full names from 60 x 40 x 40 combinations: blocks by name stay small at 10,000 articles.
  const name = `${pick(r, SURNAMES)} ${pick(r, GIVEN)}${pick(r, GIVEN).toLowerCase()}`;
  return {
    n: j,
    name,
    role: pick(r, ROLES),
    channel: pick(r, CHANNELS),
    material: pick(r, MATERIALS),
    place: pick(r, PLACES),
    province: pick(r, PROVINCES),
    year: int(r, 2016, 2024),
    month: int(r, 1, 12),
    day: int(r, 1, 28),
    outcome: int(r, 0, OUTCOMES.length - 1),
    amount: int(r, 2, 90) * 1000,
  };
}

function caseParagraphs(c: SyntheticCase, style: number, heading: string | null, opener: 'actor' | 'marker'): string[] {
  const surname = c.name.split(' ')[0]!;
  const when = style % 2 ? `In ${MONTHS[c.month - 1]} ${c.year}` : `On ${c.day} ${MONTHS[c.month - 1]} ${c.year}`;
  const out: string[] = [];
  if (heading) out.push(heading);
  const intro =
    opener === 'marker'
      ? `In another case, ${c.name}, ${c.role.intro} in ${c.place}, ${c.channel}.`
      : style % 3 === 0
        ? `${c.role.intro[0]!.toUpperCase()}${c.role.intro.slice(1)} named ${c.name} in ${c.place}, ${c.province}, ${c.channel}.`
        : `${c.name}, ${c.role.intro} in ${c.place}, ${c.channel}.`;
  out.push(intro);
  const middle = [
    `${when}, ${surname} agreed to provide information about ${c.material} exports in exchange for ${c.amount.toLocaleString('en-US')} yuan. Upon investigation, the MSS found that the buyer was a foreign intelligence agency.`,
    `${surname} later admitted that the contact had asked for details of ${c.material} processing and of sensitive sites near ${c.place}. ${when}, national security officers in ${c.province} opened a case.`,
    `According to the ministry, ${surname} was paid ${c.amount.toLocaleString('en-US')} yuan and tried to move ${c.material} out of the country through intermediaries. ${when}, the scheme was uncovered.`,
  ];
  out.push(middle[style % middle.length]!);
  out.push(OUTCOMES[c.outcome]!(surname));
  return out;
}

const BACKGROUND = [
  "The Ministry of State Security (MSS) said on its official WeChat account that foreign spy agencies have stepped up efforts to steal China's strategic resources and technology.",
  'Experts noted that the consistent unveiling of espionage cases serves to emphasize the country’s capabilities and determination in defending national security.',
  'The ministry reminded the public to be wary of low-interest loans, dating apps, high-paying part-time jobs and other channels used by spy networks.',
  'Export controls on critical minerals have been tightened since 2023, and the authorities say smuggling attempts have grown more inventive, including false declarations and transhipment through third countries.',
  'Anyone who discovers suspicious activity can report it through the 12339 hotline or the ministry’s website, the statement added.',
];
const RELATED = [
  '2 arrested in Hong Kong over laundering HK$1.15 billion in case involving stablecoins',
  'Typhoon brings heavy rain to southern coast, flights cancelled',
  'New CIA videos seek to lure Chinese officials to leak secrets to US',
  'Stock markets close higher as tech shares rally',
  'S. Korean president declares emergency martial law amid political turmoil',
  'Ten tips for travelling with children this summer',
];

export interface SyntheticArticle {
  /** File name, e.g. `00042_daily-wire-asia.txt`. */
  name: string;
  text: string;
  /** Pool indices of the cases it reports. */
  cases: number[];
  outlet: string;
}

/** How many cases the pool holds for a corpus of this size class: about 0.8 per article. */
const CASES_PER_ARTICLE = 0.8;

/**
 * Article i: one outlet's report of 1–4 cases from the pool near i, so that
 * 2–3 articles by different outlets report most cases.
 */
export function syntheticArticle(seed: number, i: number): SyntheticArticle {
  const r = rng(mix(seed, 2, i));
  const outletIndex = int(r, 0, OUTLETS.length - 1);
  const outlet = OUTLETS[outletIndex]!;
  const style = int(r, 0, 5);
  const count = pick(r, [1, 1, 2, 2, 3, 4]);
  const centre = Math.floor(i * CASES_PER_ARTICLE);
  const chosen = new Set<number>();
  while (chosen.size < count) chosen.add(Math.max(0, centre + int(r, -3, 3)));
  const cases = [...chosen].sort((a, b) => a - b).map((j) => syntheticCase(seed, j));
  const lead = cases[0]!;
  const headline =
    cases.length > 1
      ? `${pick(r, ["China's Ministry of State Security", 'National security agency', 'MSS'])} exposes ${cases.length} cases of ${lead.material} espionage`
      : `${lead.name.split(' ')[0]} case: ${pick(r, ['foreign spies sought', 'smuggling of', 'how agents targeted'])} ${lead.material} ${pick(r, ['in ' + lead.place, 'by post', 'through online loans', 'via a dating app'])}`;

  const lines: string[] = [...outlet.top, ''];
  lines.push(headline, '');
  if (r() < 0.5) lines.push(headline, '');
  if (outlet.dateLine) {
    const y = Math.max(...cases.map((c) => c.year)) + 1;
    const m = int(r, 1, 12);
    const d = int(r, 1, 28);
    lines.push(
      `Published: ${MON[m - 1]} ${String(d).padStart(2, '0')}, ${Math.min(y, 2025)} ${String(int(r, 1, 12)).padStart(2, '0')}:${String(int(r, 0, 59)).padStart(2, '0')} ${r() < 0.5 ? 'AM' : 'PM'}`,
    );
  }
  if (outlet.byline) {
    const author = `${pick(r, ['Anna', 'Tom', 'Priya', 'Kenji', 'Maria', 'Lukas'])} ${pick(r, ['Berg', 'Ivers', 'Desai', 'Mori', 'Costa', 'Hahn'])}`;
    lines.push(
      '',
      author,
      author,
      `${author.split(' ')[0]} covers trade, technology and security in Asia. Before joining ${outlet.name}, they reported from Singapore.`,
      '',
    );
  }
  if (outlet.caption) {
    const cap = `Officers at a checkpoint in ${lead.place}. Photo: VCG`;
    lines.push(cap, '', cap, '', '');
  }
  lines.push(pick(r, BACKGROUND), '');
  cases.forEach((c, k) => {
    const heading =
      outlet.headings && cases.length > 1 ? `Case ${k + 1}: ${c.role.intro.replace(/^an? /, '').replace(/^./, (s) => s.toUpperCase())} in ${c.place}` : null;
    const paras = caseParagraphs(c, style + outletIndex, heading, k > 0 && !heading && r() < 0.4 ? 'marker' : 'actor');
    for (const p of paras) lines.push(p, '');
    if (k === 0 && r() < 0.4) lines.push(`${String(int(r, 0, 9)).padStart(2, '0')}:${String(int(r, 10, 59))}`, pick(r, RELATED), pick(r, RELATED), '');
  });
  lines.push(pick(r, BACKGROUND), '');
  if (outlet.related) {
    lines.push('Related Articles', '');
    for (let k = 0; k < 3; k++) lines.push(pick(r, RELATED), outlet.name, `time${int(r, 1, 9)} hours ago`, '');
  }
  if (outlet.promo)
    lines.push(
      'Get Started Now: Download the App',
      `Ready to dive into a world of global content with local flavor? Download ${outlet.name} app today from your preferred app store and start exploring.`,
      'app-storeplay-store',
      '',
    );
  if (r() < 0.5) lines.push('Comments', 'No comments yet...', '');
  const slug = outlet.name.toLowerCase().replace(/[^a-z]+/g, '-');
  return { name: `${String(i).padStart(5, '0')}_${slug}.txt`, text: `${lines.join('\n')}\n`, cases: cases.map((c) => c.n), outlet: outlet.name };
}

export function* syntheticCorpus(size: number, seed = 8): Generator<SyntheticArticle> {
  for (let i = 0; i < size; i++) yield syntheticArticle(seed, i);
}

/** The edit the bench makes to test one-seed changes: a sentence appended to the last case paragraph. */
export function editArticle(text: string): string {
  const marker = '\nRelated Articles';
  const at = text.indexOf(marker);
  const note = 'The ministry added that the investigation is continuing.\n';
  return at < 0 ? `${text}${note}` : `${text.slice(0, at)}\n${note}${text.slice(at)}`;
}
