/**
 * Officials and counsel a report names outside the paragraphs of its cases: the prosecutor quoted in a paragraph
 * of her own ("“She was for sale,” prosecutor Jane Roe told jurors"), the defence lawyer's answer, the judge who
 * set the date. Each is a person of the case told before them, by the office of the law or the counsel the words
 * next to the name give (never a suspect: the case's own paragraphs name those; nor a governor who comments).
 */
import type { Paragraph } from '../../model/schema.ts';
import type { CaseDraft } from '../../model/types.ts';
import { actsForTheLaw, findPersonIntros, sameName, titledRole } from './entities.ts';

export interface ReadSegment {
  paragraphs: Paragraph[];
  draft: CaseDraft | null;
}

/** Adds to each draft the officials and counsel named in the article's paragraphs that follow it and belong to no case. */
export function addOfficialsBesideCases(paragraphs: Paragraph[], segments: ReadSegment[]): void {
  const read = segments.filter((s): s is ReadSegment & { draft: CaseDraft } => s.draft !== null);
  if (!read.length) return;
  const order = new Map(paragraphs.map((p, i) => [p.id, i]));
  const covered = new Set(segments.flatMap((s) => s.paragraphs.map((p) => p.id)));
  const startOf = (s: ReadSegment) => order.get(s.paragraphs[0]!.id) ?? 0;
  for (const p of paragraphs) {
    if (covered.has(p.id)) continue;
    const at = order.get(p.id)!;
    // The case told last before the paragraph; before the first case, the first.
    const owner = read.filter((s) => startOf(s) < at).at(-1) ?? read[0]!;
    const people = owner.draft.people;
    for (const intro of findPersonIntros(p.text)) {
      const role = titledRole(intro);
      if (!role || !actsForTheLaw(intro)) continue;
      const names = [intro.name, ...(intro.aliases ?? [])];
      if (people.some((x) => names.some((n) => sameName(x.name, n) || (x.aliases ?? []).some((a) => sameName(a, n))))) continue;
      const aliases = (intro.aliases ?? []).filter((a) => a !== intro.name);
      people.push({ name: intro.name, role, paragraph: p.id, ...(aliases.length ? { aliases } : {}) });
    }
  }
}
