/** The dataset, served byte for byte as ingest wrote it. */
import { readFile } from 'node:fs/promises';

export async function GET() {
  return new Response(await readFile('content/casebook.json'), { headers: { 'Content-Type': 'application/json' } });
}
