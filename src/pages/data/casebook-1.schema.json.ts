/** The dataset's JSON Schema, served at the address its `$id` names. */
import { datasetJsonSchema, SCHEMA_PATH } from '../../model/json-schema.ts';
import { href } from '../../site/urls.ts';
import { publicUrl } from '../../site.config.ts';

export function GET() {
  return new Response(datasetJsonSchema(publicUrl(href(SCHEMA_PATH))), { headers: { 'Content-Type': 'application/schema+json' } });
}
