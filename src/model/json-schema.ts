/** The dataset's JSON Schema, derived from the zod contract so the two cannot drift. */
import { z } from 'zod';
import { Dataset } from './schema.ts';

/** Where the site serves the schema, under its base path (src/pages/data/). */
export const SCHEMA_PATH = 'data/casebook-1.schema.json';

/**
 * The schema as JSON text. `$id` is the address it is served at: absolute when
 * the site's public address is known, else the site path (the copy in docs/
 * is written that way, so it does not depend on where a fork publishes).
 */
export function datasetJsonSchema(id = `/${SCHEMA_PATH}`): string {
  const schema = z.toJSONSchema(Dataset, { io: 'output', target: 'draft-2020-12' });
  return `${JSON.stringify({ $id: id, title: 'Casebook dataset (casebook/1)', ...schema }, null, 2)}\n`;
}
