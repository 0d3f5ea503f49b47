// What `/brief`, `/brief <topic>` and `/brief <links>` answer, decided once: used by the command
// handler for requests and by the scheduler for subscriptions, so both say the same thing.

import type { CommandReply } from './command.ts';
import { type CommandSyntax, commandSyntax } from './command-syntax.ts';
import { type NewsDesk, stillReadingText } from './news-desk.ts';

export interface BriefRequest {
  topic?: string;
  urls?: string[];
  /** How many stories a digest lists. */
  digestSize: number;
  now: Date;
  /** How the asker writes commands, for the hint when nothing matches. Default: typed `/brief`. */
  syntax?: CommandSyntax;
}

function storyLine(story: { label: string; outlets: string[] }): string {
  return `• ${story.label} (${story.outlets.length} outlet${story.outlets.length === 1 ? '' : 's'})`;
}

export async function composeBriefReply(desk: NewsDesk, request: BriefRequest): Promise<CommandReply> {
  if (request.urls && request.urls.length > 0) {
    if (!desk.briefUrls) {
      return { kind: 'message', text: 'Briefing pasted links is not enabled for this bot.', ephemeral: true, isError: true };
    }
    return { kind: 'briefing', briefing: await desk.briefUrls(request.urls) };
  }

  // Right after a start the stories already in the store are served while the sources are read
  // again; the answer says so, and never claims there are no stories when the store has some.
  const reading = stillReadingText(desk);

  if (request.topic) {
    const match = await desk.findStory(request.topic);
    if (match.story) {
      const briefing = await desk.briefStory(match.story.id);
      const note = reading ? `${capitalised(reading)}; this briefing is from what I have so far.` : undefined;
      return { kind: 'briefing', briefing: note ? { ...briefing, notes: [...(briefing.notes ?? []), note] } : briefing, storyId: match.story.id };
    }
    const closest = match.candidates.slice(0, 5).map(storyLine);
    const yet = reading ? ` yet (${reading}; try again in a moment)` : '';
    const text =
      closest.length > 0
        ? [`No story matches “${request.topic}” well${yet}. Closest:`, ...closest].join('\n')
        : `No story matches “${request.topic}”${yet}. Try ${(request.syntax ?? commandSyntax()).top} for the top stories.`;
    return { kind: 'message', text, ephemeral: true };
  }

  const stories = await desk.topStories(request.digestSize);
  if (stories.length === 0) {
    const text = reading
      ? `No stories yet: ${reading}. Try again in a moment.`
      : 'No stories yet: the sources have not brought in any articles.';
    return { kind: 'message', text, ephemeral: true };
  }
  const title = reading ? `Top stories (${reading}; here is what I have)` : 'Top stories';
  return { kind: 'digest', digest: { title, generatedAt: request.now.toISOString(), stories } };
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
