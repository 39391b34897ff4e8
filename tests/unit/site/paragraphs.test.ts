import { describe, expect, it } from 'vitest';
import { articleMarkdown } from '../../../src/emit/emit.ts';
import { paragraphsFromBody } from '../../../src/site/paragraphs.ts';
import { articleOf } from '../../helpers/hostile-property.ts';

describe('paragraphsFromBody', () => {
  it('reads the Para elements of a generated article body as plain text', () => {
    const body =
      '<Para id="p1">\n  Gallium \\{not code\\} and *emphasis*, a [link](https://x.test).\n</Para>\n\n<Para id="p2">\n  Second &#x3C;b> line\n</Para>\n';
    expect(paragraphsFromBody(body, 'mdx')).toEqual([
      { id: 'p1', text: 'Gallium {not code} and emphasis, a link.' },
      { id: 'p2', text: 'Second <b> line' },
    ]);
  });
  it('reads the anchored paragraphs of a generated Markdown body, escapes undone', () => {
    const body = articleMarkdown(articleOf('t', ['Gallium {not code} and *not emphasis* <b>', 'Second\nline']));
    expect(paragraphsFromBody(body.slice(body.indexOf('\n---\n', 4) + 5), 'md')).toEqual([
      { id: 'p1', text: 'Gallium {not code} and *not emphasis* <b>' },
      { id: 'p2', text: 'Second line' },
    ]);
  });
  it("reads a contributor's Markdown: emphasis and links become their text, plain paragraphs count from p1", () => {
    expect(paragraphsFromBody('One *two* [three](https://x.test).\n\nFour.\n', 'md')).toEqual([
      { id: 'p1', text: 'One two three.' },
      { id: 'p2', text: 'Four.' },
    ]);
  });
});
