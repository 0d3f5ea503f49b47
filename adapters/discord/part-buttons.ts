// The buttons under a briefing ("Quotes", "Open questions", "Sources"): each custom id carries
// the part and the story id, so any process of the bot can rebuild that part after a restart.

import type { Briefing } from '../../src/briefing.ts';
import type { CommandReply } from '../../src/commands/command.ts';
import { BRIEFING_PARTS, type BriefingPart } from '../../src/render/discord-embeds.ts';
import { DISCORD_LIMITS } from './constants.ts';

const PREFIX = 'brief-part';

const LABELS: Record<BriefingPart, string> = { quotes: 'Quotes', questions: 'Open questions', sources: 'Sources' };

export interface ButtonRow {
  type: 1;
  components: { type: 2; style: 2; label: string; custom_id: string }[];
}

export function partButtonId(part: BriefingPart, storyId: string): string {
  return `${PREFIX}:${part}:${storyId}`;
}

export function parsePartButtonId(customId: string): { part: BriefingPart; storyId: string } | undefined {
  const match = /^brief-part:(quotes|questions|sources):(.+)$/s.exec(customId);
  if (!match) return undefined;
  return { part: match[1] as BriefingPart, storyId: match[2]! };
}

/** The row for a briefing reply, or none: no story id (pasted links), or an id too long for a custom id. */
export function partButtonRows(reply: CommandReply): ButtonRow[] {
  if (reply.kind !== 'briefing' || reply.storyId === undefined) return [];
  const storyId = reply.storyId;
  if (partButtonId('questions', storyId).length > DISCORD_LIMITS.customId) return [];
  const parts = BRIEFING_PARTS.filter((part) => hasPart(reply.briefing, part));
  const components = parts.map((part) => ({ type: 2 as const, style: 2 as const, label: LABELS[part], custom_id: partButtonId(part, storyId) }));
  return components.length > 0 ? [{ type: 1, components }] : [];
}

function hasPart(briefing: Briefing, part: BriefingPart): boolean {
  if (part === 'quotes') return briefing.quotes.length > 0;
  if (part === 'questions') return briefing.openQuestions.length > 0;
  return briefing.sources.length > 0;
}
