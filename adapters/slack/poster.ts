// The daily quiz card, posted by the scheduler to a subscribed channel. Yesterday's result
// goes under it when there was one. Returns the message ts, so the store can point at it.
// The post carries the attempt's idempotency key in its message metadata, so `find` can tell
// after a crash whether Slack has it (conversations.history, the bot's own messages).
import type { webApi } from '@slack/bolt';
import type { Found, Poster } from '../../src/schedule/scheduler.ts';
import type { Services } from '../../src/services.ts';
import { quizCard } from './blocks/quiz.ts';
import { findPosted } from './find-posted.ts';

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

    find: (subscription, postKey, since): Promise<Found> =>
      findPosted(client, subscription.channel, since, {
        eventType: QUIZ_EVENT,
        field: 'post_key',
        key: postKey,
      }),
  };
}
