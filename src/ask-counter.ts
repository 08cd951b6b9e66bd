// Counts answered questions (outcome, topic, surface, time; never text) for the curator report.
// Under load one write per question competes with everything else for the database, so counts
// are gathered and written together every `intervalMs` (0: write each at once, as tests do).
// A failed write is logged and dropped: counting must never fail or slow an answer.
import type { Logger } from 'pino';
import type { Store } from './store/store.ts';

type Ask = { outcome: string; topic: string | null; platform: string; at: Date };

export function createAskCounter(
  store: Pick<Store, 'recordAsks'>,
  logger: Logger,
  intervalMs: number,
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
        { event: 'ask-not-counted', asks: batch.length, err: (error as Error).message },
        'could not count questions',
      );
    }
  }

  return {
    count(ask: Ask): void {
      pending.push(ask);
      if (intervalMs <= 0) void flush();
      else if (!timer) timer = setTimeout(() => void flush(), intervalMs).unref();
    },
    /** Write what is waiting (on shutdown, or before reading the counts). */
    flush,
  };
}
