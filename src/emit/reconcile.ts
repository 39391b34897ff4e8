/**
 * Contributors' edits are the most valuable thing in the repository. Before
 * ingest writes a file it reconciles what it generated with what is on disk:
 *
 * - a file with no generated mark was written by hand: never touched;
 * - a generated file whose front matter says `curated: true`: never regenerated;
 * - a generated file whose body no longer matches the hash in its header was
 *   edited: kept; if the seed's output changed meanwhile, that is a conflict
 *   and is reported (file, what the seed changed) instead of overwritten;
 * - an unedited generated file is replaced when its content changed, and
 *   removed when no seed produces it any more (an edited one is kept and reported).
 *
 * A page is matched by its id, not its extension. Ingest writes a page in the
 * format of the file on disk (src/ingest/existing-pages.ts): a contributor who renames `x.md`
 * to `x.mdx` to use a component gets it rewritten as MDX (`<Para>` anchors,
 * MDX escapes) while untouched, and kept as theirs once edited.
 *
 * Pure: takes the generated files and the existing ones, returns a plan.
 */
import { createHash } from 'node:crypto';

export const GENERATED_MARK = 'generated-by: casebook ingest';
const HASH_LINE_RE = /^# generated-hash: ([0-9a-f]{16})\n/m;
const CURATED_RE = /^curated:\s*true\s*$/m;

function digest(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/** Insert the hash line after the generated mark; the hash covers every other byte. */
export function stampHash(text: string): string {
  const markLine = text.indexOf(GENERATED_MARK);
  if (markLine < 0) return text;
  const insertAt = text.indexOf('\n', markLine) + 1;
  return `${text.slice(0, insertAt)}# generated-hash: ${digest(text)}\n${text.slice(insertAt)}`;
}

export type FileState = 'hand-written' | 'curated' | 'edited' | 'generated';

export function fileState(text: string): FileState {
  if (!text.includes(GENERATED_MARK)) return 'hand-written';
  if (CURATED_RE.test(frontMatterOf(text))) return 'curated';
  const match = HASH_LINE_RE.exec(text);
  if (!match) return 'edited';
  return digest(text.replace(match[0], '')) === match[1] ? 'generated' : 'edited';
}

function frontMatterOf(text: string): string {
  const match = /^---\n([\s\S]*?)\n---/.exec(text);
  return match ? match[1]! : '';
}

/** The generated text an edited file started from, if its header still says. */
function generatedHashOf(text: string): string | null {
  return HASH_LINE_RE.exec(text)?.[1] ?? null;
}

export interface Plan {
  write: Map<string, string>;
  remove: string[];
  /** Files kept because a person wrote or edited them: their content feeds the dataset. */
  human: Map<string, { text: string; state: Exclude<FileState, 'generated'> }>;
  unchanged: number;
  /** One line each: `path: message`. */
  notices: string[];
}

/**
 * `generated`: path -> text this run produced (already stamped).
 * `existing`: path -> text on disk, for every file under the managed folders.
 */
const stem = (path: string) => path.replace(/\.mdx?$/, '');

export function reconcile(generated: Map<string, string>, existing: Map<string, string>): Plan {
  const plan: Plan = { write: new Map(), remove: [], human: new Map(), unchanged: 0, notices: [] };
  const existingByStem = new Map<string, string>();
  for (const path of [...existing.keys()].sort()) if (!existingByStem.has(stem(path)) || path === stem(path) + '.md') existingByStem.set(stem(path), path);
  const matched = new Set<string>();
  for (const [path, text] of [...generated].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const onDisk = existing.has(path) ? path : existingByStem.get(stem(path));
    const current = onDisk === undefined ? undefined : existing.get(onDisk);
    if (onDisk === undefined || current === undefined) {
      plan.write.set(path, text);
      continue;
    }
    matched.add(onDisk);
    if (current === text && onDisk === path) {
      plan.unchanged++;
      continue;
    }
    const state = fileState(current);
    if (state === 'generated') {
      if (onDisk !== path) plan.remove.push(onDisk);
      plan.write.set(path, text);
      continue;
    }
    plan.human.set(onDisk, { text: current, state });
    const seedChanged = state === 'edited' && generatedHashOf(current) !== generatedHashOf(text);
    if (seedChanged) {
      plan.notices.push(
        `${onDisk}: conflict: kept your edit, but its seed now generates different content (${describeChange(current, text)}); merge by hand, then delete the 'generated-hash' line or set 'curated: true'`,
      );
    }
  }
  for (const [path, current] of [...existing].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (generated.has(path) || matched.has(path)) continue;
    const state = fileState(current);
    if (state === 'generated') plan.remove.push(path);
    else {
      plan.human.set(path, { text: current, state });
      if (state === 'edited')
        plan.notices.push(`${path}: kept: no seed generates this page any more, but it was edited by hand; delete it if it is no longer wanted`);
    }
  }
  return plan;
}

/** A short description of what the regenerated text would change, e.g. "title, summary". */
function describeChange(before: string, after: string): string {
  const keys = (text: string) => {
    const map = new Map<string, string>();
    let key = '';
    for (const line of frontMatterOf(text).split('\n')) {
      const m = /^([A-Za-z][\w-]*):/.exec(line);
      if (m) key = m[1]!;
      if (key) map.set(key, `${map.get(key) ?? ''}${line}\n`);
    }
    return map;
  };
  const a = keys(before);
  const b = keys(after);
  const changed = [...new Set([...a.keys(), ...b.keys()])].filter((k) => a.get(k) !== b.get(k));
  const bodyChanged = before.replace(/^---[\s\S]*?\n---/, '') !== after.replace(/^---[\s\S]*?\n---/, '');
  const parts = [...changed.map((k) => `front matter '${k}'`), ...(bodyChanged ? ['body'] : [])];
  return parts.length ? `changed: ${parts.slice(0, 6).join(', ')}` : 'changed';
}
