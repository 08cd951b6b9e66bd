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

export const REQUEST_EVENT = 'boundary_request';

// Where to look around the recorded intent, and how far (pages of 15), as the quiz poster.
const BEFORE_MS = 2 * 60_000;
const AFTER_MS = 10 * 60_000;
const PAGES = 5;

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
      } as never);
      return r.ts ?? null;
    },

    async find(d, key, since): Promise<Found> {
      const channel = await where(d);
      let cursor: string | undefined;
      for (let page = 0; page < PAGES; page++) {
        let r: webApi.ConversationsHistoryResponse;
        try {
          r = await client.conversations.history({
            channel,
            oldest: seconds(since.getTime() - BEFORE_MS),
            latest: seconds(since.getTime() + AFTER_MS),
            inclusive: true,
            include_all_metadata: true,
            limit: 15,
            ...(cursor ? { cursor } : {}),
          });
        } catch (error) {
          const data = (error as { data?: { error?: string; needed?: string } }).data;
          if (data?.error === 'missing_scope')
            return { unknown: `Slack refused conversations.history (${data.needed ?? 'scope'})` };
          throw error;
        }
        const mine = r.messages?.find(
          (m) =>
            m.metadata?.event_type === REQUEST_EVENT &&
            (m.metadata.event_payload as { delivery_key?: unknown } | undefined)?.delivery_key ===
              key,
        );
        if (mine?.ts) return { ref: mine.ts };
        cursor = r.response_metadata?.next_cursor || undefined;
        if (!r.has_more || !cursor) return 'absent';
      }
      return { unknown: `more than ${PAGES * 15} messages around the attempt` };
    },
  };
}

const seconds = (ms: number) => (ms / 1000).toFixed(6);
