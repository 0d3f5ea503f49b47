// Slack settings from the environment, the event dedupe, and DM/mention text as commands.

import { describe, expect, it } from 'vitest';
import { readSlackConfig } from '../../adapters/slack/config.ts';
import { createEventDedupe } from '../../adapters/slack/event-dedupe.ts';
import { commandTextFromMessage } from '../../adapters/slack/message-text.ts';

const BOT = { SLACK_BOT_TOKEN: 'xoxb-1' };

describe('readSlackConfig', () => {
  it('is undefined when no bot token is set (Slack not wanted)', () => {
    expect(readSlackConfig({})).toBeUndefined();
  });

  it.each([
    ['an app token → Socket Mode', { ...BOT, SLACK_APP_TOKEN: 'xapp-1' }, { mode: 'socket', appToken: 'xapp-1' }],
    ['a signing secret → HTTP mode', { ...BOT, SLACK_SIGNING_SECRET: 's' }, { mode: 'http', signingSecret: 's' }],
    ['both, SLACK_MODE=http → HTTP mode', { ...BOT, SLACK_APP_TOKEN: 'xapp-1', SLACK_SIGNING_SECRET: 's', SLACK_MODE: 'http' }, { mode: 'http' }],
    ['defaults', { ...BOT, SLACK_APP_TOKEN: 'xapp-1' }, { apiUrl: 'https://slack.com/api/', port: 3000, commandName: '/brief' }],
    ['SLACK_API_URL, slash added', { ...BOT, SLACK_APP_TOKEN: 'x', SLACK_API_URL: 'http://proxy.local/slack/api' }, { apiUrl: 'http://proxy.local/slack/api/' }],
    ['PORT when SLACK_PORT is unset', { ...BOT, SLACK_SIGNING_SECRET: 's', PORT: '8080' }, { port: 8080 }],
  ])('%s', (_name, env, expected) => {
    expect(readSlackConfig(env)).toMatchObject(expected);
  });

  it.each([
    ['no app token and no signing secret', { ...BOT }, /SLACK_APP_TOKEN .* or SLACK_SIGNING_SECRET/],
    ['SLACK_MODE=socket without an app token', { ...BOT, SLACK_SIGNING_SECRET: 's', SLACK_MODE: 'socket' }, /needs SLACK_APP_TOKEN/],
    ['SLACK_MODE=http without a signing secret', { ...BOT, SLACK_APP_TOKEN: 'x', SLACK_MODE: 'http' }, /HTTP mode needs SLACK_SIGNING_SECRET/],
    ['an unknown SLACK_MODE', { ...BOT, SLACK_APP_TOKEN: 'x', SLACK_MODE: 'webhook' }, /must be "socket" or "http"/],
    ['a port that is not one', { ...BOT, SLACK_APP_TOKEN: 'x', SLACK_PORT: 'eighty' }, /not a port number/],
  ])('refuses %s', (_name, env, message) => {
    expect(() => readSlackConfig(env)).toThrow(message);
  });
});

describe('createEventDedupe', () => {
  it('lets an id through once, again after the time-to-live, and forgets the oldest past the maximum', () => {
    let now = 0;
    const dedupe = createEventDedupe({ ttlMs: 1000, max: 2, now: () => now });
    expect([dedupe.firstTime('a'), dedupe.firstTime('a')]).toEqual([true, false]);
    now = 999;
    expect(dedupe.firstTime('a')).toBe(false);
    now = 1000;
    expect(dedupe.firstTime('a')).toBe(true);
    expect([dedupe.firstTime('b'), dedupe.firstTime('c')]).toEqual([true, true]);
    expect(dedupe.firstTime('a')).toBe(true); // pushed out by b and c
    expect(dedupe.firstTime('c')).toBe(false);
  });
});

describe('commandTextFromMessage', () => {
  it.each([
    ['brief', ''],
    ['Brief me on North Korea', 'North Korea'],
    ['brief me about the summit', 'the summit'],
    ['brief korea', 'korea'],
    ['<@UBOT> brief korea', 'korea'],
    ['<@UBOT|briefbot>: help', 'help'],
    ['/brief subscribe daily 08:00', 'subscribe daily 08:00'],
    ['briefing notes', 'briefing notes'],
    ['brief <https://example.com/a?x=1&amp;y=2|example.com/a>', 'https://example.com/a?x=1&y=2'],
    ['brief AT&amp;T &lt;merger&gt;', 'AT&T <merger>'],
  ])('%j → %j', (text, expected) => {
    expect(commandTextFromMessage(text)).toBe(expected);
  });
});
