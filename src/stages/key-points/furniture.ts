// Sentences that are never a key point, whatever their score: web furniture the cleaner left inside
// a paragraph ("Sign up for our newsletter.", "Keep up with the field with our tracker."), and the
// pleasantries of a transcript ("Thank you, Mr. Secretary.", "Good morning, everyone."). They can be
// central (every outlet's page has them) yet say nothing about the story.

const FURNITURE: RegExp[] = [
  /\b(sign up|subscribe)\b.{0,60}\b(newsletter|updates|alerts|podcast|channel)\b/i,
  /\b(click|tap) here\b/i,
  /\bfollow (us|him|her|them|[A-Z][\w.-]*(?: [A-Z][\w.-]*)?) on (twitter|facebook|instagram|x|threads|bluesky)\b/i,
  /\b(keep up|stay up to date|stay informed) with\b.{0,80}\bour\b/i,
  /^\[?\s*(read|see|watch|listen)( more| also| the full| our)?\b.{0,60}:/i,
  /\b(download|get) (the|our) .{0,30}\bapp\b/i,
  /\bcopyright\b|©|\ball rights reserved\b/i,
  /\b(this (story|article) (has been|was|is being) updated|this is a developing story|check back for updates)\b/i,
  /\b(our|the) (live blog|live updates|newsletter|podcast)\b.{0,40}\b(here|below|link)\b/i,
  /^(advertisement|related|recommended|trending|more on this)\b/i,
  /^\[.*\]?$|^[^[]*\]$/,
];

/** Openings and closings of spoken exchanges: greetings, thanks, turn-taking. */
const GREETING =
  /^(?:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}:\s*)?(?:(?:well|and|so|oh|ok(?:ay)?|yes|all right)[,.]?\s+)?(?:thank you|thanks|good (?:morning|afternoon|evening|night)|hello|hi|hey|welcome|goodbye|bye|nice to (?:see|meet) you|great to (?:see|be here)|it'?s (?:a )?(?:great |real )?(?:pleasure|honou?r) to\b|(?:i'?m|we'?re) (?:glad|happy|delighted) to be here|pleasure to be here)\b/i;

/** True when a sentence is page furniture or a transcript pleasantry: never a key point. */
export function isFurnitureSentence(text: string): boolean {
  const t = text.trim();
  if (FURNITURE.some((re) => re.test(t))) return true;
  // A greeting counts only when it is the whole sentence, or nearly: "Thank you all for coming."
  // is a pleasantry, "Thank you for the question; the sanctions stay." carries news after it.
  if (GREETING.test(t) && t.split(/\s+/).length <= 12 && !/[;:]/.test(t.replace(/^[A-Z][\w.'’ -]{0,40}:\s*/, ''))) return true;
  return false;
}
