// The shared expected.json format (see ../shared/corpus/*/expected.json): what a correct briefing
// of a corpus folder contains. Only the parts evaluators read are typed; the rest passes through.

import { z } from 'zod';

const quoteSchema = z.object({ speaker: z.string(), starts: z.string(), in: z.array(z.string()) }).passthrough();
const fragmentSchema = z.object({ speaker: z.string().optional(), text: z.string(), in: z.array(z.string()) }).passthrough();
const actorSchema = z.object({ name: z.string(), role: z.string().optional(), aliases: z.array(z.string()).optional() }).passthrough();

export const expectedSchema = z
  .object({
    quotes: z.array(quoteSchema).default([]),
    quoted_fragments: z.array(fragmentSchema).default([]),
    actors: z
      .object({
        people: z.array(actorSchema).default([]),
        countries_and_places: z.array(actorSchema).default([]),
        organisations: z.array(actorSchema).default([]),
        not_actors: z.array(z.string()).default([]),
      })
      .passthrough()
      .default({ people: [], countries_and_places: [], organisations: [], not_actors: [] }),
  })
  .passthrough();

export type Expected = z.infer<typeof expectedSchema>;
export type ExpectedQuote = z.infer<typeof quoteSchema>;
export type ExpectedActor = z.infer<typeof actorSchema>;

export function parseExpected(json: unknown): Expected {
  return expectedSchema.parse(json);
}
