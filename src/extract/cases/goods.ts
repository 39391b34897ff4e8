/**
 * Which materials of the taxonomy are goods, the things a smuggling case is about.
 */
import type { TaxonomyEntry } from '../../model/types.ts';
import { bothScripts } from '../../vocab/han-variants.ts';

const materialPatterns = new WeakMap<TaxonomyEntry[], RegExp | null>();

/**
 * Materials that are secrets, records or devices rather than goods: nobody smuggles them across a border, so
 * they neither make a smuggling story relevant nor title a case as a smuggling case. (What is stolen or
 * found is still a material of the case.)
 */
export const NOT_GOODS = new Set([
  'state-secrets',
  'classified-documents',
  'defence-patents',
  'technical-data',
  'military-site-imagery',
  'surveillance-devices',
]);

/** One expression that matches any material of the taxonomy that is goods. */
export function materialRegExp(taxonomy: TaxonomyEntry[]): RegExp | null {
  if (!materialPatterns.has(taxonomy)) {
    const sources = taxonomy.filter((t) => t.kind === 'material' && !NOT_GOODS.has(t.id)).flatMap((t) => t.patterns);
    materialPatterns.set(taxonomy, sources.length ? new RegExp(sources.map((s) => `(?:${bothScripts(s)})`).join('|'), 'iu') : null);
  }
  return materialPatterns.get(taxonomy)!;
}
