/**
 * The ways of reading a saved web page that the HTML measurement compares
 * (scripts/eval-html.ts): Casebook's reading through the real pipeline entry
 * for a seed, its HTML reader alone (before cleaning), and Readability's raw
 * text over linkedom (what the reader builds on).
 *
 * The extractors measured and not kept (Readability over happy-dom or jsdom,
 * Defuddle) are not dependencies; each is measured only when its package is
 * installed (`npm install --no-save happy-dom jsdom defuddle`), so the
 * comparison recorded in docs/history/evaluation.md can be run again.
 */
import { Readability } from '@mozilla/readability';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { parseHTML } from 'linkedom';
import { extractSeed, type SeedFile, type StageRunner } from '../extract/pipeline.ts';
import { decodeSeed } from '../extract/read/decode.ts';
import { htmlToText } from '../extract/read/html.ts';
import { readSeed } from '../extract/read/read.ts';
import type { PageReading } from './html-compare.ts';

/** A saved page as the measurement hands it to an extractor. */
export interface SavedPage {
  /** Path from the project root: the pipeline names the seed by it. */
  path: string;
  bytes: Uint8Array;
}

export interface Extractor {
  name: string;
  read(page: SavedPage): PageReading;
}

function cpuNow(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** The body paragraphs the pipeline gives a seed, and the CPU its read and clean stages took. */
function pipelineBody(seed: SeedFile): { text: string | null; cpuMs: number } {
  let cpuMs = 0;
  // Only the stages that turn a page into body text are timed; metadata and cases are the same work for every extractor.
  const timed: StageRunner = (stage, run) => {
    if (stage !== 'read' && stage !== 'clean') return run();
    const start = cpuNow();
    try {
      return run();
    } finally {
      cpuMs += cpuNow() - start;
    }
  };
  const x = extractSeed(seed, [], timed);
  return { text: x.status === 'ok' ? x.article.paragraphs.map((p) => p.text).join('\n\n') : null, cpuMs };
}

export const casebook: Extractor = {
  name: 'casebook',
  read(page) {
    return { file: page.path, ...pipelineBody({ path: page.path, bytes: page.bytes }) };
  },
};

/** Casebook's HTML reader alone, before cleaning: its content block set beside the outside extractors' raw text. */
export const casebookReader: Extractor = {
  name: 'casebook reader, no cleaning',
  read(page) {
    const start = cpuNow();
    const read = readSeed(page.path, page.bytes);
    const text = read.ok ? htmlToText(read.seed.text).text : null;
    return { file: page.path, text: text || null, cpuMs: cpuNow() - start };
  },
};

function pageText(page: SavedPage): string {
  const decoded = decodeSeed(page.bytes);
  if (!decoded.ok) throw new Error(decoded.reason);
  return decoded.text;
}

/** Text of an HTML fragment, block elements on their own lines: the same rendering Casebook's reader uses. */
export function fragmentText(html: string): string {
  return toText(fromHtml(html, { fragment: true }));
}

/** The page with its <body> replaced by `content` in an <article>; the <head> (title, meta tags) kept. */
export function withContent(html: string, content: string): string {
  const head = /<head[\s>][\s\S]*?<\/head>/i.exec(html)?.[0] ?? '';
  return `<!doctype html><html><head>${head.replace(/^<head[^>]*>|<\/head>$/gi, '')}</head><body><article>${content}</article></body></html>`;
}

/** Finds the content block of a page: its HTML, or null for none. */
type ContentFinder = (html: string) => string | null;
/** Parses a page into a DOM Document. */
type DomParser = (html: string) => Document;

const PAGE_URL = 'https://example.invalid/';

const linkedom: DomParser = (html) => parseHTML(html).document as unknown as Document;

const readability =
  (dom: DomParser): ContentFinder =>
  (html) =>
    new Readability(dom(html)).parse()?.content ?? null;

/**
 * An outside extractor: its content block's text as it comes, or (`thenClean`)
 * put in place of the page's body and read by the pipeline, as if wired in.
 */
function outside(name: string, find: ContentFinder, thenClean: boolean): Extractor {
  return {
    name,
    read(page) {
      const start = cpuNow();
      try {
        const html = pageText(page);
        const content = find(html);
        if (content === null) return { file: page.path, text: null, cpuMs: cpuNow() - start };
        if (!thenClean) return { file: page.path, text: fragmentText(content), cpuMs: cpuNow() - start };
        const found = cpuNow() - start;
        const body = pipelineBody({ path: page.path, bytes: new TextEncoder().encode(withContent(html, content)) });
        return { file: page.path, text: body.text, cpuMs: found + body.cpuMs };
      } catch (error) {
        return { file: page.path, text: null, cpuMs: cpuNow() - start, error: (error as Error).message };
      }
    },
  };
}

/** A package that is not a dependency, if it is installed; null otherwise. */
async function optional(name: string): Promise<Record<string, unknown> | null> {
  try {
    return (await import(/* @vite-ignore */ name)) as Record<string, unknown>;
  } catch {
    return null;
  }
}

/** The extractors measured and not kept, for those whose package is installed; `missing` names the others. */
async function rejectedExtractors(): Promise<{ extractors: Extractor[]; missing: string[] }> {
  const extractors: Extractor[] = [];
  const missing: string[] = [];
  const happy = await optional('happy-dom');
  if (happy) {
    const Window = happy.Window as new (o: object) => { document: { write(html: string): void } };
    // No script, style sheet or frame of a saved page is loaded or run.
    const settings = {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
    };
    const dom: DomParser = (html) => {
      const window = new Window({ url: PAGE_URL, settings });
      window.document.write(html);
      return window.document as unknown as Document;
    };
    extractors.push(outside('readability/happy-dom', readability(dom), false));
  } else missing.push('happy-dom');
  const jsdom = await optional('jsdom');
  if (jsdom) {
    const JSDOM = jsdom.JSDOM as unknown as new (html: string, o: object) => { window: { document: Document } };
    extractors.push(
      outside(
        'readability/jsdom',
        readability((html) => new JSDOM(html, { url: PAGE_URL }).window.document),
        false,
      ),
    );
  } else missing.push('jsdom');
  const defuddle = await optional('defuddle/node');
  if (defuddle) {
    const Defuddle = defuddle.DefuddleClass as unknown as new (doc: Document, o: object) => { parse(): { content: string } };
    const find: ContentFinder = (html) => new Defuddle(linkedom(html), { url: PAGE_URL }).parse().content || null;
    extractors.push(outside('defuddle/linkedom', find, false), outside('defuddle/linkedom + casebook clean', find, true));
  } else missing.push('defuddle');
  return { extractors, missing };
}

/** Every extractor the measurement can run here, and the packages of those it cannot. */
export async function extractors(): Promise<{ extractors: Extractor[]; missing: string[] }> {
  const rejected = await rejectedExtractors();
  return {
    extractors: [casebook, casebookReader, outside('readability/linkedom', readability(linkedom), false), ...rejected.extractors],
    missing: rejected.missing,
  };
}
