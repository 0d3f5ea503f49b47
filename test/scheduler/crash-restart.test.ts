// The bot process is killed (SIGKILL) in the middle of a scheduled post, then started again on
// the same database file: nothing is posted twice, and nothing is lost without a word.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRecordingAdapter } from '../../adapters/console/recording-adapter.ts';
import { createManualClock } from '../../adapters/scheduler/manual-clock.ts';
import { createScheduler } from '../../adapters/scheduler/scheduler.ts';
import { silentLog } from '../../adapters/scheduler/scheduler-log.ts';
import { noWakeups } from '../../adapters/scheduler/wakeups.ts';
import { createSqliteStore } from '../../adapters/store/sqlite-store.ts';
import { defaultDesk, subscription } from './harness.ts';

const CHILD = fileURLToPath(new URL('./fixtures/crash-child.ts', import.meta.url));
const SLOT = new Date('2025-01-14T08:00:00Z');

let dir: string;
let db: string;
let postsFile: string;
let subscriptionId: string;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'briefbot-crash-'));
  db = join(dir, 'briefbot.db');
  postsFile = join(dir, 'posts.jsonl');
  const store = createSqliteStore(db);
  ({ id: subscriptionId } = await store.addSubscription(subscription({ kind: 'daily', hour: 8, minute: 0 }, 'UTC'), new Date('2025-01-14T07:00:00Z')));
  await store.close();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the bot in a child process until it prints `marker`, then kills it with SIGKILL. */
async function runAndKill(crashAt: 'compose' | 'send', marker: string): Promise<void> {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD], {
    env: { ...process.env, BRIEFBOT_DB: db, CRASH_AT: crashAt, NOW: '2025-01-14T08:00:05Z', POSTS_FILE: postsFile },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  try {
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes(marker) && resolve());
      child.on('exit', (code) => reject(new Error(`child exited (${code}) before ${marker}: ${stderr}`)));
    });
  } finally {
    child.kill('SIGKILL');
    await new Promise((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve(null) : child.once('exit', resolve)));
  }
}

async function restart() {
  const store = createSqliteStore(db);
  const adapter = createRecordingAdapter('console');
  const clock = createManualClock('2025-01-14T08:01:00Z');
  const scheduler = createScheduler({ store, adapters: new Map([['console', adapter]]), newsDesk: defaultDesk(), clock, wakeups: noWakeups, log: silentLog });
  const report = await scheduler.start();
  // The rest of the day's wake-ups.
  for (let i = 0; i < 30; i++) {
    clock.advance(60_000);
    await scheduler.runDue();
  }
  const slot = await store.getSlot({ subscriptionId, slotAt: SLOT });
  await scheduler.stop();
  await store.close();
  return { report, adapter, slot };
}

const channelPostsByChild = () => (existsSync(postsFile) ? readFileSync(postsFile, 'utf8').trim().split('\n').filter(Boolean) : []);

describe('killed between claiming a slot and sending it', () => {
  it('posts the slot once after the restart: no duplicate, nothing lost', async () => {
    await runAndKill('compose', 'CLAIMED');
    expect(channelPostsByChild()).toEqual([]);

    const { report, adapter, slot } = await restart();
    expect(report.released.map((s) => s.slotAt)).toEqual([SLOT.toISOString()]);
    expect(report.outcomes).toEqual([expect.objectContaining({ slotAt: SLOT.toISOString(), result: 'delivered' })]);
    expect(adapter.posts.map((p) => p.destination.channelId)).toEqual(['news']);
    expect(slot).toMatchObject({ status: 'delivered', messageId: 'console-msg-1' });
  });
});

describe('killed while sending (the platform got the post, its id was never recorded)', () => {
  it('does not post it again, and tells the owner it may have arrived', async () => {
    await runAndKill('send', 'SENT');
    expect(channelPostsByChild()).toHaveLength(1);

    const { report, adapter, slot } = await restart();
    expect(report.unknown.map((s) => s.slotAt)).toEqual([SLOT.toISOString()]);
    expect(report.outcomes).toEqual([]);
    expect(adapter.posts.filter((p) => p.destination.channelId === 'news')).toEqual([]);
    expect(adapter.posts).toEqual([
      expect.objectContaining({
        destination: expect.objectContaining({ channelId: 'dm-owner', isDirectMessage: true }),
        reply: expect.objectContaining({ text: expect.stringContaining('it may or may not have arrived. It is not posted again') }),
      }),
    ]);
    expect(slot).toMatchObject({ status: 'unknown', attempts: 1 });
  });
});
