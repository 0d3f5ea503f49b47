// The article panes of the briefing page: each source's cleaned text, cut into segments at every
// span a briefing item points to, so that the page's script can highlight exactly the span of
// any item by adding a class to whole segments (no text is ever parsed or built in the browser).

import type { Briefing } from '../briefing.ts';
import { escapeHtml as esc, safeHttpUrl } from './html-escape.ts';
import type { PageSpan } from './html-items.ts';

/** The text, escaped, with each stretch covered by a span wrapped as `<span class="seg" data-s data-e>`. */
export function segmentedText(text: string, spans: readonly { start: number; end: number }[]): string {
  const cuts = new Set<number>([0, text.length]);
  // +1 where a span starts, -1 where it ends: a stretch is covered while the sum is positive.
  const delta = new Map<number, number>();
  for (const { start, end } of spans) {
    if (start < 0 || end > text.length || end <= start) continue;
    cuts.add(start);
    cuts.add(end);
    delta.set(start, (delta.get(start) ?? 0) + 1);
    delta.set(end, (delta.get(end) ?? 0) - 1);
  }
  const points = [...cuts].sort((a, b) => a - b);
  let open = 0;
  let html = '';
  for (let i = 0; i < points.length - 1; i++) {
    const from = points[i]!;
    const to = points[i + 1]!;
    open += delta.get(from) ?? 0;
    const piece = esc(text.slice(from, to));
    html += open > 0 ? `<span class="seg" data-s="${from}" data-e="${to}">${piece}</span>` : piece;
  }
  return html;
}

export function articlePanes(briefing: Briefing, texts: ReadonlyMap<string, string>, spans: readonly PageSpan[]): string {
  return briefing.sources
    .map((source, i) => {
      const text = texts.get(source.id);
      const mine = spans.filter((s) => s.article === i);
      const href = safeHttpUrl(source.url);
      const title = href
        ? `<a href="${esc(href)}" rel="noopener noreferrer nofollow" target="_blank">${esc(source.title)}</a>`
        : esc(source.title);
      const body =
        text === undefined
          ? '<p class="missing">The text of this article is not kept, so its spans cannot be shown.</p>'
          : `<div class="text" tabindex="0">${segmentedText(text, mine)}</div>`;
      return [
        `<section class="source" id="a${i}" data-article="a${i}">`,
        `<h3><span class="outlet">${esc(source.outlet)}</span> <span class="title">${title}</span></h3>`,
        body,
        '</section>',
      ].join('');
    })
    .join('\n');
}
