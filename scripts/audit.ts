/**
 * `npm run audit [-- --dir DIR]`: audit a built site (default dist/) for broken
 * links, orphan pages, leaked MDX, requests to other hosts, outbound links
 * without rel="noopener noreferrer", inline event handlers, missing lang /
 * title / description, the Content-Security-Policy and the size budget, then
 * validates every page with the W3C Nu Html Checker (needs Java:
 * `bash scripts/ensure-java.sh`). Exits 1 if any check fails. The checks:
 * scripts/lib/audit.ts, scripts/lib/html-validator.ts.
 */

import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { siteOrigin } from '../src/site.config.ts';
import { auditSite, formatAudit, type SiteFiles } from './lib/audit.ts';
import { checkHtml, formatHtmlCheck } from './lib/html-validator.ts';

export async function readSite(dir: string): Promise<SiteFiles> {
  const files: SiteFiles = new Map();
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  for (const e of entries.filter((e) => e.isFile()).sort((a, b) => (join(a.parentPath, a.name) < join(b.parentPath, b.name) ? -1 : 1))) {
    const path = join(e.parentPath, e.name);
    files.set(relative(dir, path).split(sep).join('/'), await readFile(path));
  }
  return files;
}

if (import.meta.main ?? process.argv[1]?.endsWith('audit.ts')) {
  const { values } = parseArgs({ options: { dir: { type: 'string', default: 'dist' } } });
  const dir = values.dir!;
  if (!existsSync(join(dir, 'index.html'))) {
    console.error(`audit: ${dir}/index.html not found; run \`npm run build\` first (or pass --dir DIR)`);
    process.exit(2);
  }
  const result = auditSite(await readSite(dir), {
    base: process.env.CASEBOOK_BASE ?? '/',
    site: siteOrigin(process.env.CASEBOOK_SITE) ?? undefined,
  });
  for (const line of formatAudit(result)) console.log(line);
  const html = checkHtml(dir);
  for (const line of formatHtmlCheck(html)) console.log(line);
  process.exitCode = result.ok && html.ok && html.errors.length === 0 ? 0 : 1;
}
