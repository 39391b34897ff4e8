import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasetJsonSchema } from '../../../src/model/json-schema.ts';
import { Dataset } from '../../../src/model/schema.ts';

describe('dataset contract', () => {
  it('docs/casebook.schema.json is up to date (run `npm run schema`)', () => {
    expect(readFileSync('docs/casebook.schema.json', 'utf8')).toBe(datasetJsonSchema());
  });
  it('content/casebook.json satisfies the contract', () => {
    const parsed = Dataset.safeParse(JSON.parse(readFileSync('content/casebook.json', 'utf8')));
    expect(parsed.success ? '' : parsed.error.message).toBe('');
  });
});
