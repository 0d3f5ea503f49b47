// A Briefing as Block Kit blocks, before packing into messages: header, key points, quotes with
// the speaker in bold, actors as context, open questions, how the outlets differ, sources.
// Every piece of article text goes through fitEscaped (escaped, and cut only with a marker).

import type { Briefing, Quote, SourceRef, Support } from '../briefing.ts';
import type { WhatsNew } from '../commands/command.ts';
import { lineageSummary, sourceCredit } from '../stages/lineage/credit.ts';
import type { SlackBlock } from './slack-block-types.ts';
import { SLACK_LIMITS } from './slack-limits.ts';
import { contextBlocks, MAX_LINE, sectionsFromLines } from './slack-pack.ts';
import { fitEscaped as clip, slackDate, slackLink } from './slack-text.ts';
import { readerNotes } from './reader-notes.ts';

type OutletOf = (articleId: string) => string;

const DIVIDER: SlackBlock = { type: 'divider' };

export function briefingBlocks(briefing: Briefing, whatsNew?: WhatsNew, pageUrl?: string): SlackBlock[] {
  const outletOf: OutletOf = (id) => briefing.sources.find((s) => s.id === id)?.outlet ?? id;
  const parts: SlackBlock[][] = [
    whatsNew ? whatsNewBlocks(whatsNew, outletOf) : [],
    sectionsFromLines('*Key points*', briefing.keyPoints.map((p) => `• ${withCredit(p.text, p.support, briefing, outletOf)}`)),
    sectionsFromLines('*Key quotes*', briefing.quotes.flatMap((q) => quoteLines(q, outletOf, roleOf(briefing)))),
    actorBlocks(briefing),
    sectionsFromLines('*Open questions*', briefing.openQuestions.flatMap((q) => [
      `*${clip(q.topic, 150)}* — ${clip(q.question, 1000)}${q.singleSource ? ' _(one outlet only)_' : ''}`,
      ...q.evidence.map((e) => `> ${clip(e.text, MAX_LINE - 120)} _— ${clip(outletOf(e.articleId), 100)}_`),
    ])),
    sectionsFromLines('*How the outlets differ*', differenceLines(briefing, outletOf)),
    sectionsFromLines('*Sources*', briefing.sources.map(sourceLine)),
    contextBlocks(readerNotes(briefing).map((note) => clip(note, 300))),
  ];
  const body = parts.filter((blocks) => blocks.length > 0).flatMap((blocks) => [DIVIDER, ...blocks]);
  return [headerBlock(briefing.title), ...contextBlocks([summaryLine(briefing, pageUrl)]), ...body];
}

export function headerBlock(title: string): SlackBlock {
  return { type: 'header', text: { type: 'plain_text', text: clip(title, SLACK_LIMITS.headerText) || 'Briefing', emoji: true } };
}

function summaryLine(briefing: Briefing, pageUrl?: string): string {
  const outlets = [...new Set(briefing.sources.map((s) => s.outlet))];
  const count = lineageSummary(briefing) ?? `${briefing.sources.length} source${briefing.sources.length === 1 ? '' : 's'}`;
  // The briefing's web page: every line beside the article it came from.
  const page = pageUrl && /^https?:\/\/\S+$/i.test(pageUrl) ? ` · ${slackLink(pageUrl, 'View sources', 40)}` : '';
  return `${count}: ${clip(outlets.join(', '), 600)} · generated ${slackDate(briefing.generatedAt)}${page}`;
}

/** `text — Outlet A, Outlet B (2 of 3 sources)`, the credit bounded so the line always fits. */
function withCredit(text: string, support: Support[], briefing: Briefing, outletOf: OutletOf): string {
  const outlets = [...new Set(support.map((s) => outletOf(s.articleId)))];
  const { reports, total } = sourceCredit(briefing, support.map((s) => s.articleId));
  const credit = outlets.length === 0 ? '' : ` _— ${clip(outlets.join(', '), 300)} (${reports} of ${total} sources)_`;
  return `${clip(text, MAX_LINE - credit.length - 4)}${credit}`;
}

/** A person's role as the actors list gives it, for a quote whose speaker came without one. */
function roleOf(briefing: Briefing): (name: string) => string | undefined {
  const roles = new Map(briefing.actors.filter((a) => a.kind === 'person' && a.role).map((a) => [a.name, a.role!]));
  return (name) => roles.get(name);
}

function quoteLines(quote: Quote, outletOf: OutletOf, actorRole: (name: string) => string | undefined = () => undefined): string[] {
  const role = quote.speaker ? (quote.speaker.role ?? actorRole(quote.speaker.name)) : undefined;
  const speaker = quote.speaker
    ? `*${clip(quote.speaker.name, 100)}*${role ? `, ${clip(role, 200)}` : ''}`
    : `_${clip(quote.unnamedSpeaker ?? 'unnamed speaker', 100)}_`;
  const outlets = [...new Set(quote.support.map((s) => outletOf(s.articleId)))];
  return [`> “${clip(quote.text, MAX_LINE - 10)}”`, `> — ${speaker} _(${clip(outlets.join(', '), 300)})_`];
}

const ACTOR_GROUPS = [
  ['person', 'People'],
  ['organization', 'Organisations'],
  ['place', 'Places'],
] as const;

/** Longest actors line: Slack's limit for a context element's text. */
const ACTORS_LINE = 3000;

/**
 * One context line per kind, `*People:* A (role) · B · C`: separate elements of one context block
 * run together on screen with nothing between them. A kind too long for one line continues in
 * the next; no actor is dropped.
 */
function actorBlocks(briefing: Briefing): SlackBlock[] {
  const lines = ACTOR_GROUPS.flatMap(([kind, label]) => {
    const actors = briefing.actors.filter((a) => a.kind === kind);
    if (actors.length === 0) return [];
    const names = actors.map((a) => `${clip(a.name, 100)}${a.role ? ` (${clip(a.role, 200)})` : ''}`);
    return linesWithin(`*${label}:* `, `*${label} (continued):* `, names, ' · ', ACTORS_LINE);
  });
  return lines.map((line) => contextBlocks([line])[0]!);
}

function linesWithin(head: string, continued: string, items: string[], separator: string, max: number): string[] {
  const lines: string[] = [];
  let line = head;
  let empty = true;
  for (const item of items) {
    const next = empty ? `${line}${item}` : `${line}${separator}${item}`;
    if (next.length > max && !empty) {
      lines.push(line);
      line = `${continued}${item}`;
    } else line = next;
    empty = false;
  }
  lines.push(line);
  return lines;
}

function differenceLines(briefing: Briefing, outletOf: OutletOf): string[] {
  const onlyHere = briefing.differences
    .filter((d) => d.onlyHere.length > 0)
    .flatMap((d) => [`*Only ${clip(outletOf(d.articleId), 100)}* reports:`, ...d.onlyHere.map((o) => `• ${clip(o.text, MAX_LINE - 4)}`)]);
  const disagreements = (briefing.disagreements ?? []).flatMap((d) => [
    `*${clip(d.about, 200)}* — the outlets disagree:`,
    ...d.versions.map((v) => `• ${clip(outletOf(v.articleId), 100)}: ${clip(v.text, MAX_LINE - 110)}`),
  ]);
  return [...onlyHere, ...disagreements];
}

function sourceLine(source: SourceRef): string {
  const date = source.publishedAt ? ` · ${clip(source.publishedAt.slice(0, 10), 20)}` : '';
  const place = source.place ? ` · ${clip(source.place, 80)}` : '';
  return `• ${slackLink(source.url, `${source.outlet} — ${source.title}`, 600)}${date}${place}`;
}

function whatsNewBlocks(whatsNew: WhatsNew, outletOf: OutletOf): SlackBlock[] {
  const lines = [
    ...whatsNew.newKeyPoints.map((p) => `• ${clip(p.text, MAX_LINE - 4)}`),
    ...whatsNew.newQuotes.flatMap((q) => quoteLines(q, outletOf)),
    ...whatsNew.openedQuestions.map((q) => `• New question: *${clip(q.topic, 150)}* — ${clip(q.question, 1000)}`),
    ...whatsNew.resolvedQuestions.map((r) => `• Settled: ${clip(r, 1000)}`),
  ];
  const heading = `*What's new since ${slackDate(whatsNew.sinceDeliveredAt)}*`;
  return sectionsFromLines(heading, lines.length > 0 ? lines : ['_Nothing new since then._']);
}
