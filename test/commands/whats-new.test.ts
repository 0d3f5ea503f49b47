import { describe, expect, it } from 'vitest';
import { diffBriefings, hasNews } from '../../src/commands/whats-new.ts';
import { makeBriefing } from './fixtures.ts';

const before = makeBriefing({
  title: 'Blinken in Seoul',
  keyPoints: ['Blinken met Yoon in Seoul on Thursday.', 'The U.S. and South Korea pledged closer ties.'],
  quotes: ['We will stand with our allies.'],
  questions: [
    ['Spy satellite', 'Will North Korea make a third launch attempt?'],
    ['Arms deal', 'Did Russia supply the weapons, as reported?'],
  ],
});

describe('diffBriefings', () => {
  it('finds new key points, new quotes, opened and resolved questions', () => {
    const after = makeBriefing({
      title: 'Blinken in Seoul',
      keyPoints: ['Blinken met Yoon in Seoul on Thursday.', 'North Korea launched a satellite on Friday.'],
      quotes: ['We will stand with our allies.', 'The launch violates UN resolutions.'],
      questions: [
        ['Arms deal', 'Did Russia supply the weapons, as reported?'],
        ['Sanctions', 'Will the UN Security Council act?'],
      ],
    });
    const diff = diffBriefings(before, after, '2025-01-14T08:00:00.000Z');
    expect(diff.sinceDeliveredAt).toBe('2025-01-14T08:00:00.000Z');
    expect(diff.newKeyPoints.map((k) => k.text)).toEqual(['North Korea launched a satellite on Friday.']);
    expect(diff.newQuotes.map((q) => q.text)).toEqual(['The launch violates UN resolutions.']);
    expect(diff.openedQuestions.map((q) => q.topic)).toEqual(['Sanctions']);
    expect(diff.resolvedQuestions).toEqual(['Will North Korea make a third launch attempt?']);
    expect(hasNews(diff)).toBe(true);
  });

  it('treats small rewordings (U.S./US, punctuation) as the same item', () => {
    const after = makeBriefing({
      title: 'Blinken in Seoul',
      keyPoints: ['Blinken met Yoon in Seoul on Thursday', 'The US and South Korea pledged closer ties.'],
      quotes: ['We will stand with our allies!'],
      questions: [
        ['Spy satellite launch', 'Will North Korea make a third launch attempt?'],
        ['Arms deal', 'Did Russia supply the weapons, as was reported?'],
      ],
    });
    const diff = diffBriefings(before, after, '2025-01-14T08:00:00.000Z');
    expect(hasNews(diff)).toBe(false);
  });
});
