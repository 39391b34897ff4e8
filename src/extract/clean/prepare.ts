/**
 * Format-specific first pass: whatever the seed was saved as (.txt, .md,
 * .html), produce plain lines of text. HTML goes through a real parser;
 * Markdown and text keep their lines, with markup reduced to its words.
 */
import type { RemovedLine } from '../../model/schema.ts';
import { htmlToText, type PageMeta } from '../read/html.ts';
import type { RawSeed } from '../read/read.ts';
import { unescapeMarkup, withoutInlineNoise } from './inline-noise.ts';

export interface Prepared {
  text: string;
  removed: RemovedLine[];
  pageMeta: PageMeta | null;
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  hellip: '…',
  middot: '·',
  bull: '•',
  laquo: '«',
  raquo: '»',
  copy: '©',
  reg: '®',
  trade: '™',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

// Tags left in scraped text: block tags become line breaks, the rest vanish.
// A '<' not followed by a tag name ("<3.14", "a < b") is text and stays.
const BLOCK_TAG_RE = /<\/?(p|div|br|li|ul|ol|h[1-6]|blockquote|section|article|tr|table|figure|header|footer)\b[^>]*>/gi;
const TAG_RE = /<\/?[a-zA-Z][a-zA-Z0-9-]*(\s[^<>]*)?\/?>/g;
const COMMENT_RE = /<!--[\s\S]*?-->/g;
const SCRIPT_RE = /<(script|style)\b[^>]*>[\s\S]*?<\/\1>/gi;

function stripTags(text: string, removed: RemovedLine[]): string {
  if (!/<[a-zA-Z!/]/.test(text)) return text;
  let out = text.replace(SCRIPT_RE, (m) => {
    removed.push({ text: m.slice(0, 200), reason: 'markup' });
    return '\n';
  });
  // Every stripped comment and tag is listed (once per distinct text) so
  // readers can see what cleaning took out; nothing disappears unrecorded.
  const seen = new Set<string>();
  const record = (replacement: string) => (m: string) => {
    const text = m.replace(/\s+/g, ' ').slice(0, 200);
    if (!seen.has(text)) {
      seen.add(text);
      removed.push({ text, reason: 'markup' });
    }
    return replacement;
  };
  out = out.replace(COMMENT_RE, record('')).replace(BLOCK_TAG_RE, record('\n')).replace(TAG_RE, record(''));
  return out;
}

const MD_IMAGE_LINE_RE = /^\s*(?:\[)?!\[[^\]]*\]\([^)]*\)(?:\]\([^)]*\))?\s*$/;

/** Markdown inline syntax reduced to the words a reader sees. */
export function markdownInline(line: string): string {
  return line
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\((?:[^()]|\([^)]*\))*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/(^|[\s(])\*(?=\S)([^*]*?\S)\*(?=[\s).,;:!?]|$)/g, '$1$2')
    .replace(/(^|[\s(])_(?=\S)([^_]*?\S)_(?=[\s).,;:!?]|$)/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!>])/g, '$1');
}

function prepareMarkdown(text: string, removed: RemovedLine[]): string {
  const out: string[] = [];
  let fence = false;
  for (const line of text.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) {
      fence = !fence;
      removed.push({ text: line, reason: 'markup' });
      continue;
    }
    if (fence || MD_IMAGE_LINE_RE.test(line) || /^\s*\[[^\]]+\]:\s*\S+/.test(line) || /^\s{0,3}([-*_])(\s*\1){2,}\s*$/.test(line)) {
      if (line.trim()) removed.push({ text: line.trim(), reason: 'markup' });
      continue;
    }
    const stripped = line
      .replace(/^\s{0,3}#{1,6}\s+/, '')
      .replace(/\s+#+\s*$/, '')
      .replace(/^\s*(>\s?)+/, '')
      .replace(/^\s*([-*+]|\d+[.)])\s+/, '');
    out.push(markdownInline(stripped));
  }
  return out.join('\n');
}

function prepareText(text: string, removed: RemovedLine[]): string {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    if (MD_IMAGE_LINE_RE.test(line)) {
      removed.push({ text: line.trim(), reason: 'markup' });
      continue;
    }
    // Scraped text keeps stray Markdown links and images; keep only their words.
    out.push(/\]\(|!\[/.test(line) ? markdownInline(line) : line);
  }
  return out.join('\n');
}

/** The text without forum markup and scrambled runs inside its lines. */
function withoutNoise(text: string, removed: RemovedLine[]): string {
  const seen = new Set<string>();
  return text
    .split('\n')
    .map((line) => withoutInlineNoise(line, removed, seen))
    .join('\n');
}

export function prepare(raw: RawSeed): Prepared {
  const removed: RemovedLine[] = [];
  // A whole web page saved with a .txt name is still a web page.
  if (raw.format === 'html' || /^\s*(<!doctype html|<html\b)|<body\b[^>]*>/i.test(raw.text)) {
    const page = htmlToText(raw.text);
    return { text: withoutNoise(page.text, page.dropped), removed: page.dropped, pageMeta: page.meta };
  }
  const untagged = decodeEntities(stripTags(unescapeMarkup(raw.text), removed));
  const text = raw.format === 'md' ? prepareMarkdown(untagged, removed) : prepareText(untagged, removed);
  return { text: withoutNoise(text, removed), removed, pageMeta: null };
}
