// renderBriefingPage: a Briefing as one self-contained HTML page — the briefing beside its
// articles, every item a link to its spans, a coverage picture and actors per outlet. Pure: the
// web adapter serves it (with the page's one static script and style sheet, under a strict CSP).

import type { Briefing } from '../briefing.ts';
import type { WhatsNew } from '../commands/command.ts';
import { briefingColumn, readableTime } from './html-briefing.ts';
import { articlePanes } from './html-articles.ts';
import { actorTable, coverageTable } from './html-coverage.ts';
import { escapeHtml as esc, isPlainId } from './html-escape.ts';
import { type ArticleIndex, articleIndex, type PageItems, type PageSpan, pageItems, pageSpans } from './html-items.ts';

/** The page's policy: its own script and style sheet only; nothing inline, nothing from elsewhere. */
export const PAGE_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export interface BriefingPageInput {
  briefing: Briefing;
  /** The id of this briefing's page (`/briefings/<id>`); a plain id (see isPlainId). */
  briefingId: string;
  storyId?: string;
  /** Cleaned article texts by article id: the offsets of the briefing point into these. */
  texts: ReadonlyMap<string, string>;
  /** What changed since the previous briefing of the same story, if there was one. */
  whatsNew?: WhatsNew;
  previousId?: string;
  /** When the page was made (the briefing's own time is `briefing.generatedAt`). */
  renderedAt: string;
  /** Prefix from the page to the site's root: '../' for /stories/x and /briefings/x. */
  root?: string;
}

export function renderBriefingPage(input: BriefingPageInput): string {
  const { briefing } = input;
  const root = input.root ?? '../';
  const index = articleIndex(briefing, input.texts);
  const items = pageItems(briefing, index);
  const column = briefingColumn(
    {
      briefing,
      items,
      index,
      ...(input.whatsNew ? { whatsNew: input.whatsNew } : {}),
      ...(input.previousId && isPlainId(input.previousId) ? { previousHref: `${root}briefings/${input.previousId}` } : {}),
    },
    { coverage: coverageTable(briefing, items), actors: actorTable(briefing, input.texts) },
  );
  const spans = allSpans(briefing, index, items);
  const outlets = new Set(briefing.sources.map((s) => s.outlet)).size;
  const links = [
    isPlainId(input.briefingId) ? `<a href="${root}briefings/${input.briefingId}">permalink</a>` : '',
    input.storyId && isPlainId(input.storyId) ? `<a href="${root}stories/${input.storyId}">latest briefing of this story</a>` : '',
  ].filter(Boolean);
  const header = [
    `<header><h1>${esc(briefing.title)}</h1>`,
    `<p class="meta">${briefing.sources.length} source${briefing.sources.length === 1 ? '' : 's'} from ${outlets} outlet${outlets === 1 ? '' : 's'}`,
    ` · briefing generated <time datetime="${esc(briefing.generatedAt)}">${esc(readableTime(briefing.generatedAt))}</time>`,
    ` · page made <time datetime="${esc(input.renderedAt)}">${esc(readableTime(input.renderedAt))}</time>`,
    links.length ? ` · ${links.join(' · ')}` : '',
    '</p></header>',
  ].join('');
  return document(briefing.title, root, [
    '<div class="layout">',
    `<main id="briefing">${header}${column}</main>`,
    '<aside id="viewer" aria-label="The articles">',
    '<p class="hint">Click a key point, a quote, a piece of evidence or a filled cell of the coverage picture: each outlet’s article opens here with its words highlighted.</p>',
    '<p id="viewer-caption" class="viewer-caption" aria-live="polite"></p>',
    `<div class="panes">${articlePanes(briefing, input.texts, spans)}</div>`,
    '</aside></div>',
  ]);
}

/** Every span any link on the page can highlight: the segments of the article panes. */
function allSpans(briefing: Briefing, index: ArticleIndex, items: PageItems): PageSpan[] {
  const differ = briefing.differences.flatMap((d) => d.onlyHere.map((o) => ({ articleId: d.articleId, start: o.start, end: o.end })));
  const versions = (briefing.disagreements ?? []).flatMap((d) => d.versions);
  return [...items.keyPoints, ...items.quotes, ...items.questions].flatMap((i) => i.spans).concat(pageSpans([...differ, ...versions], index));
}

export interface IndexEntry {
  id: string;
  storyId?: string;
  title: string;
  generatedAt: string;
  sources: number;
}

/** The site's front page: the briefings the bot has built, newest first. */
export function renderIndexPage(entries: readonly IndexEntry[], renderedAt: string): string {
  const lis = entries
    .filter((e) => isPlainId(e.id))
    .map((e) => {
      const story = e.storyId && isPlainId(e.storyId) ? ` · <a href="stories/${e.storyId}">latest of this story</a>` : '';
      const when = `<time datetime="${esc(e.generatedAt)}">${esc(readableTime(e.generatedAt))}</time>`;
      return `<li><a href="briefings/${e.id}">${esc(e.title)}</a> <span class="muted">${when} · ${e.sources} source${e.sources === 1 ? '' : 's'}</span>${story}</li>`;
    });
  const body = lis.length > 0 ? `<ul class="index">${lis.join('')}</ul>` : '<p>No briefings yet: ask the bot for one (/brief) and it appears here.</p>';
  return document('Briefings', '', [
    `<main id="briefing" class="index-page"><header><h1>Briefings</h1><p class="meta">Page made <time datetime="${esc(renderedAt)}">${esc(readableTime(renderedAt))}</time></p></header>${body}</main>`,
  ]);
}

function document(title: string, root: string, body: string[]): string {
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="${PAGE_CSP}">`,
    '<meta name="referrer" content="no-referrer">',
    `<title>${esc(title)} — briefbot</title>`,
    `<link rel="stylesheet" href="${root}assets/page.css">`,
    `<script src="${root}assets/page.js" defer></script>`,
    '</head><body>',
    ...body,
    '</body></html>',
    '',
  ].join('\n');
}
