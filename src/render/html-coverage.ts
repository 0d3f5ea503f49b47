// The coverage picture: outlets × key points, quotes and open questions, a cell filled where that
// outlet reports the item (clicking it shows that outlet's own span); wire-copy lineage when the
// briefing has it; and actors × outlets with the mentions of their names in each outlet's text.

import type { Actor, Briefing } from '../briefing.ts';
import { escapeHtml as esc } from './html-escape.ts';
import { articlesOfOutlet, encodeSpans, outletsOf, type PageItem, type PageItems } from './html-items.ts';
import { independentReports, lineageGroups } from './html-lineage.ts';

const KIND_HEADINGS = [
  ['keyPoints', 'Key points'],
  ['quotes', 'Quotes'],
  ['questions', 'Questions'],
] as const;

export function coverageTable(briefing: Briefing, items: PageItems): string {
  const outlets = outletsOf(briefing);
  const groups = KIND_HEADINGS.filter(([field]) => items[field].length > 0);
  const all = groups.flatMap(([field]) => items[field]);
  if (all.length === 0 || outlets.length === 0) return '<p class="empty">Nothing to chart: the briefing has no items.</p>';
  const lineage = lineageGroups(briefing);
  const wireOf = (articles: number[]) =>
    lineage.flatMap((g, n) => (articles.some((i) => g.includes(briefing.sources[i]!.id)) ? [`W${n + 1}`] : []));

  const groupRow = groups.map(([field, heading]) => `<th scope="colgroup" colspan="${items[field].length}" class="group">${heading}</th>`).join('');
  const labelRow = all
    .map((item) => `<th scope="col" class="item-label ${item.kind}"><a href="#${item.key}" title="${esc(item.text)}">${item.label}</a></th>`)
    .join('');
  const rows = outlets.map((outlet, o) => {
    const articles = articlesOfOutlet(briefing, outlet);
    const wires = wireOf(articles);
    const wireTags = wires.map((w) => ` <span class="wire" title="prints the same text as the other ${w} outlets">${w}</span>`).join('');
    let reported = 0;
    const cells = all.map((item) => {
      const spans = item.spans.filter((s) => articles.includes(s.article));
      if (spans.length === 0) return `<td class="cell off" title="${esc(`${outlet} does not report ${item.label}`)}"></td>`;
      reported++;
      const id = `cov-${item.key}-o${o}`;
      const label = `${outlet} reports ${item.label}: ${item.text}`;
      return `<td class="cell on ${item.kind}"><a class="ev" id="${id}" href="#${id}" data-spans="${encodeSpans(spans)}" title="${esc(label)}" aria-label="${esc(label)}"></a></td>`;
    });
    return `<tr data-outlet="o${o}"><th scope="row" class="outlet">${esc(outlet)}${wireTags}</th>${cells.join('')}<td class="count">${reported} / ${all.length}</td></tr>`;
  });
  return [
    '<div class="coverage-wrap"><table class="coverage">',
    `<caption>${coverageCaption(briefing, outlets, lineage)}</caption>`,
    `<thead><tr><td></td>${groupRow}<td></td></tr><tr><th scope="col">Outlet</th>${labelRow}<th scope="col">reports</th></tr></thead>`,
    `<tbody>${rows.join('')}</tbody>`,
    '</table></div>',
  ].join('');
}

function coverageCaption(briefing: Briefing, outlets: string[], lineage: string[][]): string {
  const count = `${outlets.length} outlet${outlets.length === 1 ? '' : 's'}, ${briefing.sources.length} article${briefing.sources.length === 1 ? '' : 's'}`;
  if (lineage.length === 0) return `${count}. A filled cell: that outlet reports the item (click it for the outlet’s own words).`;
  const outletOf = (id: string) => briefing.sources.find((s) => s.id === id)?.outlet ?? id;
  const shared = lineage.map((g, n) => `W${n + 1}: ${esc([...new Set(g.map(outletOf))].join(', '))}`).join('; ');
  const reports = independentReports(briefing, lineage);
  return `${count}, ${reports} independent report${reports === 1 ? '' : 's'} (shared wire text — ${shared}). A filled cell: that outlet reports the item.`;
}

// ── Actors × outlets ───────────────────────────────────────────────────────────────────────

const ACTOR_GROUPS = [
  ['person', 'People'],
  ['organization', 'Organisations'],
  ['place', 'Places'],
] as const;

/** Most actors the table lists; the rest are named in a line below it. */
const MAX_ACTORS = 40;

/** Mentions of any of the actor's names, whole words, longest name first, no overlaps. */
export function countMentions(actor: Pick<Actor, 'name' | 'aliases'>, text: string): number {
  const names = [...new Set([actor.name, ...actor.aliases])].filter((n) => n.trim().length > 0).sort((a, b) => b.length - a.length);
  if (names.length === 0) return 0;
  const alternatives = names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return text.match(pattern)?.length ?? 0;
}

/** Per actor, per outlet: mentions found in that outlet's articles the actor is credited to. */
export function mentionCounts(briefing: Briefing, texts: ReadonlyMap<string, string>, actor: Actor): Map<string, { count: number; listed: boolean }> {
  const counts = new Map<string, { count: number; listed: boolean }>();
  for (const source of briefing.sources) {
    const entry = counts.get(source.outlet) ?? { count: 0, listed: false };
    if (actor.articleIds.includes(source.id)) {
      entry.listed = true;
      entry.count += countMentions(actor, texts.get(source.id) ?? '');
    }
    counts.set(source.outlet, entry);
  }
  return counts;
}

export function actorTable(briefing: Briefing, texts: ReadonlyMap<string, string>): string {
  const outlets = outletsOf(briefing);
  const ordered = ACTOR_GROUPS.flatMap(([kind, heading]) => briefing.actors.filter((a) => a.kind === kind).map((a) => ({ a, heading })));
  if (ordered.length === 0) return '<p class="empty">No actors named.</p>';
  const shown = ordered.slice(0, MAX_ACTORS);
  const rows = shown.map(({ a }) => ({ a, counts: mentionCounts(briefing, texts, a) }));
  const max = Math.max(1, ...rows.flatMap((r) => [...r.counts.values()].map((c) => c.count)));
  let lastHeading = '';
  const body = rows.map(({ a, counts }, i) => {
    const heading = shown[i]!.heading;
    const groupRow = heading !== lastHeading ? `<tr class="actor-group"><th scope="rowgroup" colspan="${outlets.length + 1}">${heading}</th></tr>` : '';
    lastHeading = heading;
    const cells = outlets.map((outlet) => {
      const c = counts.get(outlet) ?? { count: 0, listed: false };
      if (!c.listed) return `<td class="heat h0" title="${esc(`${outlet}: not mentioned`)}"></td>`;
      const level = c.count === 0 ? 1 : Math.min(5, 1 + Math.ceil((4 * c.count) / max));
      const shownCount = c.count === 0 ? '✓' : String(c.count);
      const why = c.count === 0 ? 'mentioned, not by these names' : `${c.count} mention${c.count === 1 ? '' : 's'}`;
      return `<td class="heat h${level}" title="${esc(`${outlet}: ${why}`)}">${shownCount}</td>`;
    });
    const role = a.role ? ` <span class="role">${esc(a.role)}</span>` : '';
    return `${groupRow}<tr><th scope="row">${esc(a.name)}${role}</th>${cells.join('')}</tr>`;
  });
  const rest = ordered.slice(MAX_ACTORS).map(({ a }) => esc(a.name));
  const more = rest.length > 0 ? `<p class="more">Also named: ${rest.join('; ')}.</p>` : '';
  const head = outlets.map((o) => `<th scope="col">${esc(o)}</th>`).join('');
  return [
    '<div class="actors-wrap"><table class="actors">',
    '<caption>Mentions of each actor’s names in each outlet’s text.</caption>',
    `<thead><tr><th scope="col">Actor</th>${head}</tr></thead><tbody>${body.join('')}</tbody></table></div>`,
    more,
  ].join('');
}

/** Items of one kind as the coverage picture's cells see them (for tests and the summary). */
export function reportedBy(briefing: Briefing, item: PageItem, outlet: string): boolean {
  const articles = articlesOfOutlet(briefing, outlet);
  return item.spans.some((s) => articles.includes(s.article));
}
