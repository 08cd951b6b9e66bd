// The one place that decides what a guidance reply holds and in which order, for every surface:
// the crisis protocol first, then the possible-danger line and the privacy note, then the
// topic's first screen (see answer-first.ts) with the rest behind "More", then what helps the
// person choose or ask again. Renderers turn each section into their own markup and never
// reorder, add or drop a part; the words come from copy.ts.
import { layoutTopic, type NumberedStep } from './answer-first.ts';
import {
  allTopicsLabel,
  coversText,
  GREETING,
  HELP_INTRO,
  HOW_TO_ASK,
  LABELS,
  NO_ANSWER,
  NO_MATCH,
  NOT_A_RULEBOOK,
  NOT_SURE,
  PRIVACY_WARNING,
  supervisorText,
  WHICH_FITS,
} from './copy.ts';
import type { Citation, Guidance, TopicGuidance, TopicRef } from './guidance.ts';
import { type CrisisProtocol, POSSIBLE_DANGER } from './safety/protocol.ts';
import type { EscalationOffer } from './supervisor/offer.ts';
import type { Nuance } from './types.ts';

/** A part of the topic kept behind "More". */
export type MoreSection =
  | { kind: 'principle'; label: string; text: string }
  | { kind: 'steps'; label: string; steps: NumberedStep[] }
  | { kind: 'nuance'; label: string; items: Nuance[] }
  | { kind: 'agency-policy'; label: string; text: string }
  | { kind: 'sources'; label: string; sources: Citation[] }
  | { kind: 'related'; label: string; topics: TopicRef[] };

export type Section =
  | { kind: 'crisis'; protocol: CrisisProtocol }
  | { kind: 'possible-danger'; text: string }
  | { kind: 'privacy'; text: string }
  | { kind: 'heading'; topicId: string; title: string }
  /** The direct answer: the nuance that fits the question, else the principle. */
  | { kind: 'answer'; text: string; isPrinciple: boolean }
  | { kind: 'steps'; label: string; steps: NumberedStep[] }
  | { kind: 'reflection'; label: string; text: string }
  /** The rest of the topic, one tap away; `topicId` and `fit` say which topic to open. */
  | {
      kind: 'more';
      label: string;
      topicId: string;
      fit: number | null;
      sections: MoreSection[];
      /** "Ask a supervisor" under a low-confidence answer (with "Helpful" / "Not helpful"). */
      askSupervisor?: EscalationOffer;
    }
  /** No topic matched: said before the choices and the help. */
  | { kind: 'notice'; text: string }
  /** An honest miss: no answer, what the bot covers, how to reach a person. */
  | {
      kind: 'miss';
      answer: string;
      covers: string;
      supervisor: string;
      topicCount: number;
      /** "All 33 topics:", before the command or button that lists them. */
      topicsLabel: string;
      /** "Ask a supervisor", when supervisors are configured: a button after the contact. */
      askSupervisor?: EscalationOffer;
    }
  | {
      kind: 'choices';
      label: string;
      topics: TopicRef[];
      /** "Ask a supervisor" after the choices, when supervisors are configured. */
      askSupervisor?: EscalationOffer;
    }
  | {
      kind: 'help';
      /** Null after a no-match (the notice says what happened). */
      greeting: string | null;
      /** The full intro; `ask` is its first sentence, for a surface that keeps a no-match short. */
      intro: string;
      ask: string;
      examplesLabel: string;
      examples: string[];
      topicCount: number | null;
      topicsLabel: string;
      note: string;
    };

export type SectionKind = Section['kind'];

/** The parts of one topic: its first screen, then "More". */
export function topicOutline(t: TopicGuidance): Section[] {
  const { first, more } = layoutTopic(t);
  const rest: MoreSection[] = [];
  if (more.principle)
    rest.push({ kind: 'principle', label: LABELS.inGeneral, text: more.principle });
  if (more.steps.length) rest.push({ kind: 'steps', label: LABELS.moreSteps, steps: more.steps });
  if (more.nuance.length)
    rest.push({ kind: 'nuance', label: LABELS.whenItChanges, items: more.nuance });
  if (more.agencyPolicy)
    rest.push({ kind: 'agency-policy', label: LABELS.agencyPolicy, text: more.agencyPolicy });
  if (more.sources.length)
    rest.push({ kind: 'sources', label: LABELS.sources, sources: more.sources });
  if (more.related.length)
    rest.push({ kind: 'related', label: LABELS.related, topics: more.related });
  return [
    { kind: 'heading', topicId: t.id, title: first.title },
    { kind: 'answer', text: first.answer, isPrinciple: first.nuance === null },
    { kind: 'steps', label: LABELS.whatToDo, steps: first.steps },
    { kind: 'reflection', label: LABELS.reflect, text: first.reflection },
    { kind: 'more', label: LABELS.more, topicId: t.id, fit: t.fit, sections: rest },
  ];
}

/** The whole reply, in the order every surface shows it. `offer` (escalationOffer) puts
 * "Ask a supervisor" on the part it came from: the miss, the choices or the answer's "More". */
export function guidanceOutline(g: Guidance, offer?: EscalationOffer | null): Section[] {
  const out = replyOutline(g);
  if (!offer) return out;
  const at: SectionKind =
    offer.from === 'miss' ? 'miss' : offer.from === 'choices' ? 'choices' : 'more';
  return out.map((s) => (s.kind === at ? { ...s, askSupervisor: offer } : s));
}

function replyOutline(g: Guidance): Section[] {
  const out: Section[] = [];
  // Safety first: nothing may come before the protocol or push it down.
  if (g.crisis) out.push({ kind: 'crisis', protocol: g.crisis });
  if (g.safety === 'possible') out.push({ kind: 'possible-danger', text: POSSIBLE_DANGER });
  if (g.phi) out.push({ kind: 'privacy', text: PRIVACY_WARNING });
  if (g.topic) out.push(...topicOutline(g.topic));
  else if (g.miss)
    out.push({
      kind: 'miss',
      answer: NO_ANSWER,
      covers: coversText(g.miss),
      supervisor: supervisorText(g.miss.supervisor),
      topicCount: g.miss.topicCount,
      topicsLabel: allTopicsLabel(g.miss.topicCount),
    });
  else if (g.kind === 'no-match')
    out.push({ kind: 'notice', text: g.choices.length ? NOT_SURE : NO_MATCH });
  if (g.choices.length && !g.miss)
    out.push({ kind: 'choices', label: WHICH_FITS, topics: g.choices });
  if (!g.topic && !g.miss)
    out.push({
      kind: 'help',
      greeting: g.kind === 'no-match' ? null : GREETING,
      intro: HELP_INTRO,
      ask: HOW_TO_ASK,
      examplesLabel: LABELS.forExample,
      examples: g.help?.examples ?? [],
      topicCount: g.help?.topicCount ?? null,
      topicsLabel: allTopicsLabel(g.help?.topicCount),
      note: NOT_A_RULEBOOK,
    });
  return out;
}

/** The reply when answering failed: the crisis essentials alone (see fallbackProtocol). */
export const fallbackOutline = (p: CrisisProtocol): Section[] => [{ kind: 'crisis', protocol: p }];
