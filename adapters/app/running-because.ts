// Why `npm start` keeps running instead of printing and exiting: the platforms connected, the
// sources polled, and each active subscription with where it came from and how to stop it.

import { describeSchedule } from '../../src/commands/schedule-text.ts';
import type { BriefbotConfig } from '../../src/config/types.ts';
import type { Bot } from './create-bot.ts';

export async function runningBecause(bot: Pick<Bot, 'store' | 'adapters'>, config: Pick<BriefbotConfig, 'sources'>): Promise<string[]> {
  const lines: string[] = [];
  const platforms = [...bot.adapters.keys()].filter((p) => p !== 'console');
  if (platforms.length > 0) lines.push(`connected to ${platforms.join(' and ')}`);
  if (config.sources.length > 0) lines.push(`polling ${config.sources.length} source${config.sources.length === 1 ? '' : 's'}`);
  for (const s of await bot.store.listSubscriptions({ status: 'active' })) {
    const what = `${s.id}: ${s.platform} ${s.channelId}, ${describeSchedule(s.schedule)} ${s.timezone}${s.topic ? `, “${s.topic}”` : ''}`;
    lines.push(
      s.origin === 'config'
        ? `subscription ${what} (from the configuration file; remove it there to stop it)`
        : `subscription ${what} (made by /brief subscribe; /brief unsubscribe ${s.id} stops it)`,
    );
  }
  return lines;
}
