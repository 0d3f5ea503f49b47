// The books of a chaos run, kept from outside the bot: what the platform holds (messages by
// delivery key) against what the database says (slots and owner notices). Used by the outside
// driver (run-outside.ts) and by the in-test chaos run (test/scheduler/chaos.test.ts).
//
// Per subscription it counts:
//   posted        slots in the channel exactly once and recorded delivered
//   duplicates    slots in the channel more than once (must be 0)
//   unknown       slots recorded unknown (may or may not be there), and of those
//   unknownTold   whose owner got exactly one "may be missing" notice
//   failed/failedTold  slots that could not be posted, and whose owner got exactly one notice
//   neither       slots neither posted nor reported (must be 0): not in the channel, no notice
//                 delivered, not recorded missed; or recorded delivered but not in the channel
//   noticeDuplicates  notices that reached the owner more than once (must be 0)
//   open          slots or notices still claimed/sending/pending at the end (0 after a quiet end)
//   superseded    slot times with no row: passed while the bot was down, replaced by the catch-up
//                 of the latest one (the README's rule), or not yet due

import Database from 'better-sqlite3';
import { nextFireTime } from '../../src/commands/next-fire-time.ts';
import type { Schedule } from '../../src/commands/command.ts';

export interface SlotRow {
  subscriptionId: string;
  slotAt: string;
  status: string;
  attempts: number;
  messageId: string | null;
}

export interface NoticeRow {
  id: string;
  kind: string;
  subscriptionId: string;
  slotAt: string;
  status: string;
  attempts: number;
}

export interface SubscriptionRow {
  id: string;
  schedule: Schedule;
  timezone: string;
  createdAt: string;
}

export interface Tally {
  subscriptionId: string;
  slots: number;
  posted: number;
  foundAfterCrash: number;
  duplicates: number;
  unknown: number;
  unknownTold: number;
  failed: number;
  failedTold: number;
  missed: number;
  neither: number;
  /** Of `neither`: slots whose notice the bot itself recorded `unknown` (it could not tell whether it landed), and it did not. */
  noticeOutcomeUnknown: number;
  noticeDuplicates: number;
  open: number;
  superseded: number;
}

export interface Books {
  perSubscription: Tally[];
  total: Tally;
  /** One line per slot that broke a rule, for the report. */
  problems: string[];
}

export function slotKeyOf(subscriptionId: string, slotAt: string): string {
  return `slot:${subscriptionId}:${slotAt}`;
}

/** Reads slots, notices and subscriptions from a bot's SQLite file (read-only, while the bot is stopped or running). */
export function readDatabase(path: string): { slots: SlotRow[]; notices: NoticeRow[]; subscriptions: SubscriptionRow[] } {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const slots = db
      .prepare('SELECT subscription_id AS subscriptionId, slot_at AS slotAt, status, attempts, message_id AS messageId FROM slots ORDER BY slot_at')
      .all() as SlotRow[];
    const notices = db
      .prepare('SELECT id, kind, subscription_id AS subscriptionId, slot_at AS slotAt, status, attempts FROM outbox ORDER BY created_at')
      .all() as NoticeRow[];
    const subscriptions = (
      db.prepare('SELECT id, schedule_json, timezone, created_at FROM subscriptions ORDER BY created_at').all() as {
        id: string;
        schedule_json: string;
        timezone: string;
        created_at: string;
      }[]
    ).map((r) => ({ id: r.id, schedule: JSON.parse(r.schedule_json) as Schedule, timezone: r.timezone, createdAt: r.created_at }));
    return { slots, notices, subscriptions };
  } finally {
    db.close();
  }
}

/** Slot times of a subscription from its creation up to `until`. */
function fireTimes(subscription: SubscriptionRow, until: Date): string[] {
  const times: string[] = [];
  let cursor = new Date(subscription.createdAt);
  for (;;) {
    const next = nextFireTime(subscription.schedule, subscription.timezone, cursor);
    if (!next || next > until) return times;
    times.push(next.toISOString());
    cursor = next;
  }
}

export function keepBooks(input: {
  subscriptions: SubscriptionRow[];
  slots: SlotRow[];
  notices: NoticeRow[];
  /** Messages on the platform per delivery key (slot keys for the channel, notice ids for DMs). */
  postsByKey: ReadonlyMap<string, number>;
  /** The run's end: slot times up to here count as superseded when they have no row. */
  until: Date;
}): Books {
  const problems: string[] = [];
  const noticesBySlot = new Map<string, NoticeRow[]>();
  for (const n of input.notices) {
    const k = slotKeyOf(n.subscriptionId, n.slotAt);
    noticesBySlot.set(k, [...(noticesBySlot.get(k) ?? []), n]);
  }
  const empty = (subscriptionId: string): Tally => ({
    subscriptionId,
    slots: 0,
    posted: 0,
    foundAfterCrash: 0,
    duplicates: 0,
    unknown: 0,
    unknownTold: 0,
    failed: 0,
    failedTold: 0,
    missed: 0,
    neither: 0,
    noticeOutcomeUnknown: 0,
    noticeDuplicates: 0,
    open: 0,
    superseded: 0,
  });
  const tallies = new Map(input.subscriptions.map((s) => [s.id, empty(s.id)]));
  const posts = (key: string) => input.postsByKey.get(key) ?? 0;
  // The platform is the truth: told once = the notice reached the owner once. (A notice the bot
  // recorded `unknown` — it could not tell whether it landed — counts by what the platform holds.)
  const toldOnce = (notices: NoticeRow[]) => notices.some((n) => (n.status === 'delivered' || n.status === 'unknown') && posts(n.id) === 1);

  for (const slot of input.slots) {
    const t = tallies.get(slot.subscriptionId) ?? empty(slot.subscriptionId);
    tallies.set(slot.subscriptionId, t);
    const key = slotKeyOf(slot.subscriptionId, slot.slotAt);
    const inChannel = posts(key);
    const notices = noticesBySlot.get(key) ?? [];
    const where = `${slot.subscriptionId} ${slot.slotAt}`;
    t.slots++;
    if (inChannel > 1) {
      t.duplicates++;
      problems.push(`${where}: in the channel ${inChannel} times`);
    }
    switch (slot.status) {
      case 'delivered':
        if (inChannel === 0) {
          t.neither++;
          problems.push(`${where}: recorded delivered but not in the channel`);
        } else t.posted++;
        if (notices.some((n) => n.kind === 'slot-unknown' && n.status === 'cancelled')) t.foundAfterCrash++;
        break;
      case 'unknown':
        t.unknown++;
        if (toldOnce(notices)) t.unknownTold++;
        else if (notices.some((n) => n.status === 'pending' || n.status === 'claimed' || n.status === 'sending')) t.open++;
        else {
          t.neither++;
          if (notices.some((n) => n.status === 'unknown' && posts(n.id) === 0)) t.noticeOutcomeUnknown++;
          problems.push(`${where}: unknown, and its owner was not told exactly once (${notices.map((n) => `${n.status}×${posts(n.id)}`).join(', ') || 'no notice'})`);
        }
        break;
      case 'failed':
        t.failed++;
        if (inChannel > 0) problems.push(`${where}: recorded failed but in the channel`);
        if (toldOnce(notices)) t.failedTold++;
        else if (notices.some((n) => n.status === 'pending' || n.status === 'claimed' || n.status === 'sending')) t.open++;
        else {
          t.neither++;
          if (notices.some((n) => n.status === 'unknown' && posts(n.id) === 0)) t.noticeOutcomeUnknown++;
          problems.push(`${where}: failed, and its owner was not told exactly once (${notices.map((n) => `${n.status}×${posts(n.id)}`).join(', ') || 'no notice'})`);
        }
        break;
      case 'missed':
        t.missed++;
        if (inChannel > 0) problems.push(`${where}: recorded missed but in the channel`);
        break;
      default:
        // claimed, sending, released: the bot was stopped with this slot in hand.
        t.open++;
    }
    for (const n of notices) {
      if (posts(n.id) > 1) {
        t.noticeDuplicates++;
        problems.push(`${where}: notice ${n.id} reached the owner ${posts(n.id)} times`);
      }
    }
  }

  const recorded = new Set(input.slots.map((s) => slotKeyOf(s.subscriptionId, s.slotAt)));
  for (const subscription of input.subscriptions) {
    const t = tallies.get(subscription.id)!;
    for (const at of fireTimes(subscription, input.until)) {
      if (recorded.has(slotKeyOf(subscription.id, at))) continue;
      t.superseded++;
      if (posts(slotKeyOf(subscription.id, at)) > 0) problems.push(`${subscription.id} ${at}: in the channel without a slot row`);
    }
  }

  const perSubscription = [...tallies.values()];
  const total = empty('all');
  for (const t of perSubscription) {
    for (const field of Object.keys(t) as (keyof Tally)[]) {
      if (field !== 'subscriptionId') (total[field] as number) += t[field] as number;
    }
  }
  return { perSubscription, total, problems };
}

/** The books as a table for the terminal. */
export function formatBooks(books: Books): string {
  const columns: [keyof Tally, string][] = [
    ['subscriptionId', 'subscription'],
    ['slots', 'slots'],
    ['posted', 'posted once'],
    ['foundAfterCrash', 'found after a crash, no notice'],
    ['duplicates', 'duplicates'],
    ['unknown', 'unknown'],
    ['unknownTold', 'unknown, owner told once'],
    ['failed', 'failed'],
    ['failedTold', 'failed, owner told once'],
    ['missed', 'missed'],
    ['neither', 'neither posted nor reported'],
    ['noticeOutcomeUnknown', 'of which notice outcome unknown to the bot'],
    ['noticeDuplicates', 'notices twice'],
    ['open', 'still open'],
    ['superseded', 'superseded (bot down)'],
  ];
  const rows = [...books.perSubscription, books.total].map((t) => columns.map(([field]) => String(t[field])));
  const header = columns.map(([, title]) => title);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}
