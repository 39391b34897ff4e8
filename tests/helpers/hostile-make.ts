/**
 * The hostile seed corpus: every way a seed can be wrong, strange or
 * malicious. Readable seeds are committed in ./seeds/; this script adds the
 * ones that are binary, in another encoding or too large to commit, and holds
 * the expected outcome of every file.
 *
 *   tsx tests/helpers/hostile-make.ts OUT_DIR [--huge]
 *
 * writes the whole corpus (committed + generated) to OUT_DIR. `--huge` adds
 * the 10 MB seed. Tests call `makeCorpus()` into a temp directory.
 */
import { copyFile, mkdir, readdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';

export const COMMITTED_DIR = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/hostile/seeds');

/**
 * What must happen to a seed: it becomes a page that shows `shows` literally
 * (and, when given, has exactly this `title`), or it is skipped with a reason
 * matching `reason`.
 */
export type Expectation = { outcome: 'page'; title?: string; shows: string[] } | { outcome: 'skip'; reason: RegExp };

/** Body paragraphs of a plain article about `place` (each seed its own: identical bodies are duplicates). */
const P1 = (place: string) =>
  `The ${place} ferry carried more passengers this summer than in any year since records began, the operator said on Thursday in its annual report.`;
const P2 = (place: string) =>
  `The ${place} operator plans to add a second boat next spring and to run it every half hour at peak times, a spokesperson told reporters at the pier.`;
const TITLE = (place: string) => `${place} ferry operator reports a record summer`;

/** A plain article about `place`, used by the encoding cases. */
function article(place: string, ...extra: string[]): string {
  return [TITLE(place), P1(place), P2(place), ...extra].join('\n\n') + '\n';
}

const SCRIPTS = 'The notice at the pier was printed in several scripts, 渡轮 and Ωμέγα and Привет and 🚢, so that every visitor could read the new timetable.';

const ZH_TITLE = '港口渡轮客流创历史新高';
const ZH_P1 = '港口渡轮运营方周四在年度报告中表示，今年夏天的乘客人数超过了有记录以来的任何一年。';
const ZH_P2 = '运营方计划明年春天增加第二艘渡轮，在高峰时段每半小时一班，一位发言人在码头对记者说。';
const zhArticle = `${ZH_TITLE}\n\n${ZH_P1}\n\n${ZH_P2}\n`;

// A 1x1 transparent PNG: a binary file someone saved with a .txt name.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

const LONG_TITLE = `Long title ${'very '.repeat(2000)}`.slice(0, 10_000);

function utf16(text: string, endian: 'le' | 'be', bom = true): Buffer {
  const le = Buffer.from(text, 'utf16le');
  const body = endian === 'le' ? le : Buffer.from(le).swap16();
  return Buffer.concat([bom ? Buffer.from(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]) : Buffer.alloc(0), body]);
}

/** The 10 MB seed: a real headline, then paragraph after paragraph of prose. */
export function hugeSeed(bytes = 10 * 1024 * 1024): Buffer {
  const head = `Port authority publishes ten years of ferry timetables in one file\n\n${P1('port')}\n\n`;
  const parts = [head];
  let size = head.length;
  // Every paragraph differs (cleaning drops repeated lines as page furniture).
  for (let i = 1; size < bytes; i++) {
    const para = `Timetable entry ${i}: the ferry left the pier at ${String(i % 24).padStart(2, '0')}:${String(i % 60).padStart(2, '0')} with ${i % 400} passengers on board, the operator said.\n\n`;
    parts.push(para);
    size += para.length;
  }
  return Buffer.from(parts.join('')).subarray(0, bytes);
}

interface Generated {
  file: string;
  bytes: () => Buffer;
  huge?: boolean;
}

const GENERATED: Generated[] = [
  { file: 'png-renamed.txt', bytes: () => PNG },
  { file: 'random-binary.txt', bytes: () => Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 7919 + 13) % 256)) },
  {
    file: 'invalid-utf8.txt',
    bytes: () => Buffer.concat([Buffer.from(article('Lagoon').slice(0, 120)), Buffer.from([0xc3, 0x28, 0xff, 0xfe, 0x80]), Buffer.from(P2('Lagoon'))]),
  },
  { file: 'utf8-bom.txt', bytes: () => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(article('Bodensee'))]) },
  { file: 'utf16le-bom.txt', bytes: () => utf16(article('Zürich', SCRIPTS), 'le') },
  { file: 'utf16be-bom.txt', bytes: () => utf16(article('Genève', SCRIPTS), 'be') },
  { file: 'utf16le-no-bom.txt', bytes: () => utf16(article('Basel'), 'le', false) },
  { file: 'gb18030.txt', bytes: () => iconv.encode(zhArticle, 'gb18030') },
  {
    file: 'big5.txt',
    bytes: () =>
      iconv.encode(
        '港口渡輪客流創歷史新高\n\n港口渡輪運營方週四在年度報告中表示，今年夏天的乘客人數超過了有記錄以來的任何一年。\n\n運營方計劃明年春天增加第二艘渡輪，在高峰時段每半小時一班，一位發言人在碼頭對記者說。\n',
        'big5',
      ),
  },
  { file: 'crlf.txt', bytes: () => Buffer.from(article('Lakeside').replace(/\n/g, '\r\n')) },
  { file: 'cr-only.txt', bytes: () => Buffer.from(article('Riverside').replace(/\n/g, '\r')) },
  { file: 'nul-bytes.txt', bytes: () => Buffer.from(article('Island').replace('summer than', 'summer\0 than').replace('second boat', 'second\0\0 boat')) },
  {
    file: 'control-chars.txt',
    bytes: () => Buffer.from(article('Canal').replace('operator said', 'operator\u0007\u001b[31m said').replace('spokesperson', 'spokes\u202eperson')),
  },
  { file: 'zero-width-only.txt', bytes: () => Buffer.from('\u200b\u200c\u200d\u2060\ufeff\n\u00a0\u3000\n') },
  { file: 'title-10000-chars.txt', bytes: () => Buffer.from(`---\ntitle: ${LONG_TITLE}\n---\n${article('Mountain')}`) },
  { file: "name with spaces & 'quotes' {x} <b>.txt", bytes: () => Buffer.from(article('Hilltop')) },
  { file: 'new\nline.txt', bytes: () => Buffer.from(article('Valley')) },
  { file: 'huge-10mb.txt', bytes: () => hugeSeed(), huge: true },
];

/** Expected outcome per file name (committed and generated). */
export const EXPECTED: Record<string, Expectation> = {
  // MDX/JSX syntax in article text: shown as text, never compiled.
  'mdx-syntax.txt': {
    outcome: 'page',
    title: 'Harbour authority publishes its annual report on shipping volumes',
    shows: [
      '{sic}',
      '<3.14 points',
      '{process.exit(1)}',
      "import fs from 'node:fs' is the first line",
      'export const volume = 42 was',
      '{/* a comment */}',
      '& <b> <i>',
    ],
  },
  // Markdown syntax in a .txt seed is text.
  'markdown-literal.txt': {
    outcome: 'page',
    title: 'Fishing cooperative explains the symbols printed on its new price list',
    shows: [
      '# This line starts with a hash',
      '* This line starts with an asterisk',
      '`backticks`',
      '**double asterisks**',
      '~~tildes~~',
      '$x^2$',
      'a backslash \\ before',
    ],
  },
  'title-dotdot.txt': { outcome: 'page', title: '../../../etc/passwd', shows: ['The regional library will stay open'] },
  'title-slashes.txt': { outcome: 'page', title: 'a/b\\c//d/../e? #f %2F', shows: ['The city council approved a new cycle lane'] },
  'title-chinese.txt': { outcome: 'page', title: '图书馆延长冬季开放时间', shows: ['市图书馆宣布，自十一月起'] },
  'title-emoji.txt': { outcome: 'page', title: '🐟🐠🐡🦈🐙', shows: ['The aquarium in the old harbour reopened'] },
  'title-10000-chars.txt': { outcome: 'page', title: LONG_TITLE.trim(), shows: [P1('Mountain')] },
  'looks-like-front-matter.txt': { outcome: 'page', shows: ['The ferry service between the island and the mainland'] },
  'broken-front-matter.txt': { outcome: 'skip', reason: /front matter.*(YAML|invalid)/i },
  'unknown-front-matter-key.txt': { outcome: 'skip', reason: /front matter.*author/i },
  'unclosed-front-matter.txt': { outcome: 'skip', reason: /front matter.*(clos|end)/i },
  'empty.txt': { outcome: 'skip', reason: /no text|empty/i },
  'whitespace-only.txt': { outcome: 'skip', reason: /no text|empty/i },
  'zero-width-only.txt': { outcome: 'skip', reason: /no text|empty/i },
  'duplicate-a.txt': { outcome: 'page', shows: ['The bakery chain opened its hundredth shop'] },
  'duplicate-b.txt': { outcome: 'skip', reason: /same article as .*duplicate-a\.txt/ },
  'hostile-page.html': {
    outcome: 'page',
    title: 'Weather service warns of heavy rain in the north',
    shows: ['<script>alert(3)</script>', '{ during the storm }', 'low-lying roads'],
  },
  'png-renamed.txt': { outcome: 'skip', reason: /PNG/ },
  'random-binary.txt': { outcome: 'skip', reason: /binary|not valid UTF-8/i },
  'invalid-utf8.txt': { outcome: 'skip', reason: /not valid UTF-8.*line 3/i },
  'utf8-bom.txt': { outcome: 'page', title: TITLE('Bodensee'), shows: [P1('Bodensee')] },
  'utf16le-bom.txt': { outcome: 'page', title: TITLE('Zürich'), shows: [P1('Zürich'), SCRIPTS] },
  'utf16be-bom.txt': { outcome: 'page', title: TITLE('Genève'), shows: [P1('Genève'), SCRIPTS] },
  'utf16le-no-bom.txt': { outcome: 'page', title: TITLE('Basel'), shows: [P1('Basel')] },
  'gb18030.txt': { outcome: 'page', title: ZH_TITLE, shows: [ZH_P1] },
  'big5.txt': { outcome: 'page', title: '港口渡輪客流創歷史新高', shows: ['港口渡輪運營方週四'] },
  'crlf.txt': { outcome: 'page', title: TITLE('Lakeside'), shows: [P1('Lakeside'), P2('Lakeside')] },
  'cr-only.txt': { outcome: 'page', title: TITLE('Riverside'), shows: [P1('Riverside'), P2('Riverside')] },
  'nul-bytes.txt': { outcome: 'page', title: TITLE('Island'), shows: [P1('Island'), P2('Island')] },
  'control-chars.txt': { outcome: 'page', title: TITLE('Canal'), shows: ['operator[31m said', 'spokes\u202eperson'] },
  "name with spaces & 'quotes' {x} <b>.txt": { outcome: 'page', title: TITLE('Hilltop'), shows: [P1('Hilltop')] },
  'new\nline.txt': { outcome: 'page', title: TITLE('Valley'), shows: [P1('Valley')] },
  'huge-10mb.txt': { outcome: 'skip', reason: /MB.*(split|trim|shorten)/i },
};

/** Write the corpus to `dir` (created); returns the file names written. */
export async function makeCorpus(dir: string, options: { huge?: boolean } = {}): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const names: string[] = [];
  for (const name of (await readdir(COMMITTED_DIR)).sort()) {
    await copyFile(join(COMMITTED_DIR, name), join(dir, name));
    names.push(name);
  }
  for (const g of GENERATED) {
    if (g.huge && !options.huge) continue;
    await writeFile(join(dir, g.file), g.bytes());
    names.push(g.file);
  }
  return names.sort();
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const out = process.argv[2];
  if (!out) {
    console.error('usage: tsx tests/helpers/hostile-make.ts OUT_DIR [--huge]');
    process.exit(2);
  }
  const names = await makeCorpus(out, { huge: process.argv.includes('--huge') });
  console.log(`hostile corpus: ${names.length} files in ${out}`);
}
