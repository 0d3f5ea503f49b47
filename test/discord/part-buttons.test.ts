import { describe, expect, it } from 'vitest';
import { parsePartButtonId, partButtonId, partButtonRows } from '../../adapters/discord/part-buttons.ts';
import { makeBriefing } from './fixtures.ts';

describe('part buttons', () => {
  it('carry the part and the story id, and parse back', () => {
    const id = partButtonId('questions', 'story:with:colons');
    expect(parsePartButtonId(id)).toEqual({ part: 'questions', storyId: 'story:with:colons' });
    expect(parsePartButtonId('something-else:quotes:x')).toBeUndefined();
  });

  const rows: [string, Parameters<typeof partButtonRows>[0], string[]][] = [
    ['a briefing with a story id: three buttons', { kind: 'briefing', briefing: makeBriefing(), storyId: 's1' }, ['Quotes', 'Open questions', 'Sources']],
    ['no quotes: no Quotes button', { kind: 'briefing', briefing: makeBriefing({ quotes: 0 }), storyId: 's1' }, ['Open questions', 'Sources']],
    ['pasted links (no story id): none', { kind: 'briefing', briefing: makeBriefing() }, []],
    ['a story id too long for a custom id: none', { kind: 'briefing', briefing: makeBriefing(), storyId: 'x'.repeat(90) }, []],
    ['a plain message: none', { kind: 'message', text: 'hi', ephemeral: true }, []],
  ];
  it.each(rows)('%s', (_name, reply, labels) => {
    expect(partButtonRows(reply).flatMap((row) => row.components.map((b) => b.label))).toEqual(labels);
  });
});
