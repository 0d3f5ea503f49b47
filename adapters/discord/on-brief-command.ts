// `/brief <subcommand>`: permission checks first, then deferReply at once (a build can take
// longer than Discord's 3 s), then the core's command handler, then the answer.

import { type ChatInputCommandInteraction, MessageFlags, PermissionFlagsBits } from 'discord.js';
import type { CommandReply } from '../../src/commands/command.ts';
import { answerDeferred } from './answer-interaction.ts';
import { type BriefSubcommand, CHANNEL_SETTING_SUBCOMMANDS, isBriefSubcommand } from './brief-command.ts';
import { commandContextOf } from './command-context.ts';
import { commandTextFromOptions } from './command-text.ts';
import { withDiscordUsage } from './discord-usage.ts';
import type { InteractionDeps } from './interaction-deps.ts';
import { reportInteractionFailure } from './interaction-failure.ts';
import { outgoingMessagesFor } from './outgoing-message.ts';

const BOT_NEEDS_TO_POST = [PermissionFlagsBits.ViewChannel, PermissionFlagsBits.SendMessages, PermissionFlagsBits.EmbedLinks];

export async function onBriefCommand(interaction: ChatInputCommandInteraction, deps: InteractionDeps): Promise<void> {
  const name = interaction.options.getSubcommand(false) ?? 'now';
  const subcommand: BriefSubcommand = isBriefSubcommand(name) ? name : 'help';
  const log = deps.logger.child({ interactionId: interaction.id, subcommand });
  try {
    const refusal = refusalFor(interaction, subcommand);
    if (refusal) {
      log.info({ userId: interaction.user.id, guildId: interaction.guildId }, 'refused: %s', refusal);
      await interaction.reply({ content: refusal, flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } });
      return;
    }
    // Defer as the answer will most likely be: a briefing for the channel to see, while lists,
    // help and most settings answers are for the asker (a "Subscribed" is public: see answerDeferred).
    // In a DM with the bot nobody else can see anything, so nothing needs to be private.
    const privateAllowed = interaction.inGuild();
    const deferredEphemeral = privateAllowed && subcommand !== 'now';
    await interaction.deferReply(deferredEphemeral ? { flags: MessageFlags.Ephemeral } : {});

    const text = commandTextFromOptions(subcommand, {
      topic: interaction.options.getString('topic'),
      links: interaction.options.getString('links'),
      schedule: interaction.options.getString('schedule'),
      timezone: interaction.options.getString('timezone'),
      id: interaction.options.getString('id'),
    });
    const answer = await deps.commandHandler.handle(text, commandContextOf(interaction, deps.now()));
    const reply = subcommand === 'help' ? withDiscordUsage(answer) : answer;
    log.debug({ text, reply: reply.kind }, 'answering');
    await answerDeferred(interaction, outgoingMessagesFor(reply), { deferredEphemeral, ephemeral: privateAllowed && isPrivate(reply) });
  } catch (error) {
    await reportInteractionFailure(interaction, error, log);
  }
}

/** Why this user may not run this here, or undefined. Discord sends the member's permissions in this channel. */
function refusalFor(interaction: ChatInputCommandInteraction, subcommand: BriefSubcommand): string | undefined {
  if (!CHANNEL_SETTING_SUBCOMMANDS.has(subcommand) || !interaction.inGuild()) return undefined;
  if (!interaction.memberPermissions?.has(PermissionFlagsBits.ManageChannels)) {
    return `Changing this channel's briefings needs the **Manage Channels** permission. You can still use \`/brief now\`, or subscribe in a DM with me.`;
  }
  if (subcommand === 'subscribe' && !interaction.appPermissions.has(BOT_NEEDS_TO_POST)) {
    return 'I cannot post here: give me **View Channel**, **Send Messages** and **Embed Links** in this channel, then subscribe again.';
  }
  return undefined;
}

/** The handler decides: plain messages say whether they are private; briefings and digests never are. */
function isPrivate(reply: CommandReply): boolean {
  return reply.kind === 'message' && reply.ephemeral;
}
