// The bot as every surface uses it: knowledge, guide and logger wired from the configuration.
// `answer` is the one path a question takes; it logs the decision, never the message.
import type { DestinationStream } from 'pino';
import { createAskCounter } from './ask-counter.ts';
import type { Config } from './config.ts';
import type { Guidance } from './core/guidance.ts';
import type { AnswerContext } from './core/guide.ts';
import { createGuide, type Guide } from './core/guide.ts';
import { loadKnowledgeWithOverlay } from './core/knowledge/overlay.ts';
import { DEFAULT_OPTIONS, type MatcherIndex, type TrainedModel } from './core/matcher.ts';
import { questionToKeep, topicGuess } from './core/safety/keep-question.ts';
import { type CrisisProtocol, fallbackProtocol } from './core/safety/protocol.ts';
import type { CrisisContact, KnowledgeBase } from './core/types.ts';
import { readModel, shippedIndex } from './knowledge/model-file.ts';
import { createLogger, logAnswer } from './log.ts';
import { type LogFormat, logFormat } from './log-format.ts';
import type { Store } from './store/store.ts';

export interface BotOptions {
  /** Log level when the configuration sets none. */
  defaultLogLevel: string;
  /** Where logs go (standard error by default). */
  logDestination?: DestinationStream;
  /** JSON lines, or readable ones; by default readable only at a terminal outside production. */
  logFormat?: LogFormat;
  /** Where unanswered questions go (redacted, when COLLECT_MISSES is on) and where each
   * answer's topic is counted for the curator report. */
  store?: Pick<Store, 'saveMiss' | 'recordAsks'>;
  /** How long counted questions wait to be written together (0: at once). */
  askFlushMs?: number;
  /** The clock that stamps counted questions and misses (tests pass a fixed one). */
  now?: () => Date;
  /** Knowledge already loaded (e.g. base + agency overlay); loaded from config when absent. */
  knowledge?: KnowledgeBase;
}

export function createBot(config: Config, options: BotOptions) {
  const logger = createLogger(
    config.logLevel ?? options.defaultLogLevel,
    options.logDestination,
    options.logFormat ?? (options.logDestination ? 'json' : logFormat(config.production)),
  );
  const now = options.now ?? (() => new Date());
  const asks = options.store
    ? createAskCounter(options.store, logger, options.askFlushMs)
    : undefined;
  let kb =
    options.knowledge ?? loadKnowledgeWithOverlay(config.knowledgeDir, config.agencyKnowledgeDir);
  const guideFor = (
    next: KnowledgeBase,
    prebuilt: TrainedModel | null | undefined,
    index?: MatcherIndex,
  ) =>
    createGuide(next, {
      supervisorContact: config.supervisorContact,
      crisisContacts: config.crisisContacts,
      engineOptions: { ...DEFAULT_OPTIONS, prebuilt: prebuilt ?? undefined, index },
    });
  // Learned weights and index built ahead of time (npm run kb:build): loaded when they were
  // built from this very knowledge, otherwise built here.
  const shipped = readModel(config.knowledgeModel);
  const index = shippedIndex(shipped, kb);
  let guide = guideFor(kb, shipped, index);
  if (guide.model() !== shipped)
    logger.info(
      { event: 'knowledge-model-trained', shipped: Boolean(shipped) },
      'learned weights trained at start-up (npm run kb:build ships them for this knowledge)',
    );
  else if (!index)
    logger.info(
      { event: 'knowledge-index-built' },
      'knowledge index built at start-up (npm run kb:build ships it for this knowledge and code)',
    );
  logger.debug(
    { event: 'knowledge', topics: kb.topics.length, sources: kb.sources.size },
    'knowledge loaded',
  );
  return {
    /** The current knowledge; read it each time, it may be replaced while running. */
    get kb(): KnowledgeBase {
      return kb;
    },
    get guide(): Guide {
      return guide;
    },
    logger,
    /** Write the question counts still waiting (call before closing the store). */
    flush: async () => asks?.flush(),
    /** The learned weights in use (handed to the reload worker so it trains only when needed). */
    model(): TrainedModel | null {
      return guide.model();
    },
    /** Swap in a new knowledge base (hot reload); answers already under way finish on the old.
     * `model` and `index`: what the matcher learns, built off the main thread (the weights in
     * use when `model` is undefined); built here when absent. */
    replaceKnowledge(
      next: KnowledgeBase,
      model: TrainedModel | null = guide.model(),
      index?: MatcherIndex,
    ) {
      const nextGuide = guideFor(next, model, index);
      kb = next;
      guide = nextGuide;
    },
    /** The reply when answering fails: the crisis essentials, with the agency's own contacts
     * (settings and knowledge overlay) when they can still be read. Never throws. */
    fallback(): CrisisProtocol {
      let fromKnowledge: CrisisContact[] = [];
      try {
        fromKnowledge = [...kb.crisis.contacts];
      } catch {
        // The national contacts and the settings' own still go out.
      }
      return fallbackProtocol([...config.crisisContacts, ...fromKnowledge]);
    },
    /** `keep: false`: text the asker did not write (a message picked with a shortcut) is
     * matched and dropped, whatever LOG_QUESTIONS and COLLECT_MISSES say. */
    answer(
      text: string,
      surface: string,
      context: AnswerContext = {},
      o: { keep?: boolean } = {},
    ): Guidance {
      const keep = o.keep !== false;
      const g = guide.answer(text, context);
      logAnswer(logger, keep ? config : { logQuestions: 'off' }, text, g, { surface });
      const outcome = g.safety === 'crisis' ? 'crisis' : g.kind;
      asks?.count({ outcome, topic: g.topic?.id ?? null, platform: surface, at: now() });
      if (keep && g.kind === 'no-match' && config.collectMisses && options.store) {
        // Redacted (or withheld) before it leaves the answer path; a failure to save never
        // fails the reply.
        const kept = questionToKeep(text, topicGuess(g), 1_000);
        options.store.saveMiss(kept, now()).catch((error: Error) => {
          logger.warn(
            { event: 'miss-not-saved', err: error.message },
            'could not save an unanswered question',
          );
        });
      }
      return g;
    },
  };
}

export type Bot = ReturnType<typeof createBot>;
