/**
 * One example URL per page type of the built site, picked from the dataset so
 * the richest examples are used (the case with most facts, the busiest topic...).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';

interface Dataset {
  articles: Array<{ id: string; cases: string[] }>;
  cases: Array<{ id: string; facts: unknown[]; dramatization: boolean; topics: string[]; people: string[]; organisations: string[]; places: string[] }>;
  entities: Array<{ id: string }>;
}

export function pageTypes(dist = 'dist'): Array<{ name: string; path: string }> {
  const d: Dataset = JSON.parse(readFileSync(`${dist}/data/casebook.json`, 'utf8'));
  const byFacts = [...d.cases].sort((a, b) => b.facts.length - a.facts.length);
  const real = byFacts.find((c) => !c.dramatization) ?? byFacts[0];
  const drama = byFacts.find((c) => c.dramatization);
  const topicCount = new Map<string, number>();
  for (const c of d.cases) for (const t of c.topics) topicCount.set(t, (topicCount.get(t) ?? 0) + 1);
  const topic = [...topicCount.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'gallium';
  const entityCount = new Map<string, number>();
  for (const c of d.cases) for (const e of [...c.people, ...c.organisations, ...c.places]) entityCount.set(e, (entityCount.get(e) ?? 0) + 1);
  const person = d.cases.flatMap((c) => c.people)[0];
  // A page of the entity index's letters (src/pages/entities/letter/): the first one built.
  const letter = existsSync(`${dist}/entities/letter`) ? readdirSync(`${dist}/entities/letter`).sort()[0] : undefined;
  const article = [...d.articles].sort((a, b) => b.cases.length - a.cases.length)[0];
  const pages = [
    { name: 'home', path: '' },
    { name: 'cases', path: 'cases/' },
    real && { name: 'case', path: `cases/${real.id}/` },
    drama && { name: 'case-dramatization', path: `cases/${drama.id}/` },
    { name: 'articles', path: 'articles/' },
    article && { name: 'article', path: `articles/${article.id}/` },
    { name: 'topics', path: 'topics/' },
    { name: 'topic', path: `topics/${topic}/` },
    { name: 'entities', path: 'entities/' },
    person && { name: 'entity', path: `entities/${person}/` },
    letter && { name: 'entity-letter', path: `entities/letter/${letter}/` },
    { name: 'timeline', path: 'timeline/' },
    { name: 'explore', path: 'explore/' },
    { name: 'not-found', path: '404.html' },
  ];
  return pages.filter((p): p is { name: string; path: string } => !!p);
}
