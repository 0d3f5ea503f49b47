// Metadata that may come with an article: front matter, a folder's sources.json, HTML meta tags.

import { z } from 'zod';

export const articleMetadataSchema = z
  .object({
    outlet: z.string().min(1).optional(),
    title: z.string().min(1).optional(),
    url: z.string().url().optional(),
    published: z.union([z.string(), z.date()]).optional(),
    publishedAt: z.union([z.string(), z.date()]).optional(),
    date: z.union([z.string(), z.date()]).optional(),
    place: z.string().min(1).optional(),
  })
  .passthrough();

export type ArticleMetadata = z.infer<typeof articleMetadataSchema>;

export function publishedOf(meta: ArticleMetadata): string | undefined {
  const value = meta.publishedAt ?? meta.published ?? meta.date;
  if (value === undefined) return undefined;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return value;
}
