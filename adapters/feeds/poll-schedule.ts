// When to poll next: the source's interval with ±10 % jitter after a success (so feeds set to
// the same interval drift apart), exponential backoff with jitter after failures, capped.

export const SCHEDULE = {
  jitter: 0.1,
  /** First retry after a failure; doubles with each further failure… */
  backoffBaseMs: 30_000,
  /** …up to this. */
  backoffMaxMs: 6 * 3_600_000,
  /** The first poll after start comes within this (jittered), not a whole interval later. */
  firstPollMaxMs: 10_000,
};

export function nextDelay(intervalMs: number, consecutiveFailures: number, random: () => number): number {
  const spread = 1 + SCHEDULE.jitter * (2 * random() - 1);
  if (consecutiveFailures === 0) return Math.round(intervalMs * spread);
  const backoff = Math.min(SCHEDULE.backoffBaseMs * 2 ** (consecutiveFailures - 1), SCHEDULE.backoffMaxMs);
  return Math.round(backoff * spread);
}

export function firstDelay(intervalMs: number, random: () => number): number {
  return Math.round(Math.min(SCHEDULE.firstPollMaxMs, intervalMs * SCHEDULE.jitter) * random());
}
