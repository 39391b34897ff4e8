/** The dataset's JSON Schema, derived from the zod contract so the two cannot drift. */
import { z } from 'zod';
import { Dataset } from './schema.ts';

export function datasetJsonSchema(): string {
  const schema = z.toJSONSchema(Dataset, { io: 'output', target: 'draft-2020-12' });
  return `${JSON.stringify({ $id: 'https://casebook.example.org/casebook-1.schema.json', title: 'Casebook dataset (casebook/1)', ...schema }, null, 2)}\n`;
}
