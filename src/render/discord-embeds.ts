// A Briefing, a digest or a plain reply as Discord messages with embeds (Discord's API JSON).
// The briefing itself is compact (top quotes and questions); `renderDiscordBriefingPart` gives
// one part in full, for the buttons under a briefing. Pure: the Discord adapter sends the result.

import type { Briefing, OpenQuestion, Quote, SourceRef, Support } from '../briefing.ts';
import type { CommandReply, WhatsNew } from '../commands/command.ts';
import type { Digest } from '../digest.ts';
import { sourceCredit } from '../stages/lineage/credit.ts';
import { shortenAtWord } from '../text/shorten.ts';
import {
  type DiscordEmbedField,
  type DiscordMessagePayload,
  escapeMarkdown as esc,
  escapePlainText,
  packContent,
  packSections,
  type Section,
} from './discord-embed-pack.ts';
import { DISCORD_LIMITS as L } from './discord-limits.ts';
import { readerNotes } from './reader-notes.ts';

export type { DiscordEmbed, DiscordEmbedField, DiscordMessagePayload } from './discord-embed-pack.ts';

export type BriefingPart = 'quotes' | 'questions' | 'sources';
export const BRIEFING_PARTS: readonly BriefingPart[] = ['quotes', 'questions', 'sources'];

const COLOR = { briefing: 0x2f6fde, quotes: 0x7a5af8, questions: 0xe0a526, differ: 0x8a8f98, sources: 0x4b5563 };

/** How much of each part the briefing itself shows; the buttons show the rest. */
const COMPACT = { quotes: 5, quoteChars: 300, questions: 5, onlyHereItems: 3, itemChars: 200, sources: 10 };

export function renderDiscordEmbeds(input: CommandReply | Briefing): DiscordMessagePayload[] {
  if (!('kind' in input)) return packSections(briefingSections(input, false));
  switch (input.kind) {
    case 'briefing': {
      const hasButtons = input.storyId !== undefined;
      const sections = input.whatsNew
        ? whatsNewSections(input.briefing, input.whatsNew, hasButtons)
        : briefingSections(input.briefing, hasButtons);
      return packSections(withPageLink(sections, input.pageUrl));
    }
    case 'digest':
      return packSections(digestSections(input.digest));
    case 'message':
      return packContent(escapePlainText(input.text));
  }
}

/** One part of a briefing in full (every quote, every question with its evidence, every source). */
export function renderDiscordBriefingPart(briefing: Briefing, part: BriefingPart): DiscordMessagePayload[] {
  const credits = creditsOf(briefing);
  const about = ` — ${briefing.title}`;
  switch (part) {
    case 'quotes': {
      const sections = [section(`Key quotes${about}`, briefing.quotes.map((q) => quoteEntry(q, credits)), COLOR.quotes)];
      const fragments = briefing.fragments ?? [];
      if (fragments.length > 0) sections.push(section('Quoted phrases', fragments.map((q) => quoteEntry(q, credits)), COLOR.quotes));
      if (briefing.quotes.length === 0) sections[0]!.entries = ['No direct quotes in these articles.'];
      return packSections(sections);
    }
    case 'questions': {
      const entries = briefing.openQuestions.map((q) => questionEntry(q, credits, true));
      return packSections([section(`Open questions${about}`, entries.length ? entries : ['Nothing left open.'], COLOR.questions)]);
    }
    case 'sources': {
      const sources = section(`Sources${about}`, briefing.sources.map((s) => sourceEntry(s, false)), COLOR.sources, '\n');
      sources.entries.push(...readerNotes(briefing).map((n) => `_Note: ${esc(n)}_`));
      return packSections([sources]);
    }
  }
}

type Credits = (support: Support[]) => string;

function creditsOf(briefing: Briefing): Credits & { outlet(id: string): string } {
  const outletOf = new Map(briefing.sources.map((s) => [s.id, s.outlet]));
  const total = briefing.sources.length;
  const outlet = (id: string) => esc(outletOf.get(id) ?? id);
  const credit = (support: Support[]) => {
    const outlets = [...new Set(support.map((s) => outlet(s.articleId)))];
    const { reports, total: independent } = sourceCredit(briefing, support.map((s) => s.articleId));
    return total > 1 ? `${outlets.join(', ')} · ${reports} of ${independent} sources` : outlets.join(', ');
  };
  return Object.assign(credit, { outlet });
}

function section(title: string, entries: string[], color: number, separator = '\n\n'): Section {
  return { title, entries, color, separator };
}

function briefingSections(briefing: Briefing, hasButtons: boolean): Section[] {
  const credits = creditsOf(briefing);
  const more = (count: number, what: string, button: string) =>
    `_+${count} more ${what}${hasButtons ? ` (press **${button}** below)` : ''}_`;
  const sections: Section[] = [headerSection(briefing, briefing.keyPoints.map((k) => keyPointEntry(k.text, k.support, credits)))];
  sections[0]!.fields = actorFields(briefing);

  if (briefing.quotes.length > 0) {
    const shown = briefing.quotes.slice(0, COMPACT.quotes).map((q) => quoteEntry(q, credits, COMPACT.quoteChars));
    const hidden = briefing.quotes.length - COMPACT.quotes;
    if (hidden > 0) shown.push(more(hidden, 'quotes', 'Quotes'));
    sections.push(section('Key quotes', shown, COLOR.quotes));
  }
  if (briefing.openQuestions.length > 0) {
    const shown = briefing.openQuestions.slice(0, COMPACT.questions).map((q) => questionEntry(q, credits, false));
    const hidden = briefing.openQuestions.length - COMPACT.questions;
    if (hidden > 0) shown.push(more(hidden, 'questions', 'Open questions'));
    sections.push(section('Open questions', shown, COLOR.questions));
  }
  const differ = differenceEntries(briefing, credits);
  if (differ.length > 0) sections.push(section('How the outlets differ', differ, COLOR.differ, '\n'));

  const sources = briefing.sources.slice(0, COMPACT.sources).map((s) => sourceEntry(s, true));
  const hiddenSources = briefing.sources.length - COMPACT.sources;
  if (hiddenSources > 0) sources.push(more(hiddenSources, 'sources', 'Sources'));
  for (const note of readerNotes(briefing)) sources.push(`_Note: ${esc(note)}_`);
  sections.push(section('Sources', sources, COLOR.sources, '\n'));
  return sections;
}

/**
 * A moment as Discord shows it to each reader, in their own timezone: `<t:1700000000:f>`. Text
 * that is not a date is escaped and shown as it is.
 */
export function discordTime(iso: string, style: 'f' | 'D' | 'R' = 'f'): string {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? esc(iso) : `<t:${Math.floor(ms / 1000)}:${style}>`;
}

/** A publication date: a bare day stays that day ("20 Nov 2026", no timezone to shift it); a moment becomes `<t:…:D>`. */
export function discordDate(value: string): string {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (day) {
    const date = new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])));
    return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(date);
  }
  return discordTime(value, 'D');
}

function whatsNewSections(briefing: Briefing, news: WhatsNew, hasButtons: boolean): Section[] {
  const credits = creditsOf(briefing);
  const since = `**What's new since ${discordTime(news.sinceDeliveredAt)}**`;
  const points = news.newKeyPoints.map((k) => keyPointEntry(k.text, k.support, credits));
  const header = headerSection(briefing, [since, ...(points.length ? points : ['No new key points.'])]);
  const sections = [header];
  if (news.newQuotes.length > 0) {
    sections.push(section('New quotes', news.newQuotes.map((q) => quoteEntry(q, credits, COMPACT.quoteChars)), COLOR.quotes));
  }
  const questions = [
    ...news.openedQuestions.map((q) => `New: ${questionEntry(q, credits, false)}`),
    ...news.resolvedQuestions.map((q) => `Resolved: ${esc(q)}`),
  ];
  if (questions.length > 0) sections.push(section('Open questions', questions, COLOR.questions));
  if (hasButtons) sections.push(section('The full briefing', ['_Press a button below for any part in full._'], COLOR.sources));
  return sections;
}

/** "View sources": the briefing's web page, as the header's last line, when the bot has one. */
function withPageLink(sections: Section[], pageUrl: string | undefined): Section[] {
  const [header, ...rest] = sections;
  if (!header || !pageUrl || !/^https?:\/\/\S+$/.test(pageUrl)) return sections;
  return [{ ...header, entries: [...header.entries, `🔎 **[View sources](${linkTarget(pageUrl)})** — every line beside its article`] }, ...rest];
}

function headerSection(briefing: Briefing, entries: string[]): Section {
  const count = briefing.sources.length;
  return {
    ...section(briefing.title, entries.length ? entries : ['No key points found.'], COLOR.briefing, '\n'),
    footer: `${count} source${count === 1 ? '' : 's'}`,
    ...timestampOf(briefing.generatedAt),
  };
}

/** The embed's timestamp, when the text is a date Discord can read. */
function timestampOf(iso: string): { timestamp?: string } {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? {} : { timestamp: new Date(ms).toISOString() };
}

function keyPointEntry(text: string, support: Support[], credits: Credits): string {
  return `• ${esc(text)} _(${credits(support)})_`;
}

function quoteEntry(quote: Quote, credits: Credits, maxChars?: number): string {
  const text = maxChars === undefined ? quote.text : shortenAtWord(quote.text, maxChars);
  return `“${esc(text)}”\n— ${speakerOf(quote)} _(${credits(quote.support)})_`;
}

function speakerOf(quote: Quote): string {
  if (quote.speaker) return quote.speaker.role ? `**${esc(quote.speaker.name)}**, ${esc(quote.speaker.role)}` : `**${esc(quote.speaker.name)}**`;
  return quote.unnamedSpeaker ? `${esc(quote.unnamedSpeaker)} (unnamed)` : 'speaker not given';
}

function questionEntry(q: OpenQuestion, credits: ReturnType<typeof creditsOf>, full: boolean): string {
  const head = `**${esc(q.topic)}** — ${esc(q.question)}${q.singleSource ? ' _(one outlet only)_' : ''}`;
  if (full) return [head, ...q.evidence.map((e) => `> ${esc(e.text)} _(${credits.outlet(e.articleId)})_`)].join('\n');
  const outlets = [...new Set(q.evidence.map((e) => credits.outlet(e.articleId)))];
  return outlets.length > 0 ? `${head}\n_${outlets.join(', ')}_` : head;
}

function differenceEntries(briefing: Briefing, credits: ReturnType<typeof creditsOf>): string[] {
  const entries: string[] = [];
  for (const d of briefing.differences) {
    if (d.onlyHere.length === 0) continue;
    const items = d.onlyHere.slice(0, COMPACT.onlyHereItems).map((o) => esc(shortenAtWord(o.text, COMPACT.itemChars)));
    const hidden = d.onlyHere.length - items.length;
    entries.push(`**Only ${credits.outlet(d.articleId)}:** ${items.join('; ')}${hidden > 0 ? ` _(+${hidden} more)_` : ''}`);
  }
  for (const d of briefing.disagreements ?? []) {
    const versions = d.versions.map((v) => `${credits.outlet(v.articleId)}: “${esc(shortenAtWord(v.text, COMPACT.itemChars))}”`);
    entries.push(`**${esc(d.about)}:** ${versions.join(' vs ')}`);
  }
  return entries;
}

function sourceEntry(source: SourceRef, compact: boolean): string {
  const title = esc(compact ? shortenAtWord(source.title, COMPACT.itemChars) : source.title);
  const link = source.url && /^https?:\/\//.test(source.url) ? `[${title}](${linkTarget(source.url)})` : title;
  const meta = [source.publishedAt ? discordDate(source.publishedAt) : undefined, source.place ? esc(source.place) : undefined].filter(Boolean);
  return `**${esc(source.outlet)}** — ${link}${meta.length ? ` (${meta.join(', ')})` : ''}`;
}

/** Parentheses and spaces would end a masked link early. */
function linkTarget(url: string): string {
  return url.replace(/[()\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** People, organisations and places as three inline fields, each cut at a whole name. */
function actorFields(briefing: Briefing): DiscordEmbedField[] {
  const groups = [
    ['People', 'person'],
    ['Organisations', 'organization'],
    ['Places', 'place'],
  ] as const;
  const fields: DiscordEmbedField[] = [];
  for (const [name, kind] of groups) {
    const names = briefing.actors
      .filter((a) => a.kind === kind)
      .map((a) => esc(a.role ? `${a.name} (${a.role})` : a.name));
    if (names.length > 0) fields.push({ name, value: joinWithinLimit(names, '; ', L.fieldValue), inline: true });
  }
  return fields;
}

function joinWithinLimit(items: string[], separator: string, max: number): string {
  let value = '';
  for (let i = 0; i < items.length; i++) {
    const next = value ? `${value}${separator}${items[i]}` : items[i]!;
    const rest = items.length - i - 1;
    const tail = rest > 0 ? ` and ${rest} more` : '';
    if (`${next}${tail}`.length > max) {
      const left = items.length - i;
      return value ? `${value} and ${left} more` : shortenAtWord(items[i]!, max);
    }
    value = next;
  }
  return value;
}

function digestSections(digest: Digest): Section[] {
  const entries = digest.stories.map((story) => {
    const lead = story.lead ? `\n${esc(shortenAtWord(story.lead, COMPACT.quoteChars))}` : '';
    const outlets = story.outlets.map(esc).join(', ');
    const count = `${story.articleCount} article${story.articleCount === 1 ? '' : 's'}`;
    return `**${esc(story.label)}**${lead}\n_${count}${outlets ? ` · ${outlets}` : ''}_`;
  });
  return [
    {
      ...section(digest.title, entries.length ? entries : ['No stories yet.'], COLOR.briefing),
      ...timestampOf(digest.generatedAt),
    },
  ];
}
