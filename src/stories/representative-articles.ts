// Which articles a large story is briefed from when briefing them all would not fit the time
// budget: every outlet's voice first, newest first. Outlets take turns (the outlet with the newest
// article first), each giving its next-newest article, until the limit; the chosen articles keep
// the story's order. The briefing counts the others (`Briefing.subset`).

/** What the rule reads of an article: its outlet and when it was published. */
export interface Dated {
  outlet: string;
  publishedAt?: string;
}

/** A story of more articles than this is briefed from this many (see the README's Performance section). */
export const MAX_BRIEFED_ARTICLES = 120;

export function representativeArticles<T extends Dated>(articles: readonly T[], limit = MAX_BRIEFED_ARTICLES): T[] {
  if (articles.length <= limit) return [...articles];
  // Newest first; without a date, the later to join the story counts as the newer.
  const byOutlet = new Map<string, number[]>();
  for (let i = 0; i < articles.length; i++) {
    const outlet = articles[i]!.outlet;
    const list = byOutlet.get(outlet);
    if (list) list.push(i);
    else byOutlet.set(outlet, [i]);
  }
  const newer = (a: number, b: number) => {
    const da = articles[a]!.publishedAt ?? '';
    const db = articles[b]!.publishedAt ?? '';
    return da === db ? b - a : da < db ? 1 : -1;
  };
  const queues = [...byOutlet.entries()].map(([outlet, list]) => ({ outlet, list: list.sort(newer) }));
  queues.sort((a, b) => newer(a.list[0]!, b.list[0]!) || (a.outlet < b.outlet ? -1 : 1));
  const chosen: number[] = [];
  for (let turn = 0; chosen.length < limit; turn++) {
    for (const { list } of queues) {
      if (turn < list.length && chosen.length < limit) chosen.push(list[turn]!);
    }
  }
  return chosen.sort((a, b) => a - b).map((i) => articles[i]!);
}
