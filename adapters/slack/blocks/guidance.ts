// Guidance as Block Kit: the crisis protocol first when it fired, then the privacy note (where
// only the asker sees it), then the topic's first screen (answer, top steps, reflection; see
// core/answer-first.ts), "More" for the rest (other steps, nuance, agency policy, sources,
// related topics), "Which fits best?" when the bot is unsure, feedback and (in private replies) "Share with channel".
import {
  IN_GENERAL,
  layoutTopic,
  MORE_LABEL,
  MORE_STEPS,
  type NumberedStep,
} from '../../../src/core/answer-first.ts';
import type { Guidance, TopicGuidance, TopicRef } from '../../../src/core/guidance.ts';
import {
  coversText,
  NO_ANSWER,
  NO_MATCH,
  NOT_SURE,
  PRIVACY_WARNING,
  supervisorText,
  WHICH_FITS,
} from '../../../src/core/render-text.ts';
import { type CrisisProtocol, POSSIBLE_DANGER } from '../../../src/core/safety/protocol.ts';
import { ACTION, actionId, feedbackValue, moreValue } from '../ids.ts';
import { esc, mention } from '../mrkdwn.ts';
import { helpBlocks, topicsFooter } from './help.ts';
import {
  actions,
  type Block,
  context,
  divider,
  header,
  type Message,
  section,
  withinBlockLimit,
} from './kit.ts';

export interface GuidanceOptions {
  /** Where the asker alone sees the reply (DM, /boundary): the privacy note goes inline. */
  privacyInline: boolean;
  /** Offer "Share with channel": private replies only. */
  share: boolean;
  /** How the surface lists the topics, e.g. "/boundary topics". */
  topicsCommand: string;
}

export function crisisBlocks(c: CrisisProtocol): Block[] {
  const steps = c.steps.map((s, i) => `${i + 1}. ${esc(s)}`).join('\n');
  const contacts = c.contacts.map((x) => `• *${esc(x.label)}:* ${esc(x.value)}`).join('\n');
  return [
    header(`🚨 ${c.title}`),
    section(steps),
    ...(contacts ? [section(`*Contacts*\n${contacts}`)] : []),
    divider(),
  ];
}

/** The reply when answering failed: the crisis essentials (see fallbackProtocol). */
export function fallbackMessage(p: CrisisProtocol): Message {
  const blocks = crisisBlocks(p).filter((b) => b.type !== 'divider');
  return { text: `${esc(p.title)} ${esc(p.steps[0] ?? '')}`, blocks };
}

export function topicButtons(topics: TopicRef[], suffix: string) {
  return topics.map((t, i) => ({
    text: t.title,
    actionId: actionId(ACTION.topic, `${suffix}${i}`),
    value: t.id,
  }));
}

const numbered = (steps: NumberedStep[]) => steps.map((s) => `${s.n}. ${esc(s.text)}`).join('\n');

/** The topic's first screen; with `full`, everything behind "More" follows it. */
export function topicBlocks(
  t: TopicGuidance,
  o: { share: boolean; feedback: boolean; full?: boolean },
): Block[] {
  const { first, more } = layoutTopic(t);
  const blocks: Block[] = [
    header(first.title),
    section(`*${esc(first.answer)}*`),
    section(`*What to do*\n${numbered(first.steps)}`),
    section(`*Reflect:* _${esc(first.reflection)}_`),
  ];
  if (o.full) {
    if (more.principle) blocks.push(section(`*${IN_GENERAL}* ${esc(more.principle)}`));
    if (more.steps.length) blocks.push(section(`*${MORE_STEPS}*\n${numbered(more.steps)}`));
    if (more.nuance.length)
      blocks.push(
        section(
          `*When it changes*\n${more.nuance.map((n) => `• ${esc(n.when)} ${esc(n.then)}`).join('\n')}`,
        ),
      );
    if (more.agencyPolicy)
      blocks.push(section(`*Check your agency's policy:* ${esc(more.agencyPolicy)}`));
    if (more.sources.length)
      blocks.push(
        context(
          `Sources: ${more.sources.map((s) => `${esc(s.title)}, ${esc(s.section)}`).join('; ')}`,
        ),
      );
    if (more.related.length) {
      blocks.push(context('Related topics:'));
      blocks.push(...actions(topicButtons(more.related.slice(0, 5), 'related-')));
    }
  }
  const buttons = [];
  if (!o.full)
    buttons.push({
      text: MORE_LABEL,
      actionId: actionId(ACTION.more, 'topic'),
      value: moreValue(t.id, t.fit),
    });
  if (o.feedback)
    buttons.push(
      {
        text: '👍 Helpful',
        actionId: actionId(ACTION.feedback, 'yes'),
        value: feedbackValue(t.id, true),
      },
      {
        text: '👎 Not helpful',
        actionId: actionId(ACTION.feedback, 'no'),
        value: feedbackValue(t.id, false),
      },
    );
  if (o.share)
    buttons.push({
      text: 'Share with channel',
      actionId: actionId(ACTION.share, 'topic'),
      value: t.id,
    });
  if (buttons.length) blocks.push(...actions(buttons));
  return blocks;
}

/** The top topics as buttons when the bot is unsure; a click shows that topic. */
function choiceBlocks(g: Guidance): Block[] {
  if (!g.choices.length) return [];
  return [section(`*${WHICH_FITS}*`), ...actions(topicButtons(g.choices, 'choice-'))];
}

export function guidanceMessage(g: Guidance, o: GuidanceOptions): Message {
  const blocks: Block[] = g.crisis ? crisisBlocks(g.crisis) : [];
  if (g.safety === 'possible') blocks.push(context(`⚠️ ${esc(POSSIBLE_DANGER)}`));
  if (g.phi && o.privacyInline) blocks.push(context(`🔒 ${esc(PRIVACY_WARNING)}`));
  let text: string;
  if (g.topic) {
    blocks.push(...topicBlocks(g.topic, { share: o.share, feedback: true }));
    blocks.push(...choiceBlocks(g));
    text = `${esc(g.topic.title)}: ${esc(layoutTopic(g.topic).first.answer)}`;
  } else if (g.miss) {
    // An honest miss: no answer, what the bot covers, and how to reach a person.
    blocks.push(
      section(`*${esc(NO_ANSWER)}*\n${esc(coversText(g.miss))}`),
      section(esc(supervisorText(g.miss.supervisor))),
      ...topicsFooter(g.miss.topicCount, o.topicsCommand),
    );
    text = esc(NO_ANSWER);
  } else {
    if (g.kind === 'no-match') blocks.push(section(esc(g.choices.length ? NOT_SURE : NO_MATCH)));
    blocks.push(...choiceBlocks(g));
    blocks.push(...helpBlocks(g, o.topicsCommand));
    text =
      g.kind === 'no-match'
        ? esc(g.choices.length ? WHICH_FITS : NO_MATCH)
        : "Hi! I'm boundary-bot.";
  }
  if (g.crisis) text = `${esc(g.crisis.title)} ${esc(g.crisis.steps[0] ?? '')}`;
  return { text, blocks: withinBlockLimit(blocks) };
}

/** A topic shown from a button (list, related, a choice, App Home); `full` for "More". */
export function topicMessage(t: TopicGuidance, o: { share: boolean; full?: boolean }): Message {
  return {
    text: `${esc(t.title)}: ${esc(layoutTopic(t).first.answer)}`,
    blocks: withinBlockLimit(topicBlocks(t, { share: o.share, feedback: true, full: o.full })),
  };
}

/** "Share with channel": the topic's guidance, never the question, and who shared it. */
export function sharedMessage(t: TopicGuidance, userId: string): Message {
  return {
    text: `${mention(userId)} shared guidance: ${esc(t.title)}`,
    blocks: withinBlockLimit([
      context(`Shared by ${mention(userId)}`),
      ...topicBlocks(t, { share: false, feedback: true }),
    ]),
  };
}

/** The privacy note sent to the poster alone when a channel message seems to identify someone. */
export function privacyMessage(): Message {
  return { text: esc(PRIVACY_WARNING), blocks: [section(`🔒 ${esc(PRIVACY_WARNING)}`)] };
}
