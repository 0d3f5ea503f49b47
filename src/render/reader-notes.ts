// The lines every renderer shows under the sources: that a large story was briefed from a subset
// of its articles (if so), then the briefing's own notes.

import type { Briefing } from '../briefing.ts';

const count = (n: number) => n.toLocaleString('en-GB');

export function subsetLine(briefing: Briefing): string | undefined {
  const subset = briefing.subset;
  if (!subset || subset.briefed >= subset.total) return undefined;
  const rest = subset.total - subset.briefed;
  return `Briefed from ${count(subset.briefed)} of the story's ${count(subset.total)} articles (the latest from each outlet, outlets taking turns); the other ${count(rest)} are counted, not read.`;
}

export function readerNotes(briefing: Briefing): string[] {
  const line = subsetLine(briefing);
  return [...(line ? [line] : []), ...(briefing.notes ?? [])];
}
