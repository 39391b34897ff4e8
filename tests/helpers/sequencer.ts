/**
 * The order vitest starts test files in: the browser files known to take longest first, then
 * vitest's own order (longest first by the durations it cached, largest file first without them).
 * From a fresh clone vitest has no durations, and by size it started the accessibility and
 * screenshot files last: the run ended with one of them alone on one core for a minute.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Each builds sites or opens every page several times over; longest (measured) first. The last two are short
 * files that build a small site of their own before their first test: by size vitest started them last, and the
 * run ended on their builds.
 */
const LONGEST = [
  'tests/browser/hostile.test.ts',
  'tests/browser/a11y.test.ts',
  'tests/browser/content-policy-build.test.ts',
  'tests/browser/audit.test.ts',
  'tests/browser/screenshots.test.ts',
  'tests/browser/pages.test.ts',
  'tests/browser/search-zh.test.ts',
  'tests/browser/differences.test.ts',
];

function rank(spec: TestSpecification): number {
  const at = LONGEST.findIndex((file) => spec.moduleId.endsWith(file));
  return at < 0 ? LONGEST.length : at;
}

export default class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    // Array sort is stable: files outside the list keep vitest's order.
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}
