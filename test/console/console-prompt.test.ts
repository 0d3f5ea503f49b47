import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createConsoleAdapter } from '../../adapters/console/console-adapter.ts';
import { runConsolePrompt } from '../../adapters/console/console-prompt.ts';
import { loadPaths } from '../../adapters/files/load-paths.ts';
import { demoCorpusDir } from '../../adapters/files/repo-paths.ts';
import { createSqliteStore } from '../../adapters/store/sqlite-store.ts';
import { createCommandHandler } from '../../src/commands/handle-command.ts';
import { commandTextFromMessage } from '../../src/commands/message-text.ts';
import { createStaticNewsDesk } from '../../src/news-desk/static-news-desk.ts';

describe('message text as a command, and the console prompt', () => {
  it.each([
    ['/brief help', 'help'],
    ['brief subscribe daily 08:00', 'subscribe daily 08:00'],
    ['  list ', 'list'],
    ['/brief', ''],
    ['briefing', 'briefing'],
    ['brief me on  ferry cracks', 'ferry cracks'],
    ['Brief about Tessaly', 'Tessaly'],
  ])('%j → %j', (line, text) => {
    expect(commandTextFromMessage(line)).toBe(text);
  });

  it('answers typed commands in order through the one command handler', async () => {
    const store = createSqliteStore(':memory:');
    const handler = createCommandHandler({ newsDesk: createStaticNewsDesk(loadPaths([demoCorpusDir]).articles), subscriptions: store });
    const printed: string[] = [];
    const adapter = createConsoleAdapter({ output: { write: (chunk: string) => printed.push(chunk) > 0 } });
    const input = new PassThrough();
    const done = runConsolePrompt(input, handler, adapter);
    input.end('/brief subscribe daily 07:30 Europe/Oslo\n\n/brief list\n/brief ferries\n/brief subscribe daily 25:00\n');
    await done;
    expect(adapter.delivered.map((d) => d.reply.kind)).toEqual(['message', 'message', 'briefing', 'message']);
    expect(printed[1]).toContain('Europe/Oslo');
    expect(printed[2]).toContain('Tessaly');
    expect(adapter.delivered[3]!.reply).toMatchObject({ isError: true });
    await store.close();
  });
});
