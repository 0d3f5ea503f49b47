// What Slack sends a bot: slash command payloads, Events API callbacks (a DM, a mention), and the
// request signature of HTTP mode (v0= HMAC-SHA256 of "v0:{timestamp}:{raw body}").

import { createHmac } from 'node:crypto';
import { BOT } from './fake-slack-api.ts';

export const SIGNING_SECRET = 'test-signing-secret';

export function slashCommand(text: string, responseUrl: string, channelId = 'C1'): Record<string, string> {
  return {
    token: 'verification-token',
    team_id: BOT.teamId,
    team_domain: 'test',
    channel_id: channelId,
    channel_name: channelId.startsWith('D') ? 'directmessage' : 'news',
    user_id: 'U123',
    user_name: 'reader',
    command: '/brief',
    text,
    api_app_id: 'A1',
    response_url: responseUrl,
    trigger_id: '1.2.3',
  };
}

export function eventCallback(eventId: string, event: Record<string, unknown>): Record<string, unknown> {
  return { token: 'verification-token', team_id: BOT.teamId, api_app_id: 'A1', type: 'event_callback', event_id: eventId, event_time: 1_700_000_000, event };
}

export function directMessage(text: string, ts = '1700000000.000100'): Record<string, unknown> {
  return { type: 'message', channel: 'D123', channel_type: 'im', user: 'U123', text, ts, event_ts: ts };
}

export function mention(text: string, ts = '1700000001.000100'): Record<string, unknown> {
  return { type: 'app_mention', channel: 'C1', user: 'U123', text: `<@${BOT.userId}> ${text}`, ts, event_ts: ts };
}

export function signedHeaders(body: string, options: { secret?: string; timestamp?: number } = {}): Record<string, string> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const hmac = createHmac('sha256', options.secret ?? SIGNING_SECRET).update(`v0:${timestamp}:${body}`).digest('hex');
  return { 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': `v0=${hmac}` };
}
