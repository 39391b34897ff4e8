/** `npm run preview [-- --port N]`: serve the built site on localhost. */

import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { serve } from './lib/serve.ts';

const { values } = parseArgs({ options: { port: { type: 'string', default: '4321' }, dir: { type: 'string', default: 'dist' } } });
if (!existsSync(values.dir!)) {
  console.error(`preview: ${values.dir} does not exist; run \`npm run build\` first`);
  process.exit(1);
}
const served = await serve(values.dir!, { port: Number(values.port), base: process.env.CASEBOOK_BASE ?? '/' });
console.log(`Casebook is served at ${served.url} (Ctrl+C to stop)`);
