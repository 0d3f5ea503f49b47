// Comparing actor names: the key two spellings share ("Centre"/"Center", "the Pentagon"/"Pentagon"),
// a person's name parts, and whether two people's names can be the same person
// ("Joe Biden" / "Joseph R. Biden Jr." / "Biden").

import { SURNAME_FIRST } from '../../analyse/name-words.ts';
import { normaliseForComparison, scoped } from '../briefing-scope.ts';

/** "Yucatán" and "Yucatan", "Tåsinge" and "Taasinge": one key without accents (å written aa, æ ae, ø oe). */
function foldAccents(s: string): string {
  if (/^[\x00-\x7f]*$/.test(s)) return s;
  return s.replace(/å/g, 'aa').replace(/æ/g, 'ae').replace(/ø/g, 'oe').normalize('NFD').replace(/\p{M}/gu, '');
}

/** The key of a name; worked out once per text in a briefing (every capitalised word of an article asks). */
export const nameKey: (name: string) => string = scoped('name-key', keyOf);

function keyOf(name: string): string {
  return foldAccents(normaliseForComparison(name))
    .replace(/^the\s+/, '')
    .replace(/['’]s$/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const HONORIFIC = /^(?:mr|mrs|ms|miss|mx|dr|prof|sir|dame|lord|lady|rev)\.?$/i;
const SUFFIX = /^(?:jr|sr|ii|iii|iv)\.?$/i;

/** Name words without honorifics, initials or suffixes: "Joseph R. Biden Jr." → ["joseph", "biden"]. */
export function nameParts(name: string): string[] {
  return name
    .split(/\s+/)
    .filter((w) => w && !HONORIFIC.test(w) && !SUFFIX.test(w) && !/^\p{Lu}\.$/u.test(w))
    .map((w) => normaliseForComparison(w).replace(/['’]s$/, ''));
}

const NICKNAMES: string[][] = [
  ['joe', 'joseph'],
  ['bill', 'william', 'will', 'billy'],
  ['bob', 'robert', 'rob', 'bobby'],
  ['mike', 'michael'],
  ['jim', 'james', 'jimmy'],
  ['tony', 'antony', 'anthony'],
  ['liz', 'elizabeth', 'beth', 'lizzie'],
  ['chuck', 'charles', 'charlie'],
  ['dick', 'richard', 'rick', 'rich'],
  ['ted', 'edward', 'ed', 'teddy'],
  ['tom', 'thomas'],
  ['dan', 'daniel', 'danny'],
  ['dave', 'david'],
  ['steve', 'steven', 'stephen'],
  ['nick', 'nicholas', 'nicolas'],
  ['chris', 'christopher'],
  ['alex', 'alexander', 'alexandre', 'aleksandr'],
  ['ben', 'benjamin', 'bibi'],
  ['sam', 'samuel'],
  ['matt', 'matthew'],
  ['andy', 'andrew'],
  ['pete', 'peter'],
  ['ron', 'ronald'],
  ['don', 'donald'],
  ['ken', 'kenneth'],
  ['kate', 'katherine', 'catherine', 'kathy'],
  ['jen', 'jennifer', 'jenny'],
  ['vlad', 'vladimir'],
  ['sergei', 'sergey'],
  ['volodymyr', 'vladimir'],
  ['larry', 'lawrence', 'laurence'],
  ['harry', 'henry', 'hank'],
  ['jack', 'john', 'johnny'],
  ['fred', 'frederick', 'freddie'],
  ['greg', 'gregory'],
  ['jeff', 'jeffrey', 'geoffrey'],
  ['jerry', 'jerrold', 'gerald', 'gerry'],
  ['tim', 'timothy'],
  ['pat', 'patrick', 'patricia'],
  ['sue', 'susan', 'suzanne'],
  ['jon', 'jonathan'],
  ['frank', 'francis'],
  ['jake', 'jacob'],
  ['nate', 'nathan', 'nathaniel'],
  ['abe', 'abraham'],
  ['ray', 'raymond'],
  ['walt', 'walter'],
  ['stan', 'stanley'],
  ['doug', 'douglas'],
  ['phil', 'philip', 'phillip'],
  ['meg', 'peggy', 'maggie', 'margaret'],
  ['becky', 'rebecca'],
  ['debbie', 'deborah', 'debra'],
  ['vicky', 'victoria'],
  ['sally', 'sarah'],
  ['betty', 'elizabeth'],
];
const NICK = new Map<string, Set<string>>();
for (const group of NICKNAMES) for (const n of group) NICK.set(n, new Set([...(NICK.get(n) ?? []), ...group]));

function sameGivenName(a: string, b: string): boolean {
  return a === b || Boolean(NICK.get(a)?.has(b));
}

/** The surname: the last part, or the first for a surname written first ("Park Jin", "Kim Jong Un"). */
export function surnames(name: string): string[] {
  const parts = nameParts(name);
  if (parts.length === 0) return [];
  const first = name.split(/\s+/).find((w) => !HONORIFIC.test(w)) ?? '';
  return SURNAME_FIRST.has(first) ? [parts[0]!, parts[parts.length - 1]!] : [parts[parts.length - 1]!];
}

/** Two full names that can be one person: same surname and compatible given names. */
export function samePerson(a: string, b: string): boolean {
  const pa = nameParts(a);
  const pb = nameParts(b);
  if (pa.length < 2 || pb.length < 2) return false;
  if (pa.join(' ') === pb.join(' ')) return true;
  // "Higuchi Natsu" and "Natsu Higuchi": the same name in the other order.
  if (pa.length === 2 && pb.length === 2 && pa[0] === pb[1] && pa[1] === pb[0]) return true;
  if (pa[pa.length - 1] !== pb[pb.length - 1]) return false;
  // "Pierre Charles L'Enfant" and "Peter Charles L'Enfant": a given name in another language, the same middle name.
  if (pa.length >= 3 && pa.length === pb.length && pa.slice(1).join(' ') === pb.slice(1).join(' ')) return true;
  return sameGivenName(pa[0]!, pb[0]!);
}

/** "CNAS" for "Center for a New American Security": initials of its capitalised words. */
export function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
}

// Honorifics of other languages before a name ("Mlle. du Motel", "Herr Brandt", "Señora Ruiz"). English
// ones ("Mr", "Dr") are read past by anyone comparing names; these are not, so the name without
// them is a form of its own. "Don" is left alone: it is a given name too ("Don Varn").
const FOREIGN_HONORIFIC = /^(?:Mlle|Mme|Mmes|Mademoiselle|Madame|Monsieur|M\.|Herr|Frau|Fräulein|Señor|Señora|Señorita|Sr\.|Sra|Srta|Doña|Signor|Signora|Signorina|Sig\.|Dott)\.? +((?:(?:de|du|des|da|di|del|della|van|von|der|den|ter|le|la|d’|d')\s*)*\p{Lu}.*)$/u;

/** The name without a leading honorific of another language ("Mlle. du Motel" → "du Motel"), or undefined. */
export function withoutForeignHonorific(name: string): string | undefined {
  return FOREIGN_HONORIFIC.exec(name)?.[1];
}
