// Actor columns: recall of the expected actors under their canonical name, precision of the
// actors listed (an actor counts as right when it is expected under its name or an alias; the
// expected lists need not be complete, so this is a lower bound), roles, and forbidden names.

import type { Actor } from '../briefing.ts';
import type { Evaluator } from './evaluator.ts';
import type { ExpectedActor } from './expected.ts';
import { count, ratio } from './metric.ts';
import { sameName, squash } from './text-match.ts';

function sameRole(found: string | undefined, expected: string): boolean {
  if (!found) return false;
  const f = squash(found);
  const e = squash(expected);
  return f === e || f.includes(e) || e.includes(f);
}

function knownAs(actor: Actor, e: ExpectedActor): boolean {
  const names = [e.name, ...(e.aliases ?? [])];
  return names.some((n) => sameName(actor.name, n));
}

export const actorEvaluator: Evaluator = {
  columns: [
    { key: 'actorP', header: 'actor P' },
    { key: 'actorR', header: 'actor R' },
    { key: 'roles', header: 'roles' },
    { key: 'notActors', header: 'not-actors' },
  ],
  evaluate({ expected, briefing }) {
    const all = [...expected.actors.people, ...expected.actors.countries_and_places, ...expected.actors.organisations];
    const found = briefing.actors;
    const recalled = all.filter((e) => found.some((a) => sameName(a.name, e.name)));
    const precise = found.filter((a) => all.some((e) => knownAs(a, e)));
    const withRole = expected.actors.people.filter((e) => e.role);
    const rightRole = withRole.filter((e) => sameRole(found.find((a) => sameName(a.name, e.name))?.role, e.role!));
    const forbidden = expected.actors.not_actors.filter((n) => found.some((a) => sameName(a.name, n) || a.aliases.some((x) => sameName(x, n))));
    return {
      actorP: ratio(precise.length, found.length),
      actorR: ratio(recalled.length, all.length),
      roles: ratio(rightRole.length, withRole.length),
      notActors: count(forbidden.length),
    };
  },
};
