// Builds briefing parts from invented articles: paragraphs are separated by blank lines.

import { analyse } from '../../src/analyse/analyse-article.ts';
import type { Article } from '../../src/article.ts';
import type { Quote } from '../../src/briefing.ts';
import { collectActors } from '../../src/stages/actors/actors.ts';
import { attributeQuotes } from '../../src/stages/quotes/quotes.ts';

export function article(id: string, text: string, outlet = 'Test Wire'): Article {
  return { id, outlet, title: id, text };
}

export function quotesOf(...texts: string[]): { quotes: Quote[]; fragments: Quote[] } {
  const analysis = analyse(texts.map((t, i) => article(`a${i}`, t, `Outlet ${i}`)));
  return { quotes: attributeQuotes(analysis), fragments: attributeQuotes(analysis, { fragments: true }) };
}

export function actorsOf(...articles: Article[]) {
  return collectActors(analyse(articles), { max: 200 });
}

/** The quote (key or fragment) whose text starts with `start`. */
export function findQuote(list: Quote[], start: string): Quote | undefined {
  return list.find((q) => q.text.startsWith(start));
}

/** How a quote's speaker reads in a table row: a name, "unnamed: …", or "none". */
export function speakerLabel(q: Quote): string {
  if (q.speaker) return q.speaker.name;
  if (q.unnamedSpeaker) return `unnamed: ${q.unnamedSpeaker}`;
  return 'none';
}
