/**
 * The components an MDX page in content/ may use without importing them.
 * `npm run check` rejects any other component name (src/check/content-policy.ts, MDX_COMPONENTS).
 */
import Para from '../Para.astro';
import Timeline from '../Timeline.astro';
import FactBox from './FactBox.astro';
import CaseList from './MdxCaseList.astro';
import Quote from './MdxQuote.astro';

export const mdxComponents = { Para, Timeline, Quote, CaseList, FactBox };
