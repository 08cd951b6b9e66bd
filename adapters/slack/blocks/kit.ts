// Tiny Block Kit builders. Every text passes through here already escaped by the caller;
// these only clip to the limits so nothing we render can be rejected by Slack.
import type { types } from '@slack/bolt';
import { LIMITS } from '../limits.ts';
import { clip, plain } from '../mrkdwn.ts';

export type Block = types.KnownBlock;

export interface Message {
  /** Notification and accessibility fallback (mrkdwn, escaped). */
  text: string;
  blocks: Block[];
}

export const header = (text: string): Block => ({
  type: 'header',
  text: { type: 'plain_text', text: clip(plain(text), LIMITS.headerText), emoji: true },
});

export const section = (mrkdwn: string): Block => ({
  type: 'section',
  text: { type: 'mrkdwn', text: clip(mrkdwn, LIMITS.sectionText) },
});

export const fields = (items: string[]): Block => ({
  type: 'section',
  fields: items
    .slice(0, LIMITS.sectionFields)
    .map((t) => ({ type: 'mrkdwn', text: clip(t, LIMITS.fieldText) })),
});

export const context = (...texts: string[]): Block => ({
  type: 'context',
  elements: texts
    .slice(0, LIMITS.contextElements)
    .map((t) => ({ type: 'mrkdwn', text: clip(t, LIMITS.contextText) })),
});

/** A one-line message (mrkdwn, escaped by the caller). */
export const notice = (mrkdwn: string): Message => ({ text: mrkdwn, blocks: [section(mrkdwn)] });

export const divider = (): Block => ({ type: 'divider' });

export interface Button {
  text: string;
  actionId: string;
  value: string;
  style?: 'primary' | 'danger';
}

export const button = (b: Button): types.Button => ({
  type: 'button',
  text: { type: 'plain_text', text: clip(plain(b.text), LIMITS.buttonText), emoji: true },
  action_id: b.actionId,
  value: b.value,
  ...(b.style ? { style: b.style } : {}),
});

/** Buttons in rows of at most 25 (one actions block each). */
export function actions(buttons: Button[]): Block[] {
  const rows: Block[] = [];
  for (let i = 0; i < buttons.length; i += LIMITS.actionsElements)
    rows.push({
      type: 'actions',
      elements: buttons.slice(i, i + LIMITS.actionsElements).map(button),
    });
  return rows;
}

/** Keep a message within the block limit: what does not fit is replaced by a closing note. */
export function withinBlockLimit(blocks: Block[], max: number = LIMITS.messageBlocks): Block[] {
  if (blocks.length <= max) return blocks;
  return [...blocks.slice(0, max - 1), context('_Some of this did not fit in one message._')];
}
