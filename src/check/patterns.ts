/**
 * Checks of the taxonomy's patterns against the articles: one that matches
 * the empty string matches everything (an error); one that matches no
 * article yet is a warning.
 */

import type { TaxonomyEntry } from '../model/types.ts';
import { syntaxChars } from '../util/regex-source.ts';
import { error, lineOf, type Problem, warning } from './problem.ts';

/** `texts`: every paragraph of every article; `fileText`: a topic file's text, by path (for line numbers). */
export function patternProblems(topics: Iterable<TaxonomyEntry>, texts: string[], fileText: (path: string) => string): Problem[] {
  const problems: Problem[] = [];
  // Each text once (republished copy repeats paragraphs).
  const corpus = [...new Set(texts)];
  const joined = corpus.join('\n');
  for (const topic of topics) {
    const text = fileText(topic.file);
    for (const pattern of topic.patterns) {
      const re = new RegExp(pattern, 'iu');
      if (re.test('')) {
        problems.push(error(topic.file, lineOf(text, pattern), `pattern ${JSON.stringify(pattern)} matches the empty string, so it matches everything`));
      } else if (corpus.length && !matchesAny(re, pattern, corpus, joined)) {
        problems.push(
          warning(topic.file, lineOf(text, pattern), `pattern ${JSON.stringify(pattern)} matches no article yet`, 'pattern matches no article yet'),
        );
      }
    }
  }
  return problems;
}

/**
 * Whether `re` matches one of `texts`. Most patterns of a young taxonomy match nothing, and proving that
 * took one test per paragraph per pattern (seconds at 3,000 articles). One scan of all texts joined by
 * newlines says it at once for a pattern that cannot tell a text's edge from a newline: one without
 * ^, $ or lookarounds (\b sees a newline as it sees the edge, a non-word character). Such a pattern that
 * matches a text also matches the joined texts there, so no match in them means no match in any text.
 * A match in them may straddle two texts: then, and for other patterns, each text is tested.
 */
function matchesAny(re: RegExp, pattern: string, texts: string[], joined: string): boolean {
  if (edgeBlind(pattern) && !re.test(joined)) return false;
  return texts.some((t) => re.test(t));
}

/** No anchor and no lookaround outside character classes (escapes skipped); named groups are fine. */
function edgeBlind(pattern: string): boolean {
  for (const { char, index } of syntaxChars(pattern)) {
    if (char === '^' || char === '$') return false;
    const next = pattern.slice(index + 1, index + 4);
    if (char === '(' && /^\?(?:[=!]|<[=!])/.test(next)) return false;
  }
  return true;
}
