// briefbot.yaml text → a validated BriefbotConfig, or a BriefError('BAD_CONFIG') whose lines
// each name a key path and what was expected. Pure: the loader in adapters/config reads the file.

import { parseDocument } from 'yaml';
import { BriefError } from '../errors.ts';
import { formatIssues } from './config-issues.ts';
import { CONFIG_DEFAULTS } from './defaults.ts';
import { parseByteSize } from './byte-size.ts';
import { parseDuration } from './duration.ts';
import { configSchema, type RawConfig } from './schema.ts';
import type { BriefbotConfig, SourceConfig, SubscriptionConfig, WebConfig } from './types.ts';

const MAX_LINES = 10;

export function parseConfig(yamlText: string, fileName = 'briefbot.yaml'): BriefbotConfig {
  const doc = parseDocument(yamlText, { uniqueKeys: true });
  if (doc.errors.length > 0) {
    const lines = doc.errors.slice(0, MAX_LINES).map((e) => {
      const at = e.linePos?.[0];
      return `${fileName}: ${at ? `line ${at.line}, column ${at.col}: ` : ''}${e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`;
    });
    throw new BriefError('BAD_CONFIG', lines.join('\n'));
  }
  const raw: unknown = doc.toJS() ?? {};
  const parsed = configSchema.safeParse(raw);
  if (!parsed.success) {
    const lines = formatIssues(parsed.error.issues, raw, configSchema, fileName);
    throw new BriefError('BAD_CONFIG', lines.slice(0, MAX_LINES).join('\n'));
  }
  return buildConfig(parsed.data);
}

function buildConfig(raw: RawConfig): BriefbotConfig {
  const timezone = raw.timezone ?? CONFIG_DEFAULTS.timezone;
  const pollInterval = raw.pollInterval ?? parseDuration(CONFIG_DEFAULTS.pollInterval)!;
  const sources = (raw.sources ?? []).map((s, i): SourceConfig => {
    const intervalMs = s.interval ?? pollInterval;
    const outlet = s.outlet ? { outlet: s.outlet } : {};
    if (s.url !== undefined) {
      return { kind: 'feed', name: s.name ?? new URL(s.url).host, url: s.url, ...outlet, intervalMs, fetchFullText: s.fullText ?? true };
    }
    return { kind: 'folder', name: s.name ?? s.folder ?? `folder ${i + 1}`, path: s.folder!, ...outlet, intervalMs };
  });
  const subscriptions = (raw.subscriptions ?? []).map(
    (s): SubscriptionConfig => ({
      platform: s.platform,
      channel: s.channel,
      schedule: s.schedule.schedule,
      scheduleText: s.schedule.text,
      timezone: s.timezone ?? timezone,
      ...(s.topic ? { topic: s.topic } : {}),
    }),
  );
  return {
    timezone,
    database: raw.database ?? CONFIG_DEFAULTS.database,
    sources,
    subscriptions,
    fetch: {
      // `allow` is what configurations before allowFeeds/allowLinks wrote: it was meant for feeds.
      allowFeeds: [...(raw.fetch?.allowFeeds ?? []), ...(raw.fetch?.allow ?? [])],
      allowLinks: raw.fetch?.allowLinks ?? [],
      timeoutMs: raw.fetch?.timeout ?? parseDuration(CONFIG_DEFAULTS.fetchTimeout)!,
      maxBytes: raw.fetch?.maxSize ?? parseByteSize(CONFIG_DEFAULTS.fetchMaxSize)!,
      maxRedirects: raw.fetch?.maxRedirects ?? CONFIG_DEFAULTS.maxRedirects,
      userAgent: raw.fetch?.userAgent ?? CONFIG_DEFAULTS.userAgent,
    },
    gazetteer: (raw.gazetteer ?? []).map((g) => ({ ...g })),
    stories: { windowMs: raw.stories?.window ?? parseDuration(CONFIG_DEFAULTS.storyWindow)! },
    web: webConfig(raw.web),
  };
}

function webConfig(raw: RawConfig['web']): WebConfig | false {
  if (raw?.enabled === false) return false;
  return {
    host: raw?.host ?? CONFIG_DEFAULTS.webHost,
    port: raw?.port ?? CONFIG_DEFAULTS.webPort,
    ...(raw?.publicUrl ? { publicUrl: raw.publicUrl } : {}),
  };
}
