// Values used when briefbot.yaml leaves a key out.

export const CONFIG_DEFAULTS = {
  timezone: 'UTC',
  database: './data/briefbot.db',
  pollInterval: '15m',
  fetchTimeout: '10s',
  fetchMaxSize: '5MB',
  maxRedirects: 5,
  userAgent: 'briefbot/0.1 (+https://github.com/briefbot)',
  storyWindow: '3d',
  /** Feeds polled more often than this are rude to their publishers. */
  minFeedInterval: '1m',
  /** The briefing pages: loopback only unless configured otherwise. */
  webHost: '127.0.0.1',
  webPort: 8787,
} as const;
