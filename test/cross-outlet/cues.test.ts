// Cue detection per clause: each kind of unresolved wording, and plain reporting that is not one.

import { describe, expect, it } from 'vitest';
import { clausesOf, cueOf, cuesIn } from '../../src/stages/open-questions/cues.ts';

const kindOf = (sentence: string) => cueOf(sentence);

describe('cues of open matters', () => {
  it.each([
    ['The minister reportedly met the rebels in secret.', 'hedged'],
    ['The tanker is believed to be carrying crude oil from the port.', 'hedged'],
    ['The fire apparently started in the kitchen of the hotel.', 'hedged'],
    ['The general allegedly ordered the strike himself.', 'hedged'],
    ['The drone appears to have come from the north.', 'hedged'],
    ['It is unclear who fired the first shot.', 'hedged'],
    ['The company denied that it had ignored the warnings.', 'denied'],
    ['The ministry rejected the accusation as baseless.', 'denied'],
    ['Both sides dispute the casualty figures.', 'denied'],
    ['The rebels say they hold the town, while the army says it never lost it.', 'denied'],
    ['The allies condemned what they call a flow of arms to the front.', 'denied'],
    ['The government is preparing to hold a referendum on the treaty.', 'pending'],
    ['The council plans to vote on the budget next month.', 'pending'],
    ['The launch is expected to take place within days.', 'pending'],
    ['Talks are in the final stages, officials said.', 'pending'],
    ['The club has not said when the stadium will reopen.', 'pending'],
    ['If the link is confirmed, sanctions should follow.', 'conditional'],
    // Missed before: a step awaited at a date, an open issue, a finding still to come.
    ['The ferry talks will resume on June 3, the mediator said.', 'pending'],
    ['The laboratory results are expected on Friday.', 'pending'],
    ['The board said its report on the cause of the fire will take at least a month.', 'pending'],
    ['A summit between the two leaders could take place in the autumn.', 'pending'],
    ['The key issue, who pays for the repairs, remained unresolved.', 'pending'],
    ['The mayor declined to say how the council would vote.', 'pending'],
    ['She said the deal would be reviewed if the auditor found anything improper.', 'conditional'],
    ['The regulator rejected reports that soldiers had been sent to the mine.', 'denied'],
    ['Footage shared online allegedly shows the gates closed.', 'hedged'],
  ])('%s → %s', (sentence, kind) => {
    expect(kindOf(sentence)).toBe(kind);
  });

  it('finds nothing open in plain reporting', () => {
    for (const sentence of [
      'The minister said on Monday that the bridge had reopened.',
      'Shares rose 3 per cent after the results were published.',
      'The mayor told reporters the storm had passed.',
    ]) {
      expect(kindOf(sentence)).toBeUndefined();
    }
  });

  it('weighs a bare future in someone’s quoted words as talk, not a pending event', () => {
    const [cue] = cuesIn('“It will be important to stay calm,” she said.', true);
    expect(cue === undefined || cue.strength < 0.4).toBe(true);
  });

  it('splits one sentence into clauses, each with its own cue', () => {
    const clauses = clausesOf(
      'Weapons have reportedly appeared in the war zone, and the allies condemned what they say is the flow of arms to the front.',
    );
    expect(clauses).toHaveLength(2);
    expect(clauses[0]!.cues[0]!.kind).toBe('hedged');
    expect(clauses[1]!.cues[0]!.kind).toBe('denied');
  });

  it('keeps a conditional’s condition apart from its consequence', () => {
    const [cue] = cuesIn('If any link is confirmed, the envoy should be expelled.');
    expect(cue!.kind).toBe('conditional');
    expect('If any link is confirmed, the envoy should be expelled.'.slice(cue!.condition!.start, cue!.condition!.end)).toBe('If any link is confirmed');
  });
});
