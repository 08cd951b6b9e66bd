// Help, command syntax and the short confirmations of the quiz subscription commands.
import { COMMANDS } from '../../../src/commands/index.ts';
import { COMMAND_FAILED, subscribedText, unsubscribedText } from '../../../src/commands/text.ts';
import { BROWSE_TOPICS, COMMAND_NAME } from '../../../src/core/copy.ts';
import type { Guidance } from '../../../src/core/guidance.ts';
import { ACTION, actionId } from '../ids.ts';
import { esc } from '../mrkdwn.ts';
import { helpBlocks } from './guidance.ts';
import { actions, context, type Message, section } from './kit.ts';

export const COMMAND = COMMAND_NAME;

const browse = () =>
  actions([{ text: BROWSE_TOPICS, actionId: actionId(ACTION.topics, 'help'), value: 'all' }]);

// How to ask and where to see every topic are sections of the guidance outline.
export { helpBlocks, topicsFooter } from './guidance.ts';

export function commandsText(): string {
  return [
    '*Commands*',
    ...COMMANDS.map((c) => `• \`${COMMAND} ${esc(c.syntax)}\`: ${esc(c.what)}`),
    '',
    `Only you see what \`${COMMAND}\` answers, with a button to share the guidance.`,
    'You can also mention me in a channel (I reply in the thread) or send me a direct message.',
  ].join('\n');
}

export function helpMessage(guidance: Guidance): Message {
  const intro = helpBlocks(guidance, `${COMMAND} topics`);
  return {
    text: 'boundary-bot: how to ask and what I can do',
    blocks: [...intro.slice(0, -1), section(commandsText()), ...browse()],
  };
}

/** A command typed wrong: what was wrong, the right syntax and an example. */
export function usageMessage(usage: { problem: string; syntax: string; example: string }): Message {
  const text = `${esc(usage.problem)}\nSyntax: \`${COMMAND} ${esc(usage.syntax)}\`\nExample: \`${COMMAND} ${esc(usage.example)}\``;
  return {
    text: esc(usage.problem),
    blocks: [section(text), context(`\`${COMMAND} help\` lists every command.`)],
  };
}

export function subscribedMessage(subscription: {
  time: string;
  zone: string;
  weekdaysOnly: boolean;
}): Message {
  const text = esc(subscribedText(subscription));
  return {
    text,
    blocks: [
      section(`✅ ${text}`),
      context(
        `If I'm not a member of this channel yet, invite me: \`/invite @boundary-bot\`. Stop with \`${COMMAND} quiz unsubscribe\`.`,
      ),
    ],
  };
}

export function unsubscribedMessage(existed: boolean): Message {
  const text = esc(unsubscribedText(existed));
  return { text, blocks: [section(text)] };
}

export function errorMessage(): Message {
  return { text: COMMAND_FAILED, blocks: [section(COMMAND_FAILED)] };
}
