// Guidance as Block Kit: one case per section of the outline (core/outline.ts decides the
// order and the parts). Slack adds its buttons: "More", feedback and (in private replies)
// "Share with channel" under the topic; the privacy note shows only where the asker alone sees it.
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
}

interface RenderOptions {
  privacyInline: boolean;
  share: boolean;
  feedback: boolean;
  /** Show what is behind "More" in place of the button. */
  full: boolean;
  topicsCommand: string;
}

export function crisisBlocks(c: CrisisProtocol): Block[] {
  const steps = c.steps.map((s, i) => `${i + 1}. ${esc(s)}`).join('\n');
  const contacts = c.contacts.map((x) => `• *${esc(x.label)}:* ${esc(x.value)}`).join('\n');
  return [
    header(`🚨 ${c.title}`),
    section(steps),
    ...(contacts ? [section(`*${LABELS.contacts}*\n${contacts}`)] : []),
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

function moreBlocks(s: MoreSection): Block[] {
  switch (s.kind) {
    case 'principle':
    case 'agency-policy':
      return [section(`*${s.label}* ${esc(s.text)}`)];
    case 'steps':
      return [section(`*${s.label}*\n${numbered(s.steps)}`)];
    case 'nuance':
      return [
        section(
          `*${s.label}*\n${s.items.map((n) => `• ${esc(n.when)} ${esc(n.then)}`).join('\n')}`,
        ),
      ];
    case 'sources':
      return [
        context(
          `${s.label}: ${s.sources.map((c) => `${esc(c.title)}, ${esc(c.section)}`).join('; ')}`,
        ),
      ];
    case 'related':
      return [context(`${s.label}:`), ...actions(topicButtons(s.topics.slice(0, 5), 'related-'))];
  }
}

function sectionBlocks(s: Section, o: RenderOptions): Block[] {
  switch (s.kind) {
    case 'crisis':
      return crisisBlocks(s.protocol);
    case 'possible-danger':
      return [context(`⚠️ ${esc(s.text)}`)];
    case 'privacy':
      return o.privacyInline ? [context(`🔒 ${esc(s.text)}`)] : [];
    case 'heading':
      return [header(s.title)];
    case 'answer':
      return [section(`*${esc(s.text)}*`)];
    case 'steps':
      return [section(`*${s.label}*\n${numbered(s.steps)}`)];
    case 'reflection':
      return [section(`*${s.label}:* _${esc(s.text)}_`)];
    case 'more': {
      const blocks = o.full ? s.sections.flatMap(moreBlocks) : [];
      const buttons: Button[] = [];
      if (!o.full)
        buttons.push({
          text: s.label,
          actionId: actionId(ACTION.more, 'topic'),
          value: moreValue(s.topicId, s.fit),
        });
      if (o.feedback)
        buttons.push(
          {
            text: `👍 ${HELPFUL}`,
            actionId: actionId(ACTION.feedback, 'yes'),
            value: feedbackValue(s.topicId, true),
          },
          {
            text: `👎 ${NOT_HELPFUL}`,
            actionId: actionId(ACTION.feedback, 'no'),
            value: feedbackValue(s.topicId, false),
          },
        );
      if (o.share)
        buttons.push({
          text: SHARE_WITH_CHANNEL,
          actionId: actionId(ACTION.share, 'topic'),
          value: s.topicId,
        });
      if (s.askSupervisor) buttons.push(askButton(s.askSupervisor));
      return [...blocks, ...actions(buttons)];
    }
    case 'notice':
      return [section(esc(s.text))];
    case 'miss':
      // An honest miss: no answer, what the bot covers, and how to reach a person.
      return [
        section(`*${esc(s.answer)}*\n${esc(s.covers)}`),
        section(esc(s.supervisor)),
        ...(s.askSupervisor ? actions([askButton(s.askSupervisor)]) : []),
        ...topicsFooter(s.topicCount, o.topicsCommand, s.topicsLabel),
      ];
    case 'choices':
      // The top topics as buttons when the bot is unsure; a click shows that topic.
      return [
        section(`*${s.label}*`),
        ...actions([
          ...topicButtons(s.topics, 'choice-'),
          ...(s.askSupervisor ? [askButton(s.askSupervisor)] : []),
        ]),
      ];
    case 'help': {
      const examples = s.examples.map((e) => `• _${esc(e)}_`).join('\n');
      return [
        section(s.greeting ? `${s.greeting} ${s.intro}` : s.ask),
        ...(examples ? [section(`*${s.examplesLabel}*\n${examples}`)] : []),
        ...topicsFooter(s.topicCount, o.topicsCommand, s.topicsLabel),
      ];
    }
  }
}

const render = (sections: Section[], o: RenderOptions): Block[] =>
  sections.flatMap((s) => sectionBlocks(s, o));

/** The topic's first screen; with `full`, everything behind "More" follows it. */
export function topicBlocks(
  t: TopicGuidance,
  o: { share: boolean; feedback: boolean; full?: boolean },
): Block[] {
  return render(topicOutline(t), {
    ...o,
    full: o.full ?? false,
    privacyInline: false,
    topicsCommand: '',
  });
}

/** How to ask, with examples: the "help" and "no match" replies. */
export function helpBlocks(g: Guidance, topicsCommand: string): Block[] {
  const help = guidanceOutline(g).filter((s) => s.kind === 'help');
  return render(help, {
    share: false,
    feedback: false,
    full: false,
    privacyInline: false,
    topicsCommand,
  });
}

export function guidanceMessage(g: Guidance, o: GuidanceOptions): Message {
  const sections = guidanceOutline(g, o.escalate ?? null);
  const blocks = render(sections, { ...o, feedback: true, full: false });
  // The outline has laid the topic out already: its answer is the notification text's.
  const answer = sections.find((s) => s.kind === 'answer')?.text;
  let text: string;
  if (g.topic) text = `${esc(g.topic.title)}: ${esc(answer ?? layoutTopic(g.topic).first.answer)}`;
  else if (g.miss) text = esc(NO_ANSWER);
  else if (g.kind === 'no-match') text = esc(g.choices.length ? WHICH_FITS : NO_MATCH);
  else text = esc(GREETING);
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

/** The thanks for feedback; after "Not helpful", with "Ask a supervisor" when set up. */
export function thanksMessage(offer: EscalationOffer | null): Message {
  const text = 'Thanks for the feedback. It helps us improve the guidance.';
  return { text, blocks: [section(text), ...(offer ? actions([askButton(offer)]) : [])] };
}
