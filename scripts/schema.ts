/** `npm run schema`: write docs/casebook.schema.json from the zod contract in src/model/schema.ts. */
import { writeFileSync } from 'node:fs';
import { datasetJsonSchema } from '../src/model/json-schema.ts';

writeFileSync('docs/casebook.schema.json', datasetJsonSchema());
console.log('schema: wrote docs/casebook.schema.json');
