// The checked-in app manifest asks for what the adapter listens to and calls, no less.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { repoRoot } from '../../adapters/files/repo-paths.ts';
import { SLACK_DEFAULTS } from '../../adapters/slack/constants.ts';

interface Manifest {
  features: { slash_commands: { command: string; should_escape: boolean }[]; app_home: { messages_tab_enabled: boolean } };
  oauth_config: { scopes: { bot: string[] } };
  settings: { event_subscriptions: { bot_events: string[] }; socket_mode_enabled: boolean };
}

const manifest = parse(readFileSync(join(repoRoot, 'adapters/slack/manifest.yaml'), 'utf8')) as Manifest;

describe('adapters/slack/manifest.yaml', () => {
  it('declares the slash command the adapter registers, unescaped (the adapter reads plain text)', () => {
    expect(manifest.features.slash_commands).toEqual([expect.objectContaining({ command: SLACK_DEFAULTS.commandName, should_escape: false })]);
  });

  it.each(['commands', 'chat:write', 'im:history', 'im:write', 'app_mentions:read', 'users:read', 'channels:history', 'groups:history', 'mpim:history'])('asks for the bot scope %s', (scope) => {
    expect(manifest.oauth_config.scopes.bot).toContain(scope);
  });

  it('subscribes to the events the adapter handles, with the Messages tab open for DMs, in Socket Mode', () => {
    expect([...manifest.settings.event_subscriptions.bot_events].sort()).toEqual(['app_mention', 'message.im']);
    expect(manifest.features.app_home.messages_tab_enabled).toBe(true);
    expect(manifest.settings.socket_mode_enabled).toBe(true);
  });
});
