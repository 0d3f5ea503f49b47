// Direct messages (the app's Messages tab) are answered in the DM; `@bot brief <topic>` in a
// channel is answered in a thread under the mention.

import type { App } from '@slack/bolt';
import type { Destination } from '../chat-adapter.ts';
import { deliverOrLog } from './deliver-or-log.ts';
import { type ListenerDeps, slackContext } from './listener-deps.ts';
import { commandTextFromMessage } from './message-text.ts';
import { runCommand } from './run-command.ts';

export function registerMessageListeners(app: App, deps: ListenerDeps): void {
  app.event('message', async ({ event, body }) => {
    // Only what a person typed in a DM: no edits, joins, bot posts (our own included).
    if (event.channel_type !== 'im' || event.subtype !== undefined || 'bot_id' in event) return;
    const context = await slackContext(deps, { userId: event.user, channelId: event.channel, isDirectMessage: true, workspaceId: body.team_id });
    const reply = await runCommand(deps.commands, commandTextFromMessage(event.text ?? ''), context, deps.logger);
    await deliverOrLog(deps, { platform: 'slack', channelId: event.channel, isDirectMessage: true, userId: event.user }, reply);
  });

  app.event('app_mention', async ({ event, body }) => {
    if (!event.user) return;
    const context = await slackContext(deps, { userId: event.user, channelId: event.channel, isDirectMessage: false, workspaceId: body.team_id });
    const reply = await runCommand(deps.commands, commandTextFromMessage(event.text), context, deps.logger);
    const destination: Destination = {
      platform: 'slack',
      channelId: event.channel,
      isDirectMessage: false,
      threadId: event.thread_ts ?? event.ts,
      userId: event.user,
    };
    await deliverOrLog(deps, destination, reply);
  });
}
