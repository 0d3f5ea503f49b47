// Timezone names as users type them: checked with Intl, spelled the canonical way, and a wrong
// one answered with the nearest real name ("unknown timezone 'Asia/Seol' — did you mean Asia/Seoul?").

import { BriefError } from '../errors.ts';
import { editDistanceWithin } from './edit-distance.ts';

/** Longer than any IANA name (the longest has 32 characters): refused before any work. */
export const MAX_TIMEZONE_LENGTH = 64;

let knownZones: string[] | undefined;

function zones(): string[] {
  // Node 20's list leaves out UTC, which people type more than any other.
  knownZones ??= [...new Set(['UTC', ...Intl.supportedValuesOf('timeZone')])];
  return knownZones;
}

/** The canonical spelling of a timezone Intl accepts, or undefined. */
export function canonicalTimezone(name: string): string | undefined {
  if (name.length > MAX_TIMEZONE_LENGTH) return undefined;
  const exact = zones().find((zone) => zone.toLowerCase() === name.toLowerCase());
  if (exact) return exact;
  try {
    const resolved = new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
    // Keep a deliberately cased alias as typed (Asia/Kolkata, which Node 20 resolves to Calcutta).
    return name === name.toLowerCase() ? resolved : name;
  } catch {
    return undefined;
  }
}

/** The known zone closest to a misspelt name, if one is close enough to be a likely typo. */
export function suggestTimezone(name: string): string | undefined {
  // Nothing that long is a typo of a real name; and each comparison below is bounded by `allowed`.
  if (name.length > MAX_TIMEZONE_LENGTH) return undefined;
  const wanted = name.toLowerCase();
  const wantedCity = wanted.slice(wanted.lastIndexOf('/') + 1);
  const allowed = Math.max(1, Math.floor(Math.min(wanted.length, 12) / 4));
  const regionPenalty = wanted.includes('/') ? 1 : 0;
  let best: { zone: string; distance: number } | undefined;
  for (const zone of zones()) {
    const lower = zone.toLowerCase();
    const whole = editDistanceWithin(wanted, lower, allowed);
    // "Seol" alone, or under the wrong region ("Europe/Seol"), still finds Asia/Seoul.
    const city = editDistanceWithin(wantedCity, lower.slice(lower.lastIndexOf('/') + 1), allowed) + regionPenalty;
    const distance = Math.min(whole, city);
    if (distance <= allowed && (!best || distance < best.distance)) best = { zone, distance };
  }
  return best?.zone;
}

/** The canonical timezone for a name, or a BriefError that suggests the nearest real one. */
export function resolveTimezone(name: string): string {
  if (name.length > MAX_TIMEZONE_LENGTH) {
    throw new BriefError('UNKNOWN_TIMEZONE', `unknown timezone (${name.length} characters; names are at most ${MAX_TIMEZONE_LENGTH}) — use a name such as Europe/London, America/New_York or UTC`);
  }
  const canonical = canonicalTimezone(name);
  if (canonical) return canonical;
  const suggestion = suggestTimezone(name);
  throw new BriefError(
    'UNKNOWN_TIMEZONE',
    suggestion
      ? `unknown timezone '${name}' — did you mean ${suggestion}?`
      : `unknown timezone '${name}' — use a name such as Europe/London, America/New_York or UTC`,
  );
}

/** True when a word looks like a timezone the user meant (Area/City, or UTC/GMT). */
export function looksLikeTimezone(word: string): boolean {
  return word.includes('/') || /^(utc|gmt)$/i.test(word);
}

/** Longest city name, in words, that may stand for its zone ("Ho Chi Minh"). */
const MAX_CITY_WORDS = 3;

/**
 * The zone a city name stands for, when the first words are the city of exactly one zone
 * ("Seoul" → Asia/Seoul, "New York" → America/New_York, "london" → Europe/London). The longest
 * match wins; a quoted word is a topic, never a city.
 */
export function timezoneOfCity(words: readonly string[]): { zone: string; used: number } | undefined {
  if (/^["“'‘]/.test(words[0] ?? '')) return undefined;
  for (let used = Math.min(MAX_CITY_WORDS, words.length); used >= 1; used--) {
    const city = words.slice(0, used).join('_').toLowerCase();
    if (city.length > MAX_TIMEZONE_LENGTH) continue;
    if (!/^[\p{L}_.'-]+$/u.test(city)) continue;
    const matches = zones().filter((zone) => zone.includes('/') && zone.slice(zone.lastIndexOf('/') + 1).toLowerCase() === city);
    if (matches.length === 1) return { zone: matches[0]!, used };
  }
  return undefined;
}
