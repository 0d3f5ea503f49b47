// Names that look like actors and never are: wire-service slugs and editor marks ("LD", "ADDS",
// "UPDATE 2"), platform ids and mention syntax ("U0LEAK1", "<@U123>"), abbreviations of titles,
// units, eras and currencies ("GMT", "POTUS", "BCE", "USD"), roman numerals, products and code
// names with digits ("STS-135", "IE9"), technical abbreviations ("HTML", "DVD"), words shouted in
// capitals ("NOW", "JULY"), and names made of initials alone ("H. R.").

import { isCommonWord } from '../../analyse/lexicon.ts';
import type { ActorKind } from '../../briefing.ts';

const WIRE_MARKS = new Set(['LD', 'ADDS', 'ADD', 'ATTN', 'TRIMS', 'TRIM', 'UPDATE', 'UPDATES', 'REFILE', 'CORRECTED', 'RPT', 'REPEAT', 'WRAPUP', 'FACTBOX', 'EXCLUSIVE', 'ANALYSIS', 'BREAKING', 'URGENT', 'FLASH', 'ADVISORY', 'EDS', 'NOTE', 'RECASTS', 'CORRECTS', 'WRITETHRU', 'SUBS', 'INSIGHT', 'PIX', 'TV', 'VIDEO', 'PHOTO', 'PHOTOS', 'GRAPHIC']);
const TITLES_AND_UNITS = new Set(['GMT', 'UTC', 'EST', 'EDT', 'PST', 'PDT', 'CET', 'BST', 'VIP', 'VIPs', 'POTUS', 'FLOTUS', 'SCOTUS', 'MP', 'MPs', 'QC', 'KC', 'MEP', 'MEPs', 'CEO', 'CFO', 'COO', 'CTO', 'PM', 'AM', 'FM', 'PhD', 'MD', 'MBA', 'BA', 'MA', 'BSc', 'MSc', 'OBE', 'MBE', 'CBE', 'KBE', 'Jr', 'Sr', 'km', 'KM', 'MPH', 'KPH', 'GB', 'MB', 'TB', 'KB', 'HP', 'MW', 'GW', 'KW', 'KWH', 'ID', 'IDs', 'PIN', 'OK', 'RBI', 'RBIs']);
const MONTHS = /^(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)$/;
const ERAS = new Set(['BC', 'BCE', 'AD', 'CE', 'WWI', 'WWII', 'WW1', 'WW2', 'BP']);
const CURRENCIES = new Set(['USD', 'EUR', 'GBP', 'JPY', 'CNY', 'RMB', 'CHF', 'CAD', 'AUD', 'NZD', 'MXN', 'BRL', 'INR', 'RUB', 'KRW', 'HKD', 'SGD', 'SEK', 'NOK', 'DKK', 'PLN', 'CZK', 'HUF', 'TRY', 'ZAR', 'IRR', 'CUC', 'CUP', 'THB', 'PHP', 'IDR', 'MYR', 'VND', 'EGP', 'ILS', 'AED', 'SAR', 'UAH', 'TOP']);
const TECHNICAL = new Set(['HTML', 'XML', 'CSS', 'HTTP', 'HTTPS', 'URL', 'PDF', 'USB', 'CD', 'CDs', 'DVD', 'DVDs', 'TV', 'PC', 'PCs', 'IT', 'ICT', 'AI', 'VR', 'GPS', 'SMS', 'MMS', 'LCD', 'LED', 'CPU', 'GPU', 'RAM', 'ROM', 'OS', 'VM', 'VPN', 'IRC', 'API', 'SDK', 'FAQ', 'DIY', 'ATM', 'ATMs', 'IQ', 'DNA', 'RNA', 'HIV', 'AIDS', 'GDP', 'GNP', 'VAT', 'R&D', 'S&M', 'BDSM', 'POV', 'ROV', 'VHF', 'UHF', 'AC', 'DC', 'NB', 'PS', 'RSVP', 'ASAP', 'aka', 'AKA', 'LOL', 'OMG', 'TBA', 'TBD', 'ETA', 'Q&A', 'OER', 'MMPI', 'STEM']);

// A product, vehicle or code name with digits: "STS-135", "IE9", "A320", "COVID-19", "U0LEAK1".
const WITH_DIGITS = /\d/;
// Slack and Discord mention syntax and ids: "<@U0LEAK1>", "<#C0LEAK>", "U0LEAK1", "C0LEAK".
const PLATFORM_ID = /^<[@#!]|^[UCWGD]0[A-Z0-9]{3,}$/;
const ROMAN = /^(?=[MDCLXVI])M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;
// A road is a place: "I-44", "A64", "M62", "US-412".
export const ROAD = /^(?:I|A|M|B|N|E|US|SR|SH|R|D)-?\d{1,4}$/;
const INITIALS_ONLY = /^(?:\p{Lu}\.\s*)+$/u;
// Names the gazetteer knows that carry digits.
const DIGIT_NAMES = new Set(['G7', 'G20', 'G-7', 'G-20', 'G8', 'G77', 'Group of 20']);

/** A name that is never an actor, whatever the text around it. */
export function isJunkName(name: string, kind: ActorKind): boolean {
  const n = name.trim();
  if (!n || PLATFORM_ID.test(n)) return true;
  // "H. R.", "S. F.": initials without a name; "U.S." and "D.C." are places the gazetteer knows.
  if (kind === 'person' && INITIALS_ONLY.test(n)) return true;
  const words = n.split(/\s+/);
  // "UPDATE 2", "LD-Writethru": editor marks, alone or numbered.
  if (words.every((w) => WIRE_MARKS.has(w.toUpperCase().replace(/[^A-Z]/g, '')) || /^\d+$/.test(w))) return /^[A-Z\d\s-]+$/.test(n);
  if (words.length === 1) {
    const w = words[0]!;
    if (TITLES_AND_UNITS.has(w) || ERAS.has(w) || CURRENCIES.has(w) || TECHNICAL.has(w)) return true;
    if (WITH_DIGITS.test(w) && !DIGIT_NAMES.has(w) && !ROAD.test(w)) return true;
    if (ROMAN.test(w)) return true;
    // A word shouted in capitals that is a common word in lower case: "NOW", "JULY", "HUGE".
    if (/^\p{Lu}{2,}$/u.test(w) && (isCommonWord(w.toLowerCase()) || MONTHS.test(w)) && kind !== 'place') return true;
  }
  // Code names: "STS-135", "Apollo 11" stays (a word before the number), "F-E" goes.
  if (/^\p{Lu}{1,4}-\p{Lu}{1,2}$/u.test(n)) return true;
  return false;
}
