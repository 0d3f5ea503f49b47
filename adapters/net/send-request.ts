// One GET to a checked target over node:http(s), connected to the pinned address with the
// original Host header and TLS server name. No redirects are followed here.

import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import { pinnedLookup } from './pinned-lookup.ts';
import type { CheckedTarget } from './url-guard.ts';

export function sendRequest(target: CheckedTarget, headers: Record<string, string>, signal: AbortSignal): Promise<IncomingMessage> {
  const { url, hostname, pinned } = target;
  const secure = url.protocol === 'https:';
  return new Promise((resolve, reject) => {
    const request = (secure ? https : http).request({
      hostname,
      port: url.port || (secure ? 443 : 80),
      path: `${url.pathname}${url.search}`,
      method: 'GET',
      headers: { ...headers, host: url.host },
      agent: false,
      lookup: pinnedLookup(pinned),
      signal,
      ...(secure && !isIP(hostname) ? { servername: hostname } : {}),
    });
    request.on('response', resolve);
    request.on('error', reject);
    request.end();
  });
}
