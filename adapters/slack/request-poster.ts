// "Ask a supervisor" deliveries on Slack, called by the request dispatcher (each exactly once):
// a request's card posted in the supervisors' channel, and an answer sent to the asker alone,
// in their DM with the bot (conversations.open, then chat.postMessage). Each post carries the
// delivery's idempotency key in its message metadata, so `find` can tell after a crash whether
// Slack has it (conversations.history, the bot's own messages), as the quiz poster does.
import type { webApi } from '@slack/bolt';
import type { RequestDelivery, RequestPoster } from '../../src/schedule/requests.ts';
import type { Found } from '../../src/schedule/scheduler.ts';
import type { Message } from './blocks/kit.ts';
import { answerMessage, requestCard } from './blocks/supervisor.ts';
import { findPosted } from './find-posted.ts';

export const REQUEST_EVENT = 'boundary_request';

export function createRequestPoster(client: webApi.WebClient): RequestPoster {
  /** The conversation a delivery goes to: the supervisors' channel, or the asker's DM. */
  async function where(d: RequestDelivery): Promise<string> {
    if (d.kind !== 'answer') return d.channel;
    const r = await client.conversations.open({ users: d.to.userId });
    const id = r.channel?.id;
    if (!id) throw new Error('Slack opened no direct message with the asker');
    return id;
  }

  const message = (d: RequestDelivery): Message =>
    d.kind === 'answer' ? answerMessage(d.answer) : requestCard(d.card);

  return {
    async deliver(d, key) {
      const channel = await where(d);
      const r = await client.chat.postMessage({
        channel,
        ...message(d),
        metadata: { event_type: REQUEST_EVENT, event_payload: { delivery_key: key } },
      });
      return r.ts ?? null;
    },

    async find(d, key, since): Promise<Found> {
      return findPosted(client, await where(d), since, {
        eventType: REQUEST_EVENT,
        field: 'delivery_key',
        key,
      });
    },
  };
}
