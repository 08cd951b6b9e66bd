// Each request is acted on once, whether Slack delivers it again (an event retried with
// x-slack-retry-num, a Socket Mode envelope redelivered) or someone replays a captured signed
// request within its five minutes. Events are claimed in the store by event_id, commands and
// interactions by trigger_id (Slack gives each one its own), so a repeat never replies, posts
// or counts twice, across instances too. A repeated command or click gets an empty ack, what
// Slack expects for a delivery already handled. Payloads without a trigger_id (view_closed,
// block_suggestion) are not claimed: the app opens no form that submits, and a menu's options
// are a read that may safely be answered twice. If the store is down, a retry is assumed
// handled (at most one reply beats a double one); a first delivery still gets its answer.
import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import { errorText } from '../../src/error-text.ts';
import type { Services } from '../../src/services.ts';

// Longer than any request is accepted: five minutes old at most, a minute ahead (gate.ts).
const TTL_MS = 60 * 60_000;

export function dedupe(services: Services): Middleware<AnyMiddlewareArgs> {
  return async (args) => {
    const { body, context, next } = args;
    const key = deliveryKey(body as Record<string, unknown>);
    if (!key) return next();
    let first: boolean;
    try {
      first = await services.store.firstDelivery(key, services.now(), TTL_MS);
    } catch (error) {
      first = context.retryNum === undefined;
      services.logger.warn(
        { event: 'slack-dedupe-unavailable', err: errorText(error), first },
        'could not check for a repeated Slack request',
      );
    }
    if (!first) {
      services.logger.info(
        { event: 'slack-duplicate', retry: context.retryNum ?? 0 },
        'repeated Slack request ignored',
      );
      // Events were acknowledged before any middleware; commands and clicks wait for this.
      await (args as { ack?: () => Promise<void> }).ack?.();
      return;
    }
    await next();
  };
}

function deliveryKey(body: Record<string, unknown>): string | undefined {
  if (typeof body.event_id === 'string') return `slack:${body.event_id}`;
  if (typeof body.trigger_id === 'string' && body.trigger_id)
    return `slack:trigger:${body.trigger_id}`;
  return undefined;
}
