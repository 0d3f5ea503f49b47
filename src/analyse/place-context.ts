// Places told by a few characters around a piece of a name chunk, not by the name itself: a
// compass point used as a region ("trade with the West", "From the Northeast"), a numbered street
// ("51st Street", "N 44th St"), and a language that is no country ("taught himself Japanese").
// Each looks only at the characters next to the piece: no scan of the whole text.

// A compass point as a region: capitalised, after "the", and not opening a longer name ("the West Bank").
const COMPASS = new Set(['North', 'South', 'East', 'West', 'Northeast', 'Northwest', 'Southeast', 'Southwest', 'Midwest']);
const THE_BEFORE = /(?<![\p{L}\p{N}])[Tt]he $/u;
const NAME_AFTER = /^(?:[ -]\p{Lu}|-)/u;

/** "the West", "From the Northeast": a compass point named as a region is a place. */
export function isCompassRegion(text: string, word: string, start: number, end: number): boolean {
  return COMPASS.has(word) && THE_BEFORE.test(text.slice(Math.max(0, start - 5), start)) && !NAME_AFTER.test(text.slice(end, end + 2));
}

// Heads of a street's name, written out or abbreviated.
const STREET_HEADS = new Set(['Street', 'St', 'Avenue', 'Ave', 'Road', 'Rd', 'Place', 'Pl', 'Boulevard', 'Blvd', 'Drive', 'Dr', 'Lane', 'Ln', 'Way', 'Terrace', 'Highway', 'Hwy', 'Parkway', 'Pkwy']);
// An ordinal before the head, maybe after a compass letter: "51st ", "N 44th ", "S. 75th ".
const ORDINAL_BEFORE = /(?<![\p{L}\p{N}])(?:[NSEW]\.? )?\d{1,4}(?:st|nd|rd|th) $/u;
// Abbreviated heads: alone they name nothing ("the St", a stray "Ave").
const ABBREVIATED_HEADS = new Set(['St', 'Ave', 'Rd', 'Pl', 'Blvd', 'Dr', 'Ln', 'Hwy', 'Pkwy']);

/**
 * "51st Street", "N 44th St": a street head after an ordinal names a numbered street. Returns the
 * start of the street's name (the ordinal, or the compass letter before it), or undefined.
 */
export function numberedStreetStart(text: string, word: string, start: number): number | undefined {
  if (!STREET_HEADS.has(word)) return undefined;
  const m = ORDINAL_BEFORE.exec(text.slice(Math.max(0, start - 12), start));
  return m ? start - m[0].length : undefined;
}

/** "St", "Ave", "Blvd" alone: an abbreviated street head with no name before it names nothing. */
export function isBareStreetAbbreviation(words: string[]): boolean {
  return words.length === 1 && ABBREVIATED_HEADS.has(words[0]!);
}

// Parts of a building or a site numbered rather than named: "Terminal 2", "Building 31", "Pier 39", "Gate B".
const NUMBERED_HEADS = new Set(['Terminal', 'Building', 'Pier', 'Gate', 'Hangar', 'Concourse', 'Platform', 'Berth', 'Wharf', 'Dock', 'Camp', 'Zone']);
const NUMBER_AFTER = /^ (?:\d{1,4}[A-Z]?|[A-Z])(?![\p{L}\p{N}])/u;

/** "Terminal 2", "Building 31": the end of a numbered part's name, or undefined. */
export function numberedPartEnd(text: string, word: string, end: number): number | undefined {
  if (!NUMBERED_HEADS.has(word)) return undefined;
  const m = NUMBER_AFTER.exec(text.slice(end, end + 7));
  return m ? end + m[0].length : undefined;
}

// Before a language: a verb of speaking, reading, writing or learning, or a preposition of medium.
const LANGUAGE_BEFORE =
  /(?<![\p{L}])(?:in|into|from|speak|speaks|spoke|spoken|speaking|learn|learns|learned|learnt|learning|taught|teach|teaches|teaching|himself|herself|themselves|study|studied|studies|studying|read|reads|reading|write|writes|wrote|written|writing|translate|translated|translates|translating|understand|understands|understood|fluent|fluently|native|knew|know|knows)\s$/u;
// After a language: no noun, only punctuation, the end, or a word that opens a clause or phrase.
const NO_NOUN_AFTER = /^(?:$|[.,;:!?)”"’'\]]|\s+(?:and|or|but|while|as|at|for|to|with|from|by|in|on|when|until|since|before|after|because|so|than|too|well|there|then|fluently|very|is|was|were|are|had|has|have)\b)/u;

/**
 * "He taught himself Japanese", "a book written in Danish", "translated from Persian": a demonym
 * after a verb of language with no noun after it names the language, not the country or its people.
 */
export function isLanguageUse(text: string, start: number, end: number): boolean {
  return LANGUAGE_BEFORE.test(text.slice(Math.max(0, start - 14), start)) && NO_NOUN_AFTER.test(text.slice(end, end + 12));
}
