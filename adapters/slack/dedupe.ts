// Slack redelivers an event it thinks we missed (x-slack-retry-num) and may deliver one twice.
// Each event_id is claimed once in the store, so retries and duplicates never reply twice,
// across instances too. If the store is down, a retry is assumed handled (at most one reply
// beats a double one); a first delivery still gets its answer.
import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { Services } from '../../src/services.ts';

const TTL_MS = 60 * 60_000; // Slack stops retrying after about five minutes.

export function dedupe(s: Services): Middleware<AnyMiddlewareArgs> {
  return async ({ body, context, next }) => {
    const eventId = (body as { event_id?: unknown }).event_id;
    if (typeof eventId !== 'string') return next();
    let first: boolean;
    try {
      first = await s.store.firstDelivery(`slack:${eventId}`, s.now(), TTL_MS);
    } catch (error) {
      first = context.retryNum === undefined;
      s.logger.warn(
        { event: 'slack-dedupe-unavailable', err: (error as Error).message, first },
        'could not check for a repeated Slack event',
      );
    }
    if (!first) {
      s.logger.info(
        { event: 'slack-duplicate', retry: context.retryNum ?? 0 },
        'repeated Slack event ignored',
      );
      return;
    }
    await next();
  };
}
