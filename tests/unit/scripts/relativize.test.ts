import { describe, expect, it } from 'vitest';
import { detectBase, relativeUrl, relativizeCss, relativizeHtml } from '../../../scripts/lib/relativize.ts';

describe('relativeUrl', () => {
  it.each([
    ['/', 'index.html', 'index.html'],
    ['/cases/', 'index.html', 'cases/index.html'],
    ['/cases/x/', 'cases/y/index.html', '../x/index.html'],
    ['/articles/a/#p3', 'cases/y/index.html', '../../articles/a/index.html#p3'],
    ['/search/?q=gallium&type=case', 'topics/index.html', '../search/index.html?q=gallium&type=case'],
    ['/_astro/Base.css', 'cases/y/index.html', '../../_astro/Base.css'],
    ['/favicon.svg', 'index.html', 'favicon.svg'],
    ['/cases/x', 'index.html', 'cases/x/index.html'],
    ['/', 'cases/x/index.html', '../../index.html'],
    ['/cases/x/', 'cases/x/index.html', 'index.html'],
    ['../', 'cases/x/index.html', '../index.html'],
    ['./', 'cases/index.html', 'index.html'],
    ['other/', 'cases/index.html', 'other/index.html'],
  ])('%s from %s → %s', (target, file, expected) => {
    expect(relativeUrl(target, file)).toBe(expected);
  });

  it.each(['https://example.org/x', 'mailto:a@b.c', '#p2', 'data:image/png;base64,xx', '//cdn.example.org/x.js', '', 'javascript:void 0'])(
    'leaves %s alone',
    (target) => {
      expect(relativeUrl(target, 'cases/x/index.html')).toBeNull();
    },
  );

  it('strips the base path and leaves URLs outside it', () => {
    expect(relativeUrl('/casebook/cases/', 'index.html', '/casebook/')).toBe('cases/index.html');
    expect(relativeUrl('/casebook/', 'cases/index.html', '/casebook/')).toBe('../index.html');
    expect(relativeUrl('/elsewhere/', 'index.html', '/casebook/')).toBeNull();
  });

  it('keeps directories as directories when asked (bundle paths for scripts)', () => {
    expect(relativeUrl('/pagefind/', 'search/index.html', '/', false)).toBe('../pagefind/');
  });
});

describe('relativizeHtml', () => {
  it('rewrites every URL attribute of a tag, srcset, inline style and <style>', () => {
    const html =
      '<link rel="stylesheet" href="/_astro/a.css"><a class="x" href="/cases/" title="t">C</a>' +
      '<img src="/img/a.png" srcset="/img/a.png 1x, /img/a@2.png 2x" alt="">' +
      '<form action="/search/" method="get"></form><div style="background:url(/img/b.png)"></div>' +
      '<style>.a{background:url("/img/c.png")}</style><ol data-pagefind-base="/pagefind/"></ol>';
    const out = relativizeHtml(html, 'cases/x/index.html');
    expect(out).toContain('href="../../_astro/a.css"');
    expect(out).toContain('href="../index.html"');
    expect(out).toContain('src="../../img/a.png" srcset="../../img/a.png 1x, ../../img/a@2.png 2x"');
    expect(out).toContain('action="../../search/index.html"');
    expect(out).toContain('style="background:url(../../img/b.png)"');
    expect(out).toContain('url("../../img/c.png")');
    expect(out).toContain('data-pagefind-base="../../pagefind/"');
    expect(out).not.toMatch(/(href|src|action)="\//);
  });

  it('leaves external links, fragments and text alone', () => {
    const html = '<link rel="canonical" href="https://casebook.example.org/cases/"><a href="#main">skip</a><p>see href="/x/" in text</p>';
    expect(relativizeHtml(html, 'index.html')).toBe(html);
  });

  it('keeps entities in attribute values', () => {
    const out = relativizeHtml('<a href="/search/?q=a&amp;type=case">s</a>', 'index.html');
    expect(out).toBe('<a href="search/index.html?q=a&amp;type=case">s</a>');
  });

  it('rewrites meta refresh redirects', () => {
    const out = relativizeHtml('<meta http-equiv="refresh" content="0;url=/cases/new/">', 'cases/old/index.html');
    expect(out).toBe('<meta http-equiv="refresh" content="0;url=../new/index.html">');
  });
});

describe('relativizeCss', () => {
  it('rewrites url() and @import relative to the CSS file', () => {
    expect(
      relativizeCss('@import "/_astro/b.css"; a{src:url(/fonts/f.woff2) format("woff2")} b{background:url(data:image/png;base64,AA)}', '_astro/a.css'),
    ).toBe('@import "b.css"; a{src:url(../fonts/f.woff2) format("woff2")} b{background:url(data:image/png;base64,AA)}');
  });
});

describe('detectBase', () => {
  it('reads the base path from links to Astro assets', () => {
    expect(detectBase('<link rel="stylesheet" href="/_astro/Base.css">')).toBe('/');
    expect(detectBase('<script type="module" src="/casebook/_astro/a.js"></script>')).toBe('/casebook/');
    expect(detectBase('<p>no assets</p>')).toBeNull();
  });
});
