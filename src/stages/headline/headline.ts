// The briefing's headline: a short story label from the outlets' own titles, never a cut sentence.
// Of several titles, the one sharing the most words with the others (what the outlets agree the
// story is about) wins, shorter first on a tie. Titles the ingest made up from a first sentence, or
// too long to be a label, do not count; without any real title the label names the story's main
// actors ("Antony Blinken, Park Jin, North Korea and Russia").

import type { Analysis } from '../../analyse/types.ts';
import type { Actor } from '../../briefing.ts';
import { shortenAtWord } from '../../text/shorten.ts';
import { collectActors } from '../actors/actors.ts';
import { comparisonTerms } from '../briefing-scope.ts';

/** A title longer than this is a sentence, not a label. */
const MAX_TITLE_WORDS = 20;
/** Actors named in a label made without titles. */
const LABEL_ACTORS = 3;

export function storyHeadline(analysis: Analysis, actors?: readonly Actor[]): string {
  const titles = analysis.articles.map((a) => labelOf(a.article.title ?? '', a.article.outlet)).filter((t): t is string => t !== null);
  if (titles.length > 0) return bestTitle(titles);
  const named = [...(actors ?? collectActors(analysis))].sort((a, b) => b.articleIds.length - a.articleIds.length || b.mentions - a.mentions).slice(0, LABEL_ACTORS);
  // People first: "Antony Blinken, North Korea and Russia" reads as a story label.
  if (named.length > 0) return joinNames([...named].sort((a, b) => Number(b.kind === 'person') - Number(a.kind === 'person')).map((a) => a.name));
  // Nothing named at all: the lede whole when it is short, else cut at a word as a last resort.
  const first = analysis.articles[0]!;
  return shortenAtWord(first.sentences[0]?.text || first.article.id, 120);
}

/**
 * A title as a label: the outlet's name after a dash or bar dropped, a final full stop too; null
 * for a stand-in the ingest cut from the first sentence (it ends in an ellipsis) or a sentence-long one.
 */
export function labelOf(title: string, outlet = ''): string | null {
  let t = title.trim();
  if (t === '' || /…$|\.\.\.$/.test(t)) return null;
  const suffix = /\s+[-–—|]\s+([^-–—|]{2,40})$/.exec(t);
  if (suffix && outlet && suffix[1]!.trim().toLowerCase() === outlet.trim().toLowerCase()) t = t.slice(0, suffix.index).trim();
  t = t.replace(/(?<![A-Z]\.[A-Z])\.$/, '').trim();
  const words = t.split(/\s+/).length;
  return words >= 2 && words <= MAX_TITLE_WORDS ? t : null;
}

/** The title sharing most of its words with the other titles; shorter wins a tie. */
export function bestTitle(titles: readonly string[]): string {
  if (titles.length === 1) return titles[0]!;
  const terms = titles.map((t) => new Set(comparisonTerms(t)));
  const scored = titles.map((title, k) => {
    const own = terms[k]!;
    let shared = 0;
    for (const term of own) for (let m = 0; m < terms.length; m++) if (m !== k && terms[m]!.has(term)) shared++;
    return { title, score: own.size > 0 ? shared / Math.sqrt(own.size) : 0 };
  });
  scored.sort((a, b) => b.score - a.score || a.title.length - b.title.length);
  return scored[0]!.title;
}

function joinNames(names: string[]): string {
  return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
