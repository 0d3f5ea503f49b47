// The answer to `/brief help`.

import { MIN_INTERVAL_MINUTES } from './schedule-text.ts';

export const HELP_TEXT = [
  'Briefings: one story, several outlets — what happened, who said what, what is unresolved.',
  '',
  '/brief — the top stories now',
  '/brief <topic> — a briefing on the story that best matches the words',
  '/brief <link> [<link> …] — a briefing of those pages',
  '/brief subscribe <schedule> [timezone] [topic] — post here on a schedule, e.g.',
  '    /brief subscribe daily 08:00 Asia/Seoul korea',
  '    /brief subscribe weekdays 07:30',
  '    /brief subscribe 0 8,17 * * 1-5 Europe/London   (cron: minute hour day month weekday)',
  '  The timezone defaults to yours, else the workspace’s, else UTC;',
  `  at most one briefing every ${MIN_INTERVAL_MINUTES} minutes.`,
  '/brief unsubscribe [id] — stop a subscription (the id is in /brief list)',
  '/brief list — subscriptions here, each with its next run',
  '/brief status — sources and the last scheduled posts',
  '/brief help — this text',
].join('\n');
