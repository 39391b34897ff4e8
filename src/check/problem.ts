/** A problem `npm run check` reports, and the helpers that place one in its file. */

export interface Problem {
  path: string;
  line: number;
  message: string;
  severity: 'error' | 'warning';
}

export function formatProblem(p: Problem): string {
  return `${p.path}:${p.line}: ${p.severity === 'warning' ? 'warning: ' : ''}${p.message}`;
}

export const error = (path: string, line: number, message: string): Problem => ({ path, line, message, severity: 'error' });
export const warning = (path: string, line: number, message: string): Problem => ({ path, line, message, severity: 'warning' });

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
