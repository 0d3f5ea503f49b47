// Wire-copy lineage for the coverage picture: which of a briefing's articles print the same
// text. The Briefing gains optional lineage fields with the cross-outlet work (issue 15); until
// their final shape is settled this reads the plausible shapes defensively and ignores anything
// else, so a briefing without lineage (or with a shape not known here) simply shows none.

import type { Briefing } from '../briefing.ts';

/** Top-level fields that may list groups of articles sharing a text. */
const GROUP_FIELDS = ['lineage', 'lineages', 'textLineage', 'sharedText', 'wireCopy'];
/** Fields of a group object that may hold its article ids. */
const MEMBER_FIELDS = ['articleIds', 'articles', 'members', 'sources', 'ids'];
/** Per-source fields whose equal values put sources in one lineage. */
const SOURCE_KEY_FIELDS = ['lineage', 'lineageId', 'reportId', 'independentReport', 'wireId'];
/** Per-source fields listing the other articles that share its text. */
const SOURCE_LINK_FIELDS = ['sharesTextWith', 'sameTextAs', 'sharedTextWith'];

type Loose = Record<string, unknown>;

const isRecord = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v);
const stringsOf = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/** Groups (two or more article ids of this briefing's sources) that share one text, sources' order. */
export function lineageGroups(briefing: Briefing): string[][] {
  const ids = briefing.sources.map((s) => s.id);
  const known = new Set(ids);
  const parent = new Map(ids.map((id) => [id, id]));
  const root = (id: string): string => {
    let r = id;
    while (parent.get(r) !== r) r = parent.get(r)!;
    return r;
  };
  const join = (members: string[]) => {
    const inside = members.filter((m) => known.has(m));
    for (const m of inside.slice(1)) parent.set(root(m), root(inside[0]!));
  };

  const loose = briefing as unknown as Loose;
  for (const field of GROUP_FIELDS) {
    const value = loose[field];
    if (!Array.isArray(value)) continue;
    for (const group of value) {
      if (Array.isArray(group)) join(stringsOf(group));
      else if (isRecord(group)) for (const m of MEMBER_FIELDS) join(stringsOf(group[m]));
    }
  }
  const byKey = new Map<string, string[]>();
  for (const source of briefing.sources as unknown as Loose[]) {
    const id = source.id as string;
    for (const field of SOURCE_KEY_FIELDS) {
      const key = source[field];
      if (typeof key === 'string' || typeof key === 'number') byKey.set(`${field}\u0000${key}`, [...(byKey.get(`${field}\u0000${key}`) ?? []), id]);
    }
    for (const field of SOURCE_LINK_FIELDS) join([id, ...stringsOf(source[field])]);
  }
  for (const members of byKey.values()) join(members);

  const groups = new Map<string, string[]>();
  for (const id of ids) groups.set(root(id), [...(groups.get(root(id)) ?? []), id]);
  return [...groups.values()].filter((g) => g.length > 1);
}

/** How many independent reports the sources are, counting each lineage group once. */
export function independentReports(briefing: Briefing, groups: string[][]): number {
  return briefing.sources.length - groups.reduce((n, g) => n + g.length - 1, 0);
}
