// All actors of an analysis, merged across articles, and the way back from any mention to its
// actor. Merging: the same name key ("Centre"/"Center", "the Pentagon"/"Pentagon"); a surname
// alone or with an honorific to the one full name that has it; full names that are one person
// ("Joe Biden" / "Joseph R. Biden"); an acronym to the organisation it abbreviates. Never actors:
// the outlet's own name in its own article, honorifics alone, picture credits.

import { createGazetteer, type Gazetteer } from '../../analyse/gazetteer.ts';
import { CREDIT_NAMES, ORG_HEADS, SURNAME_FIRST } from '../../analyse/name-words.ts';
import type { Analysis, Gender, Mention } from '../../analyse/types.ts';
import type { Actor, ActorKind } from '../../briefing.ts';
import { initials, nameKey, nameParts, samePerson, surnames } from './actor-names.ts';
import { isJunkName } from './junk-names.ts';
import { placeQualifiedMatches } from './place-qualified-matches.ts';
import { MORE_ORG_HEADS, VENUE_HEADS } from './gazetteer/heads.ts';
import { definedAbbreviation, droppedHead, PLACE_SHORT_HEAD, STREET_ABBREVIATIONS, shortForm, teamShortForm, US_STATE_CODES } from './short-forms.ts';

export interface ActorEntry extends Actor {
  gender?: Gender;
}

export interface ActorIndex {
  /** Every actor, unsorted and uncut. */
  actors: ActorEntry[];
  /** The actor a mention of this article counts for; undefined for excluded names. */
  actorOf(articleId: string, mention: Pick<Mention, 'kind' | 'canonical'>): ActorEntry | undefined;
}

interface Group {
  kind: ActorKind;
  names: Map<string, number>;
  /** Sets keep the order of first use and answer membership at once (a story may have thousands of mentions). */
  surfaces: Set<string>;
  roles: { role: string; rank: number; order: number }[];
  genders: Gender[];
  mentions: number;
  articleIds: Set<string>;
  first: number;
  into?: Group;
}

const cache = new WeakMap<Analysis, ActorIndex>();

export function actorIndex(analysis: Analysis): ActorIndex {
  let index = cache.get(analysis);
  if (!index) {
    index = buildActorIndex(analysis);
    cache.set(analysis, index);
  }
  return index;
}

/** Names an article's own outlet goes by: "The Globe and Mail", "Globe and Mail", "The Globe". */
export function outletNames(outlet: string): Set<string> {
  const key = nameKey(outlet);
  const names = new Set([key]);
  const words = key.split(' ');
  if (words.length >= 3) names.add(words.slice(0, words.indexOf('and') > 0 ? words.indexOf('and') : 2).join(' '));
  return names;
}

const HONORIFIC_ONLY = /^(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame|Lord|Lady)\.?$/;

// Titles a person is addressed by, before the name: "Speaker Pelosi", "Senator Ulla Varn".
const ADDRESS_TITLE = /(?:^|[^\p{L}.])((?:Vice )?President|Speaker|Senator|Sen\.|Congressman|Congresswoman|Representative|Rep\.|Governor|Gov\.|Mayor|Chairman|Chairwoman|Judge|Justice|Professor|Prof\.|Inspector|General|Gen\.|Colonel|Col\.|Captain|Capt\.|Admiral|Commissioner|Ambassador|Chancellor|Premier|King|Queen|Prince|Princess|Emperor|Empress|Pope|Cardinal|Archbishop|Bishop|Rabbi|Imam|Sheikh|Saint|St\.|Reverend|Rev\.|Father|Sister|Brother|Coach|Chief|Tsar|Tsarevna|Czar|Sultan|Shah|Pharaoh|Count|Countess|Duke|Duchess|Baron|Lord|Lady|Sir|Dame) $/u;

/** The name as addressed with its title when a title of address stands right before it. */
function formOfAddress(text: string, m: Mention): string | undefined {
  if (m.kind !== 'person') return undefined;
  const t = ADDRESS_TITLE.exec(text.slice(Math.max(0, m.start - 20), m.start));
  return t ? `${t[1]} ${m.text.replace(/[’']s$/, '')}` : undefined;
}

function roleRank(m: Mention): number {
  const via = (m as { via?: string }).via;
  if (via === 'title') return /^(?:\p{Lu}|U\.)/u.test(m.role ?? '') ? 0 : 1;
  return 2;
}

function buildActorIndex(analysis: Analysis): ActorIndex {
  const groups = new Map<string, Group>();
  const lookup = new Map<string, Group>();
  const defined: [Group, string][] = [];
  let order = 0;
  for (const { article, mentions } of analysis.articles) {
    const own = outletNames(article.outlet);
    const terms = termsDefinedInLowerCase(article.text);
    for (const m of mentions) {
      const key = nameKey(m.canonical);
      if (!key || own.has(key) || HONORIFIC_ONLY.test(m.canonical) || (CREDIT_NAMES.has(m.canonical) && /\/|Getty|Pool/.test(m.text))) continue;
      if (terms.has(m.canonical) || (CODE_LABELS.test(m.canonical) && article.text.slice(m.end, m.end + 1) === ':')) continue;
      if (isJunkName(m.canonical, m.kind) && !gazetteer().lookup(m.canonical)) continue;
      const gkey = `${m.kind}:${key}`;
      let g = groups.get(gkey);
      if (!g) {
        g = { kind: m.kind, names: new Map(), surfaces: new Set(), roles: [], genders: [], mentions: 0, articleIds: new Set(), first: order++ };
        groups.set(gkey, g);
      }
      g.names.set(m.canonical, (g.names.get(m.canonical) ?? 0) + 1);
      g.mentions++;
      const surface = m.text.replace(/[’']s$/, '');
      g.surfaces.add(surface);
      const addressed = formOfAddress(article.text, m);
      if (addressed) g.surfaces.add(addressed);
      if (m.role) g.roles.push({ role: m.role, rank: roleRank(m), order: order++ });
      if (m.gender) g.genders.push(m.gender);
      g.articleIds.add(article.id);
      lookup.set(`${article.id}\u0000${m.kind}\u0000${m.canonical}`, g);
    }
    addDatelinePlace(article, groups, () => order++);
    for (const m of mentions) if (m.kind === 'organization') addPlacesNamedInside(article.id, m, groups, () => order++);
    for (const m of mentions) {
      if (m.kind === 'person') continue;
      const abbr = definedAbbreviation(article.text, m.canonical, m.end);
      const g = lookup.get(`${article.id}\u0000${m.kind}\u0000${m.canonical}`);
      if (abbr && g) defined.push([g, abbr]);
    }
  }
  for (const { article } of analysis.articles) {
    addHeadReferences(article.text, article.id, groups);
    addStateForms(article.text, groups);
    addPlaceQualifiedForms(article.text, article.id, groups);
    addAbbreviationsDefinedAfterLongNames(article.text, article.id, groups);
    addStateCodes(article.text, article.id, groups);
    addAirportCodes(article.text, article.id, groups);
    addStreetAbbreviations(article.text, article.id, groups);
    addInitialledForms(article.text, article.id, groups);
    addIslandPlurals(article.text, article.id, groups);
    mergeNewYork(article.text, article.id, groups);
  }
  mergePlacePrefixed(groups);
  mergePeople([...groups.values()].filter((g) => g.kind === 'person'));
  mergeDefined(defined, groups);
  mergeAcronyms([...groups.values()].filter((g) => g.kind === 'organization'));
  mergeShortForms(groups, analysis);
  addSurnamesAlone(groups, analysis);

  const root = (g: Group): Group => (g.into ? root(g.into) : g);
  const actors = new Map<Group, ActorEntry>();
  for (const g of groups.values()) {
    const r = root(g);
    if (r !== g) absorb(r, g);
  }
  for (const g of groups.values()) if (!g.into) actors.set(g, toActor(g));
  return {
    actors: [...actors.values()],
    actorOf(articleId, mention) {
      const g = lookup.get(`${articleId}\u0000${mention.kind}\u0000${mention.canonical}`);
      return g ? actors.get(root(g)) : undefined;
    },
  };
}

let knownPlaces: Gazetteer | undefined;
const gazetteer = (): Gazetteer => {
  knownPlaces ??= createGazetteer();
  return knownPlaces;
};

/**
 * The place a dateline names ("VALLIS (Ridgeway) -") left the text when the article was cleaned;
 * a town the gazetteer does not know is an actor all the same. Known ones are named in the text.
 */
function addDatelinePlace(article: Analysis['articles'][number]['article'], groups: Map<string, Group>, next: () => number): void {
  if (!article.place) return;
  const name = /\p{Ll}/u.test(article.place) ? article.place.trim() : article.place.trim().toLowerCase().replace(/(^|[ -])(\p{L})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());
  const key = nameKey(name);
  if (!key || gazetteer().lookup(name) || /\d/.test(name)) return;
  const gkey = `place:${key}`;
  let g = groups.get(gkey);
  if (!g) {
    g = { kind: 'place', names: new Map(), surfaces: new Set(), roles: [], genders: [], mentions: 0, articleIds: new Set(), first: next() };
    groups.set(gkey, g);
  }
  g.names.set(name, (g.names.get(name) ?? 0) + 1);
  g.mentions++;
  g.surfaces.add(name);
  g.articleIds.add(article.id);
}

/**
 * A place the gazetteer knows inside an organisation's name ("University of Oslo", "Boston
 * University", "Bank of Japan") is named by the article too: it counts for that place. A demonym
 * ("Chinese Communist Party") names no place.
 */
function addPlacesNamedInside(articleId: string, m: Mention, groups: Map<string, Group>, next: () => number): void {
  for (const hit of gazetteer().find(m.text)) {
    if (hit.kind !== 'place' || hit.via === 'demonym' || hit.text === m.text) continue;
    const key = nameKey(hit.canonical);
    const gkey = `place:${key}`;
    let g = groups.get(gkey);
    if (!g) {
      g = { kind: 'place', names: new Map(), surfaces: new Set(), roles: [], genders: [], mentions: 0, articleIds: new Set(), first: next() };
      groups.set(gkey, g);
    }
    g.names.set(hit.canonical, (g.names.get(hit.canonical) ?? 0) + 1);
    g.mentions++;
    g.surfaces.add(hit.text);
    g.articleIds.add(articleId);
  }
}

// Head words a name may be referred back to by: "the House" for the House of Representatives,
// "the Society", "the Lodge", "the Square".
const REFERABLE_HEADS = new Set<string>([...ORG_HEADS, ...MORE_ORG_HEADS, ...VENUE_HEADS, 'House', 'Square', 'Press', 'Palace', 'Airport', 'Island', 'Islands']);
const HEAD_REFERENCE = /(?<![\p{L}\p{N}])(?:the|this|that) (\p{Lu}\p{Ll}+)(?![\p{L}\p{N}’'-]| (?:of|for)\b| \p{Lu})/gu;

/** The head word a name of several words is referred back to by: its last word, or its first before "of". */
function headOf(name: string): string | undefined {
  const words = name.replace(/^the /i, '').split(' ');
  if (words.length < 2) return undefined;
  const head = words[1] === 'of' || words[1] === 'for' ? words[0]! : words[words.length - 1]!;
  return REFERABLE_HEADS.has(head) ? head : undefined;
}

/**
 * "the House" after "House of Representatives", "the Society" after "Society of the Cincinnati":
 * a head word alone, after "the", is the one organisation or place of the article with that head
 * (none when two have it). A group named by the head alone ("Senate") joins it too.
 */
function addHeadReferences(text: string, articleId: string, groups: Map<string, Group>): void {
  const owners = new Map<string, Group[]>();
  for (const g of groups.values()) {
    if (g.kind === 'person' || !g.articleIds.has(articleId)) continue;
    const heads = new Set([...g.names.keys()].map(headOf).filter((h): h is string => Boolean(h)));
    for (const h of heads) owners.set(h, [...(owners.get(h) ?? []), g]);
  }
  if (owners.size === 0) return;
  // "the House" is the House of Representatives, not the White House: of two names with the head,
  // the one that opens with it before "of" is the one the head alone refers back to.
  for (const [head, list] of owners) {
    if (list.length < 2) continue;
    const opening = list.filter((g) => [...g.names.keys()].some((n) => headOf(n) === head && /^(?:the )?\S+ (?:of|for) /i.test(n)));
    if (opening.length === 1) owners.set(head, opening);
  }
  for (const m of text.matchAll(HEAD_REFERENCE)) {
    const list = owners.get(m[1]!);
    if (list?.length !== 1) continue;
    list[0]!.surfaces.add(m[1]!);
  }
  for (const [head, list] of owners) {
    if (list.length !== 1) continue;
    for (const kind of ['organization', 'place'] as const) {
      const alone = groups.get(`${kind}:${nameKey(head)}`);
      if (alone && alone !== list[0] && !alone.into && alone.articleIds.has(articleId) && !gazetteer().lookup(head)) alone.into = list[0];
    }
  }
}

const STATE_FORM = /(?<![\p{L}\p{N}])(?:Republic|Kingdom|State|Commonwealth|Principality|Sultanate|Emirate|Grand Duchy|City|Municipality|Province|County|Island|Isle) of (\p{Lu}[\p{L}\p{M}-]*(?: \p{Lu}[\p{L}\p{M}-]*){0,2})/gu;

/** "Republic of Albania", "State of Pennsylvania", "City of Tulsa": another form of a place the article names. */
function addStateForms(text: string, groups: Map<string, Group>): void {
  for (const m of text.matchAll(STATE_FORM)) {
    const g = groups.get(`place:${nameKey(m[1]!)}`);
    if (g) rootOf(g).surfaces.add(m[0]);
  }
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * "U.S. Congress" or "Senate of the United States" where the organisation is named "Congress" or
 * "Senate": the name with a place the gazetteer knows before it or after "of" is the same
 * organisation's, as an alias. Where the text qualifies the name with two different places
 * ("Ohio Senate", "U.S. Senate") it is two bodies, and neither form is added.
 */
function addPlaceQualifiedForms(text: string, articleId: string, groups: Map<string, Group>): void {
  for (const g of groups.values()) {
    if (g.kind !== 'organization' || g.into || !g.articleIds.has(articleId)) continue;
    const forms = new Map<string, string>();
    for (const name of new Set([...g.names.keys(), ...g.surfaces])) {
      const bare = name.replace(/^the /i, '');
      if (!/^\p{Lu}/u.test(bare)) continue;
      const { before, after } = placeQualifiedMatches(text, bare);
      for (const [matches, isAfter] of [[before, false], [after, true]] as const) {
        for (const m of matches) {
          const place = m[1]!;
          const known = gazetteer().lookup(place) ?? gazetteer().lookup(`the ${place}`);
          // "General Assembly of the United Nations": after "of", an international body qualifies a name too.
          if (known?.kind !== 'place' && !(isAfter && known?.kind === 'organization' && nameKey(known.canonical) !== nameKey(bare))) continue;
          forms.set(m[0], known.canonical);
        }
      }
    }
    if (new Set(forms.values()).size === 1) for (const f of forms.keys()) g.surfaces.add(f);
  }
}

/**
 * "… the United Nations Interim Administration Mission in Kosovo (UNMIK)": an abbreviation in
 * brackets after a long name the mentions split up. The shortest run of capitalised words (and
 * small words between them) before the bracket whose initials spell the abbreviation is its full
 * name: an alias of the abbreviation's organisation, and pieces of it that are no name of their
 * own ("Interim Administration Mission") join it.
 */
function addAbbreviationsDefinedAfterLongNames(text: string, articleId: string, groups: Map<string, Group>): void {
  for (const m of text.matchAll(/\((\p{Lu}[\p{Lu}&]{1,9})\)/gu)) {
    const abbr = m[1]!;
    const g = groups.get(`organization:${nameKey(abbr)}`) ?? groups.get(`place:${nameKey(abbr)}`);
    if (!g?.articleIds.has(articleId)) continue;
    const full = longNameBefore(text.slice(Math.max(0, m.index - 140), m.index).trimEnd(), abbr);
    if (!full) continue;
    const target = rootOf(g);
    target.surfaces.add(full);
    target.names.set(full, target.names.get(full) ?? 1);
    for (const other of groups.values()) {
      if (other.kind !== 'organization' || rootOf(other) === target || !other.articleIds.has(articleId)) continue;
      const name = longestName(other);
      if (name.split(' ').length >= 2 && full.includes(name) && !full.startsWith(name) && !gazetteer().lookup(name)) rootOf(other).into = target;
    }
  }
}

/**
 * "Paramus, NJ": a US state's postal code after a town is that state's alias where the article
 * names the state; a group named by the code alone ("NJ") joins it.
 */
function addStateCodes(text: string, articleId: string, groups: Map<string, Group>): void {
  for (const m of text.matchAll(/\p{Lu}[\p{L}.’'-]+, ([A-Z]{2})(?![\p{L}\p{N}])/gu)) {
    const state = US_STATE_CODES[m[1]!];
    const g = state ? groups.get(`place:${nameKey(state)}`) : undefined;
    if (!g?.articleIds.has(articleId)) continue;
    const target = rootOf(g);
    target.surfaces.add(m[1]!);
    for (const kind of ['organization', 'place'] as const) {
      const other = groups.get(`${kind}:${nameKey(m[1]!)}`);
      if (other && rootOf(other) !== target) rootOf(other).into = target;
    }
  }
}

// Labels of codes, not actors where a code follows: "(IATA: TUL)".
const CODE_LABELS = /^(?:IATA|ICAO|ISBN|ISSN|DOI)$/;

/**
 * "the source text (ST)", "return on equity (ROE)": an abbreviation the text defines for words in
 * lower case is a term, not a name, wherever it is used.
 */
export function termsDefinedInLowerCase(text: string): Set<string> {
  const terms = new Set<string>();
  if (!text.includes('(')) return terms;
  for (const m of text.matchAll(/((?:\p{Ll}[\p{Ll}-]* ){2,6})\((\p{Lu}{2,6})\)/gu)) {
    const words = m[1]!.trim().split(' ');
    const abbr = m[2]!;
    if (spells(abbr, words.slice(words.length - abbr.length).map((w) => w.toUpperCase())) || spells(abbr, words.slice(-abbr.length - 1).map((w) => w.toUpperCase()))) terms.add(abbr);
  }
  return terms;
}

/**
 * "Tarn Regional Airport (IATA: TRN)": an airport's code is its alias, and a group named by the
 * code alone joins the airport (the name ending right before the bracket, the longest known).
 */
function addAirportCodes(text: string, articleId: string, groups: Map<string, Group>): void {
  for (const m of text.matchAll(/ \((?:IATA|ICAO)(?: code)?:? ([A-Z]{3,4})\)/g)) {
    const before = text.slice(Math.max(0, m.index - 80), m.index);
    let best: Group | undefined;
    let bestLength = 0;
    for (const g of groups.values()) {
      if (g.kind === 'person' || !g.articleIds.has(articleId)) continue;
      for (const s of g.surfaces) if (s.length > bestLength && before.endsWith(s)) [best, bestLength] = [g, s.length];
    }
    if (!best) continue;
    const target = rootOf(best);
    target.surfaces.add(m[1]!);
    for (const kind of ['organization', 'place'] as const) {
      const other = groups.get(`${kind}:${nameKey(m[1]!)}`);
      if (other && rootOf(other) !== target) rootOf(other).into = target;
    }
  }
}

/**
 * "GW Bridge" where the article names the "George Washington Bridge": the initials of the words
 * before the head, then the head, are another form of the name; a group so named joins it.
 */
function addInitialledForms(text: string, articleId: string, groups: Map<string, Group>): void {
  for (const g of groups.values()) {
    if (g.kind === 'person' || g.into || !g.articleIds.has(articleId)) continue;
    for (const name of [...g.names.keys()]) {
      const words = name.replace(/^the /i, '').split(' ');
      if (words.length < 3 || words.length > 5 || !words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w))) continue;
      const form = `${words.slice(0, -1).map((w) => w[0]).join('')} ${words[words.length - 1]}`;
      if (!new RegExp(`(?<![\\p{L}\\p{N}])${form}(?![\\p{L}\\p{N}])`, 'u').test(text)) continue;
      g.surfaces.add(form);
      for (const kind of ['organization', 'place'] as const) {
        const other = groups.get(`${kind}:${nameKey(form)}`);
        if (other && rootOf(other) !== rootOf(g)) rootOf(other).into = rootOf(g);
      }
    }
  }
}

/** "the Chathams" where the article names the "Chatham Islands": the plural of the name's word is the group's alias. */
function addIslandPlurals(text: string, articleId: string, groups: Map<string, Group>): void {
  for (const g of groups.values()) {
    if (g.kind !== 'place' || g.into || !g.articleIds.has(articleId)) continue;
    for (const name of [...g.names.keys()]) {
      const m = /^(?:the )?(\p{Lu}\p{Ll}+[^s\W]) Islands$/u.exec(name);
      if (m && new RegExp(`(?<![\\p{L}\\p{N}])${m[1]}s(?![\\p{L}\\p{N}])`, 'u').test(text)) g.surfaces.add(`${m[1]}s`);
    }
  }
}

/** "Main St." where the article names "Main Street": the abbreviated form is an alias. */
function addStreetAbbreviations(text: string, articleId: string, groups: Map<string, Group>): void {
  for (const g of groups.values()) {
    if (g.kind !== 'place' || g.into || !g.articleIds.has(articleId)) continue;
    for (const name of [...g.names.keys()]) {
      const words = name.split(' ');
      const abbr = STREET_ABBREVIATIONS[words[words.length - 1]!];
      if (!abbr || words.length < 2) continue;
      const short = [...words.slice(0, -1), abbr].join(' ');
      if (new RegExp(`(?<![\\p{L}\\p{N}])${esc(short)}`, 'u').test(text)) g.surfaces.add(short);
    }
  }
}

/**
 * "New York" where the article names "New York City" and never the state ("New York State",
 * "state of New York", "upstate New York"): the city, the one city whose common name drops "City".
 */
function mergeNewYork(text: string, articleId: string, groups: Map<string, Group>): void {
  const city = groups.get('place:new york city');
  const bare = groups.get('place:new york');
  if (!city || !bare || !city.articleIds.has(articleId) || !bare.articleIds.has(articleId) || rootOf(bare) === rootOf(city)) return;
  if (/New York State|New York state|[Ss]tate of New York|[Uu]pstate New York|New York Governor|Governor of New York/.test(text)) return;
  rootOf(bare).into = rootOf(city);
}

const SMALL = /^(?:of|the|and|for|in|on|at|de|du|la|le|des|&)$/;

/** The shortest name ending the text whose word initials (small words may give a letter or none) spell `abbr`. */
export function longNameBefore(before: string, abbr: string): string | undefined {
  const words = before.split(' ');
  const letters = abbr.replace(/&/g, '');
  for (let n = 2; n <= Math.min(words.length, letters.length + 4); n++) {
    const run = words.slice(words.length - n);
    if (!/^\p{Lu}/u.test(run[0]!) || !run.every((w) => /^\p{Lu}[\p{L}\p{M}’'-]*$/u.test(w) || SMALL.test(w))) continue;
    if (SMALL.test(run[run.length - 1]!)) return undefined;
    if (spells(letters, run)) return run.join(' ');
  }
  return undefined;
}

/**
 * The letters are the initials of words of the run in order ("UNMIK": United Nations [Interim
 * Administration] Mission in Kosovo); the first and the last word each give one.
 */
function spells(letters: string, words: string[], li = 0, wi = 0): boolean {
  if (wi === words.length) return li === letters.length;
  const w = words[wi]!;
  const edge = wi === 0 || wi === words.length - 1;
  if (li < letters.length && w[0]!.toUpperCase() === letters[li] && spells(letters, words, li + 1, wi + 1)) return true;
  return !edge && spells(letters, words, li, wi + 1);
}

/**
 * "Daly explained …" where the article names "Marymegan Daly": a surname written alone (no other
 * capitalised word beside it) is an alias of the one person with that surname, when no other
 * actor of any kind goes by it.
 */
function addSurnamesAlone(groups: Map<string, Group>, analysis: Analysis): void {
  const bySurname = new Map<string, Group[]>();
  for (const g of groups.values()) {
    if (g.kind !== 'person' || g.into) continue;
    const name = longestName(g);
    const words = name.split(' ');
    if (nameParts(name).length < 2 || SURNAME_FIRST.has(words[0]!)) continue;
    const last = words[words.length - 1]!;
    if (!/^\p{Lu}\p{Ll}{2,}$/u.test(last)) continue;
    bySurname.set(last, [...(bySurname.get(last) ?? []), g]);
  }
  const used = new Set<string>();
  for (const g of groups.values()) if (!g.into && (g.kind !== 'person' || nameParts(longestName(g)).length === 1)) for (const n of g.names.keys()) used.add(nameKey(n));
  for (const [surname, list] of bySurname) {
    if (list.length !== 1 || used.has(nameKey(surname)) || gazetteer().lookup(surname)) continue;
    const owner = list[0]!;
    if (owner.surfaces.has(surname)) continue;
    const alone = new RegExp(`(?<![\\p{L}\\p{N}])(?<!\\p{Lu}[\\p{L}.’'-]* )${surname}(?![\\p{L}\\p{N}]| \\p{Lu})`, 'u');
    if (analysis.articles.some(({ article }) => owner.articleIds.has(article.id) && alone.test(article.text))) owner.surfaces.add(surname);
  }
}

/**
 * "U.S. Congress" and "Congress", "UN General Assembly" and "General Assembly of the United
 * Nations": an organisation named with its place before or after it and the same name without
 * it are one, when only one place is so named with it.
 */
function mergePlacePrefixed(groups: Map<string, Group>): void {
  const byCore = new Map<string, Group[]>();
  for (const g of groups.values()) {
    if (g.kind !== 'organization' || g.into) continue;
    const core = placeFreeCore(longestName(g));
    if (core) byCore.set(nameKey(core), [...(byCore.get(nameKey(core)) ?? []), g]);
  }
  for (const [key, list] of byCore) {
    const bare = groups.get(`organization:${key}`);
    const owners = list.filter((g) => g !== bare);
    if (owners.length !== 1) continue;
    if (bare && !bare.into) bare.into = owners[0];
  }
}

/** The name without a leading or closing place the gazetteer knows ("U.S. Congress" → "Congress"), or undefined. */
function placeFreeCore(name: string): string | undefined {
  const words = name.replace(/^the /i, '').split(' ');
  if (words.length < 2) return undefined;
  for (let n = Math.min(2, words.length - 1); n >= 1; n--) {
    const lead = gazetteer().lookup(words.slice(0, n).join(' '));
    if (lead) return words.slice(n).join(' ');
  }
  const of = /^(.+?) of (?:the )?(.+)$/.exec(words.join(' '));
  if (of && gazetteer().lookup(of[2]!)) return of[1];
  return undefined;
}

function absorb(into: Group, g: Group): void {
  for (const [n, c] of g.names) into.names.set(n, (into.names.get(n) ?? 0) + c);
  for (const s of g.surfaces) into.surfaces.add(s);
  into.roles.push(...g.roles);
  into.genders.push(...g.genders);
  into.mentions += g.mentions;
  for (const id of g.articleIds) into.articleIds.add(id);
  into.first = Math.min(into.first, g.first);
}

function longestName(g: Group): string {
  return [...g.names.entries()].sort((a, b) => nameParts(b[0]).length - nameParts(a[0]).length || b[1] - a[1])[0]![0];
}

/** Surname-only groups join the one full name that has the surname; full-name variants join up. */
function mergePeople(people: Group[]): void {
  const full = people.filter((g) => nameParts(longestName(g)).length >= 2).sort((a, b) => b.mentions - a.mentions);
  for (let i = 0; i < full.length; i++) {
    for (let j = i + 1; j < full.length; j++) {
      const a = full[i]!;
      const b = full[j]!;
      if (!b.into && !a.into && samePerson(longestName(a), longestName(b))) b.into = a;
    }
  }
  const bySurname = new Map<string, Group[]>();
  const byGiven = new Map<string, Group[]>();
  const add = (map: Map<string, Group[]>, key: string, g: Group) => {
    const list = map.get(key);
    if (list) list.push(g);
    else map.set(key, [g]);
  };
  for (const g of full) {
    if (g.into) continue;
    for (const s of surnames(longestName(g))) add(bySurname, s, g);
    add(byGiven, nameParts(longestName(g))[0]!, g);
  }
  for (const g of people) {
    if (g.into || nameParts(longestName(g)).length !== 1) continue;
    const part = nameParts(longestName(g))[0]!;
    const owners = bySurname.get(part) ?? byGiven.get(part);
    if (owners && owners.length > 0) g.into = [...owners].sort((a, b) => b.mentions - a.mentions)[0];
  }
}

const rootOf = (g: Group): Group => (g.into ? rootOf(g.into) : g);

/**
 * "Korean People's Army (KPA)": the abbreviation an article defines joins the name, as an alias
 * even where the abbreviation is not used again, and with every mention of it in any article.
 */
function mergeDefined(defined: [Group, string][], groups: Map<string, Group>): void {
  for (const [g, abbr] of defined) {
    const target = rootOf(g);
    target.surfaces.add(abbr);
    for (const kind of ['organization', 'place', 'person'] as const) {
      const other = groups.get(`${kind}:${nameKey(abbr)}`);
      if (other && rootOf(other) !== target) rootOf(other).into = target;
    }
  }
}

/**
 * "Tsinghua" joins "Tsinghua University", "Socotra" "Socotra Island", when exactly one name has
 * that short form and the gazetteer does not know the short form as a place of its own (it may,
 * for an island: "Socotra" is the island). Where the article writes the short form without its
 * being a mention ("teaching at Tsinghua"), it is an alias all the same, unless it is part of a
 * person's name.
 */
function mergeShortForms(groups: Map<string, Group>, analysis: Analysis): void {
  const owners = new Map<string, Group[]>();
  const shorts = new Map<Group, string>();
  for (const g of groups.values()) {
    if (g.kind === 'person' || g.into) continue;
    const short = shortForm(longestName(g)) ?? (g.kind === 'organization' ? teamShortForm(longestName(g)) : undefined);
    if (!short) continue;
    const key = nameKey(short);
    owners.set(key, [...(owners.get(key) ?? []), g]);
    shorts.set(g, short);
  }
  const personWords = new Set<string>();
  for (const g of groups.values()) if (g.kind === 'person') for (const n of g.names.keys()) for (const w of n.split(' ')) personWords.add(w);
  for (const [key, list] of owners) {
    if (list.length !== 1) continue;
    const owner = list[0]!;
    const short = shorts.get(owner)!;
    const known = gazetteer().lookup(short);
    if (known && !(owner.kind === 'place' && PLACE_SHORT_HEAD.has(droppedHead(longestName(owner))))) continue;
    for (const kind of ['organization', 'place'] as const) {
      const g = groups.get(`${kind}:${key}`);
      if (!g || g.into || g === owner) continue;
      g.into = owner;
    }
    const team = teamShortForm(longestName(owner)) === short;
    if (personWords.has(short) || groups.has(`person:${key}`) || (/\s/.test(short) && !team)) continue;
    const alone = new RegExp(`(?<![\\p{L}\\p{N}])(?<!(?<![\\p{L}])(?!(?:The|A|An) )\\p{Lu}[\\p{L}’'-]* )${short.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}]| \\p{Lu})`, 'u');
    if (analysis.articles.some(({ article }) => owner.articleIds.has(article.id) && alone.test(article.text))) owner.surfaces.add(short);
  }
}

/** "KCNA" joins "Korean Central News Agency" when exactly one organisation has those initials. */
function mergeAcronyms(orgs: Group[]): void {
  const byInitials = new Map<string, Group[]>();
  for (const g of orgs) {
    const name = longestName(g);
    if (/^[A-Z]{2,}$/.test(name)) continue;
    const ini = initials(name);
    if (ini.length >= 2) {
      const list = byInitials.get(ini);
      if (list) list.push(g);
      else byInitials.set(ini, [g]);
    }
  }
  for (const g of orgs) {
    const name = longestName(g);
    if (!/^[A-Z]{2,}$/.test(name)) continue;
    const owners = byInitials.get(name);
    if (owners?.length === 1 && owners[0] !== g) g.into = owners[0];
  }
}

function bestRole(g: Group): string | undefined {
  if (g.roles.length === 0) return undefined;
  const counts = new Map<string, number>();
  for (const r of g.roles) counts.set(nameKey(r.role), (counts.get(nameKey(r.role)) ?? 0) + 1);
  return [...g.roles].sort((a, b) => a.rank - b.rank || counts.get(nameKey(b.role))! - counts.get(nameKey(a.role))! || a.order - b.order)[0]!.role;
}

function toActor(g: Group): ActorEntry {
  // An organisation is named in full rather than by its abbreviation ("Brevian People’s Army", not "BPA").
  const acronym = (n: string) => (/^[\p{Lu}\d&.-]+$/u.test(n) ? 1 : 0);
  const name = g.kind === 'person' ? longestName(g) : [...g.names.entries()].sort((a, b) => acronym(a[0]) - acronym(b[0]) || b[1] - a[1] || b[0].length - a[0].length)[0]![0];
  const role = bestRole(g);
  const male = g.genders.filter((x) => x === 'male').length;
  const female = g.genders.length - male;
  const gender: Gender | undefined = male > female ? 'male' : female > male ? 'female' : undefined;
  return {
    name,
    kind: g.kind,
    ...(role ? { role } : {}),
    aliases: [...g.surfaces],
    mentions: g.mentions,
    articleIds: [...g.articleIds],
    ...(gender ? { gender } : {}),
  };
}
