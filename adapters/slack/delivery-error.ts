// Maps what the Slack Web API client throws onto the adapter contract's DeliveryError: a channel
// that is gone or closed to the bot is permanent (the subscription pauses); the rest are retried.
// Each error also says whether Slack may have posted the message anyway (outcome 'unknown': a
// 5xx, a timeout, a dropped connection, Slack's own internal_error/fatal_error).

import { webApi } from '@slack/bolt';
import { DeliveryError } from '../chat-adapter.ts';
import { PERMANENT_SLACK_ERRORS, UNKNOWN_OUTCOME_SLACK_ERRORS } from './constants.ts';

export function toDeliveryError(error: unknown): DeliveryError {
  if (error instanceof DeliveryError) return error;
  if (error instanceof webApi.WebAPIPlatformError) {
    const code = String(error.data.error ?? 'unknown_error');
    const outcome = UNKNOWN_OUTCOME_SLACK_ERRORS.has(code) ? 'unknown' : 'not-posted';
    return new DeliveryError(`Slack refused the call: ${code}`, { permanent: PERMANENT_SLACK_ERRORS.has(code), code, outcome });
  }
  if (error instanceof webApi.WebAPIRateLimitedError) {
    return new DeliveryError('Slack is rate limiting the bot', {
      permanent: false,
      code: 'rate_limited',
      retryAfterMs: error.retryAfter * 1000,
    });
  }
  if (error instanceof webApi.WebAPIHTTPError) {
    // Slack may have done the work before a 5xx; a 4xx (other than 429) refused the request.
    const outcome = error.statusCode >= 500 ? 'unknown' : 'not-posted';
    return new DeliveryError(`Slack answered HTTP ${error.statusCode}`, { permanent: false, code: `http_${error.statusCode}`, outcome });
  }
  if (error instanceof webApi.WebAPIRequestError) {
    const cause = networkCode(error.original);
    // A connection that never opened sent nothing; a reset or a timeout may have come after Slack took the post.
    const outcome = cause && NEVER_CONNECTED.has(cause) ? 'not-posted' : 'unknown';
    const code = error.original.name === 'TimeoutError' ? 'timeout' : 'network_error';
    return new DeliveryError(`Slack could not be reached: ${error.original.message}${cause ? ` (${cause})` : ''}`, { permanent: false, code, outcome });
  }
  const message = error instanceof Error ? error.message : String(error);
  return new DeliveryError(`Slack could not be reached: ${message}`, { permanent: false, code: 'network_error', outcome: 'unknown' });
}

/** Errors of a connection that was never made: nothing reached Slack. */
const NEVER_CONNECTED: ReadonlySet<string> = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH']);

function networkCode(error: Error): string | undefined {
  const own = (error as { code?: unknown }).code;
  if (typeof own === 'string') return own;
  const cause = (error as { cause?: { code?: unknown } }).cause?.code;
  return typeof cause === 'string' ? cause : undefined;
}

/** Delay Slack asked for, when the error is a rate limit. */
export function retryAfterMs(error: unknown): number | undefined {
  return error instanceof webApi.WebAPIRateLimitedError ? error.retryAfter * 1000 : undefined;
}
