// The `/brief` chat-input command: its subcommands mirror the core's command module. The deploy
// script registers exactly this definition, and the adapter reads options by these names.

import {
  ApplicationIntegrationType,
  InteractionContextType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  SlashCommandBuilder,
} from 'discord.js';

export const BRIEF_COMMAND_NAME = 'brief';

export const BRIEF_SUBCOMMANDS = ['now', 'subscribe', 'unsubscribe', 'resume', 'list', 'status', 'help'] as const;
export type BriefSubcommand = (typeof BRIEF_SUBCOMMANDS)[number];

/** Subcommands that change what a channel receives: in a server they need Manage Channels. */
export const CHANNEL_SETTING_SUBCOMMANDS: ReadonlySet<BriefSubcommand> = new Set(['subscribe', 'unsubscribe', 'resume']);

export function isBriefSubcommand(name: string): name is BriefSubcommand {
  return (BRIEF_SUBCOMMANDS as readonly string[]).includes(name);
}

/**
 * Discord's default_member_permissions applies to a whole command, not to one subcommand: set
 * to Manage Channels it would hide `/brief now` from everyone else. So /brief stays open, and the
 * adapter checks Manage Channels for subscribe/unsubscribe on every use (server admins can still
 * narrow /brief per role or channel under Server Settings → Integrations).
 */
export function buildBriefCommand(): RESTPostAPIChatInputApplicationCommandsJSONBody {
  return new SlashCommandBuilder()
    .setName(BRIEF_COMMAND_NAME)
    .setDescription('News briefings: one story from several outlets, with quotes and open questions')
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall)
    .setDefaultMemberPermissions(null)
    .addSubcommand((sub) =>
      sub
        .setName('now')
        .setDescription('A briefing now: the top stories, or one story by topic')
        .addStringOption((o) =>
          o.setName('topic').setDescription('A story to brief (suggestions come from known stories)').setAutocomplete(true).setMaxLength(200),
        )
        .addStringOption((o) => o.setName('links').setDescription('Article links to brief, separated by spaces').setMaxLength(1500)),
    )
    .addSubcommand((sub) =>
      sub
        .setName('subscribe')
        .setDescription('Post a briefing here on a schedule (needs Manage Channels in a server)')
        .addStringOption((o) =>
          o.setName('schedule').setDescription('daily 08:00, weekdays 07:30 or a cron expression').setRequired(true).setAutocomplete(true).setMaxLength(100),
        )
        .addStringOption((o) =>
          o.setName('timezone').setDescription('An IANA timezone such as Asia/Seoul, or a city (default: UTC)').setAutocomplete(true).setMaxLength(64),
        )
        .addStringOption((o) => o.setName('topic').setDescription('Only this story (default: the top stories)').setAutocomplete(true).setMaxLength(200)),
    )
    .addSubcommand((sub) =>
      sub
        .setName('unsubscribe')
        .setDescription("Stop this channel's scheduled briefings (needs Manage Channels in a server)")
        .addStringOption((o) =>
          o.setName('id').setDescription('The subscription (suggested as you type; needed when there are several here)').setAutocomplete(true).setMaxLength(64),
        ),
    )
    .addSubcommand((sub) =>
      sub
        .setName('resume')
        .setDescription('Restart a subscription paused after failed posts (needs Manage Channels in a server)')
        .addStringOption((o) =>
          o.setName('id').setDescription('The paused subscription (suggested as you type; needed when several are paused)').setAutocomplete(true).setMaxLength(64),
        ),
    )
    .addSubcommand((sub) => sub.setName('list').setDescription("This channel's subscriptions and their next runs"))
    .addSubcommand((sub) => sub.setName('status').setDescription('How each news source is doing'))
    .addSubcommand((sub) => sub.setName('help').setDescription('What /brief can do'))
    .toJSON();
}

/** Every command the bot registers (the deploy script PUTs this list). */
export function discordCommands(): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  return [buildBriefCommand()];
}
