/**
 * Bytes to text. Seeds come from scrapers in whatever encoding the page had:
 * UTF-8 (with or without BOM) and UTF-16 (with BOM, or unmistakably without)
 * are read directly; anything else is either recognised as GB18030/Big5 or
 * refused with a reason the contributor can act on. Binary files are refused,
 * never "decoded" into junk.
 */

import chardet from 'chardet';
import iconv from 'iconv-lite';

export type Decoded = { ok: true; text: string; encoding: string } | { ok: false; reason: string };

const BINARY_MAGIC: Array<[string, number[]]> = [
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['WebP image', [0x52, 0x49, 0x46, 0x46]],
  ['PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['ZIP archive (or a .docx/.xlsx document)', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip archive', [0x1f, 0x8b]],
  ['Word document (.doc)', [0xd0, 0xcf, 0x11, 0xe0]],
];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

export function decodeSeed(bytes: Uint8Array): Decoded {
  for (const [kind, magic] of BINARY_MAGIC) {
    if (startsWith(bytes, magic)) return { ok: false, reason: `is a ${kind}, not text; save the article as .txt, .md or .html` };
  }
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return utf8(bytes.subarray(3), 'utf-8 (BOM)');
  if (startsWith(bytes, [0xff, 0xfe])) return utf16(bytes.subarray(2), 'utf-16le');
  if (startsWith(bytes, [0xfe, 0xff])) return utf16(bytes.subarray(2), 'utf-16be');
  const bomless = utf16Guess(bytes);
  if (bomless) return utf16(bytes, bomless);

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
  const at = firstInvalidUtf8(bytes);
  if (looksBinary(bytes)) return { ok: false, reason: 'looks binary, not text; save the article as .txt, .md or .html' };
  return {
    ok: false,
    reason: `is not valid UTF-8 (first bad byte at line ${at.line}, column ${at.column}) and its encoding could not be recognised; re-save it as UTF-8`,
  };
}

function utf8(bytes: Uint8Array, label: string): Decoded {
  try {
    return checkText(new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), label);
  } catch {
    const at = firstInvalidUtf8(bytes);
    return { ok: false, reason: `is not valid UTF-8 (first bad byte at line ${at.line}, column ${at.column}); re-save it as UTF-8` };
  }
}

function utf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): Decoded {
  if (bytes.length % 2) return { ok: false, reason: `is ${encoding.toUpperCase()} with an odd number of bytes (cut off?); re-save it as UTF-8` };
  const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
  // A lone surrogate half is a corrupt file, not text.
  if (text.includes('\ufffd')) return { ok: false, reason: `is ${encoding.toUpperCase()} with invalid characters; re-save it as UTF-8` };
  return checkText(text, encoding);
}

/**
 * UTF-16 without a BOM: ASCII-heavy text has a NUL in every other byte and
 * nowhere else. Only an unmistakable pattern counts.
 */
function utf16Guess(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 8) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.6 && evenNul === 0) return 'utf-16le';
  if (evenNul > pairs * 0.6 && oddNul === 0) return 'utf-16be';
  return null;
}

/** Where the first byte that breaks UTF-8 is, 1-based line and column (in characters). */
export function firstInvalidUtf8(bytes: Uint8Array): { line: number; column: number; offset: number } {
  let line = 1;
  let column = 1;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (len === 0 || i + len > bytes.length) return { line, column, offset: i };
    for (let k = 1; k < len; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return { line, column, offset: i };
    // Overlong 3/4-byte forms and surrogates.
    if (
      (b === 0xe0 && bytes[i + 1]! < 0xa0) ||
      (b === 0xed && bytes[i + 1]! > 0x9f) ||
      (b === 0xf0 && bytes[i + 1]! < 0x90) ||
      (b === 0xf4 && bytes[i + 1]! > 0x8f)
    ) {
      return { line, column, offset: i };
    }
    if (b === 0x0a) {
      line++;
      column = 1;
    } else column++;
    i += len;
  }
  return { line, column, offset: i };
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) control++;
  }
  return n > 0 && control > n * 0.05;
}

function checkText(text: string, encoding: string): Decoded {
  // A few stray NULs are scraper debris; many mean a binary file.
  const nul = (text.match(/\u0000/g) ?? []).length;
  if (nul > 16 && nul > text.length / 100) {
    return { ok: false, reason: 'looks binary (it is full of NUL bytes); save the article as text' };
  }
  return { ok: true, text, encoding };
}
