// Three bot instances on one PostgreSQL database, 200 subscriptions due in the same minute. One
// instance (a child process) is SIGKILLed mid-run with slots in both crash states; the other two
// (in this process, each with its own pool) carry on. Every slot must be posted exactly once —
// except those the dead instance was sending, which are never re-posted and whose owners are
// told once. Time is a manual clock: the lease expiry is reached by moving it, never by waiting.

import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import type { Destination } from '../../adapters/chat-adapter.ts';
import { createRecordingAdapter, type RecordingAdapter } from '../../adapters/console/recording-adapter.ts';
import { createManualClock, type ManualClock } from '../../adapters/scheduler/manual-clock.ts';
import { createScheduler, type Scheduler } from '../../adapters/scheduler/scheduler.ts';
import { silentLog } from '../../adapters/scheduler/scheduler-log.ts';
import { noWakeups } from '../../adapters/scheduler/wakeups.ts';
import type { Store } from '../../adapters/store/store.ts';
import type { Schedule } from '../../src/commands/command.ts';
import { defaultDesk, subscription } from '../scheduler/harness.ts';
import { openTestPgStore, postgresSkipMessage, TEST_DATABASE_URL, type TestPgStore } from '../helpers/postgres.ts';

const CHILD = fileURLToPath(new URL('./fixtures/stuck-instance.ts', import.meta.url));
const SUBSCRIPTIONS = 200;
const CHILD_CONCURRENCY = 8;
const HANG_AFTER = 4;
// All of these are 08:00 UTC on 14 January 2025.
const SAME_MINUTE: Array<[Schedule, string]> = [
  [{ kind: 'daily', hour: 8, minute: 0 }, 'UTC'],
  [{ kind: 'daily', hour: 9, minute: 0 }, 'Europe/Paris'],
  [{ kind: 'weekdays', hour: 17, minute: 0 }, 'Asia/Seoul'],
  [{ kind: 'cron', expression: '0 3 * * 2' }, 'America/New_York'],
];

interface Survivor {
  store: Store;
  clock: ManualClock;
  adapter: RecordingAdapter;
  scheduler: Scheduler;
}

let db: TestPgStore | undefined;
let dir: string | undefined;
const survivors: Survivor[] = [];
afterEach(async () => {
  for (const s of survivors.splice(0)) await s.scheduler.stop();
  await db?.dispose();
  if (dir) rmSync(dir, { recursive: true, force: true });
  db = undefined;
  dir = undefined;
});

/**
 * Spawns the child instance at once (loading its modules is the slow part); `go()` lets it start
 * its scheduler and resolves once all its workers are stuck; `kill()` SIGKILLs it.
 */
function spawnStuckInstance(schema: string, postsFile: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD], {
    env: {
      ...process.env,
      DATABASE_URL: TEST_DATABASE_URL,
      SCHEMA: schema,
      NOW: '2025-01-14T08:00:05Z',
      POSTS_FILE: postsFile,
      HANG_AFTER: String(HANG_AFTER),
      CONCURRENCY: String(CHILD_CONCURRENCY),
    },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stderr = '';
  let stdout = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const printed = (marker: string) =>
    new Promise<void>((resolve, reject) => {
      const check = () => stdout.includes(marker) && resolve();
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        check();
      });
      check();
      child.once('exit', (code) => reject(new Error(`the instance exited (${code}) before ${marker}: ${stderr}`)));
    });
  const loaded = printed('LOADED');
  return {
    async go() {
      await loaded;
      child.stdin.write('go\n');
      await printed('READY');
    },
    async kill() {
      child.kill('SIGKILL');
      await exited;
    },
  };
}

async function startSurvivor(store: Store, name: string): Promise<Survivor> {
  const clock = createManualClock('2025-01-14T08:00:10Z');
  const adapter = createRecordingAdapter('console');
  const scheduler = createScheduler({
    store,
    adapters: new Map([['console', adapter]]),
    newsDesk: defaultDesk(),
    clock,
    wakeups: noWakeups,
    log: silentLog,
    concurrency: 8,
    instanceId: name,
  });
  const survivor = { store, clock, adapter, scheduler };
  survivors.push(survivor);
  return survivor;
}

/** How many slots are in each state (one slot per subscription here). */
async function slotsByStatus(schema: string): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL, options: `-c search_path=${schema}` });
  await client.connect();
  try {
    const { rows } = await client.query<{ status: string; n: number }>('SELECT status, count(*)::int AS n FROM slots GROUP BY status');
    return Object.fromEntries(rows.map((r) => [r.status, r.n]));
  } finally {
    await client.end();
  }
}

const channelPosts = (destinations: Destination[]) => destinations.filter((d) => !d.isDirectMessage).map((d) => d.channelId);
const ownerNotices = (destinations: Destination[]) => destinations.filter((d) => d.isDirectMessage).map((d) => d.channelId);

describe.skipIf(postgresSkipMessage !== '')(`three instances on one PostgreSQL database${postgresSkipMessage}`, () => {
  it('one SIGKILLed mid-run: every slot posted exactly once, every unknown slot’s owner told once', async () => {
    db = await openTestPgStore('kill3');
    dir = mkdtempSync(join(tmpdir(), 'briefbot-kill3-'));
    const postsFile = join(dir, 'posts.jsonl');
    const created = new Date('2025-01-14T07:00:00Z');
    const stuck = spawnStuckInstance(db.schema, postsFile);
    const store = db.store;
    await Promise.all(
      Array.from({ length: SUBSCRIPTIONS }, (_, i) => {
        const [schedule, zone] = SAME_MINUTE[i % SAME_MINUTE.length]!;
        return store.addSubscription(subscription(schedule, zone, { channelId: `channel-${i}`, ownerUserId: `owner-${i}` }), created);
      }),
    );

    // The third instance takes its first slots and gets stuck with all of them.
    await stuck.go();
    const a = await startSurvivor(await db.another({ maxConnections: 8 }), 'instance-a');
    const b = await startSurvivor(await db.another({ maxConnections: 8 }), 'instance-b');

    // The two others start together and take the rest; the stuck one is killed meanwhile.
    const starting = Promise.all([a.scheduler.start(), b.scheduler.start()]);
    await stuck.kill();
    const reports = await starting;
    // The dead instance's lease has not run out yet: its slots are left alone.
    expect(reports.flatMap((r) => [...r.released, ...r.unknown])).toEqual([]);
    const byStatus = () => slotsByStatus(db!.schema);
    expect(await byStatus()).toEqual({ delivered: SUBSCRIPTIONS - CHILD_CONCURRENCY, sending: HANG_AFTER, claimed: CHILD_CONCURRENCY - HANG_AFTER });

    // The survivors renew their leases every 10 s; 30 s after its last renewal the dead one is taken over.
    for (let step = 1; step <= 5; step++) {
      for (const s of [a, b]) s.clock.advance(10_000);
      await Promise.all([a.scheduler.runDue(), b.scheduler.runDue()]);
    }
    for (const s of [a, b]) s.clock.set('2025-01-14T08:05:00Z');
    await Promise.all([a.scheduler.runDue(), b.scheduler.runDue()]);

    
    const childPosts = existsSync(postsFile)
      ? readFileSync(postsFile, 'utf8').trim().split('\n').filter(Boolean).map((line) => JSON.parse(line) as Destination)
      : [];
    const survivorDestinations = [...a.adapter.posts, ...b.adapter.posts].map((p) => p.destination);
    const childChannels = channelPosts(childPosts);
    const survivorChannels = channelPosts(survivorDestinations);
    expect(childChannels).toHaveLength(HANG_AFTER);
    expect(survivorChannels).toHaveLength(SUBSCRIPTIONS - HANG_AFTER);
    // Exactly once: each of the 200 channels got one post, from one instance.
    const all = [...childChannels, ...survivorChannels];
    expect(new Set(all).size).toBe(SUBSCRIPTIONS);
    expect(all.sort()).toEqual(Array.from({ length: SUBSCRIPTIONS }, (_, i) => `channel-${i}`).sort());
    // The owners of the slots the dead instance was sending were told, once each, and no one else.
    const unknownOwners = childChannels.map((c) => `dm-owner-${c.slice('channel-'.length)}`).sort();
    expect(ownerNotices(survivorDestinations).sort()).toEqual(unknownOwners);
    expect(await byStatus()).toEqual({ delivered: SUBSCRIPTIONS - HANG_AFTER, unknown: HANG_AFTER });
  });
});
