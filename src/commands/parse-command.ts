// Text after `/brief` (from a slash command, a DM or the console) into a typed Command.
// Throws BriefError (BAD_COMMAND, BAD_SCHEDULE, UNKNOWN_TIMEZONE) with the sentence to show the user.
//
//   parseCommand('subscribe daily 08:00 Asia/Seoul korea', { defaultTimezone: 'UTC' })
//   → { kind: 'subscribe', schedule: { kind: 'daily', hour: 8, minute: 0 }, timezone: 'Asia/Seoul', topic: 'korea' }

import { BriefError } from '../errors.ts';
import type { Command } from './command.ts';
import { readSchedule } from './schedule-text.ts';
import { canonicalTimezone, looksLikeTimezone, resolveTimezone, timezoneOfCity } from './timezone.ts';

export interface ParseOptions {
  /** Timezone for `subscribe` when none is given: the user's, else the workspace's, else UTC. */
  defaultTimezone?: string;
}

export const MAX_TOPIC_LENGTH = 200;
/** A whole command: far more than any real one, checked before the text is even split. */
export const MAX_COMMAND_LENGTH = 4000;
/** One word of a command: room for a long link (browsers' practical limit), no more. */
export const MAX_WORD_LENGTH = 2048;

// Slack sends links as <https://x|label>, Discord users wrap them in <…> to stop previews.
const LINK = /^<?(https?:\/\/[^\s<>|]+)(?:\|[^>]*)?>?$/i;

// A topic in quotes ("subscribe daily 08:00", as Discord sends a topic that reads like a command)
// is just the words inside them.
const QUOTED = /^["“'‘](.*)["”'’]$/s;

function topicOf(words: string[]): string | undefined {
  const joined = words.join(' ').trim();
  const topic = (QUOTED.exec(joined)?.[1] ?? joined).trim();
  if (topic.length > MAX_TOPIC_LENGTH) {
    throw new BriefError('BAD_COMMAND', `topic is too long (${topic.length} characters; at most ${MAX_TOPIC_LENGTH})`);
  }
  return topic === '' ? undefined : topic;
}

function parseSubscribe(words: string[], options: ParseOptions): Command {
  const { schedule, used } = readSchedule(words);
  let rest = words.slice(used);
  let timezone = canonicalTimezone(options.defaultTimezone ?? 'UTC') ?? 'UTC';
  const maybeZone = rest[0];
  if (maybeZone && looksLikeTimezone(maybeZone)) {
    timezone = resolveTimezone(maybeZone);
    rest = rest.slice(1);
  } else {
    // "daily 08:00 Seoul": a city stands for its zone; said in the answer, or asked when alone.
    const city = timezoneOfCity(rest);
    if (city) {
      const words = rest.slice(0, city.used).join(' ');
      rest = rest.slice(city.used);
      const topic = topicOf(rest);
      return {
        kind: 'subscribe',
        schedule,
        timezone: city.zone,
        ...(topic ? { topic } : {}),
        city: { words, zone: city.zone, alone: rest.length === 0 },
      };
    }
  }
  const topic = topicOf(rest);
  return { kind: 'subscribe', schedule, timezone, ...(topic ? { topic } : {}) };
}

/** `resume` alone or with an id resumes a paused subscription; "resume of peace talks" is a topic. */
function isResume(words: string[]): boolean {
  return words.length <= 1;
}

// A DM that only says hello gets a welcome, not "no story matches “hello”".
const GREETING = /^(?:hello|hi|hey|hiya|howdy|yo|hallo|greetings|good (?:morning|afternoon|evening|day)|thanks|thank you|ty|ping)(?: there)?(?: briefbot)?[\s!.,?👋]*$/iu;

function parseUnsubscribe(words: string[]): Command {
  if (words.length > 1) {
    throw new BriefError('BAD_COMMAND', 'unsubscribe takes one subscription id (see /brief list)');
  }
  return words[0] ? { kind: 'unsubscribe', id: words[0] } : { kind: 'unsubscribe' };
}

export function parseCommand(text: string, options: ParseOptions = {}): Command {
  // Untrusted text: its size is capped before any other work (splitting, matching, suggesting).
  if (text.length > MAX_COMMAND_LENGTH) {
    throw new BriefError('BAD_COMMAND', `that command is too long (${text.length} characters; at most ${MAX_COMMAND_LENGTH})`);
  }
  let words = text.trim().split(/\s+/).filter((w) => w !== '');
  const long = words.find((w) => w.length > MAX_WORD_LENGTH);
  if (long) throw new BriefError('BAD_COMMAND', `a word of ${long.length} characters is too long (at most ${MAX_WORD_LENGTH})`);
  // The console and DMs may carry the command name itself.
  if (words[0] && /^\/?brief$/i.test(words[0])) words = words.slice(1);
  const [first, ...rest] = words;
  const verb = first?.toLowerCase();

  if (verb === undefined) return { kind: 'brief' };
  if (verb === 'help' || verb === '?') return { kind: 'help' };
  if (GREETING.test(words.join(' '))) return { kind: 'help', greeting: true };
  if (verb === 'subscribe') return parseSubscribe(rest, options);
  if (verb === 'unsubscribe') return parseUnsubscribe(rest);
  if (verb === 'resume' && isResume(rest)) return rest[0] ? { kind: 'resume', id: rest[0] } : { kind: 'resume' };
  if (rest.length === 0 && (verb === 'list' || verb === 'status')) return { kind: verb };

  const urls = words.map((w) => LINK.exec(w)?.[1]).filter((u): u is string => u !== undefined);
  if (urls.length > 0) return { kind: 'brief', urls };
  const topic = topicOf(words);
  return topic ? { kind: 'brief', topic } : { kind: 'brief' };
}
