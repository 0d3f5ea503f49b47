// The clickable items of a briefing page (key points, quotes, open questions, differences), each
// with the spans that support it. Spans name an article by its index in `briefing.sources`
// (`a0`, `a1`, …), so what the page's script reads is numbers only, never article data.

import type { Briefing, Support } from '../briefing.ts';

export type ItemKind = 'kp' | 'q' | 'oq';

export interface PageSpan {
  /** Index of the article in `briefing.sources`. */
  article: number;
  start: number;
  end: number;
}

export interface PageItem {
  /** Stable within the page: `kp-0`, `q-2`, `oq-1`. */
  key: string;
  kind: ItemKind;
  /** Short column label for the coverage picture: K1, Q3, O2. */
  label: string;
  text: string;
  spans: PageSpan[];
}

export interface ArticleIndex {
  /** The article's index in `briefing.sources`, if it is one of them. */
  indexOf(articleId: string): number | undefined;
  /** Length of the article's text, when the page has it (spans past it are dropped). */
  lengthOf(index: number): number | undefined;
}

export function articleIndex(briefing: Briefing, texts: ReadonlyMap<string, string>): ArticleIndex {
  const byId = new Map(briefing.sources.map((s, i) => [s.id, i]));
  return {
    indexOf: (id) => byId.get(id),
    lengthOf: (i) => {
      const id = briefing.sources[i]?.id;
      return id === undefined ? undefined : texts.get(id)?.length;
    },
  };
}

/** The supports that point into a known article, with sane offsets. */
export function pageSpans(supports: readonly Support[], index: ArticleIndex): PageSpan[] {
  const spans: PageSpan[] = [];
  for (const s of supports) {
    const article = index.indexOf(s.articleId);
    if (article === undefined) continue;
    if (!Number.isInteger(s.start) || !Number.isInteger(s.end) || s.start < 0 || s.end <= s.start) continue;
    const length = index.lengthOf(article);
    if (length !== undefined && s.end > length) continue;
    spans.push({ article, start: s.start, end: s.end });
  }
  return spans;
}

/** `a0:12:80 a1:5:60`: what a link's data-spans attribute holds. */
export function encodeSpans(spans: readonly PageSpan[]): string {
  return spans.map((s) => `a${s.article}:${s.start}:${s.end}`).join(' ');
}

export interface PageItems {
  keyPoints: PageItem[];
  quotes: PageItem[];
  questions: PageItem[];
}

export function pageItems(briefing: Briefing, index: ArticleIndex): PageItems {
  return {
    keyPoints: briefing.keyPoints.map((k, i) => item('kp', `K${i + 1}`, i, k.text, pageSpans(k.support, index))),
    quotes: briefing.quotes.map((q, i) => item('q', `Q${i + 1}`, i, q.text, pageSpans(q.support, index))),
    questions: briefing.openQuestions.map((q, i) => item('oq', `O${i + 1}`, i, `${q.topic} — ${q.question}`, pageSpans(q.evidence, index))),
  };
}

function item(kind: ItemKind, label: string, i: number, text: string, spans: PageSpan[]): PageItem {
  return { key: `${kind}-${i}`, kind, label, text, spans };
}

/** Indexes of the articles whose outlet is `outlet`. */
export function articlesOfOutlet(briefing: Briefing, outlet: string): number[] {
  return briefing.sources.flatMap((s, i) => (s.outlet === outlet ? [i] : []));
}

/** The outlets in the order the sources list them, each once. */
export function outletsOf(briefing: Briefing): string[] {
  return [...new Set(briefing.sources.map((s) => s.outlet))];
}
