// The outside chaos run (issue 17): the real bot, started with `npm start`, against a fake Slack on
// 127.0.0.1, with several every-minute subscriptions; SIGKILLed again and again (at random times,
// while a post is in flight, right after a slot's notice was written and before it was sent, while
// a notice is in flight), while the fake Slack accepts posts and then answers 503, drops the
// connection or never answers, refuses some before accepting, and rate limits. At the end, one
// quiet run lets the bot settle; then the books are kept from outside: the fake's messages by
// delivery key against the database's slots and notices.
//
//   npm run chaos                                   # 10 minutes, 8 subscriptions
//   CHAOS_MINUTES=3 CHAOS_SUBSCRIPTIONS=4 npm run chaos
//   CHAOS_SEED=7 CHAOS_OUT=chaos-slots.tsv npm run chaos
//
// Not part of `npm test` (it takes minutes); test/scheduler/chaos.test.ts is its short, virtual-time
// sibling. Subscriptions are written to the database before the first start, every minute (`* * * *
// *`), below the 15-minute minimum that /brief subscribe enforces: the point is many slots.

import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, createWriteStream, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { repoRoot } from '../../adapters/files/repo-paths.ts';
import { createSqliteStore } from '../../adapters/store/sqlite-store.ts';
import { seededRandom } from '../scheduler/fixtures/flaky-platform.ts';
import { FakeSlackApi, type ScriptedAnswer } from '../slack/fake-slack-api.ts';
import { formatBooks, keepBooks, readDatabase, slotKeyOf } from './ledger.ts';

const MINUTES = Number(process.env.CHAOS_MINUTES ?? 10);
const SUBSCRIPTIONS = Number(process.env.CHAOS_SUBSCRIPTIONS ?? 8);
const SEED = Number(process.env.CHAOS_SEED ?? Date.now() % 100_000);
/** How long the final, fault-free run lets the bot settle before stopping it. */
const SETTLE_MS = Number(process.env.CHAOS_SETTLE_MS ?? 100_000);
const random = seededRandom(SEED);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const between = (low: number, high: number) => low + random() * (high - low);

type KillPlan = 'timer' | 'mid-post' | 'after-notice-written' | 'mid-notice';
const counts: Record<string, number> = {};
const count = (what: string) => {
  counts[what] = (counts[what] ?? 0) + 1;
};

// ── the fake Slack ─────────────────────────────────────────────────────────────────────────

const api = new FakeSlackApi();
api.useClock(() => new Date());
let faultsOn = true;
/** Until then, Slack is down: posts and history fail (some posts after being accepted). */
let outageUntil = 0;
const isChannel = (args: Record<string, unknown>) => String(args.channel ?? '').startsWith('C');
api.latencyMs = (method) => (method === 'chat.postMessage' ? between(200, 1500) : between(10, 200));
// A post whose connection dies with the killed bot reached Slack whole, or (half the time) not at all.
api.survivesHangUp = () => random() < 0.5;
api.faults = (method, args) => {
  if (!faultsOn) return undefined;
  if (Date.now() < outageUntil && (method === 'chat.postMessage' || method === 'conversations.history')) {
    const accepted = method === 'chat.postMessage' && random() < 0.3;
    count(`fault: ${method} during an outage${accepted ? ' (accepted, then 503)' : ''}`);
    return { afterAccept: accepted, status: 503, body: { ok: false, error: 'service_unavailable' } };
  }
  const roll = random();
  let edge = 0;
  const hit = (rate: number) => {
    edge += rate;
    return roll < edge;
  };
  const fault = (name: string, answer: ScriptedAnswer) => {
    count(`fault: ${method} ${name}`);
    return answer;
  };
  if (method === 'chat.postMessage') {
    const scale = isChannel(args) ? 1 : 0.5; // owner notices (DMs) fail half as often
    if (hit(0.14 * scale)) return fault('accepted, then 503', { afterAccept: true, status: 503, body: { ok: false, error: 'service_unavailable' } });
    if (hit(0.08 * scale)) return fault('accepted, then dropped connection', { afterAccept: true, drop: true });
    if (hit(0.04 * scale)) return fault('accepted, then no answer', { afterAccept: true, hang: true });
    if (hit(0.05 * scale)) return fault('503 before accepting', { status: 503, body: { ok: false, error: 'service_unavailable' } });
    const wait = String(Math.ceil(between(1, 6)));
    if (hit(0.05 * scale)) return fault('429', { status: 429, headers: { 'retry-after': wait }, body: { ok: false, error: 'ratelimited' } });
  }
  if (method === 'conversations.history') {
    if (hit(0.1)) return fault('503', { status: 503, body: { ok: false, error: 'service_unavailable' } });
    if (hit(0.05)) return fault('429', { status: 429, headers: { 'retry-after': '2' }, body: { ok: false, error: 'ratelimited' } });
  }
  return undefined;
};

// ── the bot ────────────────────────────────────────────────────────────────────────────────

interface Bot {
  child: ChildProcess;
  ready: Promise<void>;
  exited: Promise<void>;
}

const dir = mkdtempSync(join(tmpdir(), 'briefbot-chaos-'));
const database = join(dir, 'briefbot.db');
const configPath = join(dir, 'briefbot.yaml');
const logPath = join(dir, 'bot.log');
const log = createWriteStream(logPath);
let onLogLine: ((line: string) => void) | undefined;

/** The bot running now: killed with the driver (Ctrl-C), so no bot outlives the run. */
let current: Bot | undefined;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    if (current?.child.pid) {
      try {
        process.kill(-current.child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    process.exit(130);
  });
}

function startBot(): Bot {
  const child = spawn('npm', ['start', '--', '--config', configPath], {
    cwd: repoRoot,
    detached: true, // its own process group: a SIGKILL reaches npm, the shell and node alike
    stdio: ['ignore', 'ignore', 'pipe'],
    env: {
      ...process.env,
      SLACK_BOT_TOKEN: 'xoxb-chaos',
      SLACK_SIGNING_SECRET: 'chaos-secret',
      SLACK_MODE: 'http',
      SLACK_HOST: '127.0.0.1',
      SLACK_PORT: '0',
      SLACK_API_URL: api.apiUrl,
      BRIEFBOT_SUMMARIES_DIR: join(dir, 'summaries'),
      LOG_LEVEL: 'info',
    },
  });
  let markReady = () => {};
  const ready = new Promise<void>((resolve) => {
    markReady = resolve;
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  createInterface({ input: child.stderr! }).on('line', (line) => {
    log.write(`${line}\n`);
    if (line.includes('briefbot: running on')) markReady();
    onLogLine?.(line);
  });
  current = { child, ready, exited };
  return current;
}

function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function killGroup(bot: Bot, signal: NodeJS.Signals): Promise<void> {
  const pid = bot.child.pid!;
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
  const deadline = Date.now() + 30_000;
  while (groupAlive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  if (groupAlive(pid)) process.kill(-pid, 'SIGKILL');
  await bot.exited;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Resolves when the plan's moment comes, watched from the spawn on (owner notices go out during
 * start-up, right after recovery), or when the timer, started once `timerStarts` resolves, runs out.
 */
function killMoment(plan: KillPlan, timerStarts: Promise<unknown>, timerMs: number): Promise<string> {
  return new Promise((resolve) => {
    let timer: NodeJS.Timeout | undefined;
    let finished = false;
    const done = (why: string) => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      api.onArrival = undefined;
      onLogLine = undefined;
      resolve(why);
    };
    void timerStarts.then(() => {
      if (!finished) timer = setTimeout(() => done('timer'), timerMs);
    });
    if (plan === 'mid-post') {
      api.onArrival = (method, args) => {
        // Kill while the post is in flight (the fake holds it 0.2–1.5 s): Slack gets it, the bot never hears.
        if (method === 'chat.postMessage' && isChannel(args)) setTimeout(() => done('mid-post'), between(0, 150));
      };
    } else if (plan === 'mid-notice') {
      api.onArrival = (method, args) => {
        if (method === 'chat.postMessage' && !isChannel(args)) setTimeout(() => done('mid-notice'), between(0, 150));
      };
    } else if (plan === 'after-notice-written') {
      // Logged right after the transaction that ends the slot and writes the notice, before it is sent.
      onLogLine = (line) => {
        if (/scheduled post (may or may not have arrived|failed)|subscription paused/.test(line)) done('after-notice-written');
      };
    }
  });
}

// ── the run ────────────────────────────────────────────────────────────────────────────────

async function main(): Promise<void> {
  // Build the compiled bot once now, not inside the first life (npm start rebuilds when stale).
  const build = spawnSync(process.execPath, [join(repoRoot, 'bin', 'run.mjs'), '--build-if-stale'], { stdio: 'inherit' });
  if (build.status !== 0) throw new Error('the build failed');
  await api.listen();
  // The briefing pages stay on (their adapter wrapper is on the delivery path) but on a free port.
  writeFileSync(configPath, `database: ${database}\ntimezone: UTC\nweb:\n  host: 127.0.0.1\n  port: 0\n  publicUrl: https://briefs.example\n`);
  const store = createSqliteStore(database);
  const created = new Date();
  for (let i = 1; i <= SUBSCRIPTIONS; i++) {
    await store.addSubscription(
      { platform: 'slack', channelId: `C${i}`, isDirectMessage: false, ownerUserId: `U${i}`, schedule: { kind: 'cron', expression: '* * * * *' }, timezone: 'UTC' },
      created,
    );
  }
  await store.close();
  process.stderr.write(`chaos: seed ${SEED}, ${MINUTES} min, ${SUBSCRIPTIONS} subscriptions every minute; bot log ${logPath}\n`);

  const end = Date.now() + MINUTES * 60_000;
  let lives = 0;
  while (Date.now() < end) {
    lives++;
    const bot = startBot();
    const plan = pick<KillPlan>(['timer', 'mid-post', 'mid-post', 'after-notice-written', 'mid-notice']);
    // Some kills come during start-up; most once the bot runs.
    const early = random() < 0.15;
    const timerStarts = early ? Promise.resolve() : Promise.race([bot.ready, sleep(120_000)]);
    // Now and then Slack is down for a while once the bot runs: slots end failed or unknown, notices
    // are written (that life lasts long enough for the scheduler's five attempts to run out).
    const outage = !early && random() < 0.25;
    const timerMs = early ? between(2_000, 10_000) : outage ? between(50_000, 90_000) : between(5_000, 45_000);
    if (outage) {
      void timerStarts.then(() => {
        outageUntil = Date.now() + between(35_000, 70_000);
        count('outage');
      });
    }
    const why = await Promise.race([killMoment(plan, timerStarts, timerMs), bot.exited.then(() => 'exited by itself')]);
    await killGroup(bot, 'SIGKILL');
    count(`kill: ${why}`);
    process.stderr.write(`chaos: life ${lives} killed (${why}); ${Math.round((end - Date.now()) / 1000)} s left\n`);
    // Restarted at once, after a few seconds, or (rarely) after a long stop: catch-up and superseded slots.
    const down = random() < 0.1 ? between(60_000, 150_000) : between(0, 5_000);
    await sleep(Math.min(down, Math.max(0, end - Date.now())));
  }

  // Quiet: no faults, no kills; the bot recovers, tells owners, posts a slot or two, and stops cleanly.
  faultsOn = false;
  const settleStart = new Date();
  const last = startBot();
  await Promise.race([last.ready, sleep(120_000)]);
  await sleep(SETTLE_MS);
  await killGroup(last, 'SIGTERM');

  const postsByKey = new Map<string, number>();
  for (const m of api.allMessages()) {
    const key = m.metadata?.event_payload.key;
    if (typeof key !== 'string' || (m.metadata?.event_payload.part ?? 0) !== 0) continue;
    postsByKey.set(key, (postsByKey.get(key) ?? 0) + 1);
  }
  const db = readDatabase(database);
  const books = keepBooks({ ...db, postsByKey, until: settleStart });

  const out: string[] = [];
  out.push(`chaos run: seed ${SEED}, ${MINUTES} min of faults + ${Math.round(SETTLE_MS / 1000)} s quiet, ${SUBSCRIPTIONS} subscriptions (every minute)`);
  out.push(`lives ${lives + 1}, SIGKILLs ${lives}`);
  for (const [what, n] of Object.entries(counts).sort()) out.push(`  ${what}: ${n}`);
  out.push('');
  out.push(formatBooks(books));
  out.push('');
  out.push('slots that were not a plain first-time post (per slot):');
  const noticeStatus = new Map(db.notices.map((n) => [slotKeyOf(n.subscriptionId, n.slotAt), n]));
  for (const slot of db.slots) {
    const key = slotKeyOf(slot.subscriptionId, slot.slotAt);
    const notice = noticeStatus.get(key);
    if (slot.status === 'delivered' && slot.attempts <= 1 && !notice) continue;
    const told = notice ? `${notice.kind} notice ${notice.status}, reached the owner ${postsByKey.get(notice.id) ?? 0}×` : 'no notice';
    out.push(`  ${slot.subscriptionId} ${slot.slotAt}  ${slot.status.padEnd(9)} attempts ${slot.attempts}  in channel ${postsByKey.get(key) ?? 0}×  ${told}`);
  }
  out.push('');
  out.push(books.problems.length === 0 ? 'problems: none' : `problems:\n  ${books.problems.join('\n  ')}`);
  const t = books.total;
  out.push(
    `CHAOS duplicates=${t.duplicates} neither_posted_nor_reported=${t.neither} unknown=${t.unknown} unknown_told_once=${t.unknownTold} ` +
      `failed=${t.failed} failed_told_once=${t.failedTold} notices_twice=${t.noticeDuplicates} open=${t.open} slots=${t.slots} posted=${t.posted}`,
  );
  process.stdout.write(`${out.join('\n')}\n`);
  if (process.env.CHAOS_OUT) {
    const lines = db.slots.map((s) => [s.subscriptionId, s.slotAt, s.status, s.attempts, postsByKey.get(slotKeyOf(s.subscriptionId, s.slotAt)) ?? 0].join('\t'));
    writeFileSync(process.env.CHAOS_OUT, `subscription\tslot\tstatus\tattempts\tin_channel\n${lines.join('\n')}\n`);
  }
  await api.close();
  log.end();
  if (!process.env.CHAOS_KEEP) rmSync(dir, { recursive: true, force: true });
  process.exitCode = t.duplicates + t.neither + t.noticeDuplicates > 0 ? 1 : 0;
}

main().catch((error: unknown) => {
  process.stderr.write(`chaos: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 2;
});
