// The few Block Kit shapes the renderer produces, typed here so the core needs no Slack package.

export interface PlainText {
  type: 'plain_text';
  text: string;
  emoji?: boolean;
}

export interface Mrkdwn {
  type: 'mrkdwn';
  text: string;
}

export type SlackBlock =
  | { type: 'header'; text: PlainText }
  | { type: 'section'; text: Mrkdwn }
  | { type: 'context'; elements: Mrkdwn[] }
  | { type: 'divider' };

/** One Slack message: `text` is the notification and screen-reader fallback for `blocks`. */
export interface SlackMessage {
  text: string;
  blocks: SlackBlock[];
}

/** Characters of text a block carries, for the per-message budget. */
export function blockChars(block: SlackBlock): number {
  switch (block.type) {
    case 'header':
    case 'section':
      return block.text.text.length;
    case 'context':
      return block.elements.reduce((sum, element) => sum + element.text.length, 0);
    case 'divider':
      return 0;
  }
}
