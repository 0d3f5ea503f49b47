// Broadcast and transcript labels are speaker cues, not text. A transcript paragraph opens with
// its speaker's label in capitals ("SECRETARY BLINKEN: Thank you …", "FOREIGN MINISTER PARK: …"):
// the rest of the paragraph is that speaker's words. Questioners ("Q:", "QUESTION:", "MODERATOR:")
// are labels too, whose words are no one's quote. A radio script marks its clips with
// "[Sound bite: NAME]" before the quoted words.

import type { Mention } from '../../analyse/types.ts';

export interface TranscriptLabel {
  /** The label as printed, without the colon ("SECRETARY BLINKEN"). */
  label: string;
  /** Where the speaker's words start, relative to the paragraph. */
  textStart: number;
  /** True for a questioner or moderator: their words are not quoted. */
  questioner: boolean;
}

const LABEL = /^([A-Z][A-Z.'’ -]{0,48}[A-Z.]|Q):\s+(?=\S)/;
const QUESTIONERS = /^(?:Q|QUESTION|MODERATOR|INTERVIEWER|HOST|ANCHOR|REPORTER|AUDIENCE MEMBER|PARTICIPANT)$/;
// Capital words that open a paragraph with a colon but name no speaker.
const NOT_SPEAKERS = /^(?:UPDATE|UPDATED|BREAKING|EDITOR['’]S NOTE|NOTE|CORRECTIONS?|CLARIFICATION|DISCLOSURE|DISCLAIMER|WATCH|READ MORE|RELATED|PHOTOS?|VIDEO|ANALYSIS|OPINION|EXCLUSIVE|LIVE|TRANSCRIPT|SOURCES?|ADVERTISEMENT|SPONSORED|FACT CHECK|BACKGROUND)$/;

export function transcriptLabel(paragraph: string): TranscriptLabel | null {
  const m = LABEL.exec(paragraph);
  if (!m) return null;
  const label = m[1]!.trim();
  if (NOT_SPEAKERS.test(label)) return null;
  return { label, textStart: m[0].length, questioner: QUESTIONERS.test(label) };
}

// Title words a label carries before the name.
const TITLES = new Set(['SECRETARY', 'FOREIGN', 'MINISTER', 'PRESIDENT', 'VICE', 'PRIME', 'STATE', 'SENATOR', 'SEN.', 'REP.', 'GOVERNOR', 'GOV.', 'MAYOR', 'GENERAL', 'GEN.', 'AMBASSADOR', 'SPOKESMAN', 'SPOKESWOMAN', 'SPOKESPERSON', 'MR.', 'MRS.', 'MS.', 'DR.', 'MR', 'MRS', 'MS', 'DR', 'CHAIRMAN', 'CHAIR', 'DEFENSE', 'DEFENCE', 'OF', 'THE', 'U.S.', 'US', 'DEPUTY', 'UNDER', 'ASSISTANT', 'SPEAKER', 'JUDGE', 'JUSTICE', 'ADMIRAL', 'COMMISSIONER', 'DIRECTOR']);

/**
 * The person a label names: a person mentioned in the article whose name ends with the label's
 * last name word ("SECRETARY BLINKEN" → Antony Blinken), else the label's name words themselves.
 */
export function labelSpeaker(label: string, start: number, persons: readonly Mention[]): Mention | null {
  const words = label.split(/\s+/);
  const names = words.filter((w) => !TITLES.has(w.toUpperCase()));
  if (names.length === 0) return null;
  const surname = names[names.length - 1]!.toLowerCase();
  const known = persons.find((m) => m.canonical.toLowerCase().split(/\s+/).pop() === surname);
  if (known) return known;
  const canonical = names.map((w) => (w.length > 2 && w === w.toUpperCase() ? w[0] + w.slice(1).toLowerCase() : w)).join(' ');
  return { text: label, start, end: start + label.length, kind: 'person', canonical };
}

const SOUND_BITE = /\[(?:Sound ?bite|SOUNDBITE|SOT|Clip|Audio)\s*:\s*([^\]]{2,80})\]\s*$/i;

/** "[Sound bite: US Secretary of State Antony Blinken]" right before a quote: the speaker's words. */
export function soundBiteBefore(textBefore: string): { name: string; offset: number } | null {
  const m = SOUND_BITE.exec(textBefore);
  if (!m) return null;
  const name = m[1]!.trim();
  return { name, offset: m.index + m[0].indexOf(name) };
}
