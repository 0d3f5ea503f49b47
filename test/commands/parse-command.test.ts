import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../src/commands/parse-command.ts';
import { BriefError } from '../../src/errors.ts';

const SHAPE = 'schedule must be daily HH:MM, weekdays HH:MM or a cron expression';

describe('parseCommand: what each text means', () => {
  it.each([
    ['', { kind: 'brief' }],
    ['   ', { kind: 'brief' }],
    ['/brief', { kind: 'brief' }],
    ['brief korea', { kind: 'brief', topic: 'korea' }],
    ['blinken seoul visit', { kind: 'brief', topic: 'blinken seoul visit' }],
    ['list of sanctions', { kind: 'brief', topic: 'list of sanctions' }],
    ['help', { kind: 'help' }],
    ['HELP me', { kind: 'help' }],
    ['list', { kind: 'list' }],
    ['status', { kind: 'status' }],
    ['unsubscribe', { kind: 'unsubscribe' }],
    ['unsubscribe k7m2qp', { kind: 'unsubscribe', id: 'k7m2qp' }],
    ['https://example.com/a', { kind: 'brief', urls: ['https://example.com/a'] }],
    ['<https://example.com/a|example.com/a> <http://b.example/x>', { kind: 'brief', urls: ['https://example.com/a', 'http://b.example/x'] }],
    [
      'subscribe daily 08:00 Asia/Seoul',
      { kind: 'subscribe', schedule: { kind: 'daily', hour: 8, minute: 0 }, timezone: 'Asia/Seoul' },
    ],
    [
      'subscribe weekdays 7:30',
      { kind: 'subscribe', schedule: { kind: 'weekdays', hour: 7, minute: 30 }, timezone: 'Europe/Paris' },
    ],
    [
      'subscribe daily 18:05 america/new_york north korea launch',
      { kind: 'subscribe', schedule: { kind: 'daily', hour: 18, minute: 5 }, timezone: 'America/New_York', topic: 'north korea launch' },
    ],
    [
      'subscribe DAILY 08:00 ukraine',
      { kind: 'subscribe', schedule: { kind: 'daily', hour: 8, minute: 0 }, timezone: 'Europe/Paris', topic: 'ukraine' },
    ],
    [
      'subscribe 0 8,17 * * mon-fri UTC',
      { kind: 'subscribe', schedule: { kind: 'cron', expression: '0 8,17 * * mon-fri' }, timezone: 'UTC' },
    ],
    // A quoted topic that reads like a command stays a topic, without its quotes.
    ['"subscribe daily 08:00"', { kind: 'brief', topic: 'subscribe daily 08:00' }],
    ['subscribe daily 09:00 UTC “north korea”', { kind: 'subscribe', schedule: { kind: 'daily', hour: 9, minute: 0 }, timezone: 'UTC', topic: 'north korea' }],
    [
      'subscribe "30 6 * * 1" Europe/London markets',
      { kind: 'subscribe', schedule: { kind: 'cron', expression: '30 6 * * 1' }, timezone: 'Europe/London', topic: 'markets' },
    ],
  ])('%j', (text, expected) => {
    expect(parseCommand(text, { defaultTimezone: 'Europe/Paris' })).toEqual(expected);
  });

  it('defaults the timezone to UTC when none is known', () => {
    expect(parseCommand('subscribe daily 08:00')).toMatchObject({ timezone: 'UTC' });
  });
});

describe('parseCommand: clear errors', () => {
  it.each([
    ['subscribe', SHAPE],
    ['subscribe every morning', SHAPE],
    ['subscribe daily', SHAPE],
    ['subscribe hourly 08:00', SHAPE],
    ['subscribe daily 8am', `${SHAPE} ('8am' is not a time like 08:00)`],
    ['subscribe daily 25:00', `${SHAPE} (25:00 is not a time between 00:00 and 23:59)`],
    ['subscribe 61 8 * * *', `${SHAPE} (minute 61 is outside 0–59)`],
    ['subscribe 0 8 * *', `${SHAPE} (a cron expression has 5 fields (minute hour day month weekday), not 4)`],
    ['subscribe 0 8 * * funday', `${SHAPE} (day of week 'funday' is not a number)`],
    ['subscribe 0 8 31 2 *', "schedule '0 8 31 2 *' never fires (no such date)"],
    ['subscribe */5 * * * *', "schedule '*/5 * * * *' would post every 5 minutes; at most one briefing every 15 minutes"],
    ['subscribe daily 08:00 Asia/Seol', "unknown timezone 'Asia/Seol' — did you mean Asia/Seoul?"],
    ['subscribe weekdays 07:30 Europe/Londn brexit', "unknown timezone 'Europe/Londn' — did you mean Europe/London?"],
    ['subscribe daily 08:00 Nowhere/Atall', "unknown timezone 'Nowhere/Atall' — use a name such as Europe/London, America/New_York or UTC"],
    ['unsubscribe a b', 'unsubscribe takes one subscription id (see /brief list)'],
  ])('%j', (text, message) => {
    let thrown: unknown;
    try {
      parseCommand(text);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(BriefError);
    expect((thrown as BriefError).message).toBe(message);
  });

  it('codes the errors so adapters can branch on them', () => {
    expect(() => parseCommand('subscribe daily 08:00 Asia/Seol')).toThrow(expect.objectContaining({ code: 'UNKNOWN_TIMEZONE' }));
    expect(() => parseCommand('subscribe whenever')).toThrow(expect.objectContaining({ code: 'BAD_SCHEDULE' }));
  });
});
