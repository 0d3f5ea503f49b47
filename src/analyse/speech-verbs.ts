// Verbs (and a few phrases) that report speech or writing. Shared by name-finding (a capitalised
// word right before "said" is a name) and quote attribution.

const VERB_STEMS = [
  'say', 'said', 'says', 'saying',
  'tell', 'told', 'tells', 'telling',
  'add', 'added', 'adds', 'adding',
  'write', 'wrote', 'writes', 'writing',
  'warn', 'warned', 'warns', 'warning',
  'state', 'stated', 'states',
  'note', 'noted', 'notes', 'noting',
  'explain', 'explained', 'explains', 'explaining',
  'argue', 'argued', 'argues', 'arguing',
  'insist', 'insisted', 'insists', 'insisting',
  'assert', 'asserted', 'asserts',
  'declare', 'declared', 'declares', 'declaring',
  'announce', 'announced', 'announces', 'announcing',
  'reply', 'replied', 'replies', 'replying',
  'respond', 'responded', 'responds', 'responding',
  'continue', 'continued', 'continues',
  'remark', 'remarked', 'remarks',
  'observe', 'observed', 'observes',
  'comment', 'commented', 'comments',
  'claim', 'claimed', 'claims', 'claiming',
  'acknowledge', 'acknowledged', 'acknowledges', 'acknowledging',
  'admit', 'admitted', 'admits', 'admitting',
  'concede', 'conceded', 'concedes',
  'recall', 'recalled', 'recalls', 'recalling',
  'urge', 'urged', 'urges', 'urging',
  'plead', 'pleaded', 'pleads',
  'vow', 'vowed', 'vows', 'vowing',
  'promise', 'promised', 'promises', 'promising',
  'predict', 'predicted', 'predicts',
  'caution', 'cautioned', 'cautions',
  'complain', 'complained', 'complains',
  'lament', 'lamented', 'laments',
  'boast', 'boasted', 'boasts',
  'joke', 'joked', 'jokes',
  'quip', 'quipped', 'quips',
  'suggest', 'suggested', 'suggests',
  'stress', 'stressed', 'stresses', 'stressing',
  'emphasise', 'emphasised', 'emphasises', 'emphasize', 'emphasized', 'emphasizes',
  'maintain', 'maintained', 'maintains',
  'contend', 'contended', 'contends',
  'counter', 'countered', 'counters',
  'retort', 'retorted',
  'tweet', 'tweeted', 'tweets',
  'post', 'posted',
  'testify', 'testified', 'testifies',
  'confirm', 'confirmed', 'confirms',
  'deny', 'denied', 'denies',
  'ask', 'asked', 'asks', 'asking',
  'demand', 'demanded', 'demands',
  'shout', 'shouted', 'shouts',
  'yell', 'yelled',
  'whisper', 'whispered',
  'exclaim', 'exclaimed',
  'conclude', 'concluded', 'concludes',
  'reiterate', 'reiterated', 'reiterates',
  'agree', 'agreed', 'agrees',
  'allege', 'alleged', 'alleges',
  'charge', 'charged',
  'muse', 'mused',
  'describe', 'described', 'describes', 'describing',
  'call', 'called', 'calls', 'calling',
  'report', 'reported', 'reports',
  'reveal', 'revealed', 'reveals',
  'pledge', 'pledged', 'pledges',
  'threaten', 'threatened', 'threatens',
  'accuse', 'accused', 'accuses',
  'thunder', 'thundered',
  'sigh', 'sighed',
  'chant', 'chanted',
  'cry', 'cried',
  'read', 'reads',
  'indicate', 'indicated',
  'tell', 'briefed',
  'elaborate', 'elaborated',
  'opine', 'opined',
  'mention', 'mentioned',
  'assure', 'assured',
  'hint', 'hinted',
  'proclaim', 'proclaimed',
];

export const SPEECH_VERBS: ReadonlySet<string> = new Set(VERB_STEMS);

/** Verbs that only report speech with a complement ("called for", "calls on") when not followed by these. */
export const VERB_BLOCKERS: Record<string, RegExp> = {
  call: /^\s+(?:for|on|off|up|in|out|back)\b/,
  called: /^\s+(?:for|on|off|up|in|out|back)\b/,
  calls: /^\s+(?:for|on|off|up|in|out|back)\b/,
  calling: /^\s+(?:for|on|off|up|in|out|back)\b/,
  add: /^\s+(?:to|up)\b/,
  added: /^\s+(?:to|up)\b/,
  adds: /^\s+(?:to|up)\b/,
  adding: /^\s+(?:to|up)\b/,
  state: /^\s+(?:of|media|department|television|news|run|owned|visit|secretary|funeral)\b/,
  states: /^\s+(?:of|that\s+have)\b/,
  // "the filling would continue at a pace …": going on, not speaking.
  continue: /^\s+(?:to|with|at|in|on|until|for|from|after|through|apace|unabated|its|his|her|their|the|a|an)\b/,
  continues: /^\s+(?:to|with|at|in|on|until|for|from|after|through|apace|unabated|its|his|her|their|the|a|an)\b/,
  continued: /^\s+(?:to|with|at|in|on|until|for|from|after|through|apace|unabated|its|his|her|their|the|a|an)\b/,
  post: /^\s+(?:office|war)\b/,
  read: /^\s+(?:more|the\s+full|also)\b/,
  reads: /^\s+(?:more)\b/,
  charge: /^\s+(?:of|d'affaires)\b/,
  charged: /^\s+(?:with|for)\b/,
  note: /^\s+(?:of|to)\b/,
  notes: /^\s+(?:of|to)\b/,
  comments: /^\s+(?:on|about|from)\b/,
  remarks: /^\s+(?:on|about|at|to)\b/,
  report: /^\s+(?:on|of|by|from|said)\b/,
  reports: /^\s+(?:on|of|by|from|that\s+its)\b/,
  promise: /^\s+(?:of|to)\b/,
  counter: /^\s+(?:to|these|those|this|the|attacks|threats|terrorism)\b/,
};

/** A verb with its blockers checked; `rest` is the text right after the verb. */
export function isSpeechVerb(word: string, rest = ''): boolean {
  const w = word.toLowerCase();
  if (!SPEECH_VERBS.has(w)) return false;
  const blocker = VERB_BLOCKERS[w];
  return !blocker?.test(rest);
}

/** Phrases that attribute like a verb: "according to X" puts the speaker after it. */
export const ACCORDING_TO = /\baccording\s+to\b/gi;

/** Alternation of the commonest attribution verbs, for patterns that need one right after a name. */
export const COMMON_SPEECH = 'said|says|told|tells|added|adds|wrote|writes|warned|warns|stated|noted|explained|argued|insisted|asserted|declared|announced|replied|responded|continued|remarked|observed|commented|claimed|acknowledged|admitted|conceded|recalled|urged|vowed|predicted|cautioned|complained|stressed|emphasi[sz]ed|maintained|countered|tweeted|posted|testified|confirmed|denied|asked|concluded|reiterated|alleged|described|called';
