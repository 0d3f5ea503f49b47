// Where a sentence leaves something unresolved, clause by clause: hedged or unconfirmed claims,
// denials and disputes, pending events, conditionals. One sentence often carries two matters
// ("weapons have reportedly appeared in Gaza, and the allies condemned what they say is the flow
// of arms to Russia"), so cues are found per clause and each clause is grouped on its own.

export type CueKind = 'hedged' | 'denied' | 'pending' | 'conditional';

export interface Cue {
  kind: CueKind;
  /** How surely the words mark an open matter, 0–1 ("reportedly" 1, a bare "will" 0.3). */
  strength: number;
  /** The cue words, verbatim, and where they start in the clause. */
  text: string;
  at: number;
  /** Only the marker words ("If … confirmed" → "If confirmed"): what the cue says about how, not what. */
  markers: string;
  /** For a conditional, the condition's span in the clause ("If any link is confirmed"). */
  condition?: { start: number; end: number };
}

export interface Clause {
  /** Offsets in the sentence text. */
  start: number;
  end: number;
  text: string;
  cues: Cue[];
}

type CueRule = [CueKind, number, RegExp];

// Ordered from most to least telling; every match counts, the strongest decides the clause.
const RULES: CueRule[] = [
  ['hedged', 1, /\b(reportedly|allegedly|purportedly|ostensibly)\b/i],
  ['hedged', 1, /\b(?:is|are|was|were|being)\s+(?:widely\s+)?(?:believed|thought|said|understood|reported|alleged|suspected|rumou?red|feared)\s+to\b/i],
  ['hedged', 1, /\b(unconfirmed|unverified|could\s+not\s+(?:be\s+)?(?:independently\s+)?(?:verified|confirmed)|not\s+(?:been\s+)?(?:independently\s+)?(?:verified|confirmed)|(?:unable|not\s+able|could\s+not|cannot|can\s*not)\s+(?:to\s+)?(?:independently\s+)?(?:verify|confirm|authenticate))\b/i],
  ['hedged', 0.9, /\b(unclear|unknown|uncertain|remains?\s+to\s+be\s+seen|it\s+is\s+not\s+(?:yet\s+)?(?:clear|known))\b/i],
  ['hedged', 0.9, /\b(apparently|seemingly)\b/i],
  ['hedged', 0.7, /\b(the\s+(?:big\s+|open\s+|key\s+)?question\s+(?:is|was|remains)|questions\s+remain)\b/i],
  // "the central question … remained open", "the question that matters most: how much …".
  ['pending', 0.9, /\b((?:remain(?:s|ed)?|is|are|was|were|left|still)\s+(?:still\s+)?(?:open|unresolved|unsettled|outstanding))\b/i],
  ['pending', 0.7, /\b(the\s+(?:\w+\s+)?question\s+(?:that|which)\s+\w+|(?:declin(?:ed|es|ing)|refus(?:ed|es|ing))\s+to\s+say\s+(?:how|whether|when|if|who|what))\b/i],
  ['hedged', 0.8, /\b(appears?|appeared|seems?|seemed)\s+to\b/i],
  ['hedged', 0.6, /\b(?:reports?\s+(?:of|that)|reported\s+that)\b/i],
  // Mostly plain attribution ("according to the ministry"): evidence, but not a question alone.
  ['hedged', 0.5, /\baccording\s+to\b/i],
  ['hedged', 0.5, /\b(?:may|might|could)\s+have\s+\w+(?:ed|en|wn)\b/i],
  ['hedged', 0.5, /\b(?:may|might|could)\s+(?:be|soon|eventually)\b/i],
  ['denied', 1, /\b(den(?:y|ies|ied|ying|ials?))\b/i],
  ['denied', 0.9, /\b(disputes?|disputed|disputing|contested|refuted|refutes?)\b/i],
  ['denied', 0.8, /\b(reject(?:s|ed|ing)?)\b/i],
  ['denied', 0.8, /\bwhat\s+(?:\w+\s+){1,3}(?:(?:says?|said|claims?|claimed)\s+(?:is|was|are|were)|calls?|called|describes?|described|terms?|termed)\b(?!\s*[“"‘])/i],
  ['denied', 0.8, /\b(dismiss(?:es|ed|ing)?\s+(?:\w+\s+){0,2}(?:claims?|reports?|allegations?|accusations?|as))\b/i],
  ['denied', 0.7, /\b(accus(?:es|ed|ing|ations?)|alleg(?:es|ations?)|claim(?:s|ed)?\s+that)\b/i],
  ['conditional', 1, /\b(if|once|should)\b[^,;]{0,80}?\b(confirmed|proven|proved|true|verified|established|substantiated)\b/i],
  // What follows a finding still to come: "would be reviewed if the watchdog found anything improper".
  ['conditional', 0.8, /\b(if|unless|once)\b[^,;]{0,60}?\b(finds?|found|shows?|showed|rules?|ruled|concludes?|concluded|establish(?:es|ed)?|turns?\s+out|proves?|improper|contaminated|wrongdoing)\b/i],
  ['conditional', 0.6, /\b(whether)\b/i],
  ['conditional', 0.4, /\b(if|unless)\b/i],
  ['pending', 0.9, /\b(?:is|are|was|were|be)\s+(?:\w+ly\s+)?(?:preparing|planning|poised|set|due|scheduled|slated)\s+to\b/i],
  // A forecast ("the dam is expected to supply a quarter of the power") is less of a question.
  ['pending', 0.75, /\b(?:is|are|was|were|be)\s+(?:\w+ly\s+)?(?:expected|likely|going)\s+to\b/i],
  ['pending', 0.9, /\b(final\s+stages?|yet\s+to|not\s+yet|(?:has|have)\s+not\s+(?:yet\s+)?(?:said|decided|announced|disclosed)\s+(?:when|whether|how|if))\b/i],
  ['pending', 0.8, /\b((?:prepares?|plans?|planned|intends?|intended|aims?|vows?|vowed|threatens?|threatened)\s+to)\b/i],
  // A result or a step awaited at a date: "results are expected on Thursday", "talks will resume on
  // May 14", "a report on the cause will take at least a fortnight".
  ['pending', 0.8, /\b((?:is|are|was|were)\s+(?:now\s+|still\s+)?(?:expected|due)\s+(?:on|by|in|within|next|later|this|before|at)|will\s+take\s+(?:at\s+least\s+|up\s+to\s+|about\s+)?(?:an?|one|two|three|several|\d+)\s+(?:days?|weeks?|fortnights?|months?|years?))\b/i],
  ['pending', 0.7, /\b((?:will|would|is\s+to|are\s+to)\s+(?:resume|reconvene|return|restart|reopen|meet|vote|decide|rule|announce|publish|report|visit)\b[^.;]{0,40}?\b(?:on|by|in|next|later|within)\s+(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|(?:mon|tues|wednes|thurs|fri|satur|sun)day|the\s+(?:coming|next)|week|month|days?)|(?:pencil(?:l)?ed\s+in|scheduled|tentatively\s+set)\s+for)\b/i],
  ['pending', 0.6, /\b((?:could|may|might)\s+(?:take\s+place|happen|go\s+ahead|meet|follow|resume|come))\b/i],
  ['pending', 0.8, /\b(no\s+decision\s+(?:has|had|was)\s+(?:yet\s+)?been\s+(?:made|taken)|undecided|(?:has|have)\s+yet\s+to\s+decide)\b/i],
  // An appeal is an outcome still to come: "urged Congress to pass the aid package".
  ['pending', 0.6, /\b(urged|urges|urging|called\s+on|calls\s+on|calling\s+on|pressed|presses|pressing|appealed\s+to)\s+(?:[\w’'.-]+\s+){1,4}?to\s+(?!be\b)/i],
  ['pending', 0.7, /\b(attempts?|bid\s+to)\b/i],
  ['pending', 0.6, /\b(pending|upcoming|in\s+the\s+coming\s+(?:days|weeks|months)|next\s+(?:week|month|year)|later\s+this\s+(?:week|month|year))\b/i],
  ['pending', 0.4, /\b(will|would)\s+(?!be\s+\w+(?:ant|ent|ful|ous|ive|ible|able|al)\b)(?:\w+)\b/i],
];

const DECISION_OBJECT = /^\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+|its\s+)?(?:\w+\s+)?(?:call|calls|appeal|request|proposal|offer|plan|bill|demand|motion|deal|invitation|idea|suggestion|nomination|amendment|budget)\b/i;

// Words a clause may split at: coordinations that usually start a new claim.
const CLAUSE_BREAK =
  /;\s+|,\s+(?:and|but|while|whereas|though|although|yet)\s+|\s+(?:but|though|although|whereas)\s+|\s+and\s+(?=(?:was|were|is|are|has|have|had)\s)/gi;

export function splitClauses(sentence: string): Omit<Clause, 'cues'>[] {
  const out: Omit<Clause, 'cues'>[] = [];
  let from = 0;
  for (const m of sentence.matchAll(CLAUSE_BREAK)) {
    // A break right at the start ("But…") or leaving a scrap of two words is not a clause.
    if (m.index - from < 12 || sentence.length - (m.index + m[0].length) < 12) continue;
    out.push(trimmed(sentence, from, m.index));
    from = m.index + m[0].length;
  }
  out.push(trimmed(sentence, from, sentence.length));
  return out.filter((c) => c.end > c.start);
}

function trimmed(text: string, start: number, end: number): Omit<Clause, 'cues'> {
  const piece = text.slice(start, end);
  const lead = piece.length - piece.trimStart().length;
  const body = piece.trim();
  return { start: start + lead, end: start + lead + body.length, text: body };
}

export function cuesIn(clause: string, quoted = /^[“"‘]/.test(clause)): Cue[] {
  const cues: Cue[] = [];
  for (const [kind, strength, re] of RULES) {
    const m = re.exec(clause);
    if (!m) continue;
    // One place in the clause is one cue, the strongest rule there ("is believed to" not also "will").
    if (cues.some((c) => m.index < c.at + c.text.length && c.at < m.index + m[0].length)) continue;
    // Inside someone's quoted words a plain future ("it will be important") is talk, not an event.
    const discount = quoted && kind === 'pending' ? 0.6 : 1;
    const groups = m.slice(1).filter((g): g is string => g !== undefined);
    // Rejecting a call, a plan or a bill is a decision taken, not a claim disputed.
    const decision = kind === 'denied' && DECISION_OBJECT.test(clause.slice(m.index + m[0].length)) ? 0.6 : 1;
    const cue: Cue = { kind, strength: strength * discount * decision, text: m[0], at: m.index, markers: groups.length > 0 ? groups.join(' ') : m[0] };
    if (kind === 'conditional') {
      const stop = clause.slice(m.index).search(/[,;]/);
      cue.condition = { start: m.index, end: stop < 0 ? clause.length : m.index + stop };
    }
    cues.push(cue);
  }
  return cues.sort((a, b) => b.strength - a.strength || a.at - b.at);
}

// "The rebels say they hold the town, while the army says it never lost it": two sides, one matter.
const TWO_SIDES = /\b(?:says?|said|claims?|claimed|insists?|insisted)\b.*?\b(?:while|but|whereas)\b.*?\b(?:says?|said|insists?|insisted|maintains?|maintained|counters?|countered)\b/i;
const SAYS = /\b(?:says?|said|claims?|claimed|insists?|insisted|maintains?|maintained|counters?|countered)\b/i;

export function clausesOf(sentence: string): Clause[] {
  const quoted = /^[“"‘]/.test(sentence);
  const clauses = splitClauses(sentence).map((c) => ({ ...c, cues: cuesIn(c.text, quoted) }));
  if (clauses.length > 1 && !quoted && TWO_SIDES.test(sentence)) {
    for (const clause of clauses) {
      const m = SAYS.exec(clause.text);
      if (!m || clause.cues.some((c) => c.kind === 'denied')) continue;
      clause.cues.push({ kind: 'denied', strength: 0.7, text: m[0], at: m.index, markers: m[0] });
      clause.cues.sort((a, b) => b.strength - a.strength || a.at - b.at);
    }
  }
  return clauses;
}

/** The strongest cue of a clause, if any. */
export function strongestCue(clause: Clause): Cue | undefined {
  return clause.cues[0];
}

/** The lead's one-shot classifier, kept for callers that only want a sentence's main cue kind. */
export function cueOf(sentence: string): CueKind | undefined {
  const best = clausesOf(sentence)
    .flatMap((c) => c.cues)
    .sort((a, b) => b.strength - a.strength)[0];
  return best && best.strength >= 0.6 ? best.kind : undefined;
}
