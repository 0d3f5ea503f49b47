// The health of each source, kept by the poller and shown by `/brief status`.

export interface SourceStatus {
  name: string;
  kind: 'feed' | 'folder';
  /** The feed URL or folder path. */
  location: string;
  state: 'waiting' | 'ok' | 'failing';
  lastPolledAt?: number;
  lastSuccessAt?: number;
  /** The last successful poll found nothing new (a 304, or no changed files). */
  lastNotModified?: boolean;
  nextPollAt?: number;
  consecutiveFailures: number;
  lastError?: string;
  /** Articles taken in from this source since start. */
  articlesAdded: number;
  duplicatesSkipped: number;
  /** Problems with single items on the last poll (summary used, item without text). */
  itemNotes: string[];
  /** Several instances: when this one last found the source polled by another (its stories come from the store). */
  polledElsewhereAt?: number;
}

export function formatAgo(ms: number): string {
  const s = Math.round(Math.abs(ms) / 1000);
  if (s < 60) return `${s} s`;
  const m = Math.round(s / 60);
  if (m < 120) return `${m} min`;
  const h = Math.round(m / 60);
  return h < 48 ? `${h} h` : `${Math.round(h / 24)} days`;
}

export function formatStatusLine(status: SourceStatus, now: number): string {
  const head = `${status.name} (${status.kind} ${status.location})`;
  const next = status.nextPollAt !== undefined ? `next check in ${formatAgo(status.nextPollAt - now)}` : 'not scheduled';
  if (status.state === 'waiting' && status.polledElsewhereAt !== undefined) {
    return `✓ ${head}: polled by another instance (seen ${formatAgo(now - status.polledElsewhereAt)} ago), ${next}`;
  }
  if (status.state === 'waiting') return `… ${head}: not checked yet, ${next}`;
  // Since this start: what a restart restored from the store is counted in /brief status's "Serving" line.
  const counts = `${status.articlesAdded} new article${status.articlesAdded === 1 ? '' : 's'} since start`;
  if (status.state === 'failing') {
    const since = status.lastSuccessAt !== undefined ? `last success ${formatAgo(now - status.lastSuccessAt)} ago` : 'never succeeded';
    return `✗ ${head}: failing (${status.consecutiveFailures} in a row, ${since}): ${status.lastError}; retrying, ${next}`;
  }
  const checked = `checked ${formatAgo(now - (status.lastPolledAt ?? now))} ago${status.lastNotModified ? ', nothing new' : ''}`;
  const notes = status.itemNotes.length ? `; ${status.itemNotes.length} item${status.itemNotes.length === 1 ? '' : 's'} with problems` : '';
  return `✓ ${head}: ${counts}, ${checked}${notes}, ${next}`;
}
