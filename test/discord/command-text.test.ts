// The one mapping from /brief's options to the text the core's command handler parses.

import { describe, expect, it } from 'vitest';
import type { BriefSubcommand } from '../../adapters/discord/brief-command.ts';
import { type BriefOptions, commandTextFromMessage, commandTextFromOptions } from '../../adapters/discord/command-text.ts';

describe('commandTextFromOptions', () => {
  const rows: [BriefSubcommand, BriefOptions, string][] = [
    ['now', {}, ''],
    ['now', { topic: 'Blinken in Seoul' }, 'Blinken in Seoul'],
    ['now', { topic: null, links: 'https://a.example/1  https://b.example/2' }, 'https://a.example/1 https://b.example/2'],
    ['subscribe', { schedule: 'daily 08:00', timezone: 'Asia/Seoul', topic: 'x' }, 'subscribe daily 08:00 Asia/Seoul "x"'],
    ['subscribe', { schedule: 'weekdays 07:30' }, 'subscribe weekdays 07:30'],
    ['subscribe', { schedule: ' 0 8 * * 1 ', timezone: null, topic: 'rail\nfares' }, 'subscribe 0 8 * * 1 "rail fares"'],
    // A city in the timezone field is its zone; a city in the topic field stays a topic.
    ['subscribe', { schedule: 'daily 08:00', timezone: 'Seoul' }, 'subscribe daily 08:00 Asia/Seoul'],
    ['subscribe', { schedule: 'daily 08:00', timezone: 'new york' }, 'subscribe daily 08:00 America/New_York'],
    ['subscribe', { schedule: 'daily 08:00', timezone: 'asia/seoul' }, 'subscribe daily 08:00 Asia/Seoul'],
    ['subscribe', { schedule: 'daily 08:00', topic: 'Seoul' }, 'subscribe daily 08:00 "Seoul"'],
    ['resume', {}, 'resume'],
    ['resume', { id: 'k7m2qp' }, 'resume k7m2qp'],
    ['now', { topic: 'resume' }, '"resume"'],
    ['unsubscribe', {}, 'unsubscribe'],
    ['unsubscribe', { id: 'sub-12' }, 'unsubscribe sub-12'],
    ['list', { topic: 'ignored' }, 'list'],
    ['now', { topic: 'subscribe daily 08:00' }, '"subscribe daily 08:00"'],
    ['now', { topic: 'Help for flood victims' }, '"Help for flood victims"'],
    ['now', { topic: 'brief subscribe x' }, '"brief subscribe x"'],
    ['now', { topic: 'status' }, '"status"'],
    ['now', { topic: 'status of the talks' }, 'status of the talks'],
    ['status', {}, 'status'],
    ['help', {}, 'help'],
  ];
  it.each(rows)('%s %j → %j', (subcommand, options, text) => {
    expect(commandTextFromOptions(subcommand, options)).toBe(text);
  });

  it('a timezone field that is no zone and no city is refused with the nearest zone, never taken as a topic', () => {
    expect(() => commandTextFromOptions('subscribe', { schedule: 'daily 08:00', timezone: 'Seol' })).toThrow(
      "unknown timezone 'Seol' — did you mean Asia/Seoul?",
    );
  });
});

describe('commandTextFromMessage (plain DMs)', () => {
  const rows: [string, string][] = [
    ['brief', ''],
    ['brief me on ferries', 'ferries'],
    ['<@123456789012345678> brief about the strike', 'the strike'],
    ['subscribe  daily 08:00\nEurope/London', 'subscribe daily 08:00 Europe/London'],
    ['<https://news.example/a> <https://news.example/b>', 'https://news.example/a https://news.example/b'],
    ['help', 'help'],
  ];
  it.each(rows)('%j → %j', (content, text) => {
    expect(commandTextFromMessage(content)).toBe(text);
  });
});
