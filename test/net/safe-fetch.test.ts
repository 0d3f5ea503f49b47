import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaticResolver } from '../../adapters/net/resolver.ts';
import { createSafeFetch, type SafeFetch } from '../../adapters/net/safe-fetch.ts';
import { parseAddressPattern } from '../../src/config/address-pattern.ts';
import { briefErrorOf } from '../helpers/brief-error-of.ts';
import { type LocalServer, redirect, send, startLocalServer, streamBytes } from './local-server.ts';

const PAGE = '<!doctype html><html><head><title>Hello</title></head><body><p>Hello, reader.</p></body></html>';
const MB = 1024 * 1024;

let server: LocalServer;
let fetchAllowed: SafeFetch;

const slowTimers: NodeJS.Timeout[] = [];

beforeAll(async () => {
  server = await startLocalServer({
    '/page': send(200, 'text/html; charset=utf-8', PAGE),
    '/latin1': send(200, 'text/html; charset=iso-8859-1', Buffer.from('<p>caf\xe9</p>', 'latin1')),
    '/gzip': send(200, 'text/html', gzipSync(PAGE), { 'content-encoding': 'gzip' }),
    '/gzip-bomb': send(200, 'text/html', gzipSync(Buffer.alloc(8 * MB, 'a')), { 'content-encoding': 'gzip' }),
    '/image': send(200, 'image/png', Buffer.from([0x89, 0x50, 0x4e, 0x47])),
    '/missing': send(404, 'text/plain', 'gone'),
    '/broken': send(500, 'text/plain', 'oops'),
    '/big-declared': streamBytes(50 * MB, { bytes: 0, finished: false }, { declareLength: true }),
    '/slow': (_req, res) => {
      slowTimers.push(setTimeout(() => res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE), 30_000));
    },
    '/slow-body': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('<p>first part');
      slowTimers.push(setTimeout(() => res.end('</p>'), 30_000));
    },
    '/to-page': redirect('/page'),
    '/to-private': redirect('http://10.0.0.1/admin'),
    '/to-internal-name': redirect('http://internal.test/'),
    '/to-metadata': redirect('http://169.254.169.254/latest/meta-data/', 301),
    '/to-ftp': redirect('ftp://public.test/file'),
    '/loop': redirect('/loop'),
    '/chain-5': redirect('/chain-4'),
    '/chain-4': redirect('/chain-3'),
    '/chain-3': redirect('/chain-2'),
    '/chain-2': redirect('/chain-1'),
    '/chain-1': redirect('/page'),
    '/etag': (req, res) => {
      if (req.headers['if-none-match'] === '"v1"') res.writeHead(304, { etag: '"v1"' }).end();
      else res.writeHead(200, { 'content-type': 'text/html', etag: '"v1"' }).end(PAGE);
    },
    '/host': (req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' }).end(String(req.headers.host));
    },
  });
  // The test server is on 127.0.0.1, which the guard refuses: the allowlist override lets it in.
  fetchAllowed = createSafeFetch({ allow: [parseAddressPattern(`127.0.0.1:${server.port}`)!], resolve: stubResolver(), timeoutMs: 20_000 });
});

afterAll(() => {
  slowTimers.forEach(clearTimeout);
  return server.close();
});

function stubResolver() {
  return createStaticResolver({ 'internal.test': ['192.168.7.7'], 'public.test': ['93.184.216.34'], 'pinned.test': ['127.0.0.1'] });
}

describe('safe fetch against a local server (allowed by the allowlist)', () => {
  it('fetches a page and reports its final URL and content type', async () => {
    const page = await fetchAllowed(server.url('/page'));
    expect(page).toMatchObject({ status: 200, contentType: 'text/html', text: PAGE, url: server.url('/page') });
  });

  it('decodes the charset the server names', async () => {
    expect((await fetchAllowed(server.url('/latin1'))).text).toBe('<p>café</p>');
  });

  it('decompresses gzip', async () => {
    expect((await fetchAllowed(server.url('/gzip'))).text).toBe(PAGE);
  });

  it('follows up to five redirects, by hand', async () => {
    const page = await fetchAllowed(server.url('/chain-5'));
    expect(page.url).toBe(server.url('/page'));
    expect(page.text).toBe(PAGE);
  });

  it('answers 304 to a conditional request with an empty body', async () => {
    const first = await fetchAllowed(server.url('/etag'));
    const again = await fetchAllowed(server.url('/etag'), { headers: { 'if-none-match': first.headers.etag! } });
    expect(first.status).toBe(200);
    expect(again).toMatchObject({ status: 304, text: '' });
  });

  it('connects to the checked address but sends the original Host header', async () => {
    const pinned = createSafeFetch({ allow: [parseAddressPattern(`pinned.test:${server.port}`)!], resolve: stubResolver() });
    const answer = await pinned(`http://pinned.test:${server.port}/host`, { accept: ['text/plain'] });
    expect(answer.text).toBe(`pinned.test:${server.port}`);
  });
});

describe('safe fetch refusals and failures', () => {
  it('refuses the local server without the allowlist', async () => {
    const guarded = createSafeFetch({ resolve: stubResolver() });
    const seen = server.requests.length;
    expect(await briefErrorOf(guarded(server.url('/page')))).toMatchObject({ code: 'URL_REFUSED', message: expect.stringContaining('loopback') });
    expect(server.requests.length).toBe(seen);
  });

  it.each([
    ['/to-private', 'URL_REFUSED', '10.0.0.1'],
    ['/to-internal-name', 'URL_REFUSED', 'internal.test resolves to 192.168.7.7'],
    ['/to-metadata', 'URL_REFUSED', 'cloud metadata'],
    ['/to-ftp', 'BAD_URL', 'only http and https'],
  ])('refuses a redirect %s', async (path, code, says) => {
    const refused = await briefErrorOf(fetchAllowed(server.url(path)));
    expect(refused.code).toBe(code);
    expect(refused.message).toContain("won't follow the redirect");
    expect(refused.message).toContain(says);
  });

  it('gives up after five redirects', async () => {
    expect((await briefErrorOf(fetchAllowed(server.url('/loop')))).code).toBe('TOO_MANY_REDIRECTS');
  });

  it('refuses a content type that is not a page', async () => {
    expect(await briefErrorOf(fetchAllowed(server.url('/image')))).toMatchObject({ code: 'BAD_CONTENT_TYPE', message: expect.stringContaining('image/png') });
  });

  it.each([
    ['/missing', '404'],
    ['/broken', '500'],
  ])('reports the status of %s', async (path, status) => {
    expect(await briefErrorOf(fetchAllowed(server.url(path)))).toMatchObject({ code: 'FETCH_FAILED', message: expect.stringContaining(status) });
  });

  it('cuts a streamed 50 MB body at the limit', async () => {
    const counter = { bytes: 0, finished: false };
    const bigServer = await startLocalServer({ '/big': streamBytes(50 * MB, counter) });
    const fetchSmall = createSafeFetch({ allow: [parseAddressPattern(`127.0.0.1:${bigServer.port}`)!], maxBytes: MB });
    const refused = await briefErrorOf(fetchSmall(bigServer.url('/big')));
    expect(refused).toMatchObject({ code: 'FETCH_TOO_LARGE', message: expect.stringContaining('1 MB') });
    expect(counter.finished).toBe(false);
    expect(counter.bytes).toBeLessThan(10 * MB);
    await bigServer.close();
  });

  it('refuses a declared 50 MB body before reading it, at the default 5 MB limit', async () => {
    const fetchDefault = createSafeFetch({ allow: [parseAddressPattern(`127.0.0.1:${server.port}`)!] });
    expect(await briefErrorOf(fetchDefault(server.url('/big-declared')))).toMatchObject({ code: 'FETCH_TOO_LARGE', message: expect.stringContaining('5 MB') });
  });

  it('stops decompressing past the limit (a gzip bomb)', async () => {
    const fetchSmall = createSafeFetch({ allow: [parseAddressPattern(`127.0.0.1:${server.port}`)!], maxBytes: MB });
    expect((await briefErrorOf(fetchSmall(server.url('/gzip-bomb')))).code).toBe('FETCH_TOO_LARGE');
  });

  it.each(['/slow', '/slow-body'])('times out on %s', async (path) => {
    const impatient = createSafeFetch({ allow: [parseAddressPattern(`127.0.0.1:${server.port}`)!], timeoutMs: 150 });
    // The server answers after 30 s: only the 150 ms limit can end this fetch with FETCH_TIMEOUT.
    expect(await briefErrorOf(impatient(server.url(path)))).toMatchObject({ code: 'FETCH_TIMEOUT' });
  });

  it('reports a refused connection', async () => {
    const closed = await startLocalServer({});
    const url = closed.url('/page');
    await closed.close();
    const fetchThere = createSafeFetch({ allow: [parseAddressPattern(`127.0.0.1:${closed.port}`)!], timeoutMs: 20_000 });
    expect((await briefErrorOf(fetchThere(url))).code).toBe('FETCH_FAILED');
  });
});
