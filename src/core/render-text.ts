// Guidance as plain text, for the terminal and for the `text` field of `ask --json`.
import { IN_GENERAL, layoutTopic, MORE_LABEL, MORE_STEPS } from './answer-first.ts';
import type { Guidance, Miss, SupervisorRoute, TopicGuidance, TopicRef } from './guidance.ts';
import { type CrisisProtocol, POSSIBLE_DANGER } from './safety/protocol.ts';

export interface TextOptions {
  /** How a person lists the topics on this surface, e.g. "/boundary topics". */
  topicsCommand: string;
}

/** One topic's guidance, as when a person picks it from the list. */
export function renderTopicText(t: TopicGuidance): string {
  return topicText(t).join('\n');
}

// The first screen (answer, top steps, reflection), then everything else under "More:".
function topicText(t: TopicGuidance): string[] {
  const { first, more } = layoutTopic(t);
  const lines = [first.title.toUpperCase(), first.answer, '', 'What to do:'];
  for (const s of first.steps) lines.push(`${s.n}. ${s.text}`);
  lines.push('', `Reflect: ${first.reflection}`, '', `${MORE_LABEL}:`);
  if (more.principle) lines.push(`${IN_GENERAL} ${more.principle}`);
  if (more.steps.length) {
    lines.push(`${MORE_STEPS}:`);
    for (const s of more.steps) lines.push(`${s.n}. ${s.text}`);
  }
  if (more.nuance.length) {
    lines.push('When it changes:');
    for (const n of more.nuance) lines.push(`- ${n.when} ${n.then}`);
  }
  if (more.agencyPolicy) lines.push(`Check your agency's policy: ${more.agencyPolicy}`);
  lines.push(`Sources: ${more.sources.map((s) => `${s.title}, ${s.section}`).join('; ')}`);
  if (more.related.length) lines.push(`Related: ${more.related.map((r) => r.title).join(' · ')}`);
  return lines;
}

// The words of "help the person choose" and of an honest miss, written once for every surface.
/** Heads the choices offered when the bot is unsure. */
export const WHICH_FITS = 'Which fits best?';
/** A no-match that came close: said before the choices. */
export const NOT_SURE = "I'm not sure which topic this is.";
/** An honest miss, said plainly. */
export const NO_ANSWER = "I don't have an answer for that.";
/** How to reach a person when the agency set no SUPERVISOR_CONTACT. */
export const ASK_SUPERVISOR = "Ask your supervisor or check your agency's policy.";
/** The terminal console: a choice is picked by typing its number. */
export const PICK_BY_NUMBER = 'Type its number to pick one.';

/** One line on what the bot covers, from the knowledge. */
export const coversText = (m: Miss): string =>
  `I cover ${m.topicCount} boundary and ethics topics in peer support, such as ${m.covers.map((t) => t.title).join(' · ')}.`;

export const supervisorText = (r: SupervisorRoute): string => r.contact ?? ASK_SUPERVISOR;

/** The choices as a numbered list: "1. Gifts, tips and favors". */
export const choiceLines = (choices: TopicRef[]): string[] =>
  choices.map((c, i) => `${i + 1}. ${c.title}`);

/** A no-match in a crisis (the protocol leads) or with nothing else to say. */
export const NO_MATCH = "I couldn't match that to a boundary or ethics topic.";

/** Shown when a message seems to hold identifiers; it never repeats them. */
export const PRIVACY_WARNING =
  'Privacy: your message may identify someone. Please delete it from the channel and use initials or "my client" instead. I did not store it.';

function protocolText(p: CrisisProtocol): string[] {
  const lines = [`!! ${p.title.toUpperCase()}`];
  for (const [i, s] of p.steps.entries()) lines.push(`${i + 1}. ${s}`);
  const contacts = p.contacts.map((c) => `${c.label}: ${c.value}`).join(' | ');
  if (contacts) lines.push(`Contacts: ${contacts}`);
  return lines;
}

function crisisText(g: Guidance): string[] {
  return g.crisis ? [...protocolText(g.crisis), ''] : [];
}

/** The reply when answering failed (see fallbackProtocol). */
export function renderFallbackText(p: CrisisProtocol): string {
  return protocolText(p).join('\n');
}

export function renderText(g: Guidance, options: TextOptions): string {
  // The crisis protocol always comes first, then the privacy note, then the guidance.
  const lines: string[] = [...crisisText(g)];
  if (g.safety === 'possible') lines.push(`! ${POSSIBLE_DANGER}`, '');
  if (g.phi) lines.push(PRIVACY_WARNING, '');
  if (g.topic) {
    lines.push(...topicText(g.topic));
    if (g.choices.length) lines.push('', WHICH_FITS, ...choiceLines(g.choices));
    return lines.join('\n');
  }
  if (g.miss) {
    lines.push(NO_ANSWER, coversText(g.miss), supervisorText(g.miss.supervisor), '');
    lines.push(`To see all ${g.miss.topicCount} topics: ${options.topicsCommand}`);
    return lines.join('\n');
  }
  if (g.kind === 'no-match') {
    lines.push(g.choices.length ? NOT_SURE : NO_MATCH);
    if (g.choices.length) lines.push(WHICH_FITS, ...choiceLines(g.choices));
    lines.push('');
  } else {
    lines.push("Hi! I'm boundary-bot.");
  }
  lines.push(
    'Ask me about a boundary or ethics situation at work, in your own words, and I will give you',
    'the principle, practical steps, a question to reflect on and the standard behind it.',
    '',
    'For example:',
    ...(g.help?.examples ?? []).map((e) => `- ${e}`),
    '',
    `To see all ${g.help?.topicCount ?? ''} topics: ${options.topicsCommand}`,
    "I'm a guide, not a rulebook: your agency's policy and your supervisor have the last word.",
  );
  return lines.join('\n');
}
