// Guidance as an Adaptive Card, in the same order as every surface: the crisis protocol first,
// then the privacy warning, then the topic's first screen (answer, top steps, reflection; see
// core/answer-first.ts) and a "More" toggle that opens the rest in place (other steps, nuance,
// agency policy, sources, related topics), "Which fits best?" when the bot is unsure, then
// feedback. Content comes from the knowledge
// base, never from the question.
import { IN_GENERAL, layoutTopic, MORE_LABEL, MORE_STEPS } from '../../../src/core/answer-first.ts';
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

export function topicSections(t: TopicGuidance): Element[] {
  const { first, more } = layoutTopic(t);
  const body: Element[] = [
    heading(first.title, 'Large'),
    text(first.answer, { weight: 'Bolder' }),
    text('What to do', { weight: 'Bolder', spacing: 'Medium' }),
    ...first.steps.map((s) => text(`${s.n}. ${s.text}`, { spacing: 'Small' })),
    text(`Reflect: ${first.reflection}`, { isSubtle: true, spacing: 'Medium' }),
  ];
  const rest: Element[] = [];
  if (more.principle) rest.push(text(`${IN_GENERAL} ${more.principle}`));
  if (more.steps.length) {
    rest.push(text(MORE_STEPS, { weight: 'Bolder', spacing: 'Medium' }));
    for (const s of more.steps) rest.push(text(`${s.n}. ${s.text}`, { spacing: 'Small' }));
  }
  if (more.nuance.length) {
    rest.push(text('When it changes', { weight: 'Bolder', spacing: 'Medium' }));
    for (const n of more.nuance) rest.push(text(`${n.when} ${n.then}`, { spacing: 'Small' }));
  }
  if (more.agencyPolicy)
    rest.push(text(`Check your agency's policy: ${more.agencyPolicy}`, { spacing: 'Medium' }));
  rest.push(
    text(`Sources: ${more.sources.map((s) => `${s.title}, ${s.section}`).join('; ')}`, {
      size: 'Small',
      isSubtle: true,
    }),
  );
  if (more.related.length) {
    rest.push(text('Related', { weight: 'Bolder', spacing: 'Medium' }));
    rest.push(actionSet(topicButtons(more.related)));
  }
  // Opens in place, without a round trip to the bot: the rest is already in the card.
  body.push(
    actionSet([
      { type: 'Action.ToggleVisibility', title: MORE_LABEL, targetElements: [moreId(t.id)] },
    ]),
    container(rest, { id: moreId(t.id), isVisible: false }),
  );
  body.push(
    actionSet([
      execute('Helpful', VERB.feedback, { topicId: t.id, helpful: true }),
      execute('Not helpful', VERB.feedback, { topicId: t.id, helpful: false }),
    ]),
  );
  return body;
}

/** The top topics as buttons when the bot is unsure; a click shows that topic. */
function choiceSections(g: Guidance): Element[] {
  if (!g.choices.length) return [];
  return [
    text(WHICH_FITS, { weight: 'Bolder', spacing: 'Medium' }),
    actionSet(topicButtons(g.choices)),
  ];
}

const topicsLine = (count: number | undefined, s: Surface) =>
  text(`To see all ${count ?? ''} topics: ${s.prefix}topics`, { spacing: 'Medium' });

/** An honest miss: no answer, what the bot covers, and how to reach a person. */
function missSections(m: NonNullable<Guidance['miss']>, s: Surface): Element[] {
  return [
    heading(NO_ANSWER),
    text(coversText(m)),
    text(supervisorText(m.supervisor), { weight: 'Bolder' }),
    topicsLine(m.topicCount, s),
  ];
}

function helpSections(g: Guidance, s: Surface): Element[] {
  const body: Element[] = [];
  if (g.kind === 'no-match') {
    body.push(heading(g.choices.length ? NOT_SURE : NO_MATCH));
    body.push(...choiceSections(g));
  } else {
    body.push(heading("Hi! I'm boundary-bot.", 'Large'));
  }
  body.push(
    text(
      'Ask me about a boundary or ethics situation at work, in your own words, and I will give you the principle, practical steps, a question to reflect on and the standard behind it.',
    ),
    text('For example:', { weight: 'Bolder' }),
    ...(g.help?.examples ?? []).map((e) => text(`- ${e}`, { spacing: 'Small' })),
    topicsLine(g.help?.topicCount, s),
    text(
      "I'm a guide, not a rulebook: your agency's policy and your supervisor have the last word.",
      { isSubtle: true },
    ),
  );
  return body;
}

/** The reply to a question (or to "help"). */
export function guidanceCard(g: Guidance, s: Surface): Card {
  // Safety first: the protocol and the privacy warning come before anything else.
  const body: Element[] = [];
  if (g.crisis) body.push(crisisSection(g.crisis));
  if (g.safety === 'possible') {
    body.push(container([text(POSSIBLE_DANGER, { weight: 'Bolder' })], { style: 'attention' }));
  }
  if (g.phi) body.push(privacySection());
  if (g.topic) {
    body.push(...topicSections(g.topic));
    body.push(...choiceSections(g));
  } else if (g.miss) {
    body.push(...missSections(g.miss, s));
  } else {
    body.push(...helpSections(g, s));
  }
  // The text a client shows when it cannot draw the card leads with the protocol too.
  return card(body, { fallbackText: g.crisis?.title ?? g.topic?.title ?? 'boundary-bot' });
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
