// Reads briefbot.yaml (or the file BRIEFBOT_CONFIG names) and resolves its relative paths
// against the file's folder. No file at the default place means the embedded defaults.

import { readFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, resolve } from 'node:path';
import { BriefError } from '../../src/errors.ts';
import { parseConfig } from '../../src/config/parse-config.ts';
import type { BriefbotConfig } from '../../src/config/types.ts';

export const DEFAULT_CONFIG_FILE = 'briefbot.yaml';

export interface LoadedConfig {
  config: BriefbotConfig;
  /** The file read, or undefined when the defaults were used. */
  path?: string;
}

/**
 * `path` given (or BRIEFBOT_CONFIG set): that file must exist. Otherwise ./briefbot.yaml is
 * read if present, else the defaults apply.
 */
export function loadConfig(path?: string, env: NodeJS.ProcessEnv = process.env): LoadedConfig {
  const wanted = path ?? env.BRIEFBOT_CONFIG;
  const file = resolve(wanted ?? DEFAULT_CONFIG_FILE);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && wanted === undefined) return { config: parseConfig('', DEFAULT_CONFIG_FILE) };
    const why = code === 'ENOENT' ? 'no such file' : `cannot be read (${code ?? 'error'})`;
    throw new BriefError('BAD_CONFIG', `${file}: ${why}`);
  }
  const config = parseConfig(text, basename(file));
  return { config: resolvePaths(config, dirname(file)), path: file };
}

function resolvePaths(config: BriefbotConfig, base: string): BriefbotConfig {
  const at = (p: string) => (isAbsolute(p) || p === ':memory:' ? p : resolve(base, p));
  return {
    ...config,
    database: at(config.database),
    sources: config.sources.map((s) => (s.kind === 'folder' ? { ...s, path: at(s.path) } : s)),
  };
}
