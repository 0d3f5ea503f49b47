// Fetching for users and feeds without becoming a way into the private network: http(s) only,
// every address and every redirect checked (followed by hand, at most `maxRedirects`), the
// socket pinned to the checked address, one time limit for the whole exchange, a size limit
// enforced while streaming, and a content-type check. Failures are FetchErrors to show as is.

import type { IncomingMessage } from 'node:http';
import type { AddressPattern } from '../../src/config/address-pattern.ts';
import { formatByteSize } from '../../src/config/byte-size.ts';
import { isAccepted, PAGE_TYPES, parseContentType } from './content-types.ts';
import { decodeText } from './decode-text.ts';
import { FetchError, fetchErrors } from './fetch-errors.ts';
import { BodyTooLarge, readLimited } from './read-limited.ts';
import type { Resolver } from './resolver.ts';
import { sendRequest } from './send-request.ts';
import { type CheckedTarget, createUrlGuard } from './url-guard.ts';

export interface SafeFetchOptions {
  allow?: readonly AddressPattern[];
  /** The configuration key that holds `allow`, named in refusals. */
  allowKey?: string;
  resolve?: Resolver;
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  userAgent?: string;
}

export interface FetchRequest {
  /** Media types accepted (default: web pages). */
  accept?: readonly string[];
  /** Extra request headers, e.g. If-None-Match and If-Modified-Since. */
  headers?: Record<string, string>;
  timeoutMs?: number;
  maxBytes?: number;
}

export interface FetchedResource {
  /** The URL finally answered, after redirects. */
  url: string;
  /** 200-299, or 304 when a conditional request found nothing new (then `text` is empty). */
  status: number;
  /** Response headers, lower-case names. */
  headers: Record<string, string>;
  contentType?: string;
  text: string;
}

export type SafeFetch = (url: string, request?: FetchRequest) => Promise<FetchedResource>;

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const DEFAULTS = { timeoutMs: 10_000, maxBytes: 5 * 1024 * 1024, maxRedirects: 5, userAgent: 'briefbot/0.1' };

export function createSafeFetch(options: SafeFetchOptions = {}): SafeFetch {
  const guard = createUrlGuard({
    ...(options.allow ? { allow: options.allow } : {}),
    ...(options.allowKey ? { allowKey: options.allowKey } : {}),
    ...(options.resolve ? { resolve: options.resolve } : {}),
  });
  const settings = { ...DEFAULTS, ...definedOnly(options) };

  return async (input, request = {}) => {
    const timeoutMs = request.timeoutMs ?? settings.timeoutMs;
    const maxBytes = request.maxBytes ?? settings.maxBytes;
    const controller = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        controller.abort();
        reject(fetchErrors.timeout(input, timeoutMs));
      }, timeoutMs);
    });
    const headers: Record<string, string> = {
      'user-agent': settings.userAgent,
      accept: [...(request.accept ?? PAGE_TYPES), '*/*;q=0.1'].join(', '),
      'accept-encoding': 'gzip, deflate, br',
      ...request.headers,
    };
    const work = exchange(input, headers, request.accept ?? PAGE_TYPES, maxBytes, controller.signal);
    try {
      return await Promise.race([work, timedOut]);
    } finally {
      clearTimeout(timer);
      controller.abort();
      work.catch(() => {});
    }
  };

  async function exchange(input: string, headers: Record<string, string>, accept: readonly string[], maxBytes: number, signal: AbortSignal) {
    let target = await guard.check(input);
    for (let redirects = 0; ; redirects++) {
      const response = await send(target, headers, signal);
      const location = response.headers.location;
      if (REDIRECTS.has(response.statusCode ?? 0) && location) {
        response.resume();
        if (redirects >= settings.maxRedirects) throw fetchErrors.tooManyRedirects(input, settings.maxRedirects);
        target = await checkRedirect(input, new URL(location, target.url).toString());
        continue;
      }
      return finish(input, target, response, accept, maxBytes);
    }
  }

  async function checkRedirect(original: string, next: string): Promise<CheckedTarget> {
    try {
      return await guard.check(next);
    } catch (error) {
      throw error instanceof FetchError ? fetchErrors.refusedRedirect(original, next, error) : error;
    }
  }

  async function send(target: CheckedTarget, headers: Record<string, string>, signal: AbortSignal): Promise<IncomingMessage> {
    try {
      return await sendRequest(target, headers, signal);
    } catch (error) {
      throw fetchErrors.network(target.url.toString(), describeNetworkError(error));
    }
  }

  async function finish(input: string, target: CheckedTarget, response: IncomingMessage, accept: readonly string[], maxBytes: number) {
    const status = response.statusCode ?? 0;
    const result = { url: target.url.toString(), status, headers: flatHeaders(response), text: '' };
    if (status === 304) {
      response.resume();
      return result;
    }
    if (status < 200 || status >= 300) {
      response.resume();
      throw fetchErrors.httpStatus(input, status, response.statusMessage ?? '');
    }
    const type = parseContentType(response.headers['content-type']);
    if (!isAccepted(type, accept)) {
      response.destroy();
      throw fetchErrors.badContentType(input, type!.mime);
    }
    const declared = Number(response.headers['content-length']);
    if (Number.isFinite(declared) && declared > maxBytes && !response.headers['content-encoding']) {
      response.destroy();
      throw fetchErrors.tooLarge(input, formatByteSize(maxBytes));
    }
    let bytes: Uint8Array;
    try {
      bytes = await readLimited(response, maxBytes);
    } catch (error) {
      if (error instanceof BodyTooLarge) throw fetchErrors.tooLarge(input, formatByteSize(maxBytes));
      throw fetchErrors.network(input, describeNetworkError(error));
    }
    return { ...result, ...(type?.mime ? { contentType: type.mime } : {}), text: decodeText(bytes, type?.charset) };
  }
}

function flatHeaders(response: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(response.headers)) {
    if (value !== undefined) out[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

function describeNetworkError(error: unknown): string {
  const code = (error as { code?: string }).code;
  switch (code) {
    case 'ECONNREFUSED':
      return 'the connection was refused';
    case 'ECONNRESET':
      return 'the connection was reset';
    case 'ETIMEDOUT':
      return 'the connection timed out';
    case 'ABORT_ERR':
      return 'the request was cancelled';
    default:
      return code ? `network error ${code}` : (error as Error).message || 'network error';
  }
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
