// The App Home tab: how to ask, the topics (buttons open them), the person's stats and streak,
// and their exam readiness (areas, topics, what to review next).
import type { types } from '@slack/bolt';
import { ask } from '../../../src/commands/ask.ts';
import type { QuizStats } from '../../../src/commands/run.ts';
import type { ReadinessOutline } from '../../../src/core/coach/outline.ts';
import { NOT_A_RULEBOOK } from '../../../src/core/copy.ts';
import type { TopicRef } from '../../../src/core/guidance.ts';
import { LIMITS } from '../limits.ts';
import { esc } from '../mrkdwn.ts';
import { readinessBlocks } from './coach.ts';
import { suggestedBlocks } from './gestures.ts';
import { COMMAND, commandsText } from './help.ts';
import { type Block, context, divider, header, section, withinBlockLimit } from './kit.ts';
import { statsBlocks } from './quiz.ts';
import { topicListBlocks } from './topics.ts';

export function homeView(
  topics: TopicRef[],
  stats: QuizStats,
  readiness: ReadinessOutline | null = null,
): types.HomeView {
  const blocks: Block[] = [
    header('boundary-bot'),
    // The syntax's angle brackets escaped: bare, Slack reads <your question> as a link.
    section(
      `Just-in-time guidance on boundaries and ethics in peer support. Ask in your own words: mention me in a channel (I answer in the thread), send me a direct message, or type \`${COMMAND} ${esc(ask.syntax)}\` anywhere (only you see the answer).`,
    ),
    context(
      `${NOT_A_RULEBOOK} Please don't include names or other details that identify a client.`,
    ),
    ...suggestedBlocks(),
    divider(),
    header('Your quiz'),
    ...statsBlocks(stats),
    divider(),
    ...(readiness ? [...readinessBlocks(readiness), divider()] : []),
    section(commandsText()),
    divider(),
    ...topicListBlocks(topics),
  ];
  return { type: 'home', blocks: withinBlockLimit(blocks, LIMITS.viewBlocks) };
}

/** A topic opened from the App Home: a modal (there is no message to reply to). */
export function topicModal(title: string, blocks: Block[]): types.ModalView {
  return {
    type: 'modal',
    title: { type: 'plain_text', text: title.length > 24 ? `${title.slice(0, 23)}…` : title },
    close: { type: 'plain_text', text: 'Close' },
    blocks: withinBlockLimit(blocks, LIMITS.viewBlocks),
  };
}
