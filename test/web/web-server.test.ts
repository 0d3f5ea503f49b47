// The web adapter over real HTTP on 127.0.0.1: the routes, GET only, the security headers, only
// briefings the bot built, a stale story still shown, the host-name check, a port in use.

import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pino from 'pino';
import type { Briefing } from '../../src/briefing.ts';
import { BriefError } from '../../src/errors.ts';
import { PAGE_CSP } from '../../src/render/html-page.ts';
import { createMemoryBriefingArchive } from '../../adapters/web/briefing-archive.ts';
import { type BriefingPages, createBriefingPages } from '../../adapters/web/briefing-pages.ts';
import { createWebServer, type WebServer } from '../../adapters/web/create-web-server.ts';
import { createBotWeb } from '../../adapters/web/create-web.ts';
import { parseConfig } from '../../src/config/parse-config.ts';
import { hostileBriefing, hostileTexts } from './fixtures.ts';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function call(url: string, options: { method?: string; host?: string } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: options.method ?? 'GET', ...(options.host ? { headers: { host: options.host } } : {}) }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => {
        body += c;
      });
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

const silent = pino({ level: 'silent' });

describe('the briefing pages over HTTP', () => {
  let briefing: Briefing = hostileBriefing;
  let deskFails = false;
  let pages: BriefingPages;
  let server: WebServer;
  let root: string;

  beforeAll(async () => {
    pages = createBriefingPages({
      archive: createMemoryBriefingArchive(),
      newsDesk: {
        async briefStory(id) {
          if (id !== 'story-bridge') throw new BriefError('UNKNOWN_STORY', `no story ${id}`);
          if (deskFails) throw new Error('store unavailable');
          return briefing;
        },
      },
      articleText: async (id) => hostileTexts.get(id),
    });
    server = createWebServer({ pages, host: '127.0.0.1', port: 0, logger: silent });
    await server.start();
    root = server.url!;
  });
  afterAll(() => server.stop());

  it('listens on 127.0.0.1', () => {
    expect(root).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('serves a story’s latest briefing with the strict policy and no sniffing', async () => {
    const answer = await call(`${root}stories/story-bridge`);
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(answer.headers['content-security-policy']).toBe(PAGE_CSP);
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
    expect(answer.headers['x-frame-options']).toBe('DENY');
    expect(answer.headers['referrer-policy']).toBe('no-referrer');
    expect(answer.body).toContain('<h1>Fenwick bridge &lt;script&gt;');
  });

  it('keeps a delivered briefing as it was, after the story moved on', async () => {
    const first = await pages.record(briefing, 'story-bridge');
    briefing = { ...hostileBriefing, title: 'Fenwick bridge reopens', generatedAt: '2026-03-09T09:00:00.000Z' };
    const latest = await call(`${root}stories/story-bridge`);
    const old = await call(`${root}briefings/${first.id}`);
    expect(latest.body).toContain('<h1>Fenwick bridge reopens</h1>');
    expect(old.status).toBe(200);
    expect(old.body).toContain('<h1>Fenwick bridge &lt;script&gt;');
    // The latest links the one before it, and marks what changed (here: nothing but the title).
    expect(latest.body).toContain(`href="../briefings/${first.id}"`);
  });

  it('still shows a story’s last briefing when the desk cannot build one now', async () => {
    deskFails = true;
    try {
      const answer = await call(`${root}stories/story-bridge`);
      expect(answer.status).toBe(200);
      expect(answer.body).toContain('<h1>Fenwick bridge reopens</h1>');
    } finally {
      deskFails = false;
    }
  });

  it('lists the briefings it has built on its front page', async () => {
    const answer = await call(root);
    expect(answer.status).toBe(200);
    expect(answer.body.match(/href="briefings\/b[0-9a-f]+"/g)).toHaveLength(2);
  });

  it('serves its own script and style sheet', async () => {
    const script = await call(`${root}assets/page.js`);
    const style = await call(`${root}assets/page.css`);
    expect([script.status, script.headers['content-type']]).toEqual([200, 'text/javascript; charset=utf-8']);
    expect(script.body).toContain("document.querySelectorAll('.source')");
    expect([style.status, style.headers['content-type']]).toEqual([200, 'text/css; charset=utf-8']);
  });

  it.each([
    ['an unknown story', 'stories/story-nobody'],
    ['a briefing it never built', 'briefings/b0000000000000000000'],
    ['an id with a path in it', 'briefings/..%2F..%2Fpackage.json'],
    ['a climb out of the assets', 'assets/../../package.json'],
    ['an encoded script', 'stories/%3Cscript%3E'],
    ['anything else', 'admin'],
  ])('answers 404 to %s', async (_name, path) => {
    const answer = await call(`${root}${path}`);
    expect(answer.status).toBe(404);
    expect(answer.body).toContain('serves only the briefings it has built');
    expect(answer.headers['content-security-policy']).toBe(PAGE_CSP);
  });

  it.each(['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'])('refuses %s with 405', async (method) => {
    const answer = await call(`${root}stories/story-bridge`, { method });
    expect(answer.status).toBe(405);
    expect(answer.headers.allow).toBe('GET, HEAD');
  });

  it('answers HEAD with the headers only', async () => {
    const answer = await call(`${root}stories/story-bridge`, { method: 'HEAD' });
    expect(answer.status).toBe(200);
    expect(answer.body).toBe('');
    expect(Number(answer.headers['content-length'])).toBeGreaterThan(1000);
  });

  it('refuses requests addressed to another host name (DNS rebinding)', async () => {
    const answer = await call(`${root}stories/story-bridge`, { host: 'evil.example' });
    expect(answer.status).toBe(421);
    expect((await call(`${root}stories/story-bridge`, { host: `localhost:${new URL(root).port}` })).status).toBe(200);
  });
});

describe('the web side of the bot', () => {
  const deps = { database: ':memory:', newsDesk: { briefStory: async () => hostileBriefing }, articleText: async () => undefined, logger: silent };

  it('binds to 127.0.0.1 by default, and makes public links only with web.publicUrl', async () => {
    const config = parseConfig('web:\n  port: 0\n').web;
    if (!config) throw new Error('web should be on by default');
    expect(config.host).toBe('127.0.0.1');
    const web = createBotWeb({ config, ...deps });
    expect(await web.start()).toBe(true);
    try {
      expect(web.server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      expect(web.urlOf('stories/s1')).toBe(`${web.server.url}stories/s1`);
      const { id } = await web.pages.record(hostileBriefing, 's1');
      expect(web.pages.publicUrlOf(id)).toBeUndefined();
    } finally {
      await web.stop();
    }
    const pub = createBotWeb({ config: { ...config, publicUrl: 'https://news.example/briefbot' }, ...deps });
    expect(pub.pages.publicUrlOf('b123')).toBe('https://news.example/briefbot/briefings/b123');
  });

  it('a port in use turns the pages off with a logged reason, and the bot runs on', async () => {
    const first = createBotWeb({ config: { host: '127.0.0.1', port: 0 }, ...deps });
    await first.start();
    try {
      const port = Number(new URL(first.server.url!).port);
      const lines: string[] = [];
      const logger = pino({ level: 'error' }, { write: (line: string) => lines.push(line) });
      const second = createBotWeb({ config: { host: '127.0.0.1', port }, ...deps, logger });
      expect(await second.start()).toBe(false);
      expect(second.urlOf('/')).toBeUndefined();
      expect(lines.join('')).toContain(`127.0.0.1:${port} is in use (web.port in briefbot.yaml)`);
    } finally {
      await first.stop();
    }
  });
});
