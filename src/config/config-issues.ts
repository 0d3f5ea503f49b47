// zod issues → lines that name the key path and what was expected:
// "briefbot.yaml: sources[1].interval: expected a duration like 15m".

import type { z } from 'zod';
import { knownKeysAt, nearest } from './known-keys.ts';

const SECRET_KEY = /token|secret|password|passwd|api[-_]?key|signing/i;

/** True when a key, or any key below it, looks like a secret. */
function holdsSecret(key: string, value: unknown): boolean {
  if (SECRET_KEY.test(key)) return true;
  if (value === null || typeof value !== 'object') return false;
  return Object.entries(value).some(([k, v]) => holdsSecret(k, v));
}

function unknownKeyText(key: string, value: unknown, known: string[]): string {
  if (holdsSecret(key, value)) return 'secrets (tokens, signing secrets) do not belong in briefbot.yaml; set them as environment variables';
  const guess = nearest(key, known);
  const hint = guess ? ` (did you mean ${guess}?)` : '';
  return `unknown key${hint}${known.length ? `; expected one of ${known.join(', ')}` : ''}`;
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const part of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[part];
  }
  return value;
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  return String(value);
}

const EXPECTED_TYPE: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping of keys to values',
};

function describeIssue(issue: z.core.$ZodIssue, raw: unknown, schema: z.core.$ZodType): { path: PropertyKey[]; text: string }[] {
  const path = [...issue.path];
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({ path: [...path, key], text: unknownKeyText(key, valueAt(raw, [...path, key]), knownKeysAt(schema, path)) }));
    case 'invalid_type': {
      const got = valueAt(raw, path);
      const expected = EXPECTED_TYPE[issue.expected] ?? issue.expected;
      return [{ path, text: got === undefined ? `required: expected ${expected}` : `expected ${expected}, got ${describeValue(got)}` }];
    }
    case 'invalid_value':
      return [{ path, text: `expected one of ${issue.values.map((v) => String(v)).join(', ')}, got ${describeValue(valueAt(raw, path))}` }];
    case 'too_small':
      return [{ path, text: issue.message.startsWith('expected') ? issue.message : `expected at least ${String(issue.minimum)}` }];
    case 'too_big':
      return [{ path, text: `expected at most ${String(issue.maximum)}` }];
    default:
      return [{ path, text: issue.message }];
  }
}

export function formatIssues(issues: readonly z.core.$ZodIssue[], raw: unknown, schema: z.core.$ZodType, fileName: string): string[] {
  return issues.flatMap((issue) =>
    describeIssue(issue, raw, schema).map(({ path, text }) => `${fileName}: ${path.length ? `${formatPath(path)}: ` : ''}${text}`),
  );
}
