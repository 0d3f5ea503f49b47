// Refusals and failures of a fetch, as BriefErrors whose message can be shown to the user as is.

import { BriefError, type BriefErrorCode } from '../../src/errors.ts';

const allowHint = (key = 'fetch.allow') =>
  `Only public web addresses are fetched; an administrator can allow a host (and port) under ${key} in briefbot.yaml.`;

export class FetchError extends BriefError {
  readonly url: string;

  constructor(code: BriefErrorCode, url: string, message: string) {
    super(code, message);
    this.name = 'FetchError';
    this.url = url;
  }
}

export const fetchErrors = {
  badUrl: (url: string, why: string) => new FetchError('BAD_URL', url, `I can't fetch ${url}: ${why}.`),
  refusedAddress: (url: string, host: string, address: string, reason: string, allowKey?: string) =>
    new FetchError(
      'URL_REFUSED',
      url,
      host === address
        ? `I won't fetch ${url}: ${address} is ${reason}. ${allowHint(allowKey)}`
        : `I won't fetch ${url}: ${host} resolves to ${address}, ${reason}. ${allowHint(allowKey)}`,
    ),
  refusedRedirect: (url: string, target: string, cause: FetchError) =>
    new FetchError(cause.code, url, `I won't follow the redirect from ${url} to ${target}: ${cause.message.replace(/^I (?:won't|can't) fetch \S+: /, '')}`),
  unresolvable: (url: string, host: string) => new FetchError('FETCH_FAILED', url, `I couldn't fetch ${url}: the host ${host} was not found.`),
  timeout: (url: string, ms: number) => new FetchError('FETCH_TIMEOUT', url, `I gave up on ${url}: no complete answer within ${ms / 1000} s.`),
  tooLarge: (url: string, limit: string) => new FetchError('FETCH_TOO_LARGE', url, `I stopped reading ${url}: the page is larger than the ${limit} limit.`),
  badContentType: (url: string, type: string) =>
    new FetchError('BAD_CONTENT_TYPE', url, `I can't brief ${url}: it is ${type}, not a web page or feed.`),
  tooManyRedirects: (url: string, max: number) =>
    new FetchError('TOO_MANY_REDIRECTS', url, `I gave up on ${url}: more than ${max} redirects.`),
  httpStatus: (url: string, status: number, text: string) =>
    new FetchError('FETCH_FAILED', url, `I couldn't fetch ${url}: the server answered ${status}${text ? ` ${text}` : ''}.`),
  network: (url: string, why: string) => new FetchError('FETCH_FAILED', url, `I couldn't fetch ${url}: ${why}.`),
};
