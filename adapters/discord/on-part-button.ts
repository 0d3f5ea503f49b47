// A button under a briefing: that part (quotes, open questions, sources) in full, privately.
// The story is rebuilt through the NewsDesk, so the button works after a restart too.

import { type ButtonInteraction, MessageFlags } from 'discord.js';
import { renderDiscordBriefingPart } from '../../src/render/discord-embeds.ts';
import { answerDeferred } from './answer-interaction.ts';
import type { InteractionDeps } from './interaction-deps.ts';
import { reportInteractionFailure } from './interaction-failure.ts';
import { parsePartButtonId } from './part-buttons.ts';

export function isPartButton(customId: string): boolean {
  return parsePartButtonId(customId) !== undefined;
}

export async function onPartButton(interaction: ButtonInteraction, deps: InteractionDeps): Promise<void> {
  const target = parsePartButtonId(interaction.customId);
  if (!target) return;
  const log = deps.logger.child({ interactionId: interaction.id, ...target });
  try {
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    const briefing = await deps.newsDesk.briefStory(target.storyId);
    const messages = renderDiscordBriefingPart(briefing, target.part);
    await answerDeferred(interaction, messages, { deferredEphemeral: true, ephemeral: true });
  } catch (error) {
    await reportInteractionFailure(interaction, error, log);
  }
}
