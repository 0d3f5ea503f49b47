// Markdown rendering of a Briefing: what the console prints and what summaries/ keeps.

import type { Briefing, OpenQuestionKind, Quote, Support } from '../briefing.ts';
import { lineageSummary, sourceCredit } from '../stages/lineage/credit.ts';
import { actorsOfKind, andMore } from './actor-list.ts';
import { inlineText, safeLinkTarget } from './markdown-text.ts';
import { readerNotes } from './reader-notes.ts';

export function renderMarkdown(briefing: Briefing): string {
  const outletOf = new Map(briefing.sources.map((s) => [s.id, inlineText(s.outlet)]));
  const total = briefing.sources.length;
  const credit = (support: Support[]) => {
    const outlets = [...new Set(support.map((s) => outletOf.get(s.articleId) ?? s.articleId))];
    const { reports, total: independent } = sourceCredit(briefing, support.map((s) => s.articleId));
    return total > 1 ? `${outlets.join(', ')}; ${reports} of ${independent} sources` : outlets.join(', ');
  };
  const lines: string[] = [`# ${inlineText(briefing.title)}`, ''];
  lines.push(`_${inlineText(lineageSummary(briefing) ?? `${total} source${total === 1 ? '' : 's'}`)}; generated ${briefing.generatedAt}_`, '');

  if (briefing.keyPoints.length > 0) {
    lines.push('## Key points', '');
    for (const k of briefing.keyPoints) lines.push(`- ${inlineText(k.text)} _(${credit(k.support)})_`);
    lines.push('');
  }
  if (briefing.quotes.length > 0) {
    lines.push('## Key quotes', '');
    for (const q of briefing.quotes) lines.push(`- “${inlineText(q.text)}” — ${speakerLine(q)} _(${credit(q.support)})_`);
    lines.push('');
  }
  if (briefing.actors.length > 0) {
    lines.push('## Actors', '');
    for (const kind of ['person', 'organization', 'place'] as const) {
      const { shown, more } = actorsOfKind(briefing.actors, kind);
      if (shown.length === 0) continue;
      const label = kind === 'person' ? 'People' : kind === 'organization' ? 'Organisations' : 'Places';
      lines.push(`- **${label}:** ${shown.map((a) => inlineText(a.role ? `${a.name} (${a.role})` : a.name)).join('; ')}${andMore(more)}`);
    }
    lines.push('');
  }
  if (briefing.openQuestions.length > 0) {
    lines.push('## Open questions', '');
    for (const q of briefing.openQuestions) {
      const marks = [...(q.kinds ?? []).map((k) => KIND_WORDS[k]), ...(q.singleSource ? ['one outlet only'] : [])];
      lines.push(`- **${inlineText(q.topic)}** — ${inlineText(q.question)}${marks.length > 0 ? ` _(${marks.join('; ')})_` : ''}`);
      for (const e of q.evidence) lines.push(`  - ${inlineText(e.text)} _(${outletOf.get(e.articleId) ?? e.articleId})_`);
    }
    lines.push('');
  }
  const differing = briefing.differences.filter((d) => d.onlyHere.length > 0);
  if (differing.length > 0 || (briefing.disagreements?.length ?? 0) > 0) {
    lines.push('## How the outlets differ', '');
    for (const d of differing) {
      lines.push(`- **Only ${outletOf.get(d.articleId) ?? d.articleId}:**${d.labels?.length ? ` ${d.labels.join('; ')}` : ''}`);
      for (const o of d.onlyHere) lines.push(`  - ${inlineText(o.text)}`);
    }
    for (const d of briefing.disagreements ?? []) {
      lines.push(`- **${inlineText(d.about)}:** ${d.versions.map((v) => `${outletOf.get(v.articleId) ?? v.articleId}: “${inlineText(v.text)}”`).join(' vs ')}`);
    }
    lines.push('');
  }
  lines.push('## Sources', '');
  for (const s of briefing.sources) {
    // Only http(s) addresses become links; a title is text, whatever brackets it carries.
    const target = s.url ? safeLinkTarget(s.url) : undefined;
    const title = target ? `[${inlineText(s.title).replace(/[[\]]/g, '\\$&')}](${target})` : inlineText(s.title);
    const meta = [s.publishedAt, s.place].filter(Boolean).join(', ');
    lines.push(`- ${inlineText(s.outlet)}: ${title}${meta ? ` (${meta})` : ''}`);
  }
  for (const note of readerNotes(briefing)) lines.push('', `> Note: ${inlineText(note)}`);
  return `${lines.join('\n').trimEnd()}\n`;
}

const KIND_WORDS: Record<OpenQuestionKind, string> = {
  hedged: 'uncertain',
  denied: 'denied or disputed',
  pending: 'pending',
  conditional: 'conditional',
};

function speakerLine(q: Quote): string {
  if (q.speaker) return q.speaker.role ? `**${inlineText(q.speaker.name)}**, ${inlineText(q.speaker.role)}` : `**${inlineText(q.speaker.name)}**`;
  return q.unnamedSpeaker ? `${inlineText(q.unnamedSpeaker)} (unnamed)` : 'speaker not given';
}
