// A new user's first hour at the terminal, in-process (runStart and createBot, as `npm start`
// runs them): the defaults' status and pasted links, and subscriptions owned by the file or by a
// command, across restarts.

import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createBot } from '../../adapters/app/create-bot.ts';
import { runStart } from '../../adapters/app/run-start.ts';
import { repoRoot } from '../../adapters/files/repo-paths.ts';
import { createSqliteStore } from '../../adapters/store/sqlite-store.ts';
import type { CommandContext, CommandReply } from '../../src/commands/command.ts';
import { parseConfig } from '../../src/config/parse-config.ts';
import { type LocalServer, send, startLocalServer } from '../net/local-server.ts';

const home = process.cwd();
afterEach(() => process.chdir(home));

const CONSOLE: CommandContext = { platform: 'console', userId: 'console-user', channelId: 'terminal', isDirectMessage: true };
const text = (reply: CommandReply) => (reply.kind === 'message' ? reply.text : `(${reply.kind})`);

function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) if (/^(SLACK|DISCORD|BRIEFBOT)_/.test(key)) delete env[key];
  return { ...env, ...extra };
}

/** `npm start` in `cwd` with no terminal: returns whether it kept running, and what it said. */
async function start(cwd: string, whileRunning: (bot: NonNullable<Awaited<ReturnType<typeof runStart>>['bot']>) => Promise<void> = async () => {}) {
  process.chdir(cwd);
  let stderr = '';
  const outcome = await runStart(
    {},
    {
      stdout: { write: () => true },
      stderr: {
        write: (t: string) => {
          stderr += t;
          return true;
        },
      },
      stdin: new PassThrough(),
      env: cleanEnv({ BRIEFBOT_SUMMARIES_DIR: join(cwd, 'summaries') }),
    },
  );
  const bot = outcome.bot;
  if (bot) {
    try {
      await whileRunning(bot);
    } finally {
      await bot.stop();
    }
  }
  return { running: Boolean(bot), code: outcome.code, stderr };
}

describe('subscriptions: the file owns its own, the database owns the ones made by command', () => {
  it('a config subscription runs the bot and says so; removed from the file, it is gone and the bot exits', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'briefbot-hour-'));
    writeFileSync(join(cwd, 'briefbot.yaml'), 'subscriptions:\n  - { platform: console, channel: terminal, schedule: daily 08:00, topic: ferries }\n');
    const first = await start(cwd);
    expect(first.running).toBe(true);
    expect(first.stderr).toMatch(/briefbot: subscription \w+: console terminal, daily 08:00 UTC, “ferries” \(from the configuration file; remove it there to stop it\)/);

    rmSync(join(cwd, 'briefbot.yaml'));
    const second = await start(cwd);
    expect(second).toMatchObject({ running: false, code: 0 });
    expect(second.stderr).toContain('nothing scheduled and no Slack or Discord token; exiting (see the README, "The configuration file")');
    const store = createSqliteStore(join(cwd, 'data', 'briefbot.db'));
    try {
      expect(await store.listSubscriptions()).toEqual([]);
    } finally {
      await store.close();
    }
  });

  it('a subscription made at the prompt outlives restarts, and the bot says how to stop it', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'briefbot-hour-'));
    const config = parseConfig(`database: ${join(cwd, 'bot.db')}\n`);
    const bot = await createBot({ config, env: cleanEnv(), output: { write: () => true } });
    const made = text(await bot.handler.handle('subscribe daily 07:00 London', CONSOLE));
    expect(made).toMatch(/^“London” could be the timezone \(Europe\/London\) or the topic\. Say which:/);
    const subscribed = text(await bot.handler.handle('subscribe daily 07:00 Europe/London', CONSOLE));
    const id = /id (\w+)/.exec(subscribed)![1]!;
    expect(text(await bot.handler.handle('list', CONSOLE))).toContain(`${id}: daily 07:00 Europe/London · top stories · made by command`);
    await bot.stop();

    writeFileSync(join(cwd, 'briefbot.yaml'), `database: ${join(cwd, 'bot.db')}\n`);
    const again = await start(cwd);
    expect(again.running).toBe(true);
    expect(again.stderr).toContain(`briefbot: subscription ${id}: console terminal, daily 07:00 Europe/London (made by /brief subscribe; /brief unsubscribe ${id} stops it)`);
  });
});

describe('status after a restart', () => {
  it('counts the stories served from the store, and the articles new since this start', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'briefbot-hour-'));
    // Two of the corpus's stories, three outlets each: enough to count, quick to analyse.
    mkdirSync(join(cwd, 'stories'));
    for (const f of readdirSync(join(repoRoot, 'corpus', 'stories')).filter((n) => /^(glacier|launch)-/.test(n))) {
      cpSync(join(repoRoot, 'corpus', 'stories', f), join(cwd, 'stories', f));
    }
    writeFileSync(join(cwd, 'briefbot.yaml'), 'sources:\n  - name: Local\n    folder: ./stories\n');
    let first = '';
    await start(cwd, async (bot) => {
      first = text(await bot.handler.handle('status', CONSOLE));
    });
    expect(first).toMatch(/^Serving 2 stories \(6 articles\)\.\nSources:\n• ✓ Local \(folder .*\): 6 new articles since start/);
    let again = '';
    await start(cwd, async (bot) => {
      again = text(await bot.handler.handle('status', CONSOLE));
    });
    expect(again).toMatch(/^Serving 2 stories \(6 articles\)\.\nSources:\n• ✓ Local \(folder .*\): 0 new articles since start/);
    expect(again).not.toContain('articles taken in');
  });
});

describe('the embedded defaults', () => {
  let server: LocalServer;
  const PAGE = `<html><head><title>Quay walls repaired</title><meta property="og:site_name" content="Harbour Notes"></head><body><article>
    <p>Engineers finished repairing the quay walls of the old harbour on Tuesday, two weeks ahead of the schedule set in the spring.</p>
    <p>The harbour master said the first cruise ship would berth there on Friday, and that the repairs had cost less than planned.</p>
    <p>Fishing crews, who had moored at the northern pier during the work, said they would return to the old harbour next week.</p>
  </article></body></html>`;
  beforeAll(async () => {
    server = await startLocalServer({ '/quay': send(200, 'text/html; charset=utf-8', PAGE) });
  });
  afterAll(() => server.close());

  it('status says what is served: the demo corpus, one story of three articles', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'briefbot-hour-'));
    const bot = await createBot({ config: parseConfig(`database: ${join(cwd, 'bot.db')}\n`), env: cleanEnv(), output: { write: () => true } });
    try {
      const status = text(await bot.handler.handle('status', CONSOLE));
      expect(status).toMatch(/^Serving 1 story \(3 articles\)\.\nSources:\n• the bundled demo corpus \(corpus\/demo; .*\): 3 articles from The Coastal Ledger, Harbour Wire, Northwind Daily/);
      expect(status).not.toContain('none reported');
      expect(text(await bot.handler.handle('help', CONSOLE))).toContain('/brief <link> [<link> …] — a briefing of those pages');
    } finally {
      await bot.stop();
    }
  });

  it('/brief <url> briefs the page (here allowed to reach a test server on 127.0.0.1), and the URL guard still refuses private addresses', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'briefbot-hour-'));
    const allowed = await createBot({
      config: parseConfig(`database: ${join(cwd, 'a.db')}\nfetch:\n  allowLinks: ['127.0.0.1:${server.port}']\n`),
      env: cleanEnv(),
      output: { write: () => true },
    });
    try {
      const reply = await allowed.handler.handle(server.url('/quay'), CONSOLE);
      expect(reply).toMatchObject({ kind: 'briefing', briefing: { title: 'Quay walls repaired', sources: [{ outlet: 'Harbour Notes' }] } });
    } finally {
      await allowed.stop();
    }

    const guarded = await createBot({ config: parseConfig(`database: ${join(cwd, 'b.db')}\n`), env: cleanEnv(), output: { write: () => true } });
    try {
      const refused = await guarded.handler.handle(server.url('/quay'), CONSOLE);
      expect(refused).toMatchObject({ kind: 'message', isError: true });
      expect(text(refused)).toMatch(/^I won't fetch http:\/\/127\.0\.0\.1:\d+\/quay: .*loopback/);
      expect(text(refused)).not.toContain('not enabled');
    } finally {
      await guarded.stop();
    }
  });
});
