/**
 * Bytes to text. Seeds come from scrapers in whatever encoding the page had:
 * UTF-8 (with or without BOM) and UTF-16 with BOM are read directly; anything
 * else is either recognised as GB18030/Big5 or refused with a reason the
 * contributor can act on. Binary files are refused, never "decoded" into junk.
 */
import iconv from 'iconv-lite';
import chardet from 'chardet';

export type Decoded =
  | { ok: true; text: string; encoding: string }
  | { ok: false; reason: string };

const BINARY_MAGIC: Array<[string, number[]]> = [
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['ZIP archive', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip archive', [0x1f, 0x8b]],
];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

export function decodeSeed(bytes: Uint8Array): Decoded {
  for (const [kind, magic] of BINARY_MAGIC) {
    if (startsWith(bytes, magic)) return { ok: false, reason: `is a ${kind}, not text; save the article as .txt, .md or .html` };
  }
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return utf8(bytes.subarray(3), 'utf-8 (BOM)');
  if (startsWith(bytes, [0xff, 0xfe])) return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (startsWith(bytes, [0xfe, 0xff])) return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };

  const asUtf8 = utf8(bytes, 'utf-8');
  if (asUtf8.ok) return asUtf8;

  // Not UTF-8: try the legacy Chinese encodings news pages still use.
  const guesses = chardet.analyse(bytes).filter((m) => m.confidence >= 10);
  for (const guess of guesses) {
    const name = guess.name.toLowerCase();
    const encoding = name.startsWith('gb') ? 'gb18030' : name === 'big5' ? 'big5' : null;
    if (!encoding) continue;
    const text = iconv.decode(Buffer.from(bytes), encoding);
    if (!text.includes('\ufffd')) return checkText(text, encoding);
  }
  return { ok: false, reason: 'is not valid UTF-8 and its encoding could not be recognised; re-save it as UTF-8' };
}

function utf8(bytes: Uint8Array, label: string): Decoded {
  try {
    return checkText(new TextDecoder('utf-8', { fatal: true }).decode(bytes), label);
  } catch {
    return { ok: false, reason: 'is not valid UTF-8' };
  }
}

function checkText(text: string, encoding: string): Decoded {
  // A few stray NULs are scraper debris; many mean a binary file.
  const nul = (text.match(/\u0000/g) ?? []).length;
  if (nul > 16 && nul > text.length / 100) {
    return { ok: false, reason: 'looks binary (it is full of NUL bytes); save the article as text' };
  }
  return { ok: true, text, encoding };
}
