// The briefing column of the page: what's new, key points, quotes, open questions, how the outlets
// differ, sources. Every item is a link whose data-spans say where it stands in each article;
// every outlet named in a credit is a link to that outlet's own span.

import type { Briefing, OpenQuestion, Quote } from '../briefing.ts';
import type { WhatsNew } from '../commands/command.ts';
import { escapeHtml as esc, safeHttpUrl } from './html-escape.ts';
import { type ArticleIndex, articlesOfOutlet, encodeSpans, type PageItem, type PageItems, type PageSpan, pageSpans } from './html-items.ts';
import { readerNotes } from './reader-notes.ts';

export interface BriefingColumnInput {
  briefing: Briefing;
  items: PageItems;
  index: ArticleIndex;
  whatsNew?: WhatsNew;
  /** Relative link to the previous briefing of the same story, when there is one. */
  previousHref?: string;
}

/** A link that shows `spans` beside the briefing; plain text when there is nothing to show. */
export function evidenceLink(href: string, spans: readonly PageSpan[], html: string, className = ''): string {
  const cls = className ? ` ${className}` : '';
  if (spans.length === 0) return `<span class="nolink${cls}">${html}</span>`;
  return `<a class="ev${cls}" href="${href}" data-spans="${encodeSpans(spans)}">${html}</a>`;
}

/** `Outlet A · Outlet B — 2 of 3 sources`, each outlet a link to its own span of the item. */
function credits(briefing: Briefing, item: PageItem): string {
  const outlets = [...new Set(item.spans.map((s) => briefing.sources[s.article]!.outlet))];
  const links = outlets.map((outlet) => {
    const mine = articlesOfOutlet(briefing, outlet);
    const n = briefing.sources.findIndex((s) => s.outlet === outlet);
    return evidenceLink(`#${item.key}-o${n}`, item.spans.filter((s) => mine.includes(s.article)), esc(outlet), 'outlet-link');
  });
  const articles = new Set(item.spans.map((s) => s.article)).size;
  const total = briefing.sources.length;
  return `<span class="credit">${links.join(' · ')}${total > 1 ? ` <span class="of">— ${articles} of ${total} sources</span>` : ''}</span>`;
}

const NEW_BADGE = ' <span class="badge new" title="new since the previous briefing of this story">new</span>';

function keyPoints(input: BriefingColumnInput): string {
  const { briefing, items, whatsNew } = input;
  if (items.keyPoints.length === 0) return '';
  const fresh = new Set(whatsNew?.newKeyPoints ?? []);
  const lis = items.keyPoints.map((item, i) => {
    const isNew = fresh.has(briefing.keyPoints[i]!) ? NEW_BADGE : '';
    return `<li class="item" id="${item.key}">${evidenceLink(`#${item.key}`, item.spans, esc(item.text), 'item-link')}${isNew} ${credits(briefing, item)}</li>`;
  });
  return section('key-points', 'Key points', `<ol class="items">${lis.join('')}</ol>`);
}

function speakerOf(quote: Quote): string {
  if (quote.speaker) return `<strong>${esc(quote.speaker.name)}</strong>${quote.speaker.role ? `, ${esc(quote.speaker.role)}` : ''}`;
  return `<em>${esc(quote.unnamedSpeaker ?? 'speaker not given')}</em>`;
}

function quotes(input: BriefingColumnInput): string {
  const { briefing, items, whatsNew } = input;
  if (items.quotes.length === 0) return '';
  const fresh = new Set(whatsNew?.newQuotes ?? []);
  const lis = items.quotes.map((item, i) => {
    const quote = briefing.quotes[i]!;
    const isNew = fresh.has(quote) ? NEW_BADGE : '';
    const words = evidenceLink(`#${item.key}`, item.spans, `“${esc(item.text)}”`, 'item-link');
    return `<li class="item quote" id="${item.key}"><blockquote>${words}</blockquote><p class="said">— ${speakerOf(quote)}${isNew} ${credits(briefing, item)}</p></li>`;
  });
  return section('quotes', 'Key quotes', `<ol class="items">${lis.join('')}</ol>`);
}

const KIND_WORDS: Record<string, string> = { hedged: 'unconfirmed', denied: 'denied or disputed', pending: 'pending', conditional: 'conditional' };

function question(input: BriefingColumnInput, q: OpenQuestion, item: PageItem, isNew: boolean): string {
  const { briefing, index } = input;
  const kinds = [...(q.kinds ?? []).map((k) => KIND_WORDS[k] ?? k), ...(q.singleSource ? ['one outlet only'] : [])];
  const tags = kinds.map((k) => `<span class="badge kind">${esc(k)}</span>`).join(' ');
  const head = evidenceLink(`#${item.key}`, item.spans, `<strong>${esc(q.topic)}</strong> — ${esc(q.question)}`, 'item-link');
  const evidence = q.evidence.map((e, n) => {
    const spans = pageSpans([e], index);
    const outlet = briefing.sources.find((s) => s.id === e.articleId)?.outlet ?? e.articleId;
    return `<li>${evidenceLink(`#${item.key}-e${n}`, spans, esc(e.text))} <span class="credit">— ${esc(outlet)}</span></li>`;
  });
  return `<li class="item question" id="${item.key}"><p>${head}${isNew ? NEW_BADGE : ''} ${tags}</p><ul class="evidence">${evidence.join('')}</ul></li>`;
}

function questions(input: BriefingColumnInput): string {
  const { briefing, items, whatsNew } = input;
  if (items.questions.length === 0) return '';
  const fresh = new Set(whatsNew?.openedQuestions ?? []);
  const lis = items.questions.map((item, i) => question(input, briefing.openQuestions[i]!, item, fresh.has(briefing.openQuestions[i]!)));
  return section('questions', 'Open questions', `<ol class="items">${lis.join('')}</ol>`);
}

function differences(input: BriefingColumnInput): string {
  const { briefing, index } = input;
  const outletOf = (id: string) => briefing.sources.find((s) => s.id === id)?.outlet ?? id;
  const only = briefing.differences
    .filter((d) => d.onlyHere.length > 0)
    .map((d, n) => {
      const lis = d.onlyHere.map((o, k) => {
        const spans = pageSpans([{ articleId: d.articleId, start: o.start, end: o.end }], index);
        const label = o.label ? `<span class="label">${esc(o.label)}:</span> ` : '';
        return `<li>${label}${evidenceLink(`#only-${n}-${k}`, spans, esc(o.text))}</li>`;
      });
      return `<li><strong>Only ${esc(outletOf(d.articleId))}</strong><ul class="evidence">${lis.join('')}</ul></li>`;
    });
  const disagree = (briefing.disagreements ?? []).map((d, n) => {
    const versions = d.versions.map(
      (v, k) => `<li>${esc(outletOf(v.articleId))}: ${evidenceLink(`#dis-${n}-${k}`, pageSpans([v], index), `“${esc(v.text)}”`)}</li>`,
    );
    const all = pageSpans(d.versions, index);
    return `<li>${evidenceLink(`#dis-${n}`, all, `<strong>${esc(d.about)}</strong>`)} — the outlets disagree<ul class="evidence">${versions.join('')}</ul></li>`;
  });
  if (only.length + disagree.length === 0) return '';
  return section('differences', 'How the outlets differ', `<ul class="differ">${[...only, ...disagree].join('')}</ul>`);
}

function sources(briefing: Briefing): string {
  const lis = briefing.sources.map((s, i) => {
    const href = safeHttpUrl(s.url);
    const title = href
      ? `<a href="${esc(href)}" rel="noopener noreferrer nofollow" target="_blank">${esc(s.title)}</a>`
      : `${esc(s.title)}${s.url ? ' <span class="muted">(link not shown: not an http(s) address)</span>' : ''}`;
    const meta = [s.publishedAt?.slice(0, 10), s.place].filter((m): m is string => Boolean(m)).map(esc);
    const text = evidenceLink(`#a${i}-text`, [{ article: i, start: 0, end: 0 }], 'read the text', 'text-link');
    return `<li><strong>${esc(s.outlet)}</strong>: ${title}${meta.length ? ` <span class="muted">(${meta.join(', ')})</span>` : ''} · ${text}</li>`;
  });
  const notes = readerNotes(briefing).map((n) => `<li>${esc(n)}</li>`).join('');
  return section('sources', 'Sources', `<ul class="sources">${lis.join('')}</ul>${notes ? `<ul class="notes">${notes}</ul>` : ''}`);
}

function whatsNewBox(input: BriefingColumnInput): string {
  const { whatsNew, previousHref } = input;
  if (!whatsNew) return '<p class="whats-new first">The first briefing of this story that this bot has built.</p>';
  const counts = [
    [whatsNew.newKeyPoints.length, 'new key point'],
    [whatsNew.newQuotes.length, 'new quote'],
    [whatsNew.openedQuestions.length, 'new open question'],
  ] as const;
  const said = counts.filter(([n]) => n > 0).map(([n, what]) => `${n} ${what}${n === 1 ? '' : 's'}`);
  const settled = whatsNew.resolvedQuestions.map((q) => `<li>No longer open: ${esc(q)}</li>`).join('');
  const since = `<time datetime="${esc(whatsNew.sinceDeliveredAt)}">${esc(readableTime(whatsNew.sinceDeliveredAt))}</time>`;
  const previous = previousHref ? ` (<a href="${previousHref}">that briefing</a>)` : '';
  const summary = said.length + whatsNew.resolvedQuestions.length > 0 ? `${said.join(', ') || 'no new items'}, marked <span class="badge new">new</span> below.` : 'nothing new.';
  return `<div class="whats-new"><p><strong>Since the previous briefing</strong> of ${since}${previous}: ${summary}</p>${settled ? `<ul>${settled}</ul>` : ''}</div>`;
}

export function readableTime(iso: string): string {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? iso : `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

function section(id: string, heading: string, body: string): string {
  return `<section id="${id}"><h2>${heading}</h2>${body}</section>`;
}

export function briefingColumn(input: BriefingColumnInput, pictures: { coverage: string; actors: string }): string {
  return [
    whatsNewBox(input),
    section('coverage', 'Coverage', pictures.coverage),
    keyPoints(input),
    quotes(input),
    questions(input),
    section('actors', 'Actors', pictures.actors),
    differences(input),
    sources(input.briefing),
  ].join('\n');
}
