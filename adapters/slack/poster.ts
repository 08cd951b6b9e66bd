// The daily quiz card, posted by the scheduler to a subscribed channel. Yesterday's result
// goes under it when there was one. Returns the message ts, so the store can point at it.
import type { webApi } from '@slack/bolt';
import type { Poster } from '../../src/schedule/scheduler.ts';
import type { Services } from '../../src/services.ts';
import { quizCard } from './blocks/quiz.ts';

export function createPoster(s: Services, client: webApi.WebClient): Poster {
  return {
    async post(subscription, quiz, question) {
      const [previous, results] = await Promise.all([
        s.quiz.previous(quiz),
        s.quiz.results(quiz.id),
      ]);
      const card = quizCard(quiz, question, { total: results.total, previous });
      const r = await client.chat.postMessage({ channel: subscription.channel, ...card });
      return r.ts ?? null;
    },
  };
}
