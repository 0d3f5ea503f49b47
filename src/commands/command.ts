// The typed commands that `/brief …`, a DM or the console can carry, and what the core answers.
// Every platform maps its events to (text, CommandContext) and the CommandReply back to a message.

import type { Briefing } from '../briefing.ts';
import type { Digest } from '../digest.ts';

/** `daily 08:00`, `weekdays 07:30` or a five-field cron expression, always read in `timezone`. */
export type Schedule =
  | { kind: 'daily'; hour: number; minute: number }
  | { kind: 'weekdays'; hour: number; minute: number }
  | { kind: 'cron'; expression: string };

export type Command =
  | { kind: 'brief'; topic?: string; urls?: string[] }
  | { kind: 'subscribe'; schedule: Schedule; timezone: string; topic?: string }
  | { kind: 'unsubscribe'; id?: string }
  | { kind: 'list' }
  | { kind: 'status' }
  | { kind: 'help' };

export type Platform = 'slack' | 'discord' | 'console';

/** Who asked, and where an answer or a scheduled post goes. */
export interface CommandContext {
  platform: Platform;
  userId: string;
  /** Channel (or DM channel) the request came from; subscriptions post here. */
  channelId: string;
  isDirectMessage: boolean;
  /** Workspace (Slack team) or guild id, when there is one. */
  workspaceId?: string;
  userTimezone?: string;
  workspaceTimezone?: string;
  /** Now, injectable so tests control the clock. */
  now?: Date;
}

/** Changes since the last delivery of the same story to the same destination. */
export interface WhatsNew {
  sinceDeliveredAt: string;
  newKeyPoints: Briefing['keyPoints'];
  newQuotes: Briefing['quotes'];
  openedQuestions: Briefing['openQuestions'];
  resolvedQuestions: string[];
}

export type CommandReply =
  /** `pageUrl`: the briefing's web page ("View sources"), set by the bot when web.publicUrl is configured. */
  | { kind: 'briefing'; briefing: Briefing; storyId?: string; whatsNew?: WhatsNew; pageUrl?: string }
  | { kind: 'digest'; digest: Digest }
  /** Plain answers: help, list, confirmations, errors. Ephemeral where the platform allows. */
  | { kind: 'message'; text: string; ephemeral: boolean; isError?: boolean };

export interface CommandHandler {
  handle(text: string, context: CommandContext): Promise<CommandReply>;
}
