// The bot serves its pages: `createBot` on the demo corpus starts the web side, names the demo
// story's page (what `npm start` prints), and records what `/brief` answers, linked when
// web.publicUrl is set. `web: false` leaves no server and no links.

import { get } from 'node:http';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { createBot } from '../../adapters/app/create-bot.ts';
import { parseConfig } from '../../src/config/parse-config.ts';

const CONTEXT = { platform: 'console' as const, userId: 'u', channelId: 'terminal', isDirectMessage: true };
const silent = pino({ level: 'silent' });

function fetchText(url: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    get(url, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => {
        body += c;
      });
      res.on('end', () => resolve({ status: res.statusCode!, body }));
    }).on('error', reject);
  });
}

describe('the bot and its briefing pages', () => {
  it('serves the demo story’s page and links what /brief answers', async () => {
    const config = parseConfig('database: ":memory:"\nweb:\n  port: 0\n  publicUrl: https://briefs.example/\n');
    const bot = await createBot({ config, env: {}, logger: silent, output: { write: () => true } as unknown as NodeJS.WritableStream });
    await bot.start();
    try {
      const page = bot.pageUrl();
      expect(page).toMatch(/^https:\/\/briefs\.example\/stories\/story-[0-9a-f]+$/);
      const reply = await bot.handler.handle('/brief ferries', CONTEXT);
      expect(reply.kind).toBe('briefing');
      expect(reply.kind === 'briefing' && reply.pageUrl).toMatch(/^https:\/\/briefs\.example\/briefings\/b[0-9a-f]{20}$/);
    } finally {
      await bot.stop();
    }
  });

  it('on loopback, with no public address, the page it names is served', async () => {
    const config = parseConfig('database: ":memory:"\nweb:\n  port: 0\n');
    const bot = await createBot({ config, env: {}, logger: silent });
    await bot.start();
    try {
      const page = bot.pageUrl()!;
      expect(page).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/stories\/story-[0-9a-f]+$/);
      const answer = await fetchText(page);
      expect(answer.status).toBe(200);
      expect(answer.body).toContain('<h1>Tessaly halts island ferries after cracks found in hulls</h1>');
      const reply = await bot.handler.handle('/brief ferries', CONTEXT);
      expect(reply.kind === 'briefing' && 'pageUrl' in reply).toBe(false);
      // Recorded all the same: the front page lists it.
      expect((await fetchText(new URL('/', page).href)).body).toMatch(/href="briefings\/b[0-9a-f]{20}"/);
    } finally {
      await bot.stop();
    }
  });

  it('web: false serves nothing and links nothing', async () => {
    const config = parseConfig('database: ":memory:"\nweb: false\n');
    const bot = await createBot({ config, env: {}, logger: silent });
    await bot.start();
    try {
      expect(bot.pageUrl()).toBeUndefined();
      const reply = await bot.handler.handle('/brief ferries', CONTEXT);
      expect(reply.kind === 'briefing' && 'pageUrl' in reply).toBe(false);
    } finally {
      await bot.stop();
    }
  });
});
