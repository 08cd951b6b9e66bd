// Each person's daily practice question, called by the personal dispatcher (once per person and
// local day): their DM with the bot (conversations.open, then chat.postMessage). The post
// carries the delivery's idempotency key in its message metadata, so `find` can tell after a
// crash whether Slack has it (conversations.history, the bot's own messages), as the quiz and
// request posters do. The same client as the quiz poster: no retries of its own and rate limits
// refused at once, so the dispatcher retries after looking instead of posting twice.
import type { webApi } from '@slack/bolt';
import type { PersonalDelivery, PersonalPoster } from '../../src/schedule/personal.ts';
import type { Found } from '../../src/schedule/scheduler.ts';
import { coachMessage } from './blocks/coach.ts';
import { findPosted } from './find-posted.ts';

export const PERSONAL_EVENT = 'boundary_personal_quiz';

export function createPersonalPoster(client: webApi.WebClient): PersonalPoster {
  async function dm(d: PersonalDelivery): Promise<string> {
    const r = await client.conversations.open({ users: d.to.userId });
    const id = r.channel?.id;
    if (!id) throw new Error('Slack opened no direct message with the person');
    return id;
  }

  return {
    async deliver(d, key) {
      const r = await client.chat.postMessage({
        channel: await dm(d),
        ...coachMessage({ kind: 'question', card: d.card }),
        metadata: { event_type: PERSONAL_EVENT, event_payload: { delivery_key: key } },
      });
      return r.ts ?? null;
    },

    async find(d, key, since): Promise<Found> {
      return findPosted(client, await dm(d), since, {
        eventType: PERSONAL_EVENT,
        field: 'delivery_key',
        key,
      });
    },
  };
}
