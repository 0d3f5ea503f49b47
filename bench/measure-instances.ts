// Several instances on one PostgreSQL database: for 1, 2 and 3 instances (separate processes,
// each its own pool), SLOTS subscriptions all due in the same minute; each platform post takes
// POST_MS. Reports slots per minute delivered (from the first instance's go to the last one's
// end), the store's claim and confirm latency (p95 over every call), and checks exactly once.
//
//   npm run bench:instances                         # also part of npm run bench
//   BENCH_INSTANCE_SLOTS=600 BENCH_POST_MS=200 BENCH_INSTANCES=1,2,3   (the defaults)

import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createPgStore } from '../adapters/store/pg-store.ts';
import { RESULT_PREFIX } from './results.ts';
import { childCommand } from './run-child.ts';

export interface InstancesRow {
  instances: number;
  slots: number;
  seconds: number;
  slotsPerMinute: number;
  claimP95Ms: number;
  confirmP95Ms: number;
  /** Slots posted by each instance. */
  split: number[];
  /** Every slot posted once: as many posts as slots, and every slot delivered in the store. */
  exactlyOnce: boolean;
}

export interface InstancesResult {
  postMs: number;
  concurrency: number;
  rows: InstancesRow[];
}

const url = process.env.BENCH_DATABASE_URL ?? process.env.BRIEFBOT_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const slots = Number(process.env.BENCH_INSTANCE_SLOTS ?? 600);
const postMs = Number(process.env.BENCH_POST_MS ?? 200);
const concurrency = 8;
const counts = (process.env.BENCH_INSTANCES ?? '1,2,3').split(',').map(Number);
const BEFORE = '2025-01-14T07:59:30Z';
const NOW = '2025-01-14T08:00:00Z';

function p95(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))] ?? 0;
}

interface WorkerResult {
  posted: number;
  startedAt: number;
  endedAt: number;
  claimMs: number[];
  confirmMs: number[];
}

function startWorker(schema: string, name: string) {
  const child = spawn(process.execPath, childCommand('./instance-worker.ts'), {
    env: { ...process.env, DATABASE_URL: url, SCHEMA: schema, BEFORE, NOW, POST_MS: String(postMs), CONCURRENCY: String(concurrency), NAME: name },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.setEncoding('utf8');
  const loaded = new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: string) => {
      out += chunk;
      if (out.includes('LOADED')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`${name} exited (${code}) before loading`)));
  });
  const result = new Promise<WorkerResult>((resolve, reject) => {
    child.once('close', (code) => {
      const line = out.split('\n').find((l) => l.startsWith(RESULT_PREFIX));
      if (code !== 0 || !line) reject(new Error(`${name} exited with code ${code}`));
      else resolve(JSON.parse(line.slice(RESULT_PREFIX.length)) as WorkerResult);
    });
  });
  return { loaded, go: () => child.stdin.end('go\n'), result };
}

async function measure(instances: number): Promise<InstancesRow> {
  const schema = `bench_${randomBytes(5).toString('hex')}`;
  const admin = await createPgStore(url, { schema, maxConnections: 8 });
  const created = new Date('2025-01-14T07:00:00Z');
  try {
    for (let i = 0; i < slots; i += 100) {
      await Promise.all(
        Array.from({ length: Math.min(100, slots - i) }, (_, k) =>
          admin.addSubscription(
            { platform: 'console', channelId: `channel-${i + k}`, isDirectMessage: false, ownerUserId: 'owner', schedule: { kind: 'daily', hour: 8, minute: 0 }, timezone: 'UTC' },
            created,
          ),
        ),
      );
    }
    const workers = Array.from({ length: instances }, (_, n) => startWorker(schema, `instance-${n + 1}`));
    await Promise.all(workers.map((w) => w.loaded));
    for (const w of workers) w.go();
    const results = await Promise.all(workers.map((w) => w.result));
    const seconds = (Math.max(...results.map((r) => r.endedAt)) - Math.min(...results.map((r) => r.startedAt))) / 1000;
    const client = new pg.Client({ connectionString: url, options: `-c search_path=${schema}` });
    await client.connect();
    const { rows } = await client.query<{ delivered: number }>(`SELECT count(*)::int AS delivered FROM slots WHERE status = 'delivered'`);
    await client.end();
    const posted = results.reduce((n, r) => n + r.posted, 0);
    return {
      instances,
      slots,
      seconds,
      slotsPerMinute: (slots / seconds) * 60,
      claimP95Ms: p95(results.flatMap((r) => r.claimMs)),
      confirmP95Ms: p95(results.flatMap((r) => r.confirmMs)),
      split: results.map((r) => r.posted),
      exactlyOnce: posted === slots && rows[0]!.delivered === slots,
    };
  } finally {
    await admin.close();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await client.end();
  }
}

const rows: InstancesRow[] = [];
for (const n of counts) {
  process.stderr.write(`instances: ${n} instance${n === 1 ? '' : 's'}, ${slots} slots…\n`);
  rows.push(await measure(n));
}
const result: InstancesResult = { postMs, concurrency, rows };
process.stdout.write(`${RESULT_PREFIX}${JSON.stringify(result)}\n`);
