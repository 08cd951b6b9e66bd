// A click on a quiz option. The grade, explanation, source and streak go to the person alone
// (replacing their own practice card, or as a private message under a channel's card); a
// channel's card then shows the new number of answers, never which one is right.
import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { answerQuiz } from '../../../src/commands/run.ts';
import type { Services } from '../../../src/services.ts';
import { notice } from '../blocks/kit.ts';
import { gradedMessage, quizCard } from '../blocks/quiz.ts';
import { deliver, isEphemeral } from '../deliver.ts';
import { ACTION, matching, parseQuizValue } from '../ids.ts';

export function registerQuizAnswer(app: App, s: Services) {
  app.action<BlockAction<ButtonAction>>(
    matching(ACTION.quiz),
    async ({ ack, body, action, respond, client }) => {
      await ack();
      const click = { body, respond, client };
      const v = parseQuizValue(action.value ?? '');
      const r = v && (await answerQuiz(s, v.quizId, body.user.id, v.choice, s.now()));
      if (!v || !r) {
        await deliver(click, notice('This question is no longer available.'), { replace: false });
        return;
      }
      await deliver(click, gradedMessage(r.graded), { replace: true });
      s.logger.info(
        { event: 'slack-quiz-answer', question: r.graded.question.id, first: r.graded.first },
        'quiz answered',
      );
      const ts = body.message?.ts;
      if (!r.graded.first || isEphemeral(body) || !body.channel || !ts) return;
      const quiz = await s.store.quiz(v.quizId);
      if (!quiz) return;
      const previous = await s.quiz.previous(quiz);
      const card = quizCard(quiz, r.graded.question, { total: r.results.total, previous });
      await client.chat.update({
        channel: body.channel.id,
        ts,
        text: card.text,
        blocks: card.blocks as never,
      });
    },
  );
}
