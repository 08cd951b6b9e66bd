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

export function crisisSection(c: CrisisProtocol): Element {
  return container(
    [
      heading(c.title, 'Large'),
      ...c.steps.map((s, i) => text(`${i + 1}. ${s}`, { spacing: 'Small' })),
      ...(c.contacts.length
        ? [facts(c.contacts.map((k) => ({ title: k.label, value: k.value })))]
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

function moreElements(s: MoreSection): Element[] {
  switch (s.kind) {
    case 'principle':
      return [text(`${s.label} ${s.text}`)];
    case 'steps':
      return [label(s.label), ...s.steps.map((x) => line(`${x.n}. ${x.text}`))];
    case 'nuance':
      return [label(s.label), ...s.items.map((n) => line(`${n.when} ${n.then}`))];
    case 'agency-policy':
      return [text(`${s.label} ${s.text}`, { spacing: 'Medium' })];
    case 'sources':
      return [
        text(`${s.label}: ${s.sources.map((c) => `${c.title}, ${c.section}`).join('; ')}`, {
          size: 'Small',
          isSubtle: true,
        }),
      ];
    case 'related':
      return [label(s.label), actionSet(topicButtons(s.topics))];
  }
}

/** "Ask a supervisor": the click shows the preview form to the clicker alone. The data is the
 * draft the core redacted (empty when it could still identify someone). */
const askButton = (offer: EscalationOffer): Element =>
  execute(offer.label, VERB.askSupervisor, { from: offer.from, draft: offer.draft });

const topicsLine = (label: string, s: Surface) =>
  text(`${label} ${s.prefix}topics`, { spacing: 'Medium' });

function sectionElements(x: Section, s: Surface): Element[] {
  switch (x.kind) {
    case 'crisis':
      return [crisisSection(x.protocol)];
    case 'possible-danger':
      return [container([text(x.text, { weight: 'Bolder' })], { style: 'attention' })];
    case 'privacy':
      return [container([text(x.text, { weight: 'Bolder' })], { style: 'warning' })];
    case 'heading':
      return [heading(x.title, 'Large')];
    case 'answer':
      return [text(x.text, { weight: 'Bolder' })];
    case 'steps':
      return [label(x.label), ...x.steps.map((step) => line(`${step.n}. ${step.text}`))];
    case 'reflection':
      return [text(`${x.label}: ${x.text}`, { isSubtle: true, spacing: 'Medium' })];
    case 'more':
      // Opens in place, without a round trip to the bot: the rest is already in the card.
      return [
        actionSet([
          { type: 'Action.ToggleVisibility', title: x.label, targetElements: [moreId(x.topicId)] },
        ]),
        container(x.sections.flatMap(moreElements), { id: moreId(x.topicId), isVisible: false }),
        actionSet([
          execute(HELPFUL, VERB.feedback, { topicId: x.topicId, helpful: true }),
          execute(NOT_HELPFUL, VERB.feedback, { topicId: x.topicId, helpful: false }),
          ...(x.askSupervisor ? [askButton(x.askSupervisor)] : []),
        ]),
      ];
    case 'notice':
      return [heading(x.text)];
    case 'miss':
      // An honest miss: no answer, what the bot covers, and how to reach a person.
      return [
        heading(x.answer),
        text(x.covers),
        text(x.supervisor, { weight: 'Bolder' }),
        ...(x.askSupervisor ? [actionSet([askButton(x.askSupervisor)])] : []),
        topicsLine(x.topicsLabel, s),
      ];
    case 'choices':
      // The top topics as buttons when the bot is unsure; a click shows that topic.
      return [
        label(x.label),
        actionSet([
          ...topicButtons(x.topics),
          ...(x.askSupervisor ? [askButton(x.askSupervisor)] : []),
        ]),
      ];
    case 'help':
      return [
        ...(x.greeting ? [heading(x.greeting, 'Large')] : []),
        text(x.intro),
        text(`${x.examplesLabel}:`, { weight: 'Bolder' }),
        ...x.examples.map((e) => line(`- ${e}`)),
        topicsLine(x.topicsLabel, s),
        text(x.note, { isSubtle: true }),
      ];
  }
}

const render = (sections: Section[], s: Surface): Element[] =>
  sections.flatMap((x) => sectionElements(x, s));

export function topicSections(t: TopicGuidance): Element[] {
  return render(topicOutline(t), { prefix: '' });
}

/** The reply to a question (or to "help"). */
export function guidanceCard(g: Guidance, s: Surface, escalate?: EscalationOffer | null): Card {
  // The text a client shows when it cannot draw the card leads with the protocol too.
  return card(render(guidanceOutline(g, escalate ?? null), s), {
    fallbackText: g.crisis?.title ?? g.topic?.title ?? 'boundary-bot',
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
