import { describe, expect, it } from 'vitest';
import { readRegistry } from '../../../src/ingest/inputs.ts';

describe('readRegistry (content/ids.json)', () => {
  it('reads the article ids', () => {
    const { registry, error } = readRegistry('{"articles": {"seeds/a.txt": "an-article"}}', 'content/ids.json');
    expect(error).toBeNull();
    expect(registry.articles['seeds/a.txt']).toBe('an-article');
  });
  it('starts empty where there is no file yet', () => {
    expect(readRegistry(null, 'content/ids.json')).toEqual({ registry: { articles: {} }, error: null });
  });
  it('never takes a broken file for an empty one: it names the file and what to do', () => {
    const { error } = readRegistry('{"articles": {"seeds/a.txt": "an-article",', 'content/ids.json');
    expect(error).toMatch(/^content\/ids\.json:\d+: not valid JSON .* restore it from git/);
  });
  it('refuses a file with no articles object', () => {
    expect(readRegistry('{"articles": []}', 'content/ids.json').error).toMatch(/^content\/ids\.json:1: has no "articles" object/);
  });
});
