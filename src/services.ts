// Everything a surface needs, wired once from the configuration: the bot (knowledge, guide,
// logger), the store and the quiz service. Slack, Teams and the web console share one set.
import type { DestinationStream } from 'pino';
import { createBot } from './bot.ts';
import { createCoachService } from './coach/service.ts';
import type { Config } from './config.ts';
import type { KnowledgeBase } from './core/types.ts';
import { createQuizService } from './quiz/service.ts';
import { createStore, type Store } from './store/store.ts';
import { createSupervisorService } from './supervisor/service.ts';

export interface ServicesOptions {
  /** Log level when the configuration sets none. */
  defaultLogLevel?: string;
  logDestination?: DestinationStream;
  /** An open store (tests); otherwise opened from the configuration. */
  store?: Store;
  /** Knowledge already loaded (base + agency overlay); loaded from config when absent. */
  knowledge?: KnowledgeBase;
  /** The clock; tests pass a fixed one. */
  now?: () => Date;
  random?: () => number;
  /** How long counted questions wait to be written together (tests: 0, at once). */
  askFlushMs?: number;
}

export async function createServices(config: Config, o: ServicesOptions = {}) {
  const store = o.store ?? (await createStore(config));
  const now = o.now ?? (() => new Date());
  const bot = createBot(config, {
    defaultLogLevel: o.defaultLogLevel ?? 'info',
    ...(o.logDestination ? { logDestination: o.logDestination } : {}),
    ...(o.knowledge ? { knowledge: o.knowledge } : {}),
    store,
    now,
    ...(o.askFlushMs !== undefined ? { askFlushMs: o.askFlushMs } : {}),
  });
  const random = o.random ?? Math.random;
  const quiz = createQuizService({ store, kb: () => bot.kb, zone: config.quizZone, random });
  const coach = createCoachService({ store, kb: () => bot.kb, random, zone: config.quizZone });
  const supervisors = createSupervisorService({
    store,
    settings: config.supervisors,
    contact: config.supervisorContact,
    bot,
    now,
  });
  return {
    config,
    bot,
    supervisors,
    logger: bot.logger,
    store,
    quiz,
    coach,
    random,
    now,
  };
}

export type Services = Awaited<ReturnType<typeof createServices>>;
