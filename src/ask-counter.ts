// Counts answered questions (outcome, topic, surface, time; never text) for the curator report.
// Under load one write per question competes with everything else for the database, so counts
// are gathered and written together: after `intervalMs`, or at once when `maxBatch` are waiting
// (0 ms: write each at once, as tests do). What is waiting is lost if the process is killed
// (kill -9, out of memory): at most the last 250 ms of questions, and at most 100 of them.
// Measured on SQLite: batches of 100 cost per question what batches of 1,000 do (single writes
// cost 2-4 times more), and hold the event loop ~5-10 ms instead of ~40-90 ms.
// A failed write is logged and dropped: counting must never fail or slow an answer.
import type { Logger } from 'pino';
import { errorText } from './error-text.ts';
import type { Ask, Store } from './store/store.ts';

export const ASK_FLUSH_MS = 250;
export const ASK_BATCH = 100;

export function createAskCounter(
  store: Pick<Store, 'recordAsks'>,
  logger: Logger,
  intervalMs = ASK_FLUSH_MS,
  maxBatch = ASK_BATCH,
) {
  let pending: Ask[] = [];
  let timer: NodeJS.Timeout | undefined;

  async function flush(): Promise<void> {
    if (timer) clearTimeout(timer);
    timer = undefined;
    const batch = pending;
    pending = [];
    try {
      await store.recordAsks(batch);
    } catch (error) {
      logger.warn(
        { event: 'ask-not-counted', asks: batch.length, err: errorText(error) },
        'could not count questions',
      );
    }
  }

  return {
    count(ask: Ask): void {
      pending.push(ask);
      if (intervalMs <= 0 || pending.length >= maxBatch) void flush();
      else if (!timer) timer = setTimeout(() => void flush(), intervalMs).unref();
    },
    /** Write what is waiting (on shutdown, or before reading the counts). */
    flush,
  };
}
