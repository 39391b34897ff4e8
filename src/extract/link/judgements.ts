/**
 * Editors' judgements on case identity, kept in content/judgements.yaml and
 * reviewed like code: `merge` two case ids the linker kept apart, or `split`
 * two it joined. Each needs a reason, so the next editor knows why.
 *
 *   - merge: [gallium-carry-on-courier-1a2b3c, gallium-4d5e6f]
 *     reason: Same airport interception reported by Reuters and the Global Times.
 */
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import type { Judgement } from '../../model/types.ts';

const Ids = z.array(z.string().min(1)).min(2);
const Entry = z.union([z.object({ merge: Ids, reason: z.string().min(1) }).strict(), z.object({ split: Ids, reason: z.string().min(1) }).strict()]);
export const JudgementsFile = z.array(Entry).nullable();

export type JudgementsResult = { ok: true; judgements: Judgement[] } | { ok: false; errors: string[] };

export function parseJudgements(source: string, file = 'content/judgements.yaml'): JudgementsResult {
  let data: unknown;
  try {
    data = parseYaml(source);
  } catch (error) {
    return { ok: false, errors: [`${file}: not valid YAML: ${(error as Error).message.split('\n')[0]}`] };
  }
  const parsed = JudgementsFile.safeParse(data ?? null);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map(
        (i) => `${file}: entry ${i.path.length ? i.path.join('.') : ''}: ${i.message}; each entry is {merge: [id, id], reason} or {split: [id, id], reason}`,
      ),
    };
  }
  const judgements: Judgement[] = [];
  for (const entry of parsed.data ?? []) {
    const kind = 'merge' in entry ? 'merge' : 'split';
    const ids = 'merge' in entry ? entry.merge : entry.split;
    // "merge: [a, b, c]" means all three are one case; "split: [a, b, c]" means no two of them are.
    if (kind === 'merge') for (let i = 1; i < ids.length; i++) judgements.push({ kind, cases: [ids[0]!, ids[i]!], reason: entry.reason });
    else
      for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) judgements.push({ kind, cases: [ids[i]!, ids[j]!], reason: entry.reason });
  }
  return { ok: true, judgements };
}
