// One bot instance for the multi-instance benchmark (measure-instances.ts): a scheduler on the
// shared PostgreSQL schema whose platform answers each post after POST_MS (a chat.postMessage
// round trip). It starts half a minute before the slots (nothing due), prints LOADED, waits for
// "go" on stdin, then runs the minute's sweep as a running bot does when the minute comes, and
// prints what it posted and how long the store's claim and confirm took.

import type { ChatAdapter } from '../adapters/chat-adapter.ts';
import { createManualClock } from '../adapters/scheduler/manual-clock.ts';
import { createScheduler } from '../adapters/scheduler/scheduler.ts';
import { silentLog } from '../adapters/scheduler/scheduler-log.ts';
import { noWakeups } from '../adapters/scheduler/wakeups.ts';
import { createPgStore } from '../adapters/store/pg-store.ts';
import type { Store } from '../adapters/store/store.ts';
import type { NewsDesk } from '../src/commands/news-desk.ts';
import { RESULT_PREFIX } from './results.ts';

const env = (name: string): string => {
  const value = process.env[name];
  if (value === undefined) throw new Error(`${name} is not set`);
  return value;
};
const postMs = Number(env('POST_MS'));
const store = await createPgStore(env('DATABASE_URL'), { schema: env('SCHEMA'), maxConnections: 8 });

const claimMs: number[] = [];
const confirmMs: number[] = [];
const timedStore: Store = {
  ...store,
  async claimSlot(...args) {
    const start = performance.now();
    const won = await store.claimSlot(...args);
    claimMs.push(performance.now() - start);
    return won;
  },
  async markSlotDelivered(...args) {
    const start = performance.now();
    await store.markSlotDelivered(...args);
    confirmMs.push(performance.now() - start);
  },
};

let posted = 0;
const adapter: ChatAdapter = {
  platform: 'console',
  idempotency: { kind: 'none' },
  start: async () => {},
  stop: async () => {},
  openDirectMessage: async (user) => `dm-${user}`,
  async deliver() {
    await new Promise((resolve) => setTimeout(resolve, postMs));
    posted++;
    return { messageId: `${env('NAME')}-${posted}` };
  },
};
const desk: NewsDesk = {
  topStories: async () => [{ id: 's1', label: 'Ferries halted after hull cracks', outlets: ['Harbour Wire'], articleCount: 1 }],
  findStory: async () => ({ candidates: [] }),
  briefStory: async () => Promise.reject(new Error('unused')),
};
const clock = createManualClock(env('BEFORE'));
const scheduler = createScheduler({
  store: timedStore,
  adapters: new Map([['console', adapter]]),
  newsDesk: desk,
  clock,
  wakeups: noWakeups,
  log: silentLog,
  concurrency: Number(env('CONCURRENCY')),
  instanceId: env('NAME'),
});

await scheduler.start();
process.stdout.write('LOADED\n');
await new Promise((resolve) => process.stdin.once('data', resolve));
clock.set(env('NOW'));
const startedAt = Date.now();
await scheduler.runDue();
const endedAt = Date.now();
await scheduler.stop();
await store.close();
process.stdout.write(`${RESULT_PREFIX}${JSON.stringify({ posted, startedAt, endedAt, claimMs, confirmMs })}\n`);
process.exit(0);
