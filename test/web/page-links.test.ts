// "View sources" in chat: every briefing the bot answers or posts is recorded for its page; with
// web.publicUrl Slack and Discord carry the link, and without it nothing changes.

import { describe, expect, it } from 'vitest';
import type { CommandHandler, CommandReply } from '../../src/commands/command.ts';
import { renderDiscordEmbeds } from '../../src/render/discord-embeds.ts';
import { renderSlackBlocks } from '../../src/render/slack-blocks.ts';
import type { ChatAdapter } from '../../adapters/chat-adapter.ts';
import { createMemoryBriefingArchive } from '../../adapters/web/briefing-archive.ts';
import { type BriefingPages, createBriefingPages } from '../../adapters/web/briefing-pages.ts';
import { adapterWithPageLinks, handlerWithPageLinks } from '../../adapters/web/page-links.ts';
import { hostileBriefing, hostileTexts } from './fixtures.ts';

const CONTEXT = { platform: 'slack' as const, userId: 'U1', channelId: 'C1', isDirectMessage: false };
const reply: CommandReply = { kind: 'briefing', briefing: hostileBriefing, storyId: 'story-bridge' };

function pagesWith(publicUrl?: string): BriefingPages {
  return createBriefingPages({
    archive: createMemoryBriefingArchive(),
    newsDesk: { briefStory: async () => hostileBriefing },
    articleText: async (id) => hostileTexts.get(id),
    ...(publicUrl ? { publicUrl } : {}),
  });
}

const handlerAnswering = (answer: CommandReply): CommandHandler => ({ handle: async () => answer });

describe('briefing replies and their page', () => {
  it('records the briefing and links its page when web.publicUrl is set', async () => {
    const pages = pagesWith('https://briefs.example/');
    const linked = await handlerWithPageLinks(handlerAnswering(reply), pages).handle('/brief bridge', CONTEXT);
    expect(linked.kind === 'briefing' && linked.pageUrl).toMatch(/^https:\/\/briefs\.example\/briefings\/b[0-9a-f]{20}$/);
    const id = (linked as { pageUrl: string }).pageUrl.split('/').pop()!;
    expect(await pages.briefingPage(id)).toContain('Fenwick bridge');
  });

  it('records it but adds no link without web.publicUrl', async () => {
    const linked = await handlerWithPageLinks(handlerAnswering(reply), pagesWith()).handle('/brief bridge', CONTEXT);
    expect(linked).toEqual(reply);
  });

  it('leaves digests and messages alone', async () => {
    const message: CommandReply = { kind: 'message', text: 'hello', ephemeral: true };
    expect(await handlerWithPageLinks(handlerAnswering(message), pagesWith('https://b.example')).handle('x', CONTEXT)).toBe(message);
  });

  it('still answers, without the link, when the briefing cannot be recorded', async () => {
    const broken = createBriefingPages({
      archive: { save: async () => Promise.reject(new Error('disk full')), get: async () => undefined, list: async () => [] },
      newsDesk: { briefStory: async () => hostileBriefing },
      articleText: async () => undefined,
      publicUrl: 'https://b.example',
    });
    expect(await handlerWithPageLinks(handlerAnswering(reply), broken).handle('x', CONTEXT)).toEqual(reply);
  });

  it('links scheduled posts too (the adapter’s deliver)', async () => {
    const delivered: CommandReply[] = [];
    const keys: (string | undefined)[] = [];
    const adapter: ChatAdapter = {
      platform: 'slack',
      idempotency: { kind: 'lookup' },
      start: async () => {},
      stop: async () => {},
      openDirectMessage: async () => 'D1',
      deliver: async (_destination, r, options) => {
        delivered.push(r);
        keys.push(options?.key);
        return { messageId: '1' };
      },
      findDelivery: async () => ({ messageId: 'found' }),
    };
    const linked = adapterWithPageLinks(adapter, pagesWith('https://b.example'));
    await linked.deliver({ platform: 'slack', channelId: 'C1', isDirectMessage: false }, reply, { key: 'slot:s1:2025-01-14T08:00:00.000Z' });
    expect(delivered[0]!.kind === 'briefing' && delivered[0]!.pageUrl).toMatch(/^https:\/\/b\.example\/briefings\//);
    // The delivery contract passes through: a retried scheduled post stays keyed and can be looked up.
    expect(keys).toEqual(['slot:s1:2025-01-14T08:00:00.000Z']);
    expect(linked.idempotency).toEqual({ kind: 'lookup' });
    expect(await linked.findDelivery?.({ platform: 'slack', channelId: 'C1', isDirectMessage: false }, 'k', new Date())).toEqual({ messageId: 'found' });
  });
});

describe('the View sources link in each platform’s message', () => {
  const url = 'https://briefs.example/briefings/b0123456789abcdef0123';
  const linked: CommandReply = { ...reply, pageUrl: url } as CommandReply;

  it('Slack: a link in the line under the headline', () => {
    const [first] = renderSlackBlocks(linked);
    const context = first!.blocks.find((b) => b.type === 'context');
    expect(JSON.stringify(context)).toContain(`<${url}|View sources>`);
  });

  it('Discord: a link at the end of the headline embed', () => {
    const [first] = renderDiscordEmbeds(linked);
    expect(first!.embeds[0]!.description).toContain(`[View sources](${url})`);
  });

  it('without a page URL both render exactly as before', () => {
    expect(JSON.stringify(renderSlackBlocks(reply))).not.toContain('View sources');
    expect(renderSlackBlocks(reply)).toEqual(renderSlackBlocks({ ...reply }));
    expect(JSON.stringify(renderDiscordEmbeds(reply))).not.toContain('View sources');
  });

  it('a page URL that is not http(s) gives no link on either platform', () => {
    const bad = { ...reply, pageUrl: 'javascript:alert(1)' } as CommandReply;
    expect(renderDiscordEmbeds(bad)).toEqual(renderDiscordEmbeds(reply));
    expect(renderSlackBlocks(bad)).toEqual(renderSlackBlocks(reply));
  });
});
