// The answer to `/brief help` (and to a DM that only says hello), written once from the facts
// below for each way of asking: Slack's slash command, Discord's slash command with options, a
// DM typed as text, the console. Commands are shown as the asker can type them (command-syntax.ts).

import type { CommandContext } from './command.ts';
import { type CommandSyntax, commandSyntax } from './command-syntax.ts';
import { MIN_INTERVAL_MINUTES } from './schedule-text.ts';

export interface HelpFacts {
  /** The zone a subscription gets when neither the user nor the workspace has one. */
  defaultTimezone: string;
  /** Whether `/brief <link>` is on (the news desk can fetch pages). */
  linksEnabled: boolean;
}

const ABOUT = 'Briefings: one story, several outlets — what happened, who said what, what is unresolved.';

function commandLines(s: CommandSyntax, facts: HelpFacts, discord: boolean, zoneDefault: string): string[] {
  const topic = discord ? '<words>' : '<topic>';
  const schedule = discord ? '<schedule>' : '<schedule> [timezone] [topic]';
  return [
    `${s.top} — the top stories now`,
    `${s.topic(topic)} — a briefing on the story that best matches the words${discord ? ' (known stories are suggested as you type)' : ''}`,
    ...(facts.linksEnabled ? [`${s.links} — a briefing of those pages (up to 5 links)`] : []),
    `${discord ? `${s.subscribe(schedule)} [timezone:<zone>] [topic:<words>]` : s.subscribe(schedule)} — post here on a schedule, e.g.`,
    `    ${s.subscribe('daily 08:00', 'Asia/Seoul', 'korea')}`,
    `    ${s.subscribe('weekdays 07:30')}`,
    `    ${s.subscribe('0 8,17 * * 1-5', 'Europe/London')}   (cron: minute hour day month weekday)`,
    `  The timezone defaults to ${zoneDefault}; a city works too (Seoul, London, New York).`,
    `  At most one briefing every ${MIN_INTERVAL_MINUTES} minutes.`,
    `${s.unsubscribe('[id]').replace('id:[id]', '[id:<id>]')} — stop a subscription (the id is in ${s.list})`,
    `${s.resume('[id]').replace('id:[id]', '[id:<id>]')} — restart a subscription that was paused after failed posts`,
    `${s.list} — subscriptions here, each with its next run`,
    `${s.status} — sources and the last scheduled posts`,
    `${s.help} — this text`,
  ];
}

/** What only holds where the user is asking. */
function whereNotes(context: Pick<CommandContext, 'platform' | 'style' | 'commandName'>): string[] {
  const name = context.commandName ?? '/brief';
  if (context.platform === 'slack') {
    return [
      `In a DM with me, type the words alone: brief me on ferries, subscribe daily 08:00. In a channel, mention me: @BriefBot brief ferries.`,
    ];
  }
  if (context.platform === 'discord' && context.style === 'discord-options') {
    return [
      'In a server, subscribe, unsubscribe and resume need the Manage Channels permission.',
      'In a DM with me you can also type, e.g. brief me on ferries or subscribe daily 08:00 Europe/London.',
    ];
  }
  if (context.platform === 'discord') {
    return [`Here you can type the words alone (brief me on ferries), or use the ${name} command with its options (${name} now topic:ferries).`];
  }
  if (context.platform === 'console') return [`At this prompt ${name} is optional: help, ferries, subscribe daily 08:00.`];
  return [];
}

export function helpText(context: Pick<CommandContext, 'platform' | 'style' | 'commandName'>, facts: HelpFacts): string {
  const syntax = commandSyntax(context);
  // Slack tells us the user's and the workspace's timezones; elsewhere the configured one applies.
  const zoneDefault =
    context.platform === 'slack' ? `yours (your Slack profile), else the workspace’s, else ${facts.defaultTimezone}` : facts.defaultTimezone;
  const lines = commandLines(syntax, facts, context.style === 'discord-options', zoneDefault);
  return [ABOUT, '', ...lines, '', ...whereNotes(context)].join('\n').trimEnd();
}

/** The answer to a DM that only says hello: who I am and the three commands to start with. */
export function greetingText(context: Pick<CommandContext, 'platform' | 'style' | 'commandName'>): string {
  const s = commandSyntax(context);
  return [
    `Hello! ${ABOUT}`,
    `Try ${s.top} for the top stories, ${s.topic('ferries')} for one story, or ${s.help} for everything I can do.`,
  ].join('\n');
}
