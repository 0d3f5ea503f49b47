// The briefing pages over HTTP (node:http): GET and HEAD only, a fixed set of routes, every
// response under a strict Content-Security-Policy, bound to 127.0.0.1 unless configured otherwise.
//
//   /                    the briefings the bot has built, newest first
//   /stories/<id>        the latest briefing of a story
//   /briefings/<id>      a briefing as it was delivered
//   /assets/page.{js,css}

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type pino from 'pino';
import { PAGE_CSP } from '../../src/render/html-page.ts';
import type { BriefingPages } from './briefing-pages.ts';
import { readWebAssets, type WebAsset } from './web-assets.ts';

export interface WebServerOptions {
  pages: BriefingPages;
  host: string;
  /** 0 picks a free port (tests). */
  port: number;
  /** Host names (besides the bound one and loopback names) that requests may be addressed to. */
  allowedHosts?: string[];
  logger?: pino.Logger;
  assets?: Map<string, WebAsset>;
}

export interface WebServer {
  /** Resolves once listening; rejects (e.g. EADDRINUSE) if it cannot. */
  start(): Promise<void>;
  stop(): Promise<void>;
  /** `http://host:port/` once listening. */
  readonly url: string | undefined;
}

const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': PAGE_CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '[::1]'];
const WILDCARDS = new Set(['0.0.0.0', '::', '[::]']);

export function createWebServer(options: WebServerOptions): WebServer {
  const { pages, logger } = options;
  const assets = options.assets ?? readWebAssets();
  const bound = options.host.includes(':') && !options.host.startsWith('[') ? `[${options.host}]` : options.host;
  // A page bound to loopback must not answer a page of another site that rebinds its own name
  // to 127.0.0.1: only requests addressed to a name we serve under are answered.
  const allowed = WILDCARDS.has(options.host) ? undefined : new Set([bound, ...LOOPBACK_NAMES, ...(options.allowedHosts ?? [])].map((h) => h.toLowerCase()));
  let server: Server | undefined;
  let url: string | undefined;

  function send(res: ServerResponse, head: boolean, status: number, contentType: string, body: string | Buffer, extra: Record<string, string> = {}) {
    const bytes = typeof body === 'string' ? Buffer.from(body) : body;
    res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': contentType, 'Content-Length': String(bytes.length), ...extra });
    res.end(head ? undefined : bytes);
  }

  async function route(path: string): Promise<{ status: number; type: string; body: string | Buffer; cache: string }> {
    const asset = assets.get(path);
    if (asset) return { status: 200, type: asset.contentType, body: asset.body, cache: 'no-cache' };
    const html = 'text/html; charset=utf-8';
    if (path === '/') return { status: 200, type: html, body: await pages.indexPage(), cache: 'no-store' };
    const match = /^\/(stories|briefings)\/([^/]+)$/.exec(path);
    const page = match ? await (match[1] === 'stories' ? pages.storyPage(match[2]!) : pages.briefingPage(match[2]!)) : undefined;
    if (page !== undefined) return { status: 200, type: html, body: page, cache: match![1] === 'stories' ? 'no-store' : 'no-cache' };
    return { status: 404, type: 'text/plain; charset=utf-8', body: 'Not found: this bot serves only the briefings it has built.\n', cache: 'no-store' };
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const head = req.method === 'HEAD';
    if (req.method !== 'GET' && !head) {
      send(res, false, 405, 'text/plain; charset=utf-8', 'Only GET is served here.\n', { Allow: 'GET, HEAD' });
      return;
    }
    const hostName = (req.headers.host ?? '').toLowerCase().replace(/:\d+$/, '');
    if (allowed && !allowed.has(hostName)) {
      send(res, head, 421, 'text/plain; charset=utf-8', 'This page is not served under that host name (see web.publicUrl).\n');
      return;
    }
    const path = (req.url ?? '/').split('?')[0]!.split('#')[0]!;
    try {
      const result = await route(path);
      send(res, head, result.status, result.type, result.body, { 'Cache-Control': result.cache });
    } catch (error) {
      logger?.error({ err: error, path }, 'briefing page failed');
      send(res, head, 500, 'text/plain; charset=utf-8', 'The page could not be built; the bot has logged why.\n');
    }
  }

  return {
    get url() {
      return url;
    },
    async start() {
      const s = createServer((req, res) => {
        req.resume();
        void handle(req, res);
      });
      s.headersTimeout = 10_000;
      s.requestTimeout = 30_000;
      s.keepAliveTimeout = 5_000;
      await new Promise<void>((resolve, reject) => {
        s.once('error', reject);
        s.listen(options.port, options.host, () => {
          s.off('error', reject);
          resolve();
        });
      });
      s.on('error', (error) => logger?.error({ err: error }, 'briefing page server error'));
      server = s;
      const { port } = s.address() as AddressInfo;
      const shown = WILDCARDS.has(options.host) ? '127.0.0.1' : bound;
      url = `http://${shown}:${port}/`;
    },
    async stop() {
      const s = server;
      server = undefined;
      url = undefined;
      if (!s) return;
      await new Promise<void>((resolve) => {
        s.close(() => resolve());
        s.closeAllConnections();
      });
    },
  };
}
