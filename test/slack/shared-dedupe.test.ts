// Slack across instances: two bot instances in HTTP mode behind a load balancer share the store.
// Slack's retry of an event may reach the other instance; it is recognised there and skipped.
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { createStoreEventDedupe } from '../../adapters/slack/event-dedupe.ts';
import { type OpenedStore, STORE_DIALECTS } from '../store/dialects.ts';
import { scriptedCommands } from './fixtures.ts';
import { eventually, type SlackHarness, startSlackHarness } from './slack-harness.ts';
import { eventCallback, mention, signedHeaders } from './slack-payloads.ts';

for (const dialect of STORE_DIALECTS) {
  describe.skipIf(dialect.skipReason !== '')(`Slack events deduplicated in the ${dialect.name} store${dialect.skipReason}`, () => {
    let opened: OpenedStore | undefined;
    const harnesses: SlackHarness[] = [];
    afterEach(async () => {
      for (const h of harnesses.splice(0)) await h.stop();
      await opened?.dispose();
    });

    it('a retry that reaches the other instance is skipped there; a new event is answered by whichever gets it', async () => {
      opened = await dialect.open();
      // PostgreSQL: each instance has its own pool on the same schema. SQLite is one process's:
      // both adapters share the store, as two Socket Mode connections of one bot do.
      const second = opened.another ? await opened.another() : opened.store;
      const commands = [scriptedCommands(), scriptedCommands()];
      for (const [i, store] of [opened.store, second].entries()) {
        const dedupe = createStoreEventDedupe(store, pino({ level: 'silent' }));
        harnesses.push(await startSlackHarness('http', commands[i]!, { dedupe }));
      }
      const [a, b] = harnesses as [SlackHarness, SlackHarness];
      const body = JSON.stringify(eventCallback('Ev-lb-1', mention('brief korea')));
      expect((await a.post(body, 'application/json')).status).toBe(200);
      // Slack retries only after 3 s without an answer; by then the first delivery is recorded.
      // HTTP mode acknowledges before the listeners run, so wait for that record here instead.
      await eventually(() => expect(commands[0]!.seen.length).toBe(1));
      const retry = await b.post(body, 'application/json', { ...signedHeaders(body), 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' });
      expect(retry.status).toBe(200);
      await eventually(() => expect(b.logs.find((l) => l.msg === 'slack: repeated event skipped')).toMatchObject({ eventId: 'Ev-lb-1', retryNum: 1 }));
      await a.api.waitForCalls('chat.postMessage');
      expect(commands.map((c) => c.seen.length)).toEqual([1, 0]);

      const other = JSON.stringify(eventCallback('Ev-lb-2', mention('brief korea')));
      await b.post(other, 'application/json');
      await b.api.waitForCalls('chat.postMessage');
      expect(commands.map((c) => c.seen.length)).toEqual([1, 1]);
    });
  });
}
