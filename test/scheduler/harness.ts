// A scheduler on a real SQLite file with a manual clock, a recording adapter and no node-cron:
// tests move the clock and call runDue() (or restart on the same file).

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChatAdapter } from '../../adapters/chat-adapter.ts';
import { createRecordingAdapter, type RecordingAdapter } from '../../adapters/console/recording-adapter.ts';
import { createManualClock, type ManualClock } from '../../adapters/scheduler/manual-clock.ts';
import { createScheduler, type Scheduler, type SchedulerOptions } from '../../adapters/scheduler/scheduler.ts';
import { silentLog } from '../../adapters/scheduler/scheduler-log.ts';
import { noWakeups } from '../../adapters/scheduler/wakeups.ts';
import { createSqliteStore } from '../../adapters/store/sqlite-store.ts';
import type { NewSubscription, Store } from '../../adapters/store/store.ts';
import type { Schedule } from '../../src/commands/command.ts';
import type { NewsDesk } from '../../src/commands/news-desk.ts';
import { createFakeDesk, makeBriefing } from '../commands/fixtures.ts';

export interface Harness {
  path: string;
  store: Store;
  clock: ManualClock;
  adapter: RecordingAdapter;
  desk: NewsDesk;
  scheduler: Scheduler;
  /** Closes everything and opens the same file again with a fresh scheduler: a restart. */
  restart(at?: string): Promise<void>;
  close(): Promise<void>;
}

export function subscription(schedule: Schedule, timezone: string, extra: Partial<NewSubscription> = {}): NewSubscription {
  return { platform: 'console', channelId: 'news', isDirectMessage: false, ownerUserId: 'owner', schedule, timezone, ...extra };
}

export function defaultDesk() {
  return createFakeDesk({ 'story-seoul': makeBriefing({ title: 'Blinken visits Seoul', keyPoints: ['Blinken met Yoon.'] }) });
}

export async function createHarness(
  start: string,
  options: { desk?: NewsDesk; adapter?: ChatAdapter; scheduler?: Partial<SchedulerOptions> } = {},
): Promise<Harness> {
  const dir = mkdtempSync(join(tmpdir(), 'briefbot-scheduler-'));
  const path = join(dir, 'briefbot.db');
  const clock = createManualClock(start);
  const adapter = createRecordingAdapter('console');
  const desk = options.desk ?? defaultDesk();
  const build = (store: Store) =>
    createScheduler({
      store,
      adapters: new Map([['console', options.adapter ?? adapter]]),
      newsDesk: desk,
      clock,
      wakeups: noWakeups,
      log: silentLog,
      ...options.scheduler,
    });
  const harness: Harness = {
    path,
    store: createSqliteStore(path),
    clock,
    adapter,
    desk,
    scheduler: undefined as unknown as Scheduler,
    async restart(at) {
      await harness.scheduler.stop();
      await harness.store.close();
      if (at) clock.set(at);
      harness.store = createSqliteStore(path);
      harness.scheduler = build(harness.store);
    },
    async close() {
      await harness.scheduler.stop();
      await harness.store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  harness.scheduler = build(harness.store);
  return harness;
}
