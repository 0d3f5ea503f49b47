// The shape of briefbot.yaml as zod checks it. Unknown keys are errors: a typo must not
// silently fall back to a default.

import { z } from 'zod';
import { CONFIG_DEFAULTS } from './defaults.ts';
import { parseDuration } from './duration.ts';
import {
  addressPatternSchema,
  byteSizeSchema,
  durationSchema,
  httpUrlSchema,
  nonEmptyString,
  scheduleSchema,
  timezoneSchema,
} from './field-schemas.ts';

const MIN_FEED_INTERVAL_MS = parseDuration(CONFIG_DEFAULTS.minFeedInterval)!;

export const sourceSchema = z
  .strictObject({
    name: nonEmptyString.optional(),
    outlet: nonEmptyString.optional(),
    url: httpUrlSchema.optional(),
    folder: nonEmptyString.optional(),
    interval: durationSchema().optional(),
    fullText: z.boolean().optional(),
  })
  .superRefine((source, ctx) => {
    if ((source.url === undefined) === (source.folder === undefined)) {
      ctx.addIssue({ code: 'custom', message: 'expected exactly one of url (a feed) or folder (a local folder)' });
    }
    if (source.url !== undefined && source.interval !== undefined && source.interval < MIN_FEED_INTERVAL_MS) {
      const message = `expected a duration of at least ${CONFIG_DEFAULTS.minFeedInterval} for a feed, like 15m`;
      ctx.addIssue({ code: 'custom', path: ['interval'], message });
    }
  });

export const subscriptionSchema = z.strictObject({
  platform: z.enum(['slack', 'discord', 'console']),
  channel: nonEmptyString,
  schedule: scheduleSchema,
  timezone: timezoneSchema.optional(),
  topic: nonEmptyString.optional(),
});

export const fetchSchema = z.strictObject({
  /** The older name of allowFeeds, still read. */
  allow: z.array(addressPatternSchema).optional(),
  allowFeeds: z.array(addressPatternSchema).optional(),
  allowLinks: z.array(addressPatternSchema).optional(),
  timeout: durationSchema().optional(),
  maxSize: byteSizeSchema.optional(),
  maxRedirects: z.int().min(0).max(10).optional(),
  userAgent: nonEmptyString.optional(),
});

export const gazetteerEntrySchema = z.strictObject({
  name: nonEmptyString,
  kind: z.enum(['person', 'organization', 'place']),
  aliases: z.array(nonEmptyString).optional(),
  demonyms: z.array(nonEmptyString).optional(),
  capital: nonEmptyString.optional(),
});

/** `web: false` (or `enabled: false`) turns the pages off; `web: true` is the defaults. */
export const webSchema = z.preprocess(
  (value) => (value === false ? { enabled: false } : value === true ? {} : value),
  z.strictObject({
    enabled: z.boolean().optional(),
    host: nonEmptyString.optional(),
    port: z.int().min(0).max(65535).optional(),
    publicUrl: httpUrlSchema.optional(),
  }),
);

export const configSchema = z.strictObject({
  timezone: timezoneSchema.optional(),
  database: nonEmptyString.optional(),
  pollInterval: durationSchema({ min: CONFIG_DEFAULTS.minFeedInterval }).optional(),
  sources: z.array(sourceSchema).optional(),
  subscriptions: z.array(subscriptionSchema).optional(),
  fetch: fetchSchema.optional(),
  gazetteer: z.array(gazetteerEntrySchema).optional(),
  stories: z.strictObject({ window: durationSchema().optional() }).optional(),
  web: webSchema.optional(),
});

export type RawConfig = z.infer<typeof configSchema>;
