// The keys a strict object in the config schema accepts at a given path, so an unknown key's
// message can list them and suggest the nearest ("intervall" → did you mean "interval"?).

import type { z } from 'zod';
import { editDistanceWithin } from '../commands/edit-distance.ts';

type Def = {
  type: string;
  shape?: Record<string, z.core.$ZodType>;
  element?: z.core.$ZodType;
  innerType?: z.core.$ZodType;
  in?: z.core.$ZodType;
  out?: z.core.$ZodType;
};

function unwrap(schema: z.core.$ZodType): Def {
  let def = schema._zod.def as unknown as Def;
  while (def.innerType || (def.type === 'pipe' && def.in)) {
    // A preprocess (`web: false` → `{ enabled: false }`) is a pipe whose keys are on its output.
    const next = def.innerType ?? (def.in!._zod.def.type === 'transform' && def.out ? def.out : def.in)!;
    def = next._zod.def as unknown as Def;
  }
  return def;
}

export function knownKeysAt(schema: z.core.$ZodType, path: readonly PropertyKey[]): string[] {
  let def = unwrap(schema);
  for (const part of path) {
    if (typeof part === 'number' && def.element) def = unwrap(def.element);
    else if (typeof part === 'string' && def.shape?.[part]) def = unwrap(def.shape[part]);
    else return [];
  }
  return def.shape ? Object.keys(def.shape) : [];
}

export function nearest(word: string, choices: readonly string[], maxDistance = 3): string | undefined {
  let best: string | undefined;
  let bestDistance = maxDistance + 1;
  for (const choice of choices) {
    const d = editDistanceWithin(word.toLowerCase(), choice.toLowerCase(), maxDistance);
    if (d < bestDistance) [best, bestDistance] = [choice, d];
  }
  return best;
}
