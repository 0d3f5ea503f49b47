// Versioned schema changes, applied in order at start inside one transaction each. One list
// for both stores: a migration's SQL is shared, or given per dialect where the two differ (types,
// identity columns). SQLite records the last one applied in PRAGMA user_version, PostgreSQL in
// the schema_migrations table (pg-migrate.ts). Append new migrations; never edit old ones.

export type Dialect = 'sqlite' | 'postgres';

export interface Migration {
  version: number;
  name: string;
  sql: string | Record<Dialect, string>;
}

export function migrationSql(migration: Migration, dialect: Dialect): string {
  return typeof migration.sql === 'string' ? migration.sql : migration.sql[dialect];
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'articles, stories, subscriptions, slots, delivered briefings',
    sql: {
      sqlite: `
      CREATE TABLE stories (
        id TEXT PRIMARY KEY,
        label TEXT NOT NULL,
        meta_json TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX stories_updated ON stories (updated_at);

      CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        canonical_url TEXT UNIQUE,
        feed_id TEXT NOT NULL DEFAULT '',
        feed_guid TEXT,
        content_hash TEXT NOT NULL,
        article_json TEXT NOT NULL,
        story_id TEXT REFERENCES stories (id) ON DELETE SET NULL,
        first_seen_at TEXT NOT NULL,
        UNIQUE (feed_id, feed_guid)
      );
      CREATE INDEX articles_content_hash ON articles (content_hash);
      CREATE INDEX articles_story ON articles (story_id);

      CREATE TABLE analyses (
        content_hash TEXT NOT NULL,
        version TEXT NOT NULL,
        analysis_json TEXT NOT NULL,
        created_at TEXT NOT NULL,
        PRIMARY KEY (content_hash, version)
      );

      CREATE TABLE subscriptions (
        id TEXT PRIMARY KEY,
        platform TEXT NOT NULL,
        channel_id TEXT NOT NULL,
        is_direct_message INTEGER NOT NULL,
        workspace_id TEXT,
        owner_user_id TEXT NOT NULL,
        schedule_json TEXT NOT NULL,
        timezone TEXT NOT NULL,
        topic TEXT,
        status TEXT NOT NULL CHECK (status IN ('active', 'paused', 'removed')),
        paused_reason TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX subscriptions_channel ON subscriptions (platform, channel_id);
      CREATE INDEX subscriptions_owner ON subscriptions (platform, owner_user_id);

      -- One row per scheduled run; the primary key is what makes a slot post at most once.
      CREATE TABLE slots (
        subscription_id TEXT NOT NULL REFERENCES subscriptions (id),
        slot_at TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('claimed', 'sending', 'delivered', 'failed', 'unknown', 'released', 'missed')),
        claimant TEXT NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        message_id TEXT,
        continuation_ids_json TEXT,
        error TEXT,
        claimed_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (subscription_id, slot_at)
      );
      CREATE INDEX slots_status ON slots (status);

      CREATE TABLE delivered_briefings (
        destination TEXT NOT NULL,
        story_id TEXT NOT NULL,
        briefing_json TEXT NOT NULL,
        delivered_at TEXT NOT NULL,
        PRIMARY KEY (destination, story_id)
      );
    `,
      // The same tables: times as timestamptz, flags as boolean, and an identity column that keeps
      // the insertion order SQLite's rowid gives ("oldest first" among equal created_at).
      postgres: `
      CREATE TABLE stories (
        id TEXT PRIMARY KEY,
        label TEXT NOT NULL,
        meta_json TEXT,
        created_at TIMESTAMPTZ NOT NULL,
        updated_at TIMESTAMPTZ NOT NULL
      );
      CREATE INDEX stories_updated ON stories (updated_at);

      CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        canonical_url TEXT UNIQUE,
        feed_id TEXT NOT NULL DEFAULT '',
        feed_guid TEXT,
        content_hash TEXT NOT NULL,
        article_json TEXT NOT NULL,
        story_id TEXT REFERENCES stories (id) ON DELETE SET NULL,
        first_seen_at TIMESTAMPTZ NOT NULL,
        UNIQUE (feed_id, feed_guid)
      );
      CREATE INDEX articles_content_hash ON articles (content_hash);
      CREATE INDEX articles_story ON articles (story_id);

      CREATE TABLE analyses (
        content_hash TEXT NOT NULL,
        version TEXT NOT NULL,
        analysis_json TEXT NOT NULL,
        created_at TIMESTAMPTZ NOT NULL,
        PRIMARY KEY (content_hash, version)
      );

      CREATE TABLE subscriptions (
        id TEXT PRIMARY KEY,
        seq BIGINT GENERATED ALWAYS AS IDENTITY,
        platform TEXT NOT NULL,
        channel_id TEXT NOT NULL,
        is_direct_message BOOLEAN NOT NULL,
        workspace_id TEXT,
        owner_user_id TEXT NOT NULL,
        schedule_json TEXT NOT NULL,
        timezone TEXT NOT NULL,
        topic TEXT,
        status TEXT NOT NULL CHECK (status IN ('active', 'paused', 'removed')),
        paused_reason TEXT,
        created_at TIMESTAMPTZ NOT NULL,
        updated_at TIMESTAMPTZ NOT NULL
      );
      CREATE INDEX subscriptions_channel ON subscriptions (platform, channel_id);
      CREATE INDEX subscriptions_owner ON subscriptions (platform, owner_user_id);

      CREATE TABLE slots (
        subscription_id TEXT NOT NULL REFERENCES subscriptions (id),
        slot_at TIMESTAMPTZ NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('claimed', 'sending', 'delivered', 'failed', 'unknown', 'released', 'missed')),
        claimant TEXT NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        message_id TEXT,
        continuation_ids_json TEXT,
        error TEXT,
        claimed_at TIMESTAMPTZ NOT NULL,
        updated_at TIMESTAMPTZ NOT NULL,
        PRIMARY KEY (subscription_id, slot_at)
      );
      CREATE INDEX slots_status ON slots (status);

      CREATE TABLE delivered_briefings (
        destination TEXT NOT NULL,
        story_id TEXT NOT NULL,
        briefing_json TEXT NOT NULL,
        delivered_at TIMESTAMPTZ NOT NULL,
        PRIMARY KEY (destination, story_id)
      );
    `,
    },
  },
  {
    // Issue 17: owner notices go through an outbox, written in the transaction that ends their slot
    // and delivered once by the scheduler (see NoticeOutbox in store.ts for every state change).
    version: 2,
    name: 'outbox of owner notices',
    sql: {
      sqlite: `
      CREATE TABLE outbox (
        id TEXT PRIMARY KEY, -- '<kind>:<subscription id>:<slot ISO time>': one notice per cause
        kind TEXT NOT NULL CHECK (kind IN ('slot-unknown', 'slot-failed', 'subscription-paused')),
        subscription_id TEXT NOT NULL REFERENCES subscriptions (id),
        slot_at TEXT NOT NULL,
        platform TEXT NOT NULL,
        recipient_user_id TEXT NOT NULL,
        subscription_json TEXT NOT NULL, -- the subscription when the notice was written
        reason TEXT NOT NULL,
        slot_attempts INTEGER NOT NULL DEFAULT 0,
        status TEXT NOT NULL CHECK (status IN ('pending', 'claimed', 'sending', 'delivered', 'failed', 'unknown', 'cancelled')),
        claimant TEXT,
        attempts INTEGER NOT NULL DEFAULT 0,
        outcome_unknown INTEGER NOT NULL DEFAULT 0, -- 1: an attempt may have landed; check before resending
        first_attempt_at TEXT,
        next_attempt_at TEXT NOT NULL,
        message_id TEXT,
        last_error TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX outbox_due ON outbox (status, next_attempt_at);
      CREATE INDEX outbox_subscription ON outbox (subscription_id, slot_at);
    `,
      postgres: `
      CREATE TABLE outbox (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('slot-unknown', 'slot-failed', 'subscription-paused')),
        subscription_id TEXT NOT NULL REFERENCES subscriptions (id),
        slot_at TIMESTAMPTZ NOT NULL,
        platform TEXT NOT NULL,
        recipient_user_id TEXT NOT NULL,
        subscription_json TEXT NOT NULL,
        reason TEXT NOT NULL,
        slot_attempts INTEGER NOT NULL DEFAULT 0,
        status TEXT NOT NULL CHECK (status IN ('pending', 'claimed', 'sending', 'delivered', 'failed', 'unknown', 'cancelled')),
        claimant TEXT,
        attempts INTEGER NOT NULL DEFAULT 0,
        outcome_unknown BOOLEAN NOT NULL DEFAULT false,
        first_attempt_at TIMESTAMPTZ,
        next_attempt_at TIMESTAMPTZ NOT NULL,
        message_id TEXT,
        last_error TEXT,
        created_at TIMESTAMPTZ NOT NULL,
        updated_at TIMESTAMPTZ NOT NULL
      );
      CREATE INDEX outbox_due ON outbox (status, next_attempt_at);
      CREATE INDEX outbox_subscription ON outbox (subscription_id, slot_at);
    `,
    },
  },
  {
    version: 3,
    name: 'instance leases, source poll leases, seen events (several instances on one store)',
    sql: {
      sqlite: `
      -- Each running instance renews its lease; slots of an instance whose lease ran out are taken over.
      CREATE TABLE instances (
        id TEXT PRIMARY KEY,
        started_at TEXT NOT NULL,
        heartbeat_at TEXT NOT NULL
      );
      -- One row per source: who is polling it now (until lease_until) and when it is next due.
      CREATE TABLE source_polls (
        source_key TEXT PRIMARY KEY,
        holder TEXT,
        lease_until TEXT,
        next_due_at TEXT
      );
      -- Platform events already handled (Slack's retries), whichever instance received them.
      CREATE TABLE seen_events (
        event_id TEXT PRIMARY KEY,
        seen_at TEXT NOT NULL
      );
      CREATE INDEX seen_events_seen_at ON seen_events (seen_at);
      CREATE INDEX slots_claimant ON slots (claimant);
    `,
      postgres: `
      CREATE TABLE instances (
        id TEXT PRIMARY KEY,
        started_at TIMESTAMPTZ NOT NULL,
        heartbeat_at TIMESTAMPTZ NOT NULL
      );
      CREATE TABLE source_polls (
        source_key TEXT PRIMARY KEY,
        holder TEXT,
        lease_until TIMESTAMPTZ,
        next_due_at TIMESTAMPTZ
      );
      CREATE TABLE seen_events (
        event_id TEXT PRIMARY KEY,
        seen_at TIMESTAMPTZ NOT NULL
      );
      CREATE INDEX seen_events_seen_at ON seen_events (seen_at);
      CREATE INDEX slots_claimant ON slots (claimant);
    `,
    },
  },
  {
    version: 4,
    name: 'subscription origin: config-owned or command-owned',
    // Config subscriptions were made with owner 'config' (adapters/app/create-bot.ts) before the
    // column existed; every other one was made by a command. The same SQL in both dialects.
    sql: `
      ALTER TABLE subscriptions ADD COLUMN origin TEXT NOT NULL DEFAULT 'command' CHECK (origin IN ('config', 'command'));
      UPDATE subscriptions SET origin = 'config' WHERE owner_user_id = 'config';
    `,
  },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
