// The bot as every surface uses it: knowledge, guide and logger wired from the configuration.
// `answer` is the one path a question takes; it logs the decision, never the message.
import type { DestinationStream } from 'pino';
import type { Config } from './config.ts';
import type { Guidance } from './core/guidance.ts';
import type { AnswerContext } from './core/guide.ts';
import { createGuide } from './core/guide.ts';
import { loadKnowledge } from './core/knowledge/load.ts';
import { redact } from './core/safety/identifiers.ts';
import { createLogger, logAnswer } from './log.ts';
import type { Store } from './store/store.ts';

export interface BotOptions {
  /** Log level when the configuration sets none. */
  defaultLogLevel: string;
  /** Where logs go (standard error by default). */
  logDestination?: DestinationStream;
  /** Where unanswered questions go, redacted, when COLLECT_MISSES is on. */
  store?: Pick<Store, 'saveMiss'>;
}

export function createBot(config: Config, options: BotOptions) {
  const logger = createLogger(config.logLevel ?? options.defaultLogLevel, options.logDestination);
  const kb = loadKnowledge(config.knowledgeDir);
  const guide = createGuide(kb, { crisisContacts: config.crisisContacts });
  logger.debug(
    { event: 'knowledge', topics: kb.topics.length, sources: kb.sources.size },
    'knowledge loaded',
  );
  return {
    kb,
    guide,
    logger,
    answer(text: string, surface: string, context: AnswerContext = {}): Guidance {
      const g = guide.answer(text, context);
      logAnswer(logger, config, text, g, { surface });
      if (g.kind === 'no-match' && config.collectMisses && options.store) {
        // Redacted before it leaves the answer path; a failure to save never fails the reply.
        options.store
          .saveMiss(redact(text).text.slice(0, 1_000), new Date())
          .catch((error: Error) => {
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
