// Guidance as an Adaptive Card: one case per section of the outline (core/outline.ts decides
// the order and the parts). "More" opens the rest in place, feedback follows it. Content comes
// from the knowledge base, never from the question.
import { HELPFUL, NOT_HELPFUL, PRIVACY_WARNING } from '../../../src/core/copy.ts';
import type { Guidance, TopicGuidance, TopicRef } from '../../../src/core/guidance.ts';
import {
  guidanceOutline,
  type MoreSection,
  type Section,
  topicOutline,
} from '../../../src/core/outline.ts';
import type { CrisisProtocol } from '../../../src/core/safety/protocol.ts';
import type { EscalationOffer } from '../../../src/core/supervisor/offer.ts';
import {
  actionSet,
  type Card,
  card,
  container,
  type Element,
  execute,
  facts,
  heading,
  text,
  VERB,
} from './elements.ts';

/** How people reach the commands here: "@boundary-bot " in a channel, nothing in a 1:1 chat. */
export interface Surface {
  prefix: string;
}

export function crisisSection(protocol: CrisisProtocol): Element {
  return container(
    [
      heading(protocol.title, 'Large'),
      ...protocol.steps.map((s, i) => text(`${i + 1}. ${s}`, { spacing: 'Small' })),
      ...(protocol.contacts.length
        ? [facts(protocol.contacts.map((k) => ({ title: k.label, value: k.value })))]
        : []),
    ],
    { style: 'attention', bleed: true },
  );
}

/** The reply when answering failed: the crisis essentials (see fallbackProtocol). */
export function fallbackCard(p: CrisisProtocol): Card {
  return card([crisisSection(p)], { fallbackText: `${p.title} ${p.steps[0] ?? ''}` });
}

export function privacySection(): Element {
  return container([text(PRIVACY_WARNING, { weight: 'Bolder' })], { style: 'warning' });
}

function topicButtons(refs: TopicRef[]): Element[] {
  return refs.map((r) => execute(r.title, VERB.topic, { topicId: r.id }));
}

/** The id of the container "More" shows and hides (unique per topic within a card). */
export const moreId = (topicId: string) => `more-${topicId}`;

const label = (value: string) => text(value, { weight: 'Bolder', spacing: 'Medium' });
const line = (value: string) => text(value, { spacing: 'Small' });

function moreElements(part: MoreSection): Element[] {
  switch (part.kind) {
    case 'principle':
      return [text(`${part.label} ${part.text}`)];
    case 'steps':
      return [label(part.label), ...part.steps.map((x) => line(`${x.n}. ${x.text}`))];
    case 'nuance':
      return [label(part.label), ...part.items.map((n) => line(`${n.when} ${n.then}`))];
    case 'agency-policy':
      return [text(`${part.label} ${part.text}`, { spacing: 'Medium' })];
    case 'sources':
      return [
        text(`${part.label}: ${part.sources.map((c) => `${c.title}, ${c.section}`).join('; ')}`, {
          size: 'Small',
          isSubtle: true,
        }),
      ];
    case 'related':
      return [label(part.label), actionSet(topicButtons(part.topics))];
  }
}

/** "Ask a supervisor": the click shows the preview form to the clicker alone. The data is the
 * draft the core redacted (empty when it could still identify someone). */
const askButton = (offer: EscalationOffer): Element =>
  execute(offer.label, VERB.askSupervisor, { from: offer.from, draft: offer.draft });

const topicsLine = (label: string, s: Surface) =>
  text(`${label} ${s.prefix}topics`, { spacing: 'Medium' });

function sectionElements(part: Section, surface: Surface): Element[] {
  switch (part.kind) {
    case 'crisis':
      return [crisisSection(part.protocol)];
    case 'possible-danger':
      return [container([text(part.text, { weight: 'Bolder' })], { style: 'attention' })];
    case 'privacy':
      return [container([text(part.text, { weight: 'Bolder' })], { style: 'warning' })];
    case 'heading':
      return [heading(part.title, 'Large')];
    case 'answer':
      return [text(part.text, { weight: 'Bolder' })];
    case 'steps':
      return [label(part.label), ...part.steps.map((step) => line(`${step.n}. ${step.text}`))];
    case 'reflection':
      return [text(`${part.label}: ${part.text}`, { isSubtle: true, spacing: 'Medium' })];
    case 'more':
      // Opens in place, without a round trip to the bot: the rest is already in the card.
      return [
        actionSet([
          {
            type: 'Action.ToggleVisibility',
            title: part.label,
            targetElements: [moreId(part.topicId)],
          },
        ]),
        container(part.sections.flatMap(moreElements), {
          id: moreId(part.topicId),
          isVisible: false,
        }),
        actionSet([
          execute(HELPFUL, VERB.feedback, { topicId: part.topicId, helpful: true }),
          execute(NOT_HELPFUL, VERB.feedback, { topicId: part.topicId, helpful: false }),
          ...(part.askSupervisor ? [askButton(part.askSupervisor)] : []),
        ]),
      ];
    case 'notice':
      return [heading(part.text)];
    case 'miss':
      // An honest miss: no answer, what the bot covers, and how to reach a person.
      return [
        heading(part.answer),
        text(part.covers),
        text(part.supervisor, { weight: 'Bolder' }),
        ...(part.askSupervisor ? [actionSet([askButton(part.askSupervisor)])] : []),
        topicsLine(part.topicsLabel, surface),
      ];
    case 'choices':
      // The top topics as buttons when the bot is unsure; a click shows that topic.
      return [
        label(part.label),
        actionSet([
          ...topicButtons(part.topics),
          ...(part.askSupervisor ? [askButton(part.askSupervisor)] : []),
        ]),
      ];
    case 'help':
      return [
        ...(part.greeting ? [heading(part.greeting, 'Large')] : []),
        text(part.intro),
        text(`${part.examplesLabel}:`, { weight: 'Bolder' }),
        ...part.examples.map((e) => line(`- ${e}`)),
        topicsLine(part.topicsLabel, surface),
        text(part.note, { isSubtle: true }),
      ];
  }
}

const render = (sections: Section[], s: Surface): Element[] =>
  sections.flatMap((x) => sectionElements(x, s));

export function topicSections(t: TopicGuidance): Element[] {
  return render(topicOutline(t), { prefix: '' });
}

/** The reply to a question (or to "help"). */
export function guidanceCard(
  guidance: Guidance,
  surface: Surface,
  escalate?: EscalationOffer | null,
  options: { privacyText?: string } = {},
): Card {
  const { privacyText } = options;
  // A message someone else may have written: the privacy note cannot ask "you" to delete it.
  const outline = guidanceOutline(guidance, escalate ?? null).map((part) =>
    part.kind === 'privacy' && privacyText ? { ...part, text: privacyText } : part,
  );
  // The text a client shows when it cannot draw the card leads with the protocol too.
  return card(render(outline, surface), {
    fallbackText: guidance.crisis?.title ?? guidance.topic?.title ?? 'boundary-bot',
  });
}

/** One topic, as picked from the list or a related or choice button. */
export function topicCard(t: TopicGuidance): Card {
  return card(topicSections(t), { fallbackText: t.title });
}

/** All topics: a searchable list and one button (33 buttons would drown the channel). */
export function topicsCard(topics: TopicRef[]): Card {
  return card(
    [
      heading(`${topics.length} topics`),
      text('Pick one to read its guidance, or just ask your question in your own words.'),
      {
        type: 'Input.ChoiceSet',
        id: 'topicId',
        style: 'filtered',
        placeholder: 'Find a topic',
        choices: topics.map((t) => ({ title: t.title, value: t.id })),
      },
    ],
    { actions: [execute('Show', VERB.topic, {})], fallbackText: 'Topics' },
  );
}

/** The thanks after "Not helpful", with "Ask a supervisor" when supervisors are set up. */
export function thanksCard(offer: EscalationOffer): Card {
  return card([text('Thanks, noted.'), actionSet([askButton(offer)])], {
    fallbackText: 'Thanks, noted.',
  });
}
