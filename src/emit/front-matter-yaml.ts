/**
 * Front matter as YAML, written directly: the same text the `yaml` package's
 * Document#toString gives for the options toPage() (mdx.ts) uses, for the
 * plain data generated pages hold — plain objects and arrays, one-line
 * strings, booleans, null, non-negative integers. Building and walking the
 * package's node tree was most of emitting a page (~4 of ~17 CPU seconds of a
 * 3,000-article ingest); writing the text straight from the data is a tenth.
 *
 * Anything outside that subset (multi-line or control-character strings, an
 * object that appears twice, which the package writes as an anchor and
 * alias, floats, ...) answers null, and the caller asks the package: the
 * rules below are the package's own, not a second opinion on YAML, and
 * tests/unit/emit/front-matter-yaml.test.ts holds them to its output.
 */
import { Document } from 'yaml';
import { memoByText } from '../util/collections.ts';

// The schema toPage() writes with, so "is this string read back as something else" is the package's own test.
const { tags, compat } = new Document(null, { schema: 'yaml-1.1' }).schema;
const STR_TAG = 'tag:yaml.org,2002:str';
const readsAsOther = (tag: (typeof tags)[number]) => (value: string) => !!tag.default && tag.tag !== STR_TAG && !!tag.test?.test(value);
const otherTests = [...tags, ...(compat ?? [])].filter((t) => t.default && t.tag !== STR_TAG && t.test).map(readsAsOther);
// Tags other than the string one that may claim a string (stringify's getTagObject prefers them): `<<` is a merge key, for one.
const claimers = tags.filter((t) => t.tag !== STR_TAG && t.identify);
const isStringTagged = (value: string) => !claimers.some((t) => t.identify!(value));
/** A string the schema would read back as a number, bool, null, date...: the package quotes it. */
const resolvesAsOther = (value: string) => otherTests.some((test) => test(value));

// From the package's plainString() (stringify/stringifyString.js): a plain scalar may not look like this.
const PLAIN_UNSAFE = /^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/;
// From stringifyString(): these force double quotes, and with them rules this writer does not follow.
const FORCE_DOUBLE = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u;
const DOCUMENT_MARKER = /^(?:%|---|\.\.\.)/;
const KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Thrown inside the writer when the data leaves the subset; never escapes this module. */
const OUTSIDE = Symbol('outside the subset');

/**
 * A one-line string as the package writes it as a value in block context (never a key, never in a flow
 * collection). Remembered per text: ids, topics and paragraph ids recur on every page, and asking every tag
 * of the schema whether it would claim the string was most of this writer's time.
 */
const scalarString = memoByText(writeString);

function writeString(value: string): string {
  if (value === '' || value.includes('\n') || FORCE_DOUBLE.test(value) || DOCUMENT_MARKER.test(value) || !isStringTagged(value)) throw OUTSIDE;
  if (!PLAIN_UNSAFE.test(value) && !resolvesAsOther(value)) return value;
  // quotedString() with singleQuote unset: single quotes when the text has only double ones, else JSON-style double quotes (doubleQuotedAsJSON).
  if (value.includes('"') && !value.includes("'")) return `'${value}'`;
  return JSON.stringify(value);
}

/** A map key the package writes plain (the same few field names on every page: remembered). */
const key = memoByText((name: string): string => {
  if (!KEY.test(name) || resolvesAsOther(name) || !isStringTagged(name)) throw OUTSIDE;
  return name;
});

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** A scalar, or '[]' / '{}' for an empty collection (flow style, as the package writes empty ones). */
function inline(value: unknown): string | null {
  if (typeof value === 'string') return scalarString(value);
  if (value === null) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value) || value < 0 || Object.is(value, -0)) throw OUTSIDE;
    return String(value);
  }
  if (typeof value !== 'object') throw OUTSIDE;
  if (Array.isArray(value)) {
    if (Object.getPrototypeOf(value) !== Array.prototype) throw OUTSIDE;
    return value.length === 0 ? '[]' : null;
  }
  if (!isPlainObject(value)) throw OUTSIDE;
  return Object.keys(value).length === 0 ? '{}' : null;
}

class Writer {
  // The package writes a second reference to the same object as an alias (`*a1`): not done here.
  private seen = new Set<object>();

  private enter(value: object) {
    if (this.seen.has(value)) throw OUTSIDE;
    this.seen.add(value);
  }

  /** A non-empty map; its first line starts where the caller stands, the others at `indent`. */
  map(value: Record<string, unknown>, indent: string): string {
    this.enter(value);
    const lines: string[] = [];
    const inner = `${indent}  `;
    for (const name of Object.keys(value)) {
      const item = value[name];
      if (item === undefined) throw OUTSIDE; // the package drops the pair; rare enough to leave to it
      const scalar = inline(item);
      if (scalar !== null) lines.push(`${key(name)}: ${scalar}`);
      else lines.push(`${key(name)}:\n${inner}${this.collection(item as object, inner)}`);
    }
    return lines.join(`\n${indent}`);
  }

  /** A non-empty sequence: `- item` lines, the first where the caller stands, the others at `indent`. */
  seq(value: unknown[], indent: string): string {
    this.enter(value);
    const lines: string[] = [];
    const inner = `${indent}  `;
    for (const item of value) {
      if (item === undefined || Array.isArray(item)) throw OUTSIDE; // `- - x` and undefined items: left to the package
      const scalar = inline(item);
      lines.push(`- ${scalar ?? this.map(item as Record<string, unknown>, inner)}`);
    }
    return lines.join(`\n${indent}`);
  }

  collection(value: object, indent: string): string {
    return Array.isArray(value) ? this.seq(value, indent) : this.map(value as Record<string, unknown>, indent);
  }
}

/**
 * `new Document(data, { schema: 'yaml-1.1' })` with `header` lines as its
 * comment, toString({ lineWidth: 0, blockQuote: false, doubleQuotedAsJSON: true }),
 * or null when the data is outside what this writer covers.
 */
export function frontMatterYaml(data: Record<string, unknown>, header: string[]): string | null {
  if (header.some((line) => /[\n\r\u2028\u2029]/.test(line))) return null;
  let body: string;
  try {
    const scalar = inline(data);
    body = scalar ?? new Writer().map(data, '');
  } catch (error) {
    if (error === OUTSIDE) return null;
    throw error;
  }
  // stringifyComment(): '#' before every line (a line of one space becomes '#'); then a blank line, then the document.
  const comment = header.length ? `${header.map((line) => (line === '' ? '#' : `# ${line}`)).join('\n')}\n\n` : '';
  return `${comment}${body}\n`;
}
