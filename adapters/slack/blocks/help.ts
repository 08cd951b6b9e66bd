// Help, command syntax and the short confirmations of the quiz subscription commands.
import { SYNTAX } from '../../../src/commands/parse.ts';
import type { Guidance } from '../../../src/core/guidance.ts';
import { ACTION, actionId } from '../ids.ts';
import { esc } from '../mrkdwn.ts';
import { actions, type Block, context, type Message, section } from './kit.ts';

export const COMMAND = '/boundary';

const browse = () =>
  actions([{ text: 'Browse topics', actionId: actionId(ACTION.topics, 'help'), value: 'all' }]);

/** How to ask, with examples: the "help" and "no match" replies. */
export function helpBlocks(g: Guidance, topicsCommand: string): Block[] {
  const examples = (g.help?.examples ?? []).map((e) => `• _${esc(e)}_`).join('\n');
  return [
    section(
      g.kind === 'no-match'
        ? 'Ask me about a boundary or ethics situation at work, in your own words.'
        : "Hi! I'm boundary-bot. Ask me about a boundary or ethics situation at work, in your own words, and I'll give you the principle, practical steps, a question to reflect on and the standard behind it.",
    ),
    ...(examples ? [section(`*For example*\n${examples}`)] : []),
    context(
      `All ${g.help?.topicCount ?? ''} topics: \`${topicsCommand}\`. I'm a guide, not a rulebook: your agency's policy and your supervisor have the last word.`,
    ),
    ...browse(),
  ];
}

export function commandsText(): string {
  const line = (s: { syntax: string }, what: string) =>
    `• \`${COMMAND} ${esc(s.syntax)}\`: ${what}`;
  return [
    '*Commands*',
    line(SYNTAX.ask, 'guidance, only you see it (with a button to share it)'),
    line(SYNTAX.topics, 'browse every topic'),
    line(SYNTAX.quiz, 'a practice question now, just for you'),
    line(SYNTAX.subscribe, "this channel's daily question"),
    line(SYNTAX.unsubscribe, 'stop the daily question here'),
    line(SYNTAX.stats, 'your answers and streak'),
    line(SYNTAX.leaderboard, "join or leave this channel's leaderboard"),
    '',
    'You can also mention me in a channel (I reply in the thread) or send me a direct message.',
  ].join('\n');
}

export function helpMessage(g: Guidance): Message {
  const intro = helpBlocks(g, `${COMMAND} topics`);
  return {
    text: 'boundary-bot: how to ask and what I can do',
    blocks: [...intro.slice(0, -1), section(commandsText()), ...browse()],
  };
}

/** A command typed wrong: what was wrong, the right syntax and an example. */
export function usageMessage(u: { problem: string; syntax: string; example: string }): Message {
  const text = `${esc(u.problem)}\nSyntax: \`${COMMAND} ${esc(u.syntax)}\`\nExample: \`${COMMAND} ${esc(u.example)}\``;
  return {
    text: esc(u.problem),
    blocks: [section(text), context(`\`${COMMAND} help\` lists every command.`)],
  };
}

export function subscribedMessage(s: {
  time: string;
  zone: string;
  weekdaysOnly: boolean;
}): Message {
  const when = `${esc(s.time)} ${esc(s.zone)}, ${s.weekdaysOnly ? 'Monday to Friday' : 'every day'}`;
  return {
    text: `Daily quiz: ${when}`,
    blocks: [
      section(`✅ I'll post a quiz question in this channel at ${when}.`),
      context(
        `If I'm not a member of this channel yet, invite me: \`/invite @boundary-bot\`. Stop with \`${COMMAND} quiz unsubscribe\`.`,
      ),
    ],
  };
}

export function unsubscribedMessage(existed: boolean): Message {
  const text = existed
    ? 'Done: no more daily quiz questions in this channel.'
    : 'This channel had no daily quiz. Nothing to stop.';
  return { text, blocks: [section(text)] };
}

export function errorMessage(): Message {
  const text = 'Sorry, something went wrong on my side. Please try again in a minute.';
  return { text, blocks: [section(text)] };
}
