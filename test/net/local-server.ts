// A throwaway HTTP server on 127.0.0.1 for fetch and feed tests: a table of routes, and a log
// of what each request carried and how many bytes each answer managed to send.

import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Route = (req: IncomingMessage, res: ServerResponse) => void;

export interface LocalServer {
  url(path: string): string;
  port: number;
  requests: { path: string; headers: IncomingMessage['headers'] }[];
  close(): Promise<void>;
}

export async function startLocalServer(routes: Record<string, Route>): Promise<LocalServer> {
  const requests: LocalServer['requests'] = [];
  const server = http.createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    requests.push({ path, headers: req.headers });
    const route = routes[path];
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not here');
      return;
    }
    route(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    requests,
    url: (path) => `http://127.0.0.1:${port}${path}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Bytes a streaming route wrote, to show a download was cut short. */
export interface StreamCounter {
  bytes: number;
  finished: boolean;
}

/** Streams `total` bytes in 64 KB chunks, honouring back-pressure, stopping when the client leaves. */
export function streamBytes(total: number, streamed: StreamCounter, options: { declareLength?: boolean } = {}): Route {
  return (_req, res) => {
    // Without a Content-Length the answer is chunked: only counting while reading can stop it.
    res.writeHead(200, { 'content-type': 'text/html', ...(options.declareLength ? { 'content-length': String(total) } : {}) });
    const chunk = Buffer.alloc(64 * 1024, 'a');
    const pump = () => {
      while (streamed.bytes < total) {
        if (res.destroyed) return;
        const size = Math.min(chunk.length, total - streamed.bytes);
        streamed.bytes += size;
        if (!res.write(size === chunk.length ? chunk : chunk.subarray(0, size))) {
          res.once('drain', pump);
          return;
        }
      }
      streamed.finished = true;
      res.end();
    };
    res.on('close', () => res.removeAllListeners('drain'));
    pump();
  };
}

export function send(status: number, contentType: string, body: string | Buffer, headers: Record<string, string> = {}): Route {
  return (_req, res) => {
    res.writeHead(status, { 'content-type': contentType, ...headers }).end(body);
  };
}

export function redirect(location: string, status = 302): Route {
  return (_req, res) => {
    res.writeHead(status, { location }).end();
  };
}
