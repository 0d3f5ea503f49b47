// Short ids people can type (`/brief unsubscribe k7m2qp`): no 0/o, 1/l/i to misread.

import { randomInt } from 'node:crypto';

const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

export function shortId(length = 6): string {
  let id = '';
  for (let i = 0; i < length; i++) id += ALPHABET[randomInt(ALPHABET.length)];
  return id;
}
