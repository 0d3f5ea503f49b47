// The one mapping from /brief's subcommand options to the command text the core's handler
// parses, so Discord, Slack and the console mean the same thing by the same words.

import { commandTextFromMessage as commandTextFromPlainMessage } from '../../src/commands/message-text.ts';
import { canonicalTimezone, resolveTimezone, timezoneOfCity } from '../../src/commands/timezone.ts';
import type { BriefSubcommand } from './brief-command.ts';

export interface BriefOptions {
  topic?: string | null;
  links?: string | null;
  schedule?: string | null;
  timezone?: string | null;
  id?: string | null;
}

/** First words the parser reads as a command rather than a topic (see src/commands/parse-command.ts). */
const COMMAND_WORDS = new Set(['help', '?', 'subscribe', 'unsubscribe', 'brief', '/brief']);
const ALONE_COMMAND_WORDS = new Set(['list', 'status', 'resume']);

export function commandTextFromOptions(subcommand: BriefSubcommand, options: BriefOptions = {}): string {
  switch (subcommand) {
    case 'now':
      return words(asTopic(clean(options.topic)), options.links);
    case 'subscribe':
      // Each option says what it is: a city in `timezone` is its zone, `topic` is always a topic.
      return words('subscribe', options.schedule, zoneOf(clean(options.timezone)), quoted(clean(options.topic)));
    case 'unsubscribe':
      return words('unsubscribe', options.id);
    case 'resume':
      return words('resume', options.id);
    case 'list':
    case 'status':
    case 'help':
      return subcommand;
  }
}

/**
 * A topic that reads like a command ("help for flood victims", "subscribe daily 08:00") is
 * quoted, so that it stays a topic: `/brief now` must never subscribe a channel past the
 * Manage Channels check that guards `/brief subscribe`.
 */
function asTopic(topic: string): string {
  const [first = ''] = topic.toLowerCase().split(' ');
  const reserved = COMMAND_WORDS.has(first) || (ALONE_COMMAND_WORDS.has(first) && !topic.includes(' '));
  return reserved ? `"${topic}"` : topic;
}

/**
 * The `timezone` option as a zone: "Seoul" → Asia/Seoul, "New York" → America/New_York. A name
 * that is neither throws the core's BriefError ("did you mean Asia/Seoul?"): typed in the
 * timezone field, it must never become a topic.
 */
function zoneOf(timezone: string): string {
  if (timezone === '') return timezone;
  const canonical = canonicalTimezone(timezone.replace(/ /g, '_'));
  if (canonical) return canonical;
  const words = timezone.split(' ');
  const city = timezoneOfCity(words);
  if (city && city.used === words.length) return city.zone;
  return resolveTimezone(timezone);
}

function quoted(topic: string): string {
  return topic === '' ? '' : `"${topic.replace(/"/g, '')}"`;
}

function clean(part: string | null | undefined): string {
  return (part ?? '').replace(/\s+/g, ' ').trim();
}

function words(...parts: (string | null | undefined)[]): string {
  return parts
    .map(clean)
    .filter((part) => part.length > 0)
    .join(' ');
}

const LEADING_MENTIONS = /^(?:\s*<@!?\d+>[\s,:]*)+/;

/** A plain DM to the bot ("brief me on ferries", "subscribe daily 08:00") as command text. */
export function commandTextFromMessage(content: string): string {
  const plain = content
    .replace(LEADING_MENTIONS, '')
    // Discord users wrap links in <…> to stop previews.
    .replace(/<(https?:\/\/[^\s>]+)>/g, '$1');
  return commandTextFromPlainMessage(plain);
}
