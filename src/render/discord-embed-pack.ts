// Packs titled sections of text into Discord embeds and messages, within every limit of
// discord-limits.ts: a section too long for one embed continues in the next, and a message
// that would pass 6000 characters or 10 embeds continues in a follow-up message.

import { ELLIPSIS, shortenAtWord } from '../text/shorten.ts';
import { DISCORD_LIMITS as L } from './discord-limits.ts';

export interface DiscordEmbedField {
  name: string;
  value: string;
  inline?: boolean;
}

export interface DiscordEmbed {
  title?: string;
  description?: string;
  color?: number;
  fields?: DiscordEmbedField[];
  footer?: { text: string };
  /** ISO 8601; Discord shows it beside the footer in each reader's own timezone and language. */
  timestamp?: string;
}

/** One message in the JSON shape of Discord's API (POST /channels/{id}/messages and webhooks). */
export interface DiscordMessagePayload {
  content?: string;
  embeds: DiscordEmbed[];
  /** Always empty: article text may contain @everyone or <@id>, and must ping no one. */
  allowed_mentions: { parse: [] };
}

/** A titled run of entries (already formatted and escaped), kept whole unless one alone is too long. */
export interface Section {
  title: string;
  entries: string[];
  /** Between two entries of one embed ("\n" for a list, "\n\n" for paragraphs). */
  separator: string;
  color: number;
  /** On the section's first embed only; keep them few and within the field limits. */
  fields?: DiscordEmbedField[];
  /** On the section's first embed only. */
  footer?: string;
  /** On the section's first embed only (ISO 8601). */
  timestamp?: string;
}

/** Below this much room, a new embed starts a new message rather than holding a sliver of text. */
const MIN_USEFUL_DESCRIPTION = 400;

export function noMentions(): { parse: [] } {
  return { parse: [] };
}

/** Escapes Discord markdown in text from articles, so it shows as written (no masked links, no `<@id>`). */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\*_~`|[\]<>]/g, '\\$&');
}

// Bare web addresses in a plain reply stay clickable as Discord shows them; a backslash inside one
// would become part of the link.
const BARE_URL = /https?:\/\/[^\s<>[\]()\\`|]+/g;

/**
 * A plain reply (a confirmation, an error, the help) shown exactly as written: the words a user
 * typed (a topic, an id) are echoed in it, often publicly ("Subscribed … briefings on “…”"), and
 * must not become a masked link (`[Urgent](https://…)`), a heading or a spoiler. Bare web
 * addresses are left as they are, so Discord still shows them as the links they are.
 */
export function escapePlainText(text: string): string {
  let out = '';
  let last = 0;
  for (const match of text.matchAll(BARE_URL)) {
    out += escapeMarkdown(text.slice(last, match.index)) + match[0];
    last = match.index + match[0].length;
  }
  return escapeLineStarts(out + escapeMarkdown(text.slice(last)));
}

/** Headings (`# `, `-# `) and list markers take effect only at a line's start (`>` is escaped already). */
function escapeLineStarts(text: string): string {
  return text.replace(/(^|\n)([ \t]*)([#-])/g, '$1$2\\$3');
}

/** Shortens at a word boundary with a visible "…", never leaving half an escape or half a surrogate pair. */
export function fitText(text: string, max: number): string {
  if (text.length <= max) return text;
  const marker = ` ${ELLIPSIS}`;
  let body = shortenAtWord(text, max).slice(0, -marker.length);
  const backslashes = /\\+$/.exec(body)?.[0].length ?? 0;
  if (backslashes % 2 === 1) body = body.slice(0, -1);
  if (/[\uD800-\uDBFF]$/.test(body)) body = body.slice(0, -1);
  return `${body}${marker}`;
}

/** Characters Discord counts toward the 6000 of a message. */
export function embedLength(embed: DiscordEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    fieldsLength(embed.fields ?? []) +
    (embed.footer?.text.length ?? 0)
  );
}

function fieldsLength(fields: DiscordEmbedField[]): number {
  return fields.reduce((sum, f) => sum + f.name.length + f.value.length, 0);
}

export function packSections(sections: Section[]): DiscordMessagePayload[] {
  const messages: DiscordEmbed[][] = [[]];
  let used = 0;
  const current = () => messages[messages.length - 1]!;
  const room = () => (current().length >= L.embedsPerMessage ? 0 : L.embedsTotal - used);
  const startMessage = () => {
    messages.push([]);
    used = 0;
  };

  for (const section of sections) {
    let rest = section.entries;
    let first = true;
    while (first || rest.length > 0) {
      const title = fitText(first ? section.title : `${section.title} (continued)`, L.embedTitle);
      const fields = first ? (section.fields ?? []) : [];
      const footer = first && section.footer ? fitText(section.footer, L.footerText) : undefined;
      const fixed = title.length + fieldsLength(fields) + (footer?.length ?? 0);
      const wanted = Math.min(rest[0]?.length ?? 0, MIN_USEFUL_DESCRIPTION);
      if (current().length > 0 && room() < fixed + wanted) startMessage();

      const fresh = current().length === 0;
      const taken = takeEntries(rest, section.separator, Math.min(L.embedDescription, room() - fixed), fresh);
      if (taken.count === 0 && rest.length > 0) {
        startMessage(); // the next entry fits whole in an empty message
        continue;
      }
      const embed: DiscordEmbed = { title, color: section.color };
      if (taken.text) embed.description = taken.text;
      if (fields.length > 0) embed.fields = fields;
      if (footer) embed.footer = { text: footer };
      if (first && section.timestamp) embed.timestamp = section.timestamp;
      current().push(embed);
      used += embedLength(embed);
      rest = rest.slice(taken.count);
      first = false;
    }
  }
  return messages
    .filter((embeds) => embeds.length > 0)
    .map((embeds) => ({ embeds, allowed_mentions: noMentions() }));
}

/** Whole entries while they fit; in a fresh message an entry too long for any embed is shortened. */
function takeEntries(entries: string[], separator: string, max: number, fresh: boolean) {
  let text = '';
  let count = 0;
  for (const entry of entries) {
    const next = count === 0 ? entry : `${text}${separator}${entry}`;
    if (next.length > max) break;
    text = next;
    count++;
  }
  if (count === 0 && fresh && entries.length > 0) return { text: fitText(entries[0]!, max), count: 1 };
  return { text, count };
}

/** Plain text as message content, split at line breaks (then words) into pieces of at most 2000. */
export function packContent(text: string): DiscordMessagePayload[] {
  const pieces: string[] = [];
  let piece = '';
  for (const line of text.split('\n')) {
    const next = piece ? `${piece}\n${line}` : line;
    if (next.length <= L.messageContent) {
      piece = next;
      continue;
    }
    if (piece) pieces.push(piece);
    piece = line;
    while (piece.length > L.messageContent) {
      const head = fitText(piece, L.messageContent);
      pieces.push(head);
      piece = piece.slice(head.length - ELLIPSIS.length - 1).trimStart();
    }
  }
  if (piece.trim()) pieces.push(piece);
  if (pieces.length === 0) pieces.push('(no answer)');
  return pieces.map((content) => ({ content, embeds: [], allowed_mentions: noMentions() }));
}
