/**
 * A Chinese report's case titled in Chinese, in the report's own script: "蔡小洪被判有期徒刑七年", "赵某案",
 * "走私案：货物被查获". The English titles (cases.ts) put English words around Chinese names ("Case of 赵某",
 * "Espionage case: 判處這名男子有期徒刑七年"), which no reader of either language would write.
 */
import type { Outcome } from '../../model/schema.ts';
import { ZH_MEDIA } from '../../vocab/dramatization.ts';
import { toSimplified, toTraditional, writesTraditional } from '../../vocab/han-variants.ts';
import { ZH_CASE_WORDS, ZH_OUTCOME_TITLES, ZH_UNNAMED_SUBJECTS } from '../../vocab/incidents.ts';
import { prisonTerms } from '../compare/quantities.ts';

export interface ZhTitleInput {
  /** The case's main person as the report names them, or null. */
  name: string | null;
  outcome: Outcome['kind'] | null;
  outcomeText: string | null;
  /** A smuggling case rather than espionage (a strategic material, a smuggling word). */
  smuggling: boolean;
  /** The case's text, whose script the title follows. */
  text: string;
  /** A fiction (a film, a series, a comic): titled by its medium and work, not as a case. */
  dramatization?: boolean;
}

// The work's own title, in the marks Chinese puts around titles: 《惊蛰无声》.
const WORK_TITLE = /《([^《》]{1,30})》/u;

/** "电影《惊蛰无声》", "漫画：黄凯", "电视剧：间谍故事": the medium, then the work's title or its character. */
function fictionTitle(input: ZhTitleInput): string {
  const text = toSimplified(input.text);
  const first = ZH_MEDIA.map((m) => ({ m, at: text.indexOf(m) }))
    .filter((x) => x.at >= 0)
    .sort((a, b) => a.at - b.at)[0];
  // As the report writes it, in its script (the folding keeps every character in its place).
  const medium = first && input.text.slice(first.at, first.at + first.m.length);
  const work = WORK_TITLE.exec(input.text)?.[1];
  if (work) return `${medium ?? ''}《${work}》`;
  return `${medium ?? ZH_CASE_WORDS.work}：${input.name ?? ZH_CASE_WORDS.story}`;
}

/** The sentence as the report writes it ("有期徒刑七年", "無期徒刑"), after 被判; else "被判刑". */
function sentencedTo(outcomeText: string | null): string {
  const term = outcomeText ? prisonTerms(outcomeText).find((r) => /\p{Script=Han}/u.test(r.written)) : undefined;
  return term ? `被判${term.written.replace(/^(?:被)?判(?:处|處)?/u, '')}` : ZH_OUTCOME_TITLES.sentenced;
}

export function chineseTitle(input: ZhTitleInput): string {
  if (input.dramatization) return fictionTitle(input);
  const kind = input.outcome && input.outcome in ZH_OUTCOME_TITLES ? (input.outcome as keyof typeof ZH_OUTCOME_TITLES) : null;
  const predicate = kind === 'sentenced' ? sentencedTo(input.outcomeText) : kind ? ZH_OUTCOME_TITLES[kind] : null;
  let title: string;
  if (input.name) {
    title = predicate ? `${input.name}${predicate}` : `${input.name}${ZH_CASE_WORDS.ofPerson}`;
  } else {
    const generic = input.smuggling ? ZH_CASE_WORDS.smuggling : ZH_CASE_WORDS.espionage;
    if (kind === 'uncovered') title = `${generic}被侦破`;
    else if (kind && predicate) title = `${generic}：${ZH_UNNAMED_SUBJECTS[kind]}${predicate}`;
    else title = generic;
  }
  return writesTraditional(input.text) ? toTraditional(title) : title;
}
