// Whether a worded question reads like an analyst's: a topic that is a clean noun phrase, a
// grammatical question that stands on its own. A matter that cannot be worded so is dropped: the
// briefing reports fewer questions rather than one that wraps a sentence or leans on another.

const AUX_OR_MODAL = /\b(?:is|are|was|were|be|been|being|am|has|have|had|do|does|did|can|could|will|would|shall|should|may|might|must)\b/i;
/** A topic opening on these points elsewhere ("That", "Such…") or is a measure ("As many"). */
const LEANING_START = /^(?:it|its|they|their|them|he|his|she|her|this|that|these|those|such|what|which|who|whom|as|so|there|here|if|when|whether|and|but|or|of|to|in|on|at|for|by|with|from)\b/i;
/** A phrase ending on a particle or adverb is a verb phrase ("Dems move forward", "Run Again"). */
const VERBAL_END = /\b(?:again|forward|away|back|out|up|down|off|over|ahead|now|then|soon|later|yet|too|also)$/i;
const TIME_WORD = /^(?:\d[\d.,]*|(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|tomorrow|yesterday|tonight|week|weekend|month|year|years|day|days|next|last|this|early|late|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?$/i;
const MAX_TOPIC_WORDS = 6;
/** Words that make a phrase a clause or a time, not a thing: "Thursday that border patrol agents", "Senate Tuesday afternoon". */
const NOT_IN_TOPIC = /\b(?:that|whichever|whatever|whoever|(?:mon|tues|wednes|thurs|fri|satur|sun)day|morning|afternoon|evening|night|tonight)\b/i;
/** A head noun that names no thing of its own ("multiple times", "out plan"). */
const EMPTY_HEAD = /\b(?:times?|things?|ways?|parts?|lots?|kinds?|sorts?|people|others?)$/i;
const PARTICLE_START = /^(?:out|up|down|off|over|away|back|about)\b/i;
/**
 * A head noun naming someone by their job ("Castel Paper’s plant manager", "the ministry
 * spokeswoman"): who speaks about an open matter, never the matter itself. (A difference between
 * outlets may well be who they quote, so this is not part of isCleanTopic.)
 */
const ROLE_HEAD = /\b(?:manager|managers|director|directors|spokes(?:man|woman|person|people)|chief|executive|executives|chairman|chairwoman|president|secretary|minister|official|officials|lawyer|lawyers|attorney|founder|boss)$/i;

/** Quotation marks and brackets open and close within the text. */
export function balanced(text: string): boolean {
  const count = (re: RegExp) => (text.match(re) ?? []).length;
  if (count(/\(/g) !== count(/\)/g) || count(/\[/g) !== count(/\]/g)) return false;
  if (count(/“/g) !== count(/”/g)) return false;
  return count(/"/g) % 2 === 0;
}

/** A short noun phrase naming the matter: no verb, nothing pointing elsewhere, not a bare date. */
export function isCleanTopic(topic: string): boolean {
  const text = topic.trim();
  if (!text || !/\p{L}/u.test(text) || !balanced(text)) return false;
  const words = text.split(/\s+/);
  if (words.length > MAX_TOPIC_WORDS) return false;
  if (LEANING_START.test(text) || VERBAL_END.test(text) || AUX_OR_MODAL.test(text)) return false;
  if (NOT_IN_TOPIC.test(text) || EMPTY_HEAD.test(text) || PARTICLE_START.test(text)) return false;
  if (words.every((w) => TIME_WORD.test(w.replace(/[’',]+$/u, '')))) return false;
  // A stray quote, dash or apostrophe at either end is a cut-off phrase ("two House-").
  return !/^[-–—’'"“”]|[-–—“"]$/u.test(text);
}

/** A phrase naming a person by their role ("Castel Paper’s plant manager"), not a thing. */
export function isRolePhrase(phrase: string): boolean {
  return ROLE_HEAD.test(phrase.trim().replace(/[?.,;:]+$/, ''));
}

/**
 * A question that stands on its own: balanced marks, no modal after do-support ("Do the
 * consequences … could be…"), a subject that does not point back ("Was that offer rejected?"), and
 * no object left dangling on a pronoun ("…argued that?").
 */
export function isCleanQuestion(question: string): boolean {
  if (!balanced(question) || !question.endsWith('?')) return false;
  const body = question.slice(0, -1);
  if (/^(?:Do|Does|Did)\b/.test(body) && /\s(?:could|would|will|can|should|may|might|must|is|are|was|were)\s/.test(body.slice(3))) return false;
  if (/^(?:Is|Are|Was|Were|Has|Have|Had|Will|Would|Could|Can|Do|Does|Did|Should|May|Might)\s+(?:that|this|these|those|such)\b/i.test(body)) return false;
  if (/\s(?:that|this|it|them|so|there|which|who)$/i.test(body)) return false;
  if (/\s[–—-]\s/.test(body)) return false;
  // A verb left without its object or clause ("…an executive order that would?", "Did a page claim?").
  if (/\s(?:would|could|will|can|should|may|might|must|claim|claimed|say|said|report|reported|argue|argued|suggest|suggested|came)$/i.test(body)) return false;
  if (/\bthat\s+(?:\S+\s+){0,2}\S+$/i.test(body) && !/\bthat\s+(?:\S+\s+){0,2}\S+\s+\S+$/i.test(body)) return false;
  // No subject after the lead ("Did in two opinions…"), or a word broken by the page ("17- year- old").
  if (/^\S+\s+(?:in|on|at|by|for|with|from|to|of)\b/i.test(body) || /\w-\s/.test(body)) return false;
  // Two questions glued by a stray "?" or sentence break.
  if (/[?!]|\.\s/.test(body)) return false;
  return body.split(/\s+/).length >= 4;
}

/**
 * A question's subject as splitting found it: a time or a "that" inside it ("the United States on
 * Monday that Iranian forces", "military on Thursday there") means the split went wrong.
 */
export function isCleanSubject(subject: string): boolean {
  if (NOT_IN_TOPIC.test(subject) || /\s[–—-]{1,2}\s/.test(subject) || !balanced(subject)) return false;
  return subject.split(/\s+/).length <= 10;
}

/** "…white according to 2019 data from the Census Bureau": who says so is evidence, not the question. */
export function withoutTrailingAttribution(text: string): string {
  return text.replace(/,?\s+(?:according\s+to|as\s+reported\s+by|citing)\b.*$/i, '');
}
