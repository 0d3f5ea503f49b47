// `/brief <subcommand>`: permission checks first, then the core's command handler, answered so
// that nobody but the asker ever sees a placeholder change its mind ("BriefBot is thinking…",
// then "Answered privately.", then nothing):
// - `now` builds briefings, which can hold the event loop for a while, so it is deferred before
//   the handler runs (Discord drops an interaction not answered within 3 s), and in a server
//   privately: an error then simply replaces the asker's own "thinking…", and a briefing is posted
//   for the channel while the private placeholder is removed.
// - The other subcommands answer in milliseconds: a quick answer is the reply itself, private or
//   public as the answer is; only one slower than `quickReplyMs` is deferred first.

import { type ChatInputCommandInteraction, MessageFlags, PermissionFlagsBits } from 'discord.js';
import type { CommandReply } from '../../src/commands/command.ts';
import { isBriefError } from '../../src/errors.ts';
import { settleWithin } from '../timing/settle-within.ts';
import { answerDeferred } from './answer-interaction.ts';
import { type BriefSubcommand, CHANNEL_SETTING_SUBCOMMANDS, isBriefSubcommand } from './brief-command.ts';
import { commandContextOf } from './command-context.ts';
import { commandTextFromOptions } from './command-text.ts';
import type { InteractionDeps } from './interaction-deps.ts';
import { reportInteractionFailure } from './interaction-failure.ts';
import { type OutgoingMessage, outgoingMessagesFor, toReplyOptions } from './outgoing-message.ts';

const BOT_NEEDS_TO_POST = [PermissionFlagsBits.ViewChannel, PermissionFlagsBits.SendMessages, PermissionFlagsBits.EmbedLinks];

/** Wait this long for the answer before deferring: well inside Discord's 3 s, counting the network. */
export const QUICK_REPLY_MS = 1500;

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
    // In a DM with the bot nobody else can see anything, so nothing needs to be private.
    const privateAllowed = interaction.inGuild();
    let text: string;
    try {
      text = commandTextFromOptions(subcommand, {
        topic: interaction.options.getString('topic'),
        links: interaction.options.getString('links'),
        schedule: interaction.options.getString('schedule'),
        timezone: interaction.options.getString('timezone'),
        id: interaction.options.getString('id'),
      });
    } catch (error) {
      // An option the core can already tell is wrong (an unknown timezone): said as the core says it.
      if (!isBriefError(error)) throw error;
      const problem: CommandReply = { kind: 'message', text: error.message, ephemeral: true, isError: true };
      await replyAtOnce(interaction, outgoingMessagesFor(problem), privateAllowed);
      return;
    }
    const deferredEphemeral = privateAllowed;
    const defer = () => interaction.deferReply(deferredEphemeral ? { flags: MessageFlags.Ephemeral } : {});
    if (subcommand === 'now') await defer();
    const pending = deps.commandHandler.handle(text, commandContextOf(interaction, deps.now()));
    if (subcommand !== 'now') {
      const quick = await settleWithin(pending, deps.quickReplyMs ?? QUICK_REPLY_MS);
      if (quick) {
        log.debug({ text, reply: quick.kind }, 'answering at once');
        await replyAtOnce(interaction, outgoingMessagesFor(quick), privateAllowed && isPrivate(quick));
        return;
      }
      await defer();
    }
    const answer = await pending;
    log.debug({ text, reply: answer.kind }, 'answering');
    await answerDeferred(interaction, outgoingMessagesFor(answer), { deferredEphemeral, ephemeral: privateAllowed && isPrivate(answer) });
  } catch (error) {
    await reportInteractionFailure(interaction, error, log);
  }
}

async function replyAtOnce(interaction: ChatInputCommandInteraction, messages: OutgoingMessage[], ephemeral: boolean): Promise<void> {
  const [first, ...rest] = messages;
  if (!first) return;
  await interaction.reply(toReplyOptions(first, ephemeral));
  for (const message of rest) await interaction.followUp(toReplyOptions(message, ephemeral));
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
