/** The entities a case names, and what the sources say of each: the paragraphs that name it, the roles it plays. */
import type { Case } from '../model/schema.ts';
import { ROLE_LABELS } from './labels.ts';
import { paragraphNumber, paragraphText } from './paragraphs.ts';
import type { SiteModel } from './site-model.ts';

export interface EntityMention {
  article: string;
  paragraph: string;
  text: string | null;
  cases: string[];
}

/** Every entity a case names (people, organisations, places, and whoever has a role), once each. */
export function entityIds(c: Case): string[] {
  return [...new Set([...c.people, ...c.organisations, ...c.places, ...c.roles.map((r) => r.entity)])];
}

/** What the sources say of an entity: each paragraph that names it, once. */
export function entityMentions(model: SiteModel, id: string): EntityMention[] {
  const found = new Map<string, EntityMention>();
  for (const c of model.casesByEntity.get(id) ?? []) {
    const refs = [...c.roles.filter((r) => r.entity === id).map((r) => r.source), ...c.facts.filter((f) => f.field.endsWith(`:${id}`)).map((f) => f.source)];
    for (const ref of refs) {
      const key = `${ref.article}#${ref.paragraph}`;
      const m = found.get(key) ?? { article: ref.article, paragraph: ref.paragraph, text: paragraphText(model, ref), cases: [] };
      if (!m.cases.includes(c.id)) m.cases.push(c.id);
      found.set(key, m);
    }
  }
  return [...found.values()].sort((a, b) => a.article.localeCompare(b.article) || paragraphNumber(a.paragraph) - paragraphNumber(b.paragraph));
}

/** The role an entity plays across its cases, e.g. ["suspect"]. */
export function entityRoles(model: SiteModel, id: string): string[] {
  return [...new Set((model.casesByEntity.get(id) ?? []).flatMap((c) => c.roles.filter((r) => r.entity === id).map((r) => ROLE_LABELS[r.role] ?? r.role)))];
}
