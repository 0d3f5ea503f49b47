// Maps what the Slack Web API client throws onto the adapter contract's DeliveryError: a channel
// that is gone or closed to the bot is permanent (the subscription pauses); the rest are retried.

import { webApi } from '@slack/bolt';
import { DeliveryError } from '../chat-adapter.ts';
import { PERMANENT_SLACK_ERRORS } from './constants.ts';

export function toDeliveryError(error: unknown): DeliveryError {
  if (error instanceof DeliveryError) return error;
  if (error instanceof webApi.WebAPIPlatformError) {
    const code = String(error.data.error ?? 'unknown_error');
    return new DeliveryError(`Slack refused the call: ${code}`, { permanent: PERMANENT_SLACK_ERRORS.has(code), code });
  }
  if (error instanceof webApi.WebAPIRateLimitedError) {
    return new DeliveryError('Slack is rate limiting the bot', {
      permanent: false,
      code: 'rate_limited',
      retryAfterMs: error.retryAfter * 1000,
    });
  }
  if (error instanceof webApi.WebAPIHTTPError) {
    return new DeliveryError(`Slack answered HTTP ${error.statusCode}`, { permanent: false, code: `http_${error.statusCode}` });
  }
  const message = error instanceof Error ? error.message : String(error);
  return new DeliveryError(`Slack could not be reached: ${message}`, { permanent: false, code: 'network_error' });
}

/** Delay Slack asked for, when the error is a rate limit. */
export function retryAfterMs(error: unknown): number | undefined {
  return error instanceof webApi.WebAPIRateLimitedError ? error.retryAfter * 1000 : undefined;
}
