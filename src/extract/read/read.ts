/**
 * Stage 1, read: a seed file's bytes become a RawSeed — decoded text with
 * normalised line endings, the contributor's front matter (which always wins
 * over what the text says) and a source URL if the first line is one.
 */
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { decodeSeed } from './decode.ts';

export const SeedFrontMatter = z
  .object({
    url: z.string().url().optional(),
    outlet: z.string().min(1).optional(),
    published: z.union([z.string(), z.date()]).optional(),
    language: z.string().min(2).optional(),
    title: z.string().min(1).optional(),
    byline: z.string().min(1).optional(),
    curated: z.boolean().optional(),
  })
  .strict();
export type SeedFrontMatter = z.infer<typeof SeedFrontMatter>;

export type SeedFormat = 'txt' | 'md' | 'html';

export interface RawSeed {
  /** Path from the project root, forward slashes. */
  seed: string;
  format: SeedFormat;
  encoding: string;
  /** Body text: NFC, `\n` line endings, NULs and other control characters removed. */
  text: string;
  /** Line number in the file where `text` starts (after front matter / URL line), 1-based. */
  firstLine: number;
  frontMatter: SeedFrontMatter;
  url: string | null;
}

export type ReadResult = { ok: true; seed: RawSeed; warnings: string[] } | { ok: false; reason: string };

export const SEED_EXTENSIONS: Record<string, SeedFormat> = { '.txt': 'txt', '.md': 'md', '.markdown': 'md', '.html': 'html', '.htm': 'html' };

export function seedFormat(path: string): SeedFormat | null {
  const dot = path.lastIndexOf('.');
  return dot < 0 ? null : (SEED_EXTENSIONS[path.slice(dot).toLowerCase()] ?? null);
}

const FRONT_MATTER_RE = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/;
const URL_LINE_RE = /^(https?:\/\/[^\s<>"]+)[ \t]*(?:\n|$)/;

/** Characters that show nothing: a seed made only of these has no text. */
const INVISIBLE_RE = /[\s\u200b-\u200f\u2060-\u2064\ufeff\u00ad\u034f\u180e]/gu;

export function normaliseText(text: string): string {
  return (
    text
      .replace(/\r\n?/g, '\n')
      .replace(/[\u2028\u2029]/g, '\n')
      // Control characters (NUL included) are debris; tabs and newlines are not.
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
      .normalize('NFC')
  );
}

/**
 * No news article is this long: a bigger file is several articles pasted
 * together, a site dump or a mistake. Refused before any work is done on it.
 */
export const MAX_SEED_BYTES = 8 * 1024 * 1024;
/** Text (after decoding) of a .txt/.md seed; ~80,000 words, far beyond any article. */
export const MAX_TEXT_CHARS = 500_000;

function megabytes(n: number): string {
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

export function readSeed(seed: string, bytes: Uint8Array): ReadResult {
  const format = seedFormat(seed);
  if (!format) return { ok: false, reason: 'has an unknown extension; seeds are .txt, .md or .html' };
  if (bytes.byteLength > MAX_SEED_BYTES) {
    return {
      ok: false,
      reason: `is ${megabytes(bytes.byteLength)}, more than the ${megabytes(MAX_SEED_BYTES)} a seed may be; split it into one file per article or trim it to the article text`,
    };
  }
  const decoded = decodeSeed(bytes);
  if (!decoded.ok) return decoded;
  const warnings: string[] = [];
  const controls = (decoded.text.match(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g) ?? []).length;
  if (controls) warnings.push(`removed ${controls} control character${controls === 1 ? '' : 's'} (NUL, escape...)`);
  if (format !== 'html' && decoded.text.length > MAX_TEXT_CHARS) {
    return {
      ok: false,
      reason: `has ${decoded.text.length.toLocaleString('en')} characters of text, more than the ${MAX_TEXT_CHARS.toLocaleString('en')} an article may have; split it into one file per article or trim it to the article text`,
    };
  }
  let text = normaliseText(decoded.text);
  let firstLine = 1;
  let frontMatter: SeedFrontMatter = {};

  const fm = FRONT_MATTER_RE.exec(text);
  if (fm) {
    const parsed = parseFrontMatter(fm[1]!);
    if (parsed.kind === 'front-matter') {
      frontMatter = parsed.value;
      firstLine += fm[0].split('\n').length - (fm[0].endsWith('\n') ? 1 : 0);
      text = text.slice(fm[0].length);
    } else if (parsed.kind === 'broken') {
      return { ok: false, reason: `has front matter that ${parsed.reason}; fix the YAML between the --- lines (keys: ${KEYS})` };
    }
    // kind === 'text': a '---' rule followed by prose; it stays article text.
  } else if (UNCLOSED_FRONT_MATTER_RE.test(text)) {
    return { ok: false, reason: `has front matter that is not closed; end it with a line of three dashes (---) before the article text` };
  }

  const leading = /^\s*/.exec(text)![0];
  const urlMatch = URL_LINE_RE.exec(text.slice(leading.length));
  let url = frontMatter.url ?? null;
  if (urlMatch) {
    url ??= urlMatch[1]!;
    firstLine += leading.split('\n').length - 1 + 1;
    text = text.slice(leading.length + urlMatch[0].length);
  }
  if (!text.replace(INVISIBLE_RE, '')) return { ok: false, reason: 'has no text; delete it or paste the article into it' };
  return { ok: true, seed: { seed, format, encoding: decoded.encoding, text, firstLine, frontMatter, url }, warnings };
}

const KEYS = 'url, outlet, published, language, title, byline, curated';
// '---' then `key: value` lines naming one of our keys, and no closing '---'.
const UNCLOSED_FRONT_MATTER_RE = /^---[ \t]*\n(?:[ \t]*\n)*(?:url|outlet|published|language|title|byline|curated)[ \t]*:/;

type FrontMatterParse = { kind: 'front-matter'; value: SeedFrontMatter } | { kind: 'broken'; reason: string } | { kind: 'text' };

const KNOWN_KEY_RE = /^(url|outlet|published|language|title|byline|curated)\s*:/m;

function parseFrontMatter(block: string): FrontMatterParse {
  // Only a block that names one of our keys is meant as front matter;
  // anything else between two '---' rules is the article's own text.
  if (!KNOWN_KEY_RE.test(block)) return { kind: 'text' };
  let data: unknown;
  try {
    data = parseYaml(block);
  } catch (error) {
    return { kind: 'broken', reason: `is not valid YAML (${(error as Error).message.split('\n')[0]})` };
  }
  const result = SeedFrontMatter.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    if (issue.code === 'unrecognized_keys') return { kind: 'broken', reason: `has an unknown key ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}` };
    return { kind: 'broken', reason: `has an invalid ${issue.path.join('.') || 'value'}: ${issue.message.split('\n')[0]}` };
  }
  return { kind: 'front-matter', value: result.data };
}
