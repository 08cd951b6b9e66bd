// The daily quiz card, posted by the scheduler to a subscribed channel. Yesterday's result
// goes under it when there was one. Returns the message ts, so the store can point at it.
// The post carries the attempt's idempotency key in its message metadata, so `find` can tell
// after a crash whether Slack has it (conversations.history, the bot's own messages).
import type { webApi } from '@slack/bolt';
import type { Found, Poster } from '../../src/schedule/scheduler.ts';
import type { Services } from '../../src/services.ts';
import { quizCard } from './blocks/quiz.ts';

export const QUIZ_EVENT = 'boundary_quiz';

/**
 * Options for the poster's own Web API client. No retries inside the client: a retried
 * chat.postMessage whose first try reached Slack posts twice; the scheduler retries instead,
 * after checking. A timeout well under the claim's lease (2 minutes), so a slow post is over
 * before another instance may take the claim over and look for it.
 */
export const POSTER_CLIENT = {
  retryConfig: { retries: 0 },
  timeout: 30_000,
  rejectRateLimitedCalls: true,
} satisfies webApi.WebClientOptions;

// Where to look around the recorded intent: its clock and Slack's may differ a little, and the
// post reaches Slack within the client's timeout. At most this many pages of 15 (the page size
// Slack allows apps outside the Marketplace).
const BEFORE_MS = 2 * 60_000;
const AFTER_MS = 10 * 60_000;
const PAGES = 5;

export function createPoster(services: Services, client: webApi.WebClient): Poster {
  return {
    async post(subscription, quiz, question, postKey) {
      const [previous, results] = await Promise.all([
        services.quiz.previous(quiz),
        services.quiz.results(quiz.id),
      ]);
      const card = quizCard(quiz, question, { total: results.total, previous });
      const r = await client.chat.postMessage({
        channel: subscription.channel,
        ...card,
        metadata: { event_type: QUIZ_EVENT, event_payload: { post_key: postKey } },
      });
      return r.ts ?? null;
    },

    async find(subscription, postKey, since): Promise<Found> {
      let cursor: string | undefined;
      for (let page = 0; page < PAGES; page++) {
        let r: webApi.ConversationsHistoryResponse;
        try {
          r = await client.conversations.history({
            channel: subscription.channel,
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
            return {
              unknown: `Slack refused conversations.history: add the ${data.needed ?? 'channels:history, groups:history'} scope to the app (manifest.json) and reinstall it`,
            };
          throw error; // unreachable or refused for another reason: retried later
        }
        const mine = r.messages?.find(
          (m) =>
            m.metadata?.event_type === QUIZ_EVENT &&
            (m.metadata.event_payload as { post_key?: unknown } | undefined)?.post_key === postKey,
        );
        if (mine?.ts) return { ref: mine.ts };
        cursor = r.response_metadata?.next_cursor || undefined;
        if (!r.has_more || !cursor) return 'absent';
      }
      return { unknown: `more than ${PAGES * 15} messages in the channel around the attempt` };
    },
  };
}

const seconds = (ms: number) => (ms / 1000).toFixed(6);
