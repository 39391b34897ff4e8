/**
 * Gold people grouped by the role the gold gives them, so a recall figure can
 * say whom it misses: the parties of an incident (the people a case is about)
 * or the officials, judges, employers and others a report also names.
 */
import type { GoldCase } from './gold.ts';

export type RoleGroup = 'parties' | 'others' | 'unstated';

/** Roles of the people who take part in the incident itself, as gold writers name them. */
const PARTY_ROLES = new Set([
  'suspect',
  'defendant',
  'accused',
  'convict',
  'spy',
  'agent',
  'accomplice',
  'co-conspirator',
  'recruiter',
  'handler',
  'courier',
  'informant',
  'victim',
]);

export function roleGroup(role: string | undefined): RoleGroup {
  if (!role?.trim()) return 'unstated';
  return PARTY_ROLES.has(role.trim().toLowerCase()) ? 'parties' : 'others';
}

/** Each distinct gold person of the article with the group of the first role the gold gives them. */
export function goldPeopleByGroup(cases: GoldCase[]): Map<string, RoleGroup> {
  const out = new Map<string, RoleGroup>();
  for (const c of cases) {
    const roles = (c as { roles?: Record<string, string> }).roles ?? {};
    for (const person of c.people) if (!out.has(person)) out.set(person, roleGroup(roles[person]));
  }
  return out;
}
