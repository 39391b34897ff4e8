/**
 * Audits of a built site, as pure functions over its files: give
 * them every file of dist/ (path relative to dist -> bytes) and they say what
 * is wrong, page by page. `npm run audit` runs them on dist/; the tests run
 * them on the built site and on throwaway builds of the hostile corpus. What
 * only a browser can tell (requests made while a page loads) is checked in
 * tests/browser/audit.test.ts.
 *
 * Checks:
 *  - links:      every internal link, script, stylesheet, image and form
 *                target resolves to a file, and every #fragment to an id on it
 *  - orphans:    every page is reachable from the home page by links (and
 *                GET forms: the search box leads to the search page)
 *  - leaks:      no generator marker (`generated-by:`) and no raw MDX (`<Para`,
 *                `{/*`, `\{`, `&#x`...) in a page, unless the dataset's own
 *                text says it (an article quoting MDX is not a leak)
 *  - external:   nothing on a page loads from another host (scripts, styles,
 *                images, frames, fonts, CSS url()/@import)
 *  - outbound:   links to other hosts carry rel="noopener noreferrer"
 *  - scripting:  no inline event handler (on*=), no javascript: URL
 *  - meta:       every page has <html lang>, a <title> and a meta description
 *  - csp:        every page carries the Content-Security-Policy, and it is
 *                no looser than the site needs
 *  - budget:     total size, largest page, JavaScript
 */

import type { Element, Nodes, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';

export interface AuditOptions {
  /** Base path the site is served under (astro.config `base`). */
  base?: string;
  /** Public origin (astro.config `site`): absolute links to it are internal. */
  site?: string;
  budget?: Partial<Budget>;
}

export interface Budget {
  /** All files together. */
  totalBytes: number;
  /** Any one HTML page. */
  pageBytes: number;
  /** All JavaScript outside Pagefind's own bundle. */
  scriptBytes: number;
}

export const DEFAULT_BUDGET: Budget = {
  totalBytes: 40 * 1024 * 1024,
  pageBytes: 2 * 1024 * 1024,
  scriptBytes: 150 * 1024,
};

export const CHECKS = ['links', 'orphans', 'leaks', 'external', 'outbound', 'scripting', 'meta', 'csp', 'budget'] as const;
export type CheckName = (typeof CHECKS)[number];

export interface AuditResult {
  pages: number;
  files: number;
  bytes: number;
  /** Problems per check; an empty list is a pass. Each problem names its page. */
  problems: Record<CheckName, string[]>;
  ok: boolean;
}

export type SiteFiles = Map<string, Uint8Array | string>;

// --- HTML helpers (exported for tests) ---------------------------------------

export function parseHtml(html: string): Root {
  return fromHtml(html);
}

export function elements(tree: Nodes, test?: (e: Element) => boolean): Element[] {
  const out: Element[] = [];
  const walk = (node: Nodes): void => {
    if (node.type === 'element') {
      if (!test || test(node)) out.push(node);
      // <template> content is inert; its children still count as markup.
      if (node.content) walk(node.content);
    }
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
  };
  walk(tree);
  return out;
}

export function attr(element: Element, name: string): string | undefined {
  const value = element.properties?.[propertyName(name)];
  if (value === undefined || value === null || value === false) return undefined;
  return Array.isArray(value) ? value.join(' ') : String(value);
}

function propertyName(name: string): string {
  const special: Record<string, string> = {
    class: 'className',
    for: 'htmlFor',
    'http-equiv': 'httpEquiv',
    srcset: 'srcSet',
    'accept-charset': 'acceptCharset',
  };
  if (special[name]) return special[name]!;
  if (name.startsWith('data-') || name.startsWith('aria-')) return name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
  return name;
}

export function textOf(node: Nodes): string {
  return toText(node, { whitespace: 'normal' });
}

// --- paths -------------------------------------------------------------------

const decoder = new TextDecoder();

function asText(content: Uint8Array | string): string {
  return typeof content === 'string' ? content : decoder.decode(content);
}

function size(content: Uint8Array | string): number {
  return typeof content === 'string' ? Buffer.byteLength(content) : content.byteLength;
}

/** URL path of an HTML file: `a/b/index.html` -> `/a/b/`, `404.html` -> `/404.html`. */
export function pagePath(file: string, base = '/'): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return b + (file === 'index.html' ? '' : file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file);
}

/** The file a site path is served from, or null: `/a/` -> `a/index.html`. */
export function fileFor(path: string, files: SiteFiles, base = '/'): string | null {
  const b = base.endsWith('/') ? base : `${base}/`;
  if (!path.startsWith(b)) return null;
  let rel: string;
  try {
    rel = decodeURIComponent(path.slice(b.length));
  } catch {
    return null;
  }
  if (rel === '' || rel.endsWith('/')) return files.has(`${rel}index.html`) ? `${rel}index.html` : null;
  if (files.has(rel)) return rel;
  return files.has(`${rel}/index.html`) ? `${rel}/index.html` : null;
}

const ORIGIN = 'http://casebook.invalid';

interface Target {
  internal: boolean;
  /** Internal: path and fragment, resolved against the page. */
  path?: string;
  fragment?: string;
  url?: URL;
}

function resolveUrl(href: string, pageUrl: string, site?: string): Target | null {
  const trimmed = href.trim();
  if (!trimmed || /^(mailto|tel|data|blob):/i.test(trimmed)) return null;
  let url: URL;
  try {
    url = new URL(trimmed, ORIGIN + pageUrl);
  } catch {
    return { internal: true, path: '\u0000invalid', fragment: '' };
  }
  if (url.protocol === 'javascript:') return { internal: false, url };
  const siteOrigin = site ? new URL(site).origin : null;
  if (url.origin === ORIGIN || (siteOrigin && url.origin === siteOrigin)) {
    return { internal: true, path: url.pathname, fragment: decodeFragment(url.hash.slice(1)), url };
  }
  return { internal: false, url };
}

function decodeFragment(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

// --- the audit ---------------------------------------------------------------

interface Page {
  file: string;
  url: string;
  html: string;
  tree: Root;
  ids: Set<string>;
  redirect: boolean;
}

/** Attributes that load or point at a resource, per element. */
const URL_ATTRIBUTES: Array<[string, string]> = [
  ['a', 'href'],
  ['area', 'href'],
  ['link', 'href'],
  ['script', 'src'],
  ['img', 'src'],
  ['iframe', 'src'],
  ['frame', 'src'],
  ['source', 'src'],
  ['video', 'src'],
  ['video', 'poster'],
  ['audio', 'src'],
  ['track', 'src'],
  ['embed', 'src'],
  ['object', 'data'],
  ['form', 'action'],
  ['input', 'src'],
  ['image', 'href'],
  ['use', 'href'],
];
/** Of those, the ones a browser fetches on load (everything but navigation). */
const LOADS = new Set(['link', 'script', 'img', 'iframe', 'frame', 'source', 'video', 'audio', 'track', 'embed', 'object', 'input', 'image', 'use']);
const NAVIGATION_RELS = new Set(['canonical', 'alternate', 'author', 'license', 'help', 'search', 'next', 'prev', 'sitemap', 'me']);

/** Markers of raw MDX or generator output that must never reach a reader. */
export const LEAK_MARKERS = ['generated-by:', '<Para', '</Para', '{/*', '*/}', '\\{', '\\}', '\\<', '\\*', '\\_', '\\[', '&#x', '&#X'];

export function auditSite(files: SiteFiles, options: AuditOptions = {}): AuditResult {
  const site: Site = { files, pages: readPages(files, options.base ?? '/'), base: options.base ?? '/', origin: options.site };
  const problems = Object.fromEntries(CHECKS.map((c) => [c, [] as string[]])) as Problems;
  const datasetText = datasetStrings(files);
  for (const page of site.pages.values()) {
    checkUrls(page, site, problems);
    checkInlineCode(page, problems);
    if (page.redirect) continue; // Astro's redirect stubs: a meta refresh and a link, nothing to read.
    checkMeta(page, problems);
    checkCsp(page, problems);
    checkLeaks(page, datasetText, problems);
  }
  checkOrphans(site, problems);
  checkStylesheets(files, problems);
  const bytes = checkBudget(files, { ...DEFAULT_BUDGET, ...options.budget }, problems);
  for (const check of CHECKS) problems[check] = [...new Set(problems[check])].sort();
  return { pages: site.pages.size, files: files.size, bytes, problems, ok: CHECKS.every((c) => problems[c].length === 0) };
}

type Problems = Record<CheckName, string[]>;

/** The site under audit: its files, its HTML pages (Pagefind's excepted) by file, where it is served. */
interface Site {
  files: SiteFiles;
  pages: Map<string, Page>;
  base: string;
  /** The public origin (AuditOptions.site). */
  origin?: string;
}

function readPages(files: SiteFiles, base: string): Map<string, Page> {
  const pages = new Map<string, Page>();
  for (const [file, content] of files) {
    if (!file.endsWith('.html') || file.startsWith('pagefind/')) continue;
    const html = asText(content);
    const tree = parseHtml(html);
    const ids = new Set(elements(tree, (e) => attr(e, 'id') !== undefined).map((e) => attr(e, 'id')!));
    for (const e of elements(tree, (e) => e.tagName === 'a' && attr(e, 'name') !== undefined)) ids.add(attr(e, 'name')!);
    const redirect = elements(tree, (e) => e.tagName === 'meta' && attr(e, 'http-equiv')?.toLowerCase() === 'refresh').length > 0;
    pages.set(file, { file, url: pagePath(file, base), html, tree, ids, redirect });
  }
  return pages;
}

/** links, external, outbound, scripting: every URL a page's elements point at or load. */
function checkUrls(page: Page, site: Site, problems: Problems): void {
  const where = page.url;
  for (const [tag, attribute] of URL_ATTRIBUTES) {
    for (const e of elements(page.tree, (x) => x.tagName === tag && attr(x, attribute) !== undefined)) {
      const value = attr(e, attribute)!;
      const target = resolveUrl(value, page.url, site.origin);
      if (!target) continue;
      if (target.url?.protocol === 'javascript:') {
        problems.scripting.push(`${where}: <${tag} ${attribute}="${value.slice(0, 60)}"> is a javascript: URL`);
        continue;
      }
      if (!target.internal) checkOtherHost(where, e, tag, attribute, value, target.url!, problems);
      else if (tag !== 'form') checkTarget(where, tag, attribute, value, target, site, problems); // a GET form posts to a page: checked below
    }
  }
  for (const e of elements(page.tree, (x) => x.tagName === 'form' && attr(x, 'action') !== undefined)) {
    const target = resolveUrl(attr(e, 'action')!, page.url, site.origin);
    if (target?.internal && !fileFor(target.path!, site.files, site.base)) problems.links.push(`${where}: form action ${target.path} does not exist`);
  }
}

/** A URL on another host: loading from it is a problem, linking to it needs rel="noopener noreferrer". */
function checkOtherHost(where: string, e: Element, tag: string, attribute: string, value: string, url: URL, problems: Problems): void {
  const rel = (attr(e, 'rel') ?? '').toLowerCase().split(/\s+/);
  const navigation = tag === 'a' || tag === 'area' || tag === 'form' || (tag === 'link' && rel.some((r) => NAVIGATION_RELS.has(r)));
  if (LOADS.has(tag) && !navigation) problems.external.push(`${where}: <${tag} ${attribute}="${value.slice(0, 80)}"> loads from another host`);
  if ((tag === 'a' || tag === 'area') && /^https?:$/.test(url.protocol) && !(rel.includes('noopener') && rel.includes('noreferrer'))) {
    problems.outbound.push(`${where}: link to ${url.host} lacks rel="noopener noreferrer"`);
  }
}

/** An internal URL: its file must exist, and its #fragment be an id on it. */
function checkTarget(where: string, tag: string, attribute: string, value: string, target: Target, site: Site, problems: Problems): void {
  const file = fileFor(target.path!, site.files, site.base);
  if (!file) {
    problems.links.push(`${where}: <${tag} ${attribute}="${value.slice(0, 100)}"> points to ${target.path} which does not exist`);
    return;
  }
  if (target.fragment && !['top'].includes(target.fragment)) {
    const on = site.pages.get(file);
    if (on && !on.ids.has(target.fragment)) problems.links.push(`${where}: link to ${target.path}#${target.fragment}: no element with that id there`);
  }
}

/** scripting and external: inline event handlers, and CSS in the page that loads from another host. */
function checkInlineCode(page: Page, problems: Problems): void {
  const where = page.url;
  for (const e of elements(page.tree)) {
    for (const key of Object.keys(e.properties ?? {})) {
      if (/^on[a-z]/i.test(key)) problems.scripting.push(`${where}: <${e.tagName} ${key.toLowerCase()}=...> is an inline event handler`);
    }
  }
  for (const style of elements(page.tree, (x) => x.tagName === 'style')) {
    for (const url of cssUrls(textOf(style))) problems.external.push(`${where}: inline CSS loads ${url}`);
  }
  for (const e of elements(page.tree, (x) => attr(x, 'style') !== undefined)) {
    for (const url of cssUrls(attr(e, 'style')!)) problems.external.push(`${where}: style attribute loads ${url}`);
  }
}

function checkMeta(page: Page, problems: Problems): void {
  const where = page.url;
  const html = elements(page.tree, (e) => e.tagName === 'html')[0];
  if (!html || !attr(html, 'lang')?.trim()) problems.meta.push(`${where}: <html> has no lang`);
  const title = elements(page.tree, (e) => e.tagName === 'title')[0];
  if (!title || !textOf(title).trim()) problems.meta.push(`${where}: no <title>`);
  const description = elements(page.tree, (e) => e.tagName === 'meta' && attr(e, 'name') === 'description')[0];
  if (!description || !attr(description, 'content')?.trim()) problems.meta.push(`${where}: no meta description`);
}

function checkCsp(page: Page, problems: Problems): void {
  const csp = elements(page.tree, (e) => e.tagName === 'meta' && attr(e, 'http-equiv')?.toLowerCase() === 'content-security-policy')[0];
  if (!csp) problems.csp.push(`${page.url}: no Content-Security-Policy`);
  else for (const issue of cspProblems(attr(csp, 'content') ?? '')) problems.csp.push(`${page.url}: ${issue}`);
}

/** leaks: in the HTML as written (an unrendered component) and in the text a reader sees. */
function checkLeaks(page: Page, datasetText: string, problems: Problems): void {
  const where = page.url;
  if (/<\/?Para\b/.test(page.html)) problems.leaks.push(`${where}: an unrendered <Para> element in the HTML`);
  const body = elements(page.tree, (e) => e.tagName === 'body')[0];
  const visible = [
    body ? textOf(body) : '',
    ...elements(page.tree, (e) => e.tagName === 'title').map(textOf),
    ...elements(page.tree, (e) => e.tagName === 'meta').map((e) => attr(e, 'content') ?? ''),
  ].join('\n');
  for (const marker of LEAK_MARKERS) {
    if (visible.includes(marker) && !datasetText.includes(marker))
      problems.leaks.push(`${where}: shows ${JSON.stringify(marker)}, which no source text contains`);
  }
}

/** orphans: breadth-first from the home page over links, and GET forms (the search box is how readers reach the search page). */
function checkOrphans(site: Site, problems: Problems): void {
  const home = fileFor(site.base.endsWith('/') ? site.base : `${site.base}/`, site.files, site.base);
  if (!home) {
    problems.orphans.push('no home page (index.html)');
    return;
  }
  const reached = new Set<string>([home]);
  const queue = [home];
  while (queue.length) {
    const page = site.pages.get(queue.shift()!);
    if (!page) continue;
    const links = elements(
      page.tree,
      (x) =>
        ((x.tagName === 'a' || x.tagName === 'area') && attr(x, 'href') !== undefined) ||
        (x.tagName === 'form' && attr(x, 'action') !== undefined && (attr(x, 'method') ?? 'get').toLowerCase() === 'get'),
    );
    for (const e of links) {
      const target = resolveUrl(attr(e, e.tagName === 'form' ? 'action' : 'href')!, page.url, site.origin);
      if (!target?.internal) continue;
      const file = fileFor(target.path!, site.files, site.base);
      if (file && file.endsWith('.html') && !reached.has(file)) {
        reached.add(file);
        queue.push(file);
      }
    }
  }
  for (const page of site.pages.values()) {
    if (reached.has(page.file) || page.redirect || page.file === '404.html') continue;
    problems.orphans.push(`${page.url}: not reachable from the home page`);
  }
}

/** external: loads from stylesheets. */
function checkStylesheets(files: SiteFiles, problems: Problems): void {
  for (const [file, content] of files) {
    if (file.endsWith('.css')) for (const url of cssUrls(asText(content))) problems.external.push(`/${file}: loads ${url}`);
  }
}

/** budget: total size, any one page, JavaScript outside Pagefind. Returns the total size. */
function checkBudget(files: SiteFiles, budget: Budget, problems: Problems): number {
  let bytes = 0;
  let scripts = 0;
  for (const [file, content] of files) {
    const n = size(content);
    bytes += n;
    if (/\.m?js$/.test(file) && !file.startsWith('pagefind/')) scripts += n;
    if (file.endsWith('.html') && n > budget.pageBytes) problems.budget.push(`/${file}: ${kb(n)}, over the ${kb(budget.pageBytes)} a page may weigh`);
  }
  if (bytes > budget.totalBytes) problems.budget.push(`the site is ${kb(bytes)}, over its ${kb(budget.totalBytes)} budget`);
  if (scripts > budget.scriptBytes) problems.budget.push(`its JavaScript is ${kb(scripts)}, over the ${kb(budget.scriptBytes)} budget (Pagefind not counted)`);
  return bytes;
}

function kb(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`;
}

/** url(...) and @import targets on another host. */
export function cssUrls(css: string): string[] {
  const out: string[] = [];
  const re = /url\(\s*(['"]?)([^'")]*)\1\s*\)|@import\s+(['"])([^'"]+)\3/gi;
  for (const m of css.matchAll(re)) {
    const url = (m[2] ?? m[4] ?? '').trim();
    if (/^(https?:)?\/\//i.test(url)) out.push(url);
  }
  return out;
}

/** Every string in the dataset (dist/data/casebook.json), joined: what sources legitimately say. */
function datasetStrings(files: SiteFiles): string {
  const json = files.get('data/casebook.json');
  if (!json) return '';
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  try {
    walk(JSON.parse(asText(json)));
  } catch {
    return '';
  }
  return out.join('\n');
}

/**
 * What the policy must say: nothing from another host, no inline script or
 * eval (Pagefind's WebAssembly needs 'wasm-unsafe-eval', its worker blob:),
 * no plugins, no framing, no <base> hijack.
 */
export function cspProblems(policy: string): string[] {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), values);
  }
  const issues: string[] = [];
  const fallback = directives.get('default-src');
  const get = (name: string) => directives.get(name) ?? fallback;
  const script = directives.get('script-src') ?? fallback;
  if (!script) issues.push('CSP has no script-src (nor default-src)');
  else {
    for (const bad of ["'unsafe-inline'", "'unsafe-eval'", '*', 'data:', 'http:', 'https:', 'blob:']) {
      if (script.includes(bad) && !(bad === "'unsafe-inline'" && script.some((s) => /^'(sha\d+-|nonce-)/.test(s)))) issues.push(`CSP script-src allows ${bad}`);
    }
    for (const source of script) if (/^(https?:)?\/\/|^[a-z0-9-]+\.[a-z]/i.test(source)) issues.push(`CSP script-src allows another host (${source})`);
  }
  for (const name of ['style-src', 'img-src', 'connect-src', 'font-src', 'worker-src', 'frame-src', 'media-src', 'object-src']) {
    const values = get(name);
    if (!values) continue;
    for (const source of values)
      if (source === '*' || /^(https?:)?\/\//i.test(source) || source === 'http:' || source === 'https:')
        issues.push(`CSP ${name} allows another host (${source})`);
  }
  const objects = get('object-src');
  if (!objects || !(objects.length === 1 && objects[0] === "'none'")) issues.push("CSP lacks object-src 'none'");
  const baseUri = directives.get('base-uri');
  if (!baseUri || !baseUri.every((s) => s === "'self'" || s === "'none'")) issues.push("CSP lacks base-uri 'self' or 'none'");
  return issues;
}

/** A report for people: one line per problem, grouped by check. */
export function formatAudit(result: AuditResult): string[] {
  const lines: string[] = [];
  for (const check of CHECKS) {
    const list = result.problems[check];
    lines.push(`audit: ${check}: ${list.length === 0 ? 'ok' : `${list.length} problem${list.length === 1 ? '' : 's'}`}`);
    for (const problem of list.slice(0, 50)) lines.push(`  ${problem}`);
    if (list.length > 50) lines.push(`  ... and ${list.length - 50} more`);
  }
  lines.push(`audit: ${result.pages} pages, ${result.files} files, ${kb(result.bytes)}: ${result.ok ? 'all checks pass' : 'FAILED'}`);
  return lines;
}
