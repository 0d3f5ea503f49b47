// web.port / web.host / web.publicUrl / `web: false` in briefbot.yaml.

import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/parse-config.ts';
import { briefErrorOfCall } from '../helpers/brief-error-of.ts';

describe('the web keys of briefbot.yaml', () => {
  it.each([
    ['nothing: on, loopback, port 8787', '', { host: '127.0.0.1', port: 8787 }],
    ['web: false turns it off', 'web: false\n', false],
    ['enabled: false turns it off', 'web:\n  enabled: false\n', false],
    ['web: true is the defaults', 'web: true\n', { host: '127.0.0.1', port: 8787 }],
    [
      'every key',
      'web:\n  host: 0.0.0.0\n  port: 9000\n  publicUrl: https://briefs.example/bot\n',
      { host: '0.0.0.0', port: 9000, publicUrl: 'https://briefs.example/bot' },
    ],
    ['port 0: any free port', 'web:\n  port: 0\n', { host: '127.0.0.1', port: 0 }],
  ])('%s', (_name, yaml, web) => {
    expect(parseConfig(yaml).web).toEqual(web);
  });

  it.each([
    ['a misspelt key', 'web:\n  prot: 80\n', 'briefbot.yaml: web.prot: unknown key (did you mean port?); expected one of enabled, host, port, publicUrl'],
    ['a port out of range', 'web:\n  port: 70000\n', 'briefbot.yaml: web.port: expected at most 65535'],
    ['a port that is not a number', 'web:\n  port: eighty\n', 'briefbot.yaml: web.port: expected a number, got "eighty"'],
    ['a javascript: public URL', 'web:\n  publicUrl: "javascript:alert(1)"\n', 'briefbot.yaml: web.publicUrl: expected an http:// or https:// URL'],
    ['a word instead of a mapping', 'web: yes please\n', 'briefbot.yaml: web: expected a mapping of keys to values, got "yes please"'],
  ])('refuses %s with a line naming the key', (_name, yaml, message) => {
    expect(briefErrorOfCall(() => parseConfig(yaml)).message).toBe(message);
  });
});
