/**
 * The W3C Nu Html Checker (vnu.jar, from the `vnu-jar` npm package) over every
 * HTML page of a built site, run with the system's Java
 * (`bash scripts/ensure-java.sh` installs Debian's when it is missing). One
 * Java process for the whole folder: started per page it cost a second each.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';

export interface HtmlError {
  /** The page, as a path under the site folder. */
  file: string;
  line?: number;
  message: string;
}
export type HtmlCheck = { ok: true; pages: number; errors: HtmlError[] } | { ok: false; reason: string };

/** The checker's jar, inside the installed npm package. */
export function vnuJarPath(): string {
  return join(dirname(createRequire(import.meta.url).resolve('vnu-jar/package.json')), 'build/dist/vnu.jar');
}

/** The HTML pages the checker reads: every `.html` file except Pagefind's own. */
export function htmlPages(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .filter((f) => !f.startsWith('pagefind/'))
    .sort();
}

/** The checker's JSON report (`--format json`) as errors per page under `dir`. */
export function parseVnuReport(json: string, dir: string): HtmlError[] {
  const report = JSON.parse(json) as { messages: Array<{ type: string; url?: string; lastLine?: number; message: string }> };
  return report.messages
    .filter((m) => m.type === 'error' || m.type === 'non-document-error')
    .map((m) => ({
      file: m.url
        ? relative(dir, decodeURIComponent(new URL(m.url).pathname))
            .split(sep)
            .join('/')
        : '(checker)',
      line: m.lastLine,
      message: m.message,
    }));
}

/**
 * How Java runs the checker. C1 alone (TieredStopAtLevel=1): a run over a few
 * hundred pages ends before C2's optimised code pays back its compiling, and
 * needs half the CPU time; C1's larger frames need a larger stack than the
 * 512 kB the checker asks for. One GC thread: the heap stays small.
 */
const JVM_OPTIONS = ['-Xss64m', '-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC'];

function checkerArgs(dir: string, pages: string[]): string[] {
  return [...JVM_OPTIONS, '-jar', vnuJarPath(), '--errors-only', '--format', 'json', '--stdout', ...pages.map((p) => join(dir, p))];
}

function toCheck(dir: string, pages: string[], run: { error?: Error; status: number | null; stdout: string; stderr: string }, java: string): HtmlCheck {
  if (run.error) return { ok: false, reason: `${java} could not start (${run.error.message}); install Java with \`bash scripts/ensure-java.sh\`` };
  try {
    return { ok: true, pages: pages.length, errors: parseVnuReport(run.stdout, dir) };
  } catch {
    return { ok: false, reason: `the Nu Html Checker gave no report (exit ${run.status}): ${run.stderr.trim().slice(0, 500)}` };
  }
}

/** Check every page of `dir`; `{ ok: false }` when Java or the jar cannot run. */
export function checkHtml(dir: string, java = process.env.JAVA ?? 'java'): HtmlCheck {
  const pages = htmlPages(dir);
  if (!pages.length) return { ok: true, pages: 0, errors: [] };
  const run = spawnSync(java, checkerArgs(dir, pages), { encoding: 'utf8', maxBuffer: 256 * 2 ** 20 });
  return toCheck(dir, pages, run, java);
}

/** `checkHtml` without blocking: the checker runs while the caller does other work (the browser test visits pages meanwhile). */
export function checkHtmlAsync(dir: string, java = process.env.JAVA ?? 'java'): Promise<HtmlCheck> {
  const pages = htmlPages(dir);
  if (!pages.length) return Promise.resolve({ ok: true, pages: 0, errors: [] });
  return new Promise((done) => {
    const child = spawn(java, checkerArgs(dir, pages));
    let stdout = '';
    let stderr = '';
    let error: Error | undefined;
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', (e) => (error = e));
    child.on('close', (status) => done(toCheck(dir, pages, { error, status, stdout, stderr }, java)));
  });
}

/** Report lines in the audit's style. */
export function formatHtmlCheck(check: HtmlCheck): string[] {
  if (!check.ok) return [`audit: html: could not run: ${check.reason}`];
  const lines = [
    `audit: html: ${check.errors.length === 0 ? 'ok' : `${check.errors.length} error${check.errors.length === 1 ? '' : 's'}`} (Nu Html Checker, ${check.pages} pages)`,
  ];
  for (const e of check.errors.slice(0, 50)) lines.push(`  ${e.file}${e.line ? `:${e.line}` : ''}: ${e.message}`);
  if (check.errors.length > 50) lines.push(`  ... and ${check.errors.length - 50} more`);
  return lines;
}
