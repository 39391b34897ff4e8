/**
 * `npm run bundle`: the built site (dist/) as a zip that works unzipped from
 * file:// — every internal URL relative, directory links to `index.html`,
 * module scripts turned into classic ones (file:// runs no modules), an
 * offline search index and the classic script that answers from it. Nothing is
 * fetched from a network. Run `npm run build` first.
 *
 *   --dist DIR   the built site (default dist)
 *   --out DIR    where the unzipped copy is written (default tmp/offline/casebook)
 *   --zip FILE   the zip (default tmp/offline/casebook-offline.zip)
 *
 * `npm run preview -- --dir tmp/offline/casebook` serves the same copy over HTTP.
 */

import { createWriteStream, existsSync } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, posix, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
// @ts-expect-error yazl ships no types
import yazl from 'yazl';
import { buildOfflineIndex, offlineIndexScript } from '../src/search/build/offline-index.ts';
import { classicScript, classicScriptTags, moduleScriptSrcs } from './lib/classic-scripts.ts';
import { detectBase, relativeUrl, relativizeCss, relativizeHtml } from './lib/relativize.ts';

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    out: { type: 'string', default: 'tmp/offline/casebook' },
    zip: { type: 'string', default: 'tmp/offline/casebook-offline.zip' },
  },
});
const dist = resolve(values.dist!);
const out = resolve(values.out!);
const zipPath = resolve(values.zip!);
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`bundle: ${values.dist}/index.html is missing; run \`npm run build\` first`);
  process.exit(1);
}
// The base path the site was built for (CASEBOOK_BASE at build time), read from the built home page.
const base = process.env.CASEBOOK_BASE ?? detectBase(await readFile(join(dist, 'index.html'), 'utf8')) ?? '/';

const started = performance.now();
const files = (await readdir(dist, { withFileTypes: true, recursive: true }))
  .filter((e) => e.isFile())
  .map((e) => relative(dist, join(e.parentPath, e.name)).split(sep).join('/'))
  .filter((f) => resolve(dist, f) !== zipPath)
  .sort();

// The output folder is replaced: refuse anything that is not a previous bundle (or new).
const inside = (child: string, parent: string) => child === parent || child.startsWith(parent + sep);
if (inside(process.cwd(), out) || inside(dist, out) || inside(out, dist)) {
  console.error(`bundle: --out ${values.out} would overlap the project or the built site; choose a folder of its own`);
  process.exit(1);
}
if (existsSync(out) && (await readdir(out)).length && !existsSync(join(out, 'offline-search.js'))) {
  console.error(`bundle: ${values.out} exists and is not an earlier bundle; not replacing it`);
  process.exit(1);
}
await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });

const pages: { html: string; relPath: string }[] = [];
const moduleScripts = new Set<string>();
let htmlCount = 0;
for (const rel of files) {
  const from = join(dist, rel);
  const to = join(out, rel);
  await mkdir(dirname(to), { recursive: true });
  if (rel.endsWith('.html') && !rel.startsWith('pagefind/')) {
    const html = await readFile(from, 'utf8');
    pages.push({ html, relPath: rel });
    const toRoot = posix.relative(posix.dirname(`/${rel}`), '/') || '.';
    const script = `<script src="${toRoot}/offline-search.js" data-casebook-offline defer></script>`;
    for (const src of moduleScriptSrcs(html)) moduleScripts.add(src);
    let page = relativizeHtml(classicScriptTags(html), rel, base);
    page = page.includes('</head>') ? page.replace('</head>', `${script}</head>`) : script + page;
    await writeFile(to, page);
    htmlCount++;
  } else if (rel.endsWith('.css')) {
    await writeFile(to, relativizeCss(await readFile(from, 'utf8'), rel, base));
  } else {
    await copyFile(from, to);
  }
}

// Every module script the pages load, rebuilt as a classic script under its own name.
for (const src of moduleScripts) {
  const rel = relativeUrl(src, 'index.html', base);
  if (rel === null) continue; // another host's script: the audit forbids those
  await writeFile(join(out, rel), await classicScript(join(dist, rel)));
}

// The offline search: index + classic script (an IIFE: file:// runs no modules).
const index = buildOfflineIndex(pages);
if (!index.docs.length) {
  console.error('bundle: no page carries data-pagefind-body, so the offline search would be empty');
  process.exit(1);
}
await writeFile(join(out, 'search-index.js'), offlineIndexScript(index));
await writeFile(
  join(out, 'offline-search.js'),
  await classicScript(resolve('src/search/browser/offline-entry.ts'), { 'import.meta.env.BASE_URL': JSON.stringify(base) }),
);
await writeFile(
  join(out, 'README.txt'),
  'Casebook, offline copy.\n\nOpen index.html in a browser (double-click it). Everything works from this folder, search included;\nnothing is fetched from a network. To serve it over HTTP instead: `npx serve` or `python3 -m http.server` in this folder.\n',
);

// Zip it under a top-level folder, so unzipping never spills files.
await mkdir(dirname(zipPath), { recursive: true });
const zip = new yazl.ZipFile();
const all = (await readdir(out, { withFileTypes: true, recursive: true }))
  .filter((e) => e.isFile())
  .map((e) => join(e.parentPath, e.name))
  .sort();
const mtime = new Date('2000-01-01T00:00:00Z');
for (const file of all)
  zip.addFile(file, `casebook/${relative(out, file).split(sep).join('/')}`, { mtime, compress: !/\.(png|jpe?g|webp|zip|pagefind|pf_\w+)$/.test(file) });
zip.end();
await new Promise<void>((ok, fail) => {
  zip.outputStream.pipe(createWriteStream(zipPath)).on('close', ok).on('error', fail);
});

const kb = async (p: string) => `${((await stat(p)).size / 1024).toFixed(0)} KB`;
console.log(
  `bundle: ${htmlCount} pages relativized, ${index.docs.length} in the offline index (search-index.js ${await kb(join(out, 'search-index.js'))}), ` +
    `zip ${relative(process.cwd(), zipPath)} ${await kb(zipPath)}, unzipped copy in ${relative(process.cwd(), out)} (${((performance.now() - started) / 1000).toFixed(1)} s)`,
);
