/**
 * A saved HTML page -> the text of its main content, paragraphs separated by
 * blank lines, plus what the page's <head> says about itself. The text then
 * goes through the same cleaning as a .txt seed: pages put bylines, captions
 * and "related" lists inside <article> too.
 */

import type { Element, Nodes, Parents, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import type { PageMeta } from '../../model/types.ts';
import { readableContent } from './html-readable.ts';

export type { PageMeta };

export interface HtmlText {
  text: string;
  meta: PageMeta;
  /** Text of the elements dropped as furniture, with the reason, for the removed[] record. */
  dropped: Array<{ text: string; reason: string }>;
}

const DROP_REASON: Record<string, string> = {
  script: 'markup',
  style: 'markup',
  noscript: 'markup',
  template: 'markup',
  svg: 'markup',
  iframe: 'markup',
  nav: 'navigation',
  menu: 'navigation',
  header: 'navigation',
  footer: 'navigation',
  form: 'navigation',
  button: 'navigation',
  aside: 'related',
  figcaption: 'caption',
  video: 'video',
  audio: 'video',
};

// Page furniture that is never article text, wherever it sits.
const DROP_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'svg',
  'canvas',
  'form',
  'button',
  'select',
  'input',
  'nav',
  'aside',
  'figcaption',
  'video',
  'audio',
  'object',
  'embed',
  'menu',
  'dialog',
]);
// Outside the chosen content these are site chrome; inside <article> a
// <header> holds the headline and byline, which cleaning sorts out.
const CHROME_TAGS = new Set(['header', 'footer']);
const FURNITURE_RE =
  /(^|[\s_-])(nav|navbar|menu|breadcrumbs?|share|social|related|recommend\w*|comments?|newsletter|subscribe|promo|advert\w*|ads?|banner|cookie|footer|sidebar|popup|modal|tags?|more-stories|read-more)($|[\s_-])/i;

function isElement(node: Nodes): node is Element {
  return node.type === 'element';
}

function attr(node: Element, name: string): string {
  const v = node.properties?.[name];
  return Array.isArray(v) ? v.join(' ') : v == null ? '' : String(v);
}

function walk(node: Nodes, visit: (el: Element) => void): void {
  if (isElement(node)) visit(node);
  if ('children' in node) for (const child of node.children) walk(child as Nodes, visit);
}

function find(node: Nodes, test: (el: Element) => boolean): Element | null {
  let hit: Element | null = null;
  walk(node, (el) => {
    if (!hit && test(el)) hit = el;
  });
  return hit;
}

function textOf(node: Nodes | null): string | null {
  if (!node) return null;
  const t = toText(node).replace(/\s+/g, ' ').trim();
  return t || null;
}

function prune(parent: Parents, drop: (el: Element) => boolean, dropped: HtmlText['dropped']): void {
  parent.children = parent.children.filter((c) => {
    if (!isElement(c as Nodes) || !drop(c as Element)) return true;
    const el = c as Element;
    const text = (el.tagName === 'script' || el.tagName === 'style' ? el.children.map((t) => ('value' in t ? t.value : '')).join('') : toText(el))
      .replace(/\s+/g, ' ')
      .trim();
    if (text)
      dropped.push({
        text: text.length > 300 ? `${text.slice(0, 300)}…` : text,
        reason:
          DROP_REASON[el.tagName] ??
          (/related|recommend|more-stories|read-more/i.test(`${attr(el, 'className')} ${attr(el, 'id')}`) ? 'related' : 'navigation'),
      });
    return false;
  }) as typeof parent.children;
  for (const c of parent.children) if ('children' in c) prune(c as Parents, drop, dropped);
}

function metaContent(tree: Root, ...keys: string[]): string | null {
  for (const key of keys) {
    const el = find(tree, (e) => e.tagName === 'meta' && (attr(e, 'name') === key || attr(e, 'property') === key || attr(e, 'itemProp') === key));
    const v = el ? attr(el, 'content').trim() : '';
    if (v) return v;
  }
  return null;
}

/** Length of text in <p> children: a content block is dense in paragraphs, not links. */
function paragraphWeight(el: Element | Root): number {
  let weight = 0;
  walk(el, (e) => {
    if (e.tagName === 'p') weight += (textOf(e) ?? '').length;
  });
  let links = 0;
  walk(el, (e) => {
    if (e.tagName === 'a') links += (textOf(e) ?? '').length;
  });
  return weight - links;
}

function mainContent(body: Element | Root): Element | Root {
  const candidates: Element[] = [];
  walk(body, (e) => {
    if (
      e.tagName === 'article' ||
      e.tagName === 'main' ||
      attr(e, 'role') === 'main' ||
      /\b(article|story|post|content|entry)[-_]?(body|content|text)?\b/i.test(`${attr(e, 'className')} ${attr(e, 'id')}`)
    )
      candidates.push(e);
  });
  // No marked-up content block: take the block with the most paragraph text.
  if (candidates.length === 0)
    walk(body, (e) => {
      if (e.tagName === 'div' || e.tagName === 'section') candidates.push(e);
    });
  let best: Element | null = null;
  let bestWeight = 0;
  for (const c of candidates) {
    const w = paragraphWeight(c);
    // An <article> wins over a bigger wrapper only if it holds most of the text.
    if (w > bestWeight * (c.tagName === 'article' ? 0.8 : 1.25) || !best) {
      if (best && w < bestWeight * 0.8) continue;
      best = c;
      bestWeight = w;
    }
  }
  return best && bestWeight > 0 ? best : body;
}

const pruneFurniture = (el: Element) => DROP_TAGS.has(el.tagName) || el.properties?.hidden === true || attr(el, 'ariaHidden') === 'true';

/**
 * The content block Readability finds, with the same furniture taken out as
 * from the whole page; null when it finds none or only furniture. What it
 * drops is not recorded: the page's own furniture is recorded from the body.
 */
function readableBlock(html: string): Root | null {
  const block = readableContent(html);
  if (!block) return null;
  prune(block, pruneFurniture, []);
  return textOf(block) ? block : null;
}

export function htmlToText(html: string): HtmlText {
  const tree = fromHtml(html);
  const htmlEl = find(tree, (e) => e.tagName === 'html');
  const meta: PageMeta = {
    title: textOf(find(tree, (e) => e.tagName === 'title')),
    headline: null,
    siteName: metaContent(tree, 'og:site_name', 'application-name', 'publisher'),
    author: metaContent(tree, 'author', 'article:author', 'byl', 'dc.creator'),
    published: metaContent(tree, 'article:published_time', 'datePublished', 'pubdate', 'publishdate', 'date', 'dc.date', 'og:published_time'),
    url:
      metaContent(tree, 'og:url') ??
      (() => {
        const link = find(tree, (e) => e.tagName === 'link' && attr(e, 'rel') === 'canonical');
        return link ? attr(link, 'href') || null : null;
      })(),
    language: (htmlEl && attr(htmlEl, 'lang')) || null,
  };
  const ogTitle = metaContent(tree, 'og:title', 'twitter:title');
  const body = find(tree, (e) => e.tagName === 'body') ?? tree;
  const dropped: HtmlText['dropped'] = [];
  prune(body as Parents, pruneFurniture, dropped);
  const main = readableBlock(html) ?? mainContent(body);
  // Inside <article> a <header> holds the headline and byline (cleaning sorts
  // them out); a <footer> holds tags and share links. Without a content block
  // both are site chrome. A furniture-like class name on the element that
  // holds most of the paragraphs ("entry-content-read-more") names the story
  // itself, and it stays.
  const storyWeight = paragraphWeight(main) / 2;
  prune(
    main as Parents,
    (el) =>
      el.tagName === 'footer' ||
      (main === body && CHROME_TAGS.has(el.tagName)) ||
      (el.tagName !== 'p' &&
        el.tagName !== 'article' &&
        FURNITURE_RE.test(`${attr(el, 'className')} ${attr(el, 'id')}`) &&
        !(storyWeight > 0 && paragraphWeight(el) >= storyWeight)),
    dropped,
  );
  if (main !== body) meta.headline = textOf(find(main, (e) => e.tagName === 'h1'));
  meta.headline ??= textOf(find(body, (e) => e.tagName === 'h1')) ?? ogTitle;
  const time = find(main, (e) => e.tagName === 'time' && attr(e, 'dateTime') !== '');
  meta.published ??= time ? attr(time, 'dateTime') : null;
  const text = toText(main as Nodes)
    .split('\n')
    .map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { text, meta, dropped };
}
