// Guidance as Block Kit: one case per section of the outline (core/outline.ts decides the
// order and the parts). Slack adds its buttons: "More", feedback and (in private replies)
// "Share with channel" under the topic; the privacy note shows only where the asker alone sees it.
import { FEEDBACK_THANKS } from '../../../src/commands/text.ts';
import { layoutTopic, type NumberedStep } from '../../../src/core/answer-first.ts';
import {
  allTopicsLabel,
  BROWSE_TOPICS,
  GREETING,
  HELPFUL,
  LABELS,
  NO_ANSWER,
  NO_MATCH,
  NOT_A_RULEBOOK,
  NOT_HELPFUL,
  PRIVACY_WARNING,
  SHARE_WITH_CHANNEL,
  WHICH_FITS,
} from '../../../src/core/copy.ts';
import type { Guidance, TopicGuidance, TopicRef } from '../../../src/core/guidance.ts';
import {
  guidanceOutline,
  type MoreSection,
  type Section,
  topicOutline,
} from '../../../src/core/outline.ts';
import type { CrisisProtocol } from '../../../src/core/safety/protocol.ts';
import type { EscalationOffer } from '../../../src/core/supervisor/offer.ts';
import { ACTION, actionId, askValue, feedbackValue, moreValue } from '../ids.ts';
import { esc, mention } from '../mrkdwn.ts';
import {
  actions,
  type Block,
  type Button,
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
  /** "Ask a supervisor" for this reply (the core's offer), placed by the outline. */
  escalate?: EscalationOffer | null;
  /** The privacy note's words when the text may be someone else's (a message shortcut). */
  privacyText?: string;
  /** Where it is drawn: Slack's native feedback buttons exist in messages only. */
  surface?: Surface;
}

/** A message, or a view (a modal, the App Home). */
export type Surface = 'message' | 'view';

interface RenderOptions {
  privacyInline: boolean;
  privacyText?: string;
  share: boolean;
  feedback: boolean;
  surface: Surface;
  /** Show what is behind "More" in place of the button. */
  full: boolean;
  topicsCommand: string;
}

export function crisisBlocks(protocol: CrisisProtocol): Block[] {
  const steps = protocol.steps.map((s, i) => `${i + 1}. ${esc(s)}`).join('\n');
  const contacts = protocol.contacts.map((x) => `• *${esc(x.label)}:* ${esc(x.value)}`).join('\n');
  return [
    header(`🚨 ${protocol.title}`),
    section(steps),
    ...(contacts ? [section(`*${LABELS.contacts}*\n${contacts}`)] : []),
    divider(),
  ];
}

/** The reply when answering failed: the crisis essentials (see fallbackProtocol). */
export function fallbackMessage(protocol: CrisisProtocol): Message {
  const blocks = crisisBlocks(protocol).filter((b) => b.type !== 'divider');
  return { text: `${esc(protocol.title)} ${esc(protocol.steps[0] ?? '')}`, blocks };
}

export function topicButtons(topics: TopicRef[], suffix: string) {
  return topics.map((t, i) => ({
    text: t.title,
    actionId: actionId(ACTION.topic, `${suffix}${i}`),
    value: t.id,
  }));
}

/** "Ask a supervisor": the click opens the preview; the value is the redacted draft. */
const askButton = (offer: EscalationOffer): Button => ({
  text: `🙋 ${offer.label}`,
  actionId: actionId(ACTION.askSupervisor, offer.from),
  value: askValue(offer),
});

const numbered = (steps: NumberedStep[]) => steps.map((s) => `${s.n}. ${esc(s.text)}`).join('\n');

/** Where to see every topic, and the "Browse topics" button. */
export function topicsFooter(
  count: number | null | undefined,
  topicsCommand: string,
  label = allTopicsLabel(count),
): Block[] {
  return [
    context(`${label} \`${topicsCommand}\`. ${NOT_A_RULEBOOK}`),
    ...actions([{ text: BROWSE_TOPICS, actionId: actionId(ACTION.topics, 'help'), value: 'all' }]),
  ];
}

function moreBlocks(part: MoreSection): Block[] {
  switch (part.kind) {
    case 'principle':
    case 'agency-policy':
      return [section(`*${part.label}* ${esc(part.text)}`)];
    case 'steps':
      return [section(`*${part.label}*\n${numbered(part.steps)}`)];
    case 'nuance':
      return [
        section(
          `*${part.label}*\n${part.items.map((n) => `• ${esc(n.when)} ${esc(n.then)}`).join('\n')}`,
        ),
      ];
    case 'sources':
      return [
        context(
          `${part.label}: ${part.sources.map((c) => `${esc(c.title)}, ${esc(c.section)}`).join('; ')}`,
        ),
      ];
    case 'related':
      return [
        context(`${part.label}:`),
        ...actions(topicButtons(part.topics.slice(0, 5), 'related-')),
      ];
  }
}

function sectionBlocks(part: Section, options: RenderOptions): Block[] {
  switch (part.kind) {
    case 'crisis':
      return crisisBlocks(part.protocol);
    case 'possible-danger':
      return [context(`⚠️ ${esc(part.text)}`)];
    case 'privacy':
      return options.privacyInline ? [context(`🔒 ${esc(options.privacyText ?? part.text)}`)] : [];
    case 'heading':
      return [header(part.title)];
    case 'answer':
      return [section(`*${esc(part.text)}*`)];
    case 'steps':
      return [section(`*${part.label}*\n${numbered(part.steps)}`)];
    case 'reflection':
      return [section(`*${part.label}:* _${esc(part.text)}_`)];
    case 'more': {
      const blocks = options.full ? part.sections.flatMap(moreBlocks) : [];
      const buttons: Button[] = [];
      if (!options.full)
        buttons.push({
          text: part.label,
          actionId: actionId(ACTION.more, 'topic'),
          value: moreValue(part.topicId, part.fit),
        });
      if (options.feedback && options.surface === 'view')
        buttons.push(
          {
            text: `👍 ${HELPFUL}`,
            actionId: actionId(ACTION.feedback, 'yes'),
            value: feedbackValue(part.topicId, true),
          },
          {
            text: `👎 ${NOT_HELPFUL}`,
            actionId: actionId(ACTION.feedback, 'no'),
            value: feedbackValue(part.topicId, false),
          },
        );
      if (options.share)
        buttons.push({
          text: SHARE_WITH_CHANNEL,
          actionId: actionId(ACTION.share, 'topic'),
          value: part.topicId,
        });
      if (part.askSupervisor) buttons.push(askButton(part.askSupervisor));
      const native = options.feedback && options.surface === 'message';
      return [...blocks, ...actions(buttons), ...(native ? [feedbackBlock(part.topicId)] : [])];
    }
    case 'notice':
      return [section(esc(part.text))];
    case 'miss':
      // An honest miss: no answer, what the bot covers, and how to reach a person.
      return [
        section(`*${esc(part.answer)}*\n${esc(part.covers)}`),
        section(esc(part.supervisor)),
        ...(part.askSupervisor ? actions([askButton(part.askSupervisor)]) : []),
        ...topicsFooter(part.topicCount, options.topicsCommand, part.topicsLabel),
      ];
    case 'choices':
      // The top topics as buttons when the bot is unsure; a click shows that topic.
      return [
        section(`*${part.label}*`),
        ...actions([
          ...topicButtons(part.topics, 'choice-'),
          ...(part.askSupervisor ? [askButton(part.askSupervisor)] : []),
        ]),
      ];
    case 'help': {
      const examples = part.examples.map((e) => `• _${esc(e)}_`).join('\n');
      return [
        section(part.greeting ? `${part.greeting} ${part.intro}` : part.ask),
        ...(examples ? [section(`*${part.examplesLabel}*\n${examples}`)] : []),
        ...topicsFooter(part.topicCount, options.topicsCommand, part.topicsLabel),
      ];
    }
  }
}

/** Slack's own thumbs (a context_actions block, messages only): Slack marks the one pressed.
 * Their values are the ones the buttons carry, so the same click decoding counts them. */
export function feedbackBlock(topicId: string): Block {
  return {
    type: 'context_actions',
    elements: [
      {
        type: 'feedback_buttons',
        action_id: actionId(ACTION.feedback, 'native'),
        positive_button: {
          text: { type: 'plain_text', text: '👍' },
          accessibility_label: HELPFUL,
          value: feedbackValue(topicId, true),
        },
        negative_button: {
          text: { type: 'plain_text', text: '👎' },
          accessibility_label: NOT_HELPFUL,
          value: feedbackValue(topicId, false),
        },
      },
    ],
  };
}

const render = (sections: Section[], o: RenderOptions): Block[] =>
  sections.flatMap((s) => sectionBlocks(s, o));

/** The topic's first screen; with `full`, everything behind "More" follows it. */
export function topicBlocks(
  topic: TopicGuidance,
  options: { share: boolean; feedback: boolean; full?: boolean; surface?: Surface },
): Block[] {
  return render(topicOutline(topic), {
    ...options,
    surface: options.surface ?? 'message',
    full: options.full ?? false,
    privacyInline: false,
    topicsCommand: '',
  });
}

/** How to ask, with examples: the "help" and "no match" replies. */
export function helpBlocks(guidance: Guidance, topicsCommand: string): Block[] {
  const help = guidanceOutline(guidance).filter((s) => s.kind === 'help');
  return render(help, {
    share: false,
    feedback: false,
    surface: 'message',
    full: false,
    privacyInline: false,
    topicsCommand,
  });
}

export function guidanceMessage(guidance: Guidance, options: GuidanceOptions): Message {
  const sections = guidanceOutline(guidance, options.escalate ?? null);
  const blocks = render(sections, {
    ...options,
    surface: options.surface ?? 'message',
    feedback: true,
    full: false,
  });
  // The outline has laid the topic out already: its answer is the notification text's.
  const answer = sections.find((section) => section.kind === 'answer')?.text;
  let text: string;
  if (guidance.topic)
    text = `${esc(guidance.topic.title)}: ${esc(answer ?? layoutTopic(guidance.topic).first.answer)}`;
  else if (guidance.miss) text = esc(NO_ANSWER);
  else if (guidance.kind === 'no-match')
    text = esc(guidance.choices.length ? WHICH_FITS : NO_MATCH);
  else text = esc(GREETING);
  if (guidance.crisis)
    text = `${esc(guidance.crisis.title)} ${esc(guidance.crisis.steps[0] ?? '')}`;
  return { text, blocks: withinBlockLimit(blocks) };
}

/** A topic shown from a button (list, related, a choice, App Home); `full` for "More". */
export function topicMessage(
  topic: TopicGuidance,
  options: { share: boolean; full?: boolean; surface?: Surface },
): Message {
  return {
    text: `${esc(topic.title)}: ${esc(layoutTopic(topic).first.answer)}`,
    blocks: withinBlockLimit(
      topicBlocks(topic, {
        share: options.share,
        feedback: true,
        full: options.full,
        surface: options.surface ?? 'message',
      }),
    ),
  };
}

/** "Share with channel": the topic's guidance, never the question, and who shared it. */
export function sharedMessage(topic: TopicGuidance, userId: string): Message {
  return {
    text: `${mention(userId)} shared guidance: ${esc(topic.title)}`,
    blocks: withinBlockLimit([
      context(`Shared by ${mention(userId)}`),
      ...topicBlocks(topic, { share: false, feedback: true }),
    ]),
  };
}

/** The privacy note sent to the poster alone when a channel message seems to identify someone. */
export function privacyMessage(): Message {
  return { text: esc(PRIVACY_WARNING), blocks: [section(`🔒 ${esc(PRIVACY_WARNING)}`)] };
}

/** The thanks for feedback; after "Not helpful", with "Ask a supervisor" when set up. */
export function thanksMessage(offer: EscalationOffer | null): Message {
  const text = FEEDBACK_THANKS;
  return { text, blocks: [section(text), ...(offer ? actions([askButton(offer)]) : [])] };
}
