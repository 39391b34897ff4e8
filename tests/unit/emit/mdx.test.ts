import { describe, expect, it } from 'vitest';
import { jsx, paragraph, toMdx } from '../../../src/emit/mdx.ts';
import { isSlug, slugify } from '../../../src/util/slug.ts';

describe('toMdx', () => {
  it('escapes MDX syntax in text', () => {
    const out = toMdx({ title: 'x' }, [jsx('Para', { id: 'p1' }, [paragraph('{process.exit(1)} <script>')])]);
    expect(out).toContain('\\{process.exit(1)}');
    expect(out).toContain('\\<script>');
  });
});

describe('slugify', () => {
  it.each([
    ['China’s MSS Fights', 'chinas-mss-fights'],
    ['../../etc/passwd', 'etc-passwd'],
  ])('%s -> %s', (input, expected) => {
    expect(slugify(input)).toBe(expected);
  });
  it('never returns an empty or unsafe slug', () => {
    for (const input of ['點新聞', '🙂🙂', '', '////', 'a'.repeat(500)]) expect(isSlug(slugify(input))).toBe(true);
  });
});
