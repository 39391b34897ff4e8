/**
 * The taxonomy is data that contributors extend by pull request: one MDX file
 * per topic in content/topics/, front matter `{kind, label, patterns}` and the
 * description as the body. This module parses those files (it does no I/O).
 */
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { TopicKind } from '../model/schema.ts';
import type { TaxonomyEntry } from '../model/types.ts';
import { isSlug } from '../util/slug.ts';

export const TopicFrontMatter = z
  .object({
    kind: TopicKind,
    label: z.string().min(1),
    description: z.string().optional(),
    patterns: z.array(z.string().min(1)).default([]),
    curated: z.boolean().optional(),
    /** The page runs code (imports, exports, expressions): allowed, and listed by `npm run check` on every run (src/check/content-policy.ts). */
    'allow-code': z.boolean().optional(),
  })
  .strict();

export type TaxonomyResult = { ok: true; entry: TaxonomyEntry } | { ok: false; error: string };

const FM_RE = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/;

/** Parse one topic file. `file` is its path for messages, `id` its slug. */
export function parseTopicFile(file: string, source: string): TaxonomyResult {
  const id = file.replace(/^.*\//, '').replace(/\.mdx?$/, '');
  if (!isSlug(id)) return { ok: false, error: `${file}:1: the file name must be a slug (a-z, 0-9, hyphens)` };
  const match = FM_RE.exec(source.replace(/\r\n?/g, '\n'));
  if (!match) return { ok: false, error: `${file}:1: a topic file starts with front matter between --- lines` };
  let data: unknown;
  try {
    data = parseYaml(match[1]!);
  } catch (error) {
    return { ok: false, error: `${file}:2: front matter is not valid YAML: ${(error as Error).message.split('\n')[0]}` };
  }
  const parsed = TopicFrontMatter.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const key = String(issue.path[0] ?? '');
    const line = lineOfKey(match[1]!, key);
    return { ok: false, error: `${file}:${line}: ${key || 'front matter'}: ${issue.message}` };
  }
  for (const pattern of parsed.data.patterns) {
    try {
      new RegExp(pattern, 'iu');
    } catch (error) {
      return {
        ok: false,
        error: `${file}:${lineOfText(match[1]!, pattern)}: pattern ${JSON.stringify(pattern)} is not a valid regular expression: ${(error as Error).message}`,
      };
    }
  }
  const body = match[2]!.trim();
  return {
    ok: true,
    entry: {
      id,
      kind: parsed.data.kind,
      label: parsed.data.label,
      description: parsed.data.description ?? firstParagraph(body),
      patterns: parsed.data.patterns,
      file,
    },
  };
}

function firstParagraph(body: string): string {
  return (body.split(/\n\s*\n/)[0] ?? '').replace(/\s+/g, ' ').trim();
}

function lineOfKey(yaml: string, key: string): number {
  const index = yaml.split('\n').findIndex((l) => l.startsWith(`${key}:`));
  return index < 0 ? 2 : index + 2;
}

function lineOfText(yaml: string, needle: string): number {
  const index = yaml.split('\n').findIndex((l) => l.includes(needle));
  return index < 0 ? 2 : index + 2;
}
