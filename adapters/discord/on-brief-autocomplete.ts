// Suggestions while typing /brief options: topics from the stories the bot knows, IANA
// timezones, schedule forms, and the ids of this channel's subscriptions (unsubscribe, resume).
// Discord waits 3 s at most and shows 25 suggestions at most.

import type { AutocompleteInteraction } from 'discord.js';
import { describeSubscription } from '../../src/commands/format-subscription.ts';
import type { Subscription } from '../../src/commands/subscription-port.ts';
import type { DigestStory } from '../../src/digest.ts';
import { shortenAtWord } from '../../src/text/shorten.ts';
import { COMMAND_LIMITS } from './constants.ts';
import type { InteractionDeps } from './interaction-deps.ts';
import { isExpiredInteraction } from './interaction-failure.ts';

export interface Choice {
  name: string;
  value: string;
}

const SCHEDULE_EXAMPLES = ['daily 08:00', 'daily 18:00', 'weekdays 07:30', 'weekdays 12:00', '0 8 * * 1'];

export async function onBriefAutocomplete(interaction: AutocompleteInteraction, deps: InteractionDeps): Promise<void> {
  const focused = interaction.options.getFocused(true);
  const typed = String(focused.value ?? '').trim();
  let choices: Choice[] = [];
  try {
    if (focused.name === 'topic') choices = await topicChoices(typed, deps);
    else if (focused.name === 'timezone') choices = timezoneChoices(typed);
    else if (focused.name === 'schedule') choices = scheduleChoices(typed);
    else if (focused.name === 'id') choices = await subscriptionChoices(interaction, typed, deps);
  } catch (error) {
    deps.logger.error({ err: error, option: focused.name }, 'autocomplete failed; answering with no suggestions');
  }
  try {
    await interaction.respond(choices.slice(0, COMMAND_LIMITS.choices));
  } catch (error) {
    const level = isExpiredInteraction(error) ? 'warn' : 'error';
    deps.logger[level]({ err: error, interactionId: interaction.id }, 'could not answer autocomplete');
  }
}

/** The value is the story's label: the handler finds stories by words, and labels read well in the command. */
export async function topicChoices(typed: string, deps: Pick<InteractionDeps, 'newsDesk'>): Promise<Choice[]> {
  let stories: DigestStory[];
  if (typed === '') {
    stories = await deps.newsDesk.topStories(COMMAND_LIMITS.choices);
  } else {
    const match = await deps.newsDesk.findStory(typed);
    stories = [...(match.story ? [match.story] : []), ...match.candidates];
  }
  const seen = new Set<string>();
  const choices: Choice[] = [];
  for (const story of stories) {
    if (seen.has(story.id)) continue;
    seen.add(story.id);
    const label = shortenAtWord(story.label, COMMAND_LIMITS.choiceValue);
    const outlets = story.outlets.length;
    const name = shortenAtWord(`${story.label} · ${outlets} outlet${outlets === 1 ? '' : 's'}`, COMMAND_LIMITS.choiceName);
    choices.push({ name, value: label });
  }
  return choices;
}

export function timezoneChoices(typed: string): Choice[] {
  const wanted = typed.toLowerCase().replace(/\s+/g, '_');
  const zones = ['UTC', ...Intl.supportedValuesOf('timeZone')];
  const matches = zones.filter((zone) => zone.toLowerCase().includes(wanted));
  // Zones whose city starts with what was typed first ("seo" → Asia/Seoul).
  const rank = (zone: string) => (zone.toLowerCase().split('/').some((part) => part.startsWith(wanted)) ? 0 : 1);
  return [...new Set(matches)]
    .sort((a, b) => rank(a) - rank(b))
    .slice(0, COMMAND_LIMITS.choices)
    .map((zone) => ({ name: zone, value: zone }));
}

export function scheduleChoices(typed: string): Choice[] {
  const examples = SCHEDULE_EXAMPLES.filter((example) => example.startsWith(typed.toLowerCase()));
  const own = typed && !examples.includes(typed) ? [typed.slice(0, COMMAND_LIMITS.choiceValue)] : [];
  return [...own, ...examples].map((value) => ({ name: value, value }));
}

/**
 * This channel's subscriptions (in a DM, also the user's own elsewhere), each shown as `/brief list`
 * shows it; for `resume` the paused ones. Typed characters narrow by id or description.
 */
export async function subscriptionChoices(
  interaction: Pick<AutocompleteInteraction, 'channelId' | 'user' | 'inGuild' | 'options'>,
  typed: string,
  deps: Pick<InteractionDeps, 'subscriptions' | 'now'>,
): Promise<Choice[]> {
  if (!deps.subscriptions) return [];
  const here = await deps.subscriptions.listSubscriptions({ platform: 'discord', channelId: interaction.channelId ?? '' });
  const own = interaction.inGuild() ? [] : await deps.subscriptions.listSubscriptions({ platform: 'discord', ownerUserId: interaction.user.id });
  const seen = new Set<string>();
  const all: Subscription[] = [...here, ...own].filter((s) => !seen.has(s.id) && seen.add(s.id));
  const resuming = interaction.options.getSubcommand(false) === 'resume';
  const now = deps.now();
  const wanted = typed.toLowerCase();
  return all
    .filter((s) => !resuming || s.status === 'paused')
    .map((s) => ({ id: s.id, line: describeSubscription(s, now, interaction.channelId ?? '') }))
    .filter(({ line }) => line.toLowerCase().includes(wanted))
    .map(({ id, line }) => ({ name: shortenAtWord(line, COMMAND_LIMITS.choiceName), value: id }));
}
