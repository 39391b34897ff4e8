/** A problem `npm run check` reports, and the helpers that place one in its file. */

export interface Problem {
  path: string;
  line: number;
  message: string;
  /** `notice`: not a problem, but something review must see on every run (a page that declares it may run code). */
  severity: 'error' | 'warning' | 'notice';
  /** For warnings: what they are counted by when the report summarises them ("pattern matches no article yet"). */
  kind?: string;
}

export function formatProblem(p: Problem): string {
  const prefix = p.severity === 'warning' ? 'warning: ' : p.severity === 'notice' ? 'note: ' : '';
  return `${p.path}:${p.line}: ${prefix}${p.message}`;
}

export const error = (path: string, line: number, message: string): Problem => ({ path, line, message, severity: 'error' });
export const warning = (path: string, line: number, message: string, kind = message): Problem => ({ path, line, message, severity: 'warning', kind });
export const notice = (path: string, line: number, message: string): Problem => ({ path, line, message, severity: 'notice' });

/** Problems from an error of the page readers (`path:line: message` lines). */
export function fromError(text: string): Problem[] {
  return text.split('\n').map((line) => {
    const m = /^(.*?):(\d+): (.*)$/.exec(line);
    return m ? error(m[1]!, Number(m[2]), m[3]!) : error('?', 1, line);
  });
}

/** The line of `text` where `needle` first appears (1 when it does not). */
export function lineOf(text: string, needle: string): number {
  // Patterns are written YAML-escaped in the file ("\\b..."), so try both spellings.
  let index = text.indexOf(needle);
  if (index < 0) index = text.indexOf(needle.replace(/\\/g, '\\\\'));
  return index < 0 ? 1 : text.slice(0, index).split('\n').length;
}

export function byPlace(a: Problem, b: Problem): number {
  return a.path === b.path ? a.line - b.line : a.path < b.path ? -1 : 1;
}

/** A snippet of source for a message: one line, at most `max` characters. */
export function snippet(source: string, max = 40): string {
  const flat = source.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
