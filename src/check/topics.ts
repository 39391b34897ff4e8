/**
 * Topic pages as `npm run check` reads them: every problem of the file, each
 * at its line (the MDX body with the same parser as the build, the YAML with
 * the parser's own line, every schema issue, every invalid pattern), where
 * the site's reader (src/emit/topic-page.ts) stops at the first.
 */

import { type MdxDocument, type Parsed, parseMdx, schemaError } from '../emit/read-page.ts';
import { parseTopicFile, TopicFrontMatter } from '../emit/topic-page.ts';
import type { TaxonomyEntry } from '../model/types.ts';
import { isSlug } from '../util/slug.ts';
import { error, fromError, lineOf, type Problem } from './problem.ts';

export interface TopicRead {
  /** The topic, when its front matter is sound (even if its body is not: cases that cite it are not wrong). */
  entry?: TaxonomyEntry;
  problems: Problem[];
}

/** `doc`: the page parsed as MDX (the check parses each page once). */
export function readTopic(path: string, text: string, doc: Parsed<MdxDocument>): TopicRead {
  // A body that does not compile leaves no tree; the front matter is still read, as Markdown, to report it too.
  const body = doc.ok ? [] : fromError(doc.error);
  const front = frontMatterProblems(path, text, doc.ok ? doc : parseMdx(path, text, 'md'));
  if (front.length) return { problems: [...body, ...front] };
  const parsed = parseTopicFile(path, text);
  return parsed.ok ? { entry: parsed.entry, problems: body } : { problems: [...body, ...fromError(parsed.error)] };
}

function frontMatterProblems(path: string, text: string, doc: Parsed<MdxDocument>): Problem[] {
  if (!doc.ok) return fromError(doc.error);
  const problems: Problem[] = [];
  const id = path.replace(/^.*\//, '').replace(/\.mdx?$/, '');
  if (!isSlug(id)) problems.push(error(path, 1, `the file name '${id}' is not a slug — rename it with a-z, 0-9 and hyphens only`));
  const schema = TopicFrontMatter.safeParse(doc.value.data);
  if (!schema.success) problems.push(...fromError(schemaError(path, text, schema.error)));
  const patterns = (doc.value.data as { patterns?: unknown } | null)?.patterns;
  for (const pattern of Array.isArray(patterns) ? patterns.filter((p) => typeof p === 'string') : []) {
    try {
      new RegExp(pattern, 'iu');
    } catch (e) {
      problems.push(
        error(path, lineOf(text, pattern), `pattern ${JSON.stringify(pattern)} is not a valid regular expression: ${(e as Error).message} — fix the pattern`),
      );
    }
  }
  return problems;
}
