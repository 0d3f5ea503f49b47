// Memos that live for one briefing. The stages tokenise, stem and parse the same sentences many
// times over (each stage, each pair of clauses); within `inBriefingScope` each distinct text is
// worked out once. The memos are pure (text in, same answer out), so the output is unchanged;
// they are dropped when the briefing is done, so memory does not grow across briefings. Outside
// a scope (a stage called on its own) every call computes afresh.
//
// Callers must treat what they get as read-only: the same array goes to every caller.

import { comparisonTerms as computeTerms, contentTokens as computeTokens, normaliseForComparison as computeNormalised, stem as computeStem } from '../text/normalize.ts';

interface Scope {
  memos: Map<string, Map<string, unknown>>;
}

let scope: Scope | undefined;

/** Runs `build` with the briefing's memos; nested scopes share the outer one. */
export function inBriefingScope<T>(build: () => T): T {
  if (scope) return build();
  scope = { memos: new Map() };
  try {
    return build();
  } finally {
    scope = undefined;
  }
}

/** `compute`, memoised by its text argument within the current briefing (under `name`). */
export function scoped<T>(name: string, compute: (text: string) => T): (text: string) => T {
  return (text) => {
    if (!scope) return compute(text);
    let memo = scope.memos.get(name) as Map<string, T> | undefined;
    if (!memo) {
      memo = new Map();
      scope.memos.set(name, memo);
    }
    let value = memo.get(text);
    if (value === undefined && !memo.has(text)) {
      value = compute(text);
      memo.set(text, value);
    }
    return value as T;
  };
}

export const normaliseForComparison = scoped('normalised', computeNormalised);
export const contentTokens: (text: string) => readonly string[] = scoped('tokens', computeTokens);
export const comparisonTerms: (text: string) => readonly string[] = scoped('terms', computeTerms);
export const stem = scoped('stem', computeStem);
