// The browsable topic list: one button per topic (a click shows it).
import type { TopicRef } from '../../../src/core/guidance.ts';
import { clip, esc } from '../mrkdwn.ts';
import { topicButtons } from './guidance.ts';
import { actions, type Block, context, header, type Message, withinBlockLimit } from './kit.ts';

export function topicListBlocks(topics: TopicRef[]): Block[] {
  const sorted = [...topics].sort((a, b) => a.title.localeCompare(b.title));
  return [
    header(`Topics (${sorted.length})`),
    context('Pick one to see the guidance. Only you see it.'),
    ...actions(topicButtons(sorted, 'list-')),
  ];
}

export function topicListMessage(topics: TopicRef[]): Message {
  return {
    text: clip(`${topics.length} topics: ${esc(topics.map((t) => t.title).join(', '))}`, 3000),
    blocks: withinBlockLimit(topicListBlocks(topics)),
  };
}
