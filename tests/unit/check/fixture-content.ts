/** A small valid content folder for `npm run check` tests, as a map of path -> text. */

export const ARTICLE = `---
id: an-article
seed: seeds/a.txt
title: "An article"
outlet: null
byline: null
published: null
language: en
onTopic: true
removed: []
cases: [a-case]
---

<Para id="p1">
  Gallium was found in a suitcase at the airport.
</Para>
`;
export const CASE = `---
title: "A case"
topics: [gallium]
sources:
  - article: an-article
    paragraphs: [p1]
---

A summary.
`;
export const TOPIC = `---
kind: material
label: Gallium
patterns:
  - "\\\\bgallium\\\\b"
---

A metal.
`;
export const DATASET = JSON.stringify({
  format: 'casebook/1',
  articles: [],
  cases: [],
  topics: [],
  entities: [{ id: 'org-mss', name: 'MSS', kind: 'organisation', aliases: [] }],
});

export function base(): Map<string, string> {
  return new Map([
    ['content/articles/an-article.mdx', ARTICLE],
    ['content/cases/a-case.mdx', CASE],
    ['content/topics/gallium.mdx', TOPIC],
    ['content/casebook.json', DATASET],
    ['content/judgements.yaml', '[]\n'],
    ['content/redirects.yaml', '[]\n'],
  ]);
}
