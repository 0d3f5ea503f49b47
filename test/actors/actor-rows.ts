// The table-row form the actor rule tests share: invented texts (one article each) and what the
// actors list must then hold — an actor by name, with its kind, an alias, or a form that must not
// be merged into it — or a name that must appear nowhere.

import { expect } from 'vitest';
import type { ActorKind } from '../../src/briefing.ts';
import { actorsOf, article } from '../quotes/helpers.ts';

export interface ActorWant {
  name: string;
  kind?: ActorKind;
  alias?: string;
  /** A form that must not be among this actor's name and aliases (a wrong merge). */
  notAlias?: string;
}

export type ActorRow = [rule: string, texts: string[], want: ActorWant | { absent: string }];

/** Briefs the row's texts as articles of different outlets and checks the actors against `want`. */
export function expectActorRow(texts: string[], want: ActorRow[2]): void {
  const actors = actorsOf(...texts.map((t, i) => article(`a${i}`, t, `Outlet ${i}`)));
  if ('absent' in want) {
    const names = actors.flatMap((a) => [a.name, ...a.aliases]);
    expect(names, JSON.stringify(actors.map((a) => a.name))).not.toContain(want.absent);
    return;
  }
  const a = actors.find((x) => x.name === want.name);
  expect(a, `actors: ${JSON.stringify(actors.map((x) => `${x.kind}:${x.name} ${JSON.stringify(x.aliases)}`))}`).toBeDefined();
  if (want.kind) expect(a!.kind).toBe(want.kind);
  if (want.alias) expect(a!.aliases).toContain(want.alias);
  if (want.notAlias) expect([a!.name, ...a!.aliases]).not.toContain(want.notAlias);
}
