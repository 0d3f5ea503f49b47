// Bolt and its Web API client log through the project's pino logger, so one stream holds it all.

import type { Logger as BoltLogger } from '@slack/bolt';
import { LogLevel } from '@slack/bolt';
import type { Logger } from 'pino';

const BOLT_LEVEL: Record<string, LogLevel> = {
  trace: LogLevel.DEBUG,
  debug: LogLevel.DEBUG,
  info: LogLevel.INFO,
  warn: LogLevel.WARN,
};

export function createBoltLogger(logger: Logger): BoltLogger {
  let log = logger.child({ component: 'slack' });
  const write = (level: 'debug' | 'info' | 'warn' | 'error') => (...parts: unknown[]) => {
    const err = parts.find((p): p is Error => p instanceof Error);
    const text = parts.map((p) => (p instanceof Error ? p.message : typeof p === 'string' ? p : JSON.stringify(p))).join(' ');
    if (err) log[level]({ err }, text);
    else log[level](text);
  };
  return {
    debug: write('debug'),
    info: write('info'),
    warn: write('warn'),
    error: write('error'),
    // Bolt asks for and sets levels with its own names; they map onto pino's directly.
    setLevel: (level: LogLevel) => {
      log.level = level;
    },
    getLevel: () => BOLT_LEVEL[log.level] ?? LogLevel.ERROR,
    setName: (name: string) => {
      log = logger.child({ component: name });
    },
  };
}
