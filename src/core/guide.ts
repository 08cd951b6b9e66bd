// answer(text, context): the one entry point for questions, shared by every surface.
import { pickNuance, topicWords } from './answer-first.ts';
import { CHOICE_COUNT, coveredTopics, offerChoices, SUGGEST_AT } from './choices.ts';
import type { Citation, Guidance, TopicGuidance, TopicRef } from './guidance.ts';
import { shownSection } from './knowledge/citations.ts';
import { createMatcher, type MatcherOptions, type TrainedModel } from './matcher.ts';
import type { Explanation, Matcher } from './matching.ts';
import { toWords } from './normalize.ts';
import { detectCrisis } from './safety/crisis.ts';
import { scanIdentifiers } from './safety/identifiers.ts';
import { CRISIS_TOPIC, crisisProtocol } from './safety/protocol.ts';
import { STOPWORDS } from './terms.ts';
import type { CrisisContact, CrisisKind, KnowledgeBase, Topic } from './types.ts';

const PLACEHOLDER = /\[[^\]]{1,20}\]/g;

export interface AnswerContext {
  /** Picks the reflection prompt; without it prompts rotate per topic. */
  reflectionIndex?: number;
}

export interface GuideOptions {
  /** What ranks topics. By default this project's engine, built with `engineOptions`. */
  matcher?: Matcher;
  /** Settings of the default engine (src/core/matcher.ts); unused when `matcher` is given. */
  engineOptions?: MatcherOptions;
  /** The agency's crisis contacts (county mobile crisis, on-call supervisor), shown first. */
  crisisContacts?: CrisisContact[];
  /** How to reach a person when the bot has no answer (SUPERVISOR_CONTACT). */
  supervisorContact?: string | undefined;
}

/** The example questions of help, and the suggested questions of a first conversation. */
export const HELP_EXAMPLES = [
  'A participant offered me a gift card. Can I take it?',
  'My client sent me a friend request on Facebook',
  'When should I share my own recovery story?',
  "A client's mom called asking how he's doing",
];

// Greetings and thanks get the help reply rather than a "no match".
const SMALL_TALK = new Set(
  `hi hello hey hiya yo sup howdy morning afternoon evening night good thanks thank you ty thx
  cheers bye goodbye test testing ping help bot boundary boundarybot start menu what can do how
  are joke jokes made created built real person robot human ai chatgpt name bored able`.split(
    /\s+/,
  ),
);

export function createGuide(kb: KnowledgeBase, options: GuideOptions = {}) {
  const matcher: Matcher = options.matcher ?? createMatcher(kb, options.engineOptions);
  const explain = matcher.explain;
  const rotation = new Map<string, number>();
  const ref = (t: Topic): TopicRef => ({ id: t.id, title: t.title });
  const topicRef = (id: string): TopicRef => ref(kb.topicsById.get(id) as Topic);
  const help = { examples: HELP_EXAMPLES, topicCount: kb.topics.length };
  const subjectWords = new Map(kb.topics.map((t) => [t.id, topicWords(t.title)]));

  function topicGuidance(t: Topic, context: AnswerContext, question?: string): TopicGuidance {
    const turn = context.reflectionIndex ?? rotation.get(t.id) ?? 0;
    rotation.set(t.id, turn + 1);
    return {
      id: t.id,
      title: t.title,
      principle: t.principle,
      steps: t.guidance,
      reflection: t.reflection[turn % t.reflection.length] as string,
      nuance: t.nuance,
      fit: question === undefined ? null : pickNuance(question, t.nuance, subjectWords.get(t.id)),
      agencySteps: t.agency_steps ?? [],
      agencyPolicy: t.agency_policy ?? null,
      sources: t.sources.map(
        (s): Citation => ({
          id: s.id,
          title: kb.sources.get(s.id)?.title ?? s.id,
          section: shownSection(s),
        }),
      ),
      related: t.related.map(topicRef),
    };
  }

  function answer(text: string, context: AnswerContext = {}): Guidance {
    // Safety before anything else: crisis and identifiers are checked on every message.
    const danger = detectCrisis(text);
    const { text: redacted, found } = scanIdentifiers(text);
    const crisis = danger.crisis
      ? crisisProtocol(kb.crisis, danger.kinds, options.crisisContacts)
      : null;
    const base = {
      safety: crisis ? 'crisis' : danger.possible ? 'possible' : null,
      crisis,
      phi: found.length > 0,
      identifiers: found,
    } as const;
    // Identifiers carry no meaning for matching: match the redacted text without placeholders.
    // Matching reads the start of a long paste (scanIdentifiers returns at most that).
    const question = found.length ? redacted.replace(PLACEHOLDER, ' ') : text.slice(0, 2_000);

    // Greetings are short; a long paste is never small talk.
    const words = question.length > 300 ? ['-'] : toWords(question);
    if (!crisis && words.every((w) => SMALL_TALK.has(w) || STOPWORDS.has(w))) {
      return {
        ...base,
        kind: 'help',
        topic: null,
        confidence: null,
        alternatives: [],
        choices: [],
        miss: null,
        help,
      };
    }
    const m = matcher.match(question);
    let bestId = m.topic;
    if (crisis) {
      // In a crisis, the reply always carries the topic for this danger.
      const fits = new Set(danger.kinds.map((k) => CRISIS_TOPIC[k]));
      const ranked = m.ranked.find((r) => fits.has(r.id))?.id;
      bestId = ranked ?? CRISIS_TOPIC[crisis.kinds[0] ?? (danger.kinds[0] as CrisisKind)];
    }
    const best = bestId ? kb.topicsById.get(bestId) : undefined;
    const unsure = offerChoices({
      confidence: m.confidence,
      close: m.close,
      answered: best !== undefined,
      crisis: crisis !== null,
    });
    // One topic alone is no choice.
    const top = m.ranked.slice(0, CHOICE_COUNT);
    const choices = unsure && top.length > 1 ? top.map((r) => topicRef(r.id)) : [];
    if (!best) {
      // Not confident: offer what came closest, if anything did; else say so honestly.
      const suggest = m.confidence !== null && m.confidence >= SUGGEST_AT;
      return {
        ...base,
        kind: 'no-match',
        topic: null,
        confidence: m.confidence,
        alternatives: suggest ? m.ranked.slice(0, 3).map((r) => topicRef(r.id)) : [],
        choices,
        miss:
          choices.length || crisis
            ? null
            : {
                covers: coveredTopics(kb),
                topicCount: kb.topics.length,
                supervisor: { contact: options.supervisorContact ?? null },
              },
        help,
      };
    }
    return {
      ...base,
      kind: 'topic',
      topic: topicGuidance(best, context, question),
      // A crisis topic chosen by the safety rules is certain; otherwise the matcher's confidence.
      confidence: crisis && best.id !== m.topic ? 1 : m.confidence,
      alternatives: m.ranked
        .filter((r) => r.id !== best.id)
        .slice(0, 3)
        .map((r) => topicRef(r.id)),
      choices,
      miss: null,
      help: null,
    };
  }

  /** The guidance of one topic, as when a person picks it from a list. */
  function topic(id: string, context: AnswerContext = {}): TopicGuidance | null {
    const t = kb.topicsById.get(id);
    return t ? topicGuidance(t, context) : null;
  }

  return {
    answer,
    topic,
    match: (text: string) => matcher.match(text),
    /** Undefined when the matcher cannot explain its ranking. */
    explain: explain && ((text: string): Explanation => explain.call(matcher, text)),
    /** The learned weights in use; null when the matcher learns none (or they are off). */
    model: (): TrainedModel | null => matcher.model?.() ?? null,
    topics: kb.topics.map(ref),
  };
}

export type Guide = ReturnType<typeof createGuide>;
