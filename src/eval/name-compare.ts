/**
 * People found in English reports, by Casebook's readers and by an outside
 * recogniser, against the gold's people: which finds more of them, and which
 * finds fewer names the gold does not have. A measurement for choosing a
 * library, not part of the reading.
 */
import { nameMatches } from './score.ts';

export interface NameCounts {
  gold: number;
  /** Gold people each reader found (a surname alone counts, as in the eval). */
  found: Record<string, number>;
  /** Gold people found by any reader. */
  either: number;
  /** People each reader gave, and how many of them the gold has. */
  named: Record<string, { all: number; right: number }>;
}

export function emptyCounts(readers: string[]): NameCounts {
  return {
    gold: 0,
    found: Object.fromEntries(readers.map((r) => [r, 0])),
    either: 0,
    named: Object.fromEntries(readers.map((r) => [r, { all: 0, right: 0 }])),
  };
}

/**
 * Adds one article: its gold people and the people each reader found, each person as the names it goes by
 * (a name and its aliases; the same person found twice counts once).
 */
export function addArticle(counts: NameCounts, gold: string[], byReader: Record<string, string[][]>): void {
  const people = [...new Set(gold)];
  counts.gold += people.length;
  for (const person of people) {
    let any = false;
    for (const [reader, found] of Object.entries(byReader)) {
      if (!found.some((names) => names.some((n) => nameMatches(person, n)))) continue;
      counts.found[reader]! += 1;
      any = true;
    }
    if (any) counts.either += 1;
  }
  for (const [reader, found] of Object.entries(byReader)) {
    const unique = [...new Map(found.map((names) => [names.join('\n'), names])).values()];
    counts.named[reader]!.all += unique.length;
    counts.named[reader]!.right += unique.filter((names) => names.some((n) => people.some((p) => nameMatches(p, n)))).length;
  }
}

export function formatCounts(counts: NameCounts): string {
  const ratio = (a: number, b: number) => (b ? (a / b).toFixed(3) : 'n/a');
  const lines = Object.keys(counts.found).map((reader) => {
    const named = counts.named[reader]!;
    return `${reader}: recall ${ratio(counts.found[reader]!, counts.gold)} (${counts.found[reader]}/${counts.gold}), precision ${ratio(named.right, named.all)} (${named.right}/${named.all})`;
  });
  lines.push(`either: recall ${ratio(counts.either, counts.gold)} (${counts.either}/${counts.gold})`);
  return lines.join('\n');
}
