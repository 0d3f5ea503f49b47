// `/brief …`: acknowledged within Slack's 3 s, with the answer itself when it is quick and short
// (help, list, errors: ephemeral), else "Building the briefing…" and then the post in the channel.

import type { App, RespondFn } from '@slack/bolt';
import type { CommandReply } from '../../src/commands/command.ts';
import { renderSlackBlocks } from '../../src/render/slack-blocks.ts';
import type { DeliveryError, Destination } from '../chat-adapter.ts';
import { BUILDING_TEXT } from './constants.ts';
import { deliverOrLog } from './deliver-or-log.ts';
import { isDirectMessageChannel, type ListenerDeps, slackContext } from './listener-deps.ts';
import { runCommand, settleWithin } from './run-command.ts';

export function registerSlashCommand(app: App, deps: ListenerDeps): void {
  app.command(deps.commandName, async ({ command, ack, respond }) => {
    const isDirectMessage = isDirectMessageChannel(command.channel_id);
    // The profile lookup runs inside the raced promise, so a slow Slack API cannot delay the ack.
    const pending = slackContext(deps, { userId: command.user_id, channelId: command.channel_id, isDirectMessage, workspaceId: command.team_id })
      .then((context) => runCommand(deps.commands, command.text ?? '', context, deps.logger));
    const quick = await settleWithin(pending, deps.quickReplyMs);
    if (quick?.kind === 'message') {
      const responseType = quick.ephemeral ? 'ephemeral' : 'in_channel';
      const [first, ...rest] = renderSlackBlocks(quick);
      await ack({ response_type: responseType, ...first });
      // A very long answer (a long list) continues through response_url, which takes five posts.
      for (const message of rest.slice(0, 4)) await respond({ response_type: responseType, ...message });
      return;
    }
    await ack({ response_type: 'ephemeral', text: BUILDING_TEXT });
    const reply = await pending;
    const destination: Destination = {
      platform: 'slack',
      channelId: command.channel_id,
      isDirectMessage,
      userId: command.user_id,
    };
    await answer(deps, destination, reply, respond);
  });
}

async function answer(deps: ListenerDeps, destination: Destination, reply: CommandReply, respond: RespondFn): Promise<void> {
  if (reply.kind === 'message' && reply.ephemeral) {
    for (const message of renderSlackBlocks(reply)) await respond({ response_type: 'ephemeral', ...message });
    return;
  }
  const failure = await deliverOrLog(deps, destination, reply);
  if (failure) await respond({ response_type: 'ephemeral', text: explainFailure(failure, deps.commandName) });
}

function explainFailure(error: DeliveryError, commandName: string): string {
  if (error.code === 'not_in_channel' || error.code === 'channel_not_found') {
    return `I can't post in this conversation. Invite me with \`/invite @BriefBot\`, or send me \`${commandName}\` in a DM.`;
  }
  if (error.code === 'rate_limited') return 'Slack is asking me to slow down; please try again in a minute.';
  return `Sorry, the briefing could not be posted (${error.code}).`;
}
