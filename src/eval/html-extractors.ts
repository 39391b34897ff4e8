/**
 * The ways of reading a saved web page that the HTML measurement compares
 * (scripts/eval-html.ts): Casebook's own reading through the real pipeline
 * entry for a seed, and outside extractors over a DOM, each either alone
 * (its text as it comes) or feeding Casebook's cleaning (its content block
 * put where the page's <body> was, the page's <head> kept, then the same
 * pipeline), which is how it would be wired into the reader.
 */
import { Readability } from '@mozilla/readability';
import { DefuddleClass } from 'defuddle/node';
import { Window } from 'happy-dom';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { JSDOM } from 'jsdom';
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

/** Casebook's reader alone, before cleaning: compares its choice of content block with the outside extractors' raw text. */
export const casebookBlock: Extractor = {
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

export type DomName = 'linkedom' | 'happy-dom' | 'jsdom';

/** A DOM Document of the page, from one of the DOM implementations measured. */
export function parseDom(html: string, dom: DomName, url = 'https://example.invalid/'): Document {
  if (dom === 'linkedom') return parseHTML(html).document as unknown as Document;
  if (dom === 'jsdom') return new JSDOM(html, { url }).window.document;
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
    },
  });
  window.document.write(html);
  return window.document as unknown as Document;
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

type ContentFinder = (html: string, url: string) => string | null;

const readability =
  (dom: DomName): ContentFinder =>
  (html, url) =>
    new Readability(parseDom(html, dom, url)).parse()?.content ?? null;

const defuddle =
  (dom: DomName): ContentFinder =>
  (html, url) =>
    new DefuddleClass(parseDom(html, dom, url), { url }).parse().content || null;

function outside(name: string, find: ContentFinder, thenClean: boolean): Extractor {
  return {
    name,
    read(page) {
      const start = cpuNow();
      try {
        const html = pageText(page);
        const content = find(html, 'https://example.invalid/');
        if (!thenClean) return { file: page.path, text: content === null ? null : fragmentText(content), cpuMs: cpuNow() - start };
        if (content === null) return { file: page.path, text: null, cpuMs: cpuNow() - start };
        const found = cpuNow() - start;
        const body = pipelineBody({ path: page.path, bytes: new TextEncoder().encode(withContent(html, content)) });
        return { file: page.path, text: body.text, cpuMs: found + body.cpuMs };
      } catch (error) {
        return { file: page.path, text: null, cpuMs: cpuNow() - start, error: (error as Error).message };
      }
    },
  };
}

/** Every extractor the measurement can run, by name. */
export function extractors(): Extractor[] {
  return [
    casebook,
    casebookBlock,
    outside('readability/linkedom', readability('linkedom'), false),
    outside('readability/linkedom + casebook clean', readability('linkedom'), true),
    outside('readability/happy-dom', readability('happy-dom'), false),
    outside('readability/jsdom', readability('jsdom'), false),
    outside('defuddle/linkedom', defuddle('linkedom'), false),
    outside('defuddle/linkedom + casebook clean', defuddle('linkedom'), true),
  ];
}
