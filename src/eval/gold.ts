/**
 * The gold-reading format (`casebook-gold/1`, see docs/gold-format.md):
 * what a careful editor takes from each article. Unknown keys are allowed so
 * the format can grow without breaking older scorers.
 */
import { z } from 'zod';

const GoldDate = z.object({ date: z.string(), precision: z.enum(['year', 'month', 'day']) });

export const GoldCase = z
  .object({
    /** Optional: the same id on cases of different articles means one case reported twice. */
    id: z.string().optional(),
    label: z.string(),
    dramatization: z.boolean().default(false),
    people: z.array(z.string()).default([]),
    /** Left out: the gold does not say (not scored); `[]`: the case names none. */
    organisations: z.array(z.string()).optional(),
    places: z.array(z.string()).optional(),
    /** The incident's own date; null: the text gives none; left out: not scored. */
    date: GoldDate.nullable().optional(),
    materials: z.array(z.string()).default([]),
    tactics: z.array(z.string()).default([]),
    outcome: z.array(z.string()).default([]),
  })
  .passthrough();
export type GoldCase = z.infer<typeof GoldCase>;

export const GoldArticle = z
  .object({
    file: z.string(),
    title: z.string().optional(),
    outlet: z.array(z.string()).nullable().optional(),
    byline: z.string().nullable().optional(),
    published: GoldDate.nullable().optional(),
    on_topic: z.boolean().optional(),
    body_must_include: z.array(z.string()).default([]),
    body_must_exclude: z.array(z.string()).default([]),
    events: z.array(GoldDate.extend({ what: z.string().optional() })).default([]),
    cases: z.array(GoldCase).default([]),
  })
  .passthrough();
export type GoldArticle = z.infer<typeof GoldArticle>;

export const Gold = z
  .object({
    format: z.literal('casebook-gold/1'),
    about: z.string().optional(),
    /** A project test set: scored as totals only, so no one reads it article by article while writing rules. */
    held_out: z.boolean().optional(),
    articles: z.array(GoldArticle),
  })
  .passthrough();
export type Gold = z.infer<typeof Gold>;

export function parseGold(json: unknown): { ok: true; gold: Gold } | { ok: false; error: string } {
  const result = Gold.safeParse(json);
  if (result.success) return { ok: true, gold: result.data };
  const issue = result.error.issues[0]!;
  return { ok: false, error: `${issue.path.join('.') || 'gold'}: ${issue.message}` };
}
