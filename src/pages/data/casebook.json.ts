/** The dataset, served byte for byte as ingest wrote it. */
import { readFile } from 'node:fs/promises';

export async function GET() {
  const dir = process.env.CASEBOOK_CONTENT ?? 'content';
  return new Response(await readFile(`${dir}/casebook.json`), { headers: { 'Content-Type': 'application/json' } });
}
