// Every button click: its action id and value are read into an Action (ids.ts), the shared
// action layer carries it out, and the result is drawn here. Guidance buttons: a topic (list,
// related, a choice), "More" (the whole topic), the topic list, feedback (counted, no text) and
// "Share with channel" (the guidance, never the question). A quiz option: the grade,
// explanation, source and streak go to the person alone (replacing their own practice card, or
// as a private message under a channel's card); a channel's card then shows the new number of
// answers, never which one is right. The personal coach's buttons (a daily or practice answer,
// ending a test, erasing) redraw the person's own DM message or ephemeral reply. A button the app
// no longer has is answered privately, so the person knows to ask again rather than wait.
import type { App, BlockAction } from '@slack/bolt';
import { type Action, type ActionResult, runAction } from '../../../src/commands/actions.ts';
import { BUTTON_GONE } from '../../../src/commands/text.ts';
import type { QuizCardState } from '../../../src/quiz/service.ts';
import type { Services } from '../../../src/services.ts';
import { coachMessage } from '../blocks/coach.ts';
import { answerModal } from '../blocks/gestures.ts';
import { guidanceMessage, sharedMessage, thanksMessage, topicMessage } from '../blocks/guidance.ts';
import { COMMAND } from '../blocks/help.ts';
import { type Message, notice } from '../blocks/kit.ts';
import { gradedMessage, quizCard } from '../blocks/quiz.ts';
import { topicListMessage } from '../blocks/topics.ts';
import { type Click, deliver, isEphemeral } from '../deliver.ts';
import { decodeAction } from '../ids.ts';
import { esc } from '../mrkdwn.ts';

export function registerActions(app: App, services: Services) {
  app.action<BlockAction>(
    // "Ask a supervisor" buttons (sup-…) have their own listener (supervisor.ts), and so has
    // "Send me this in a DM" (ask-dm:…, shortcuts.ts).
    { type: 'block_actions', action_id: /^(?!sup-|ask-dm:)/ },
    async ({ ack, body, action, respond, client }) => {
      // At once: unacknowledged, Bolt answers Slack 404 after about 3 s.
      await ack();
      const value = 'value' in action && typeof action.value === 'string' ? action.value : '';
      const decoded = decodeAction(action.action_id, value);
      const result = await runAction(services, decoded, {
        platform: 'slack',
        userId: body.user.id,
        channel: body.channel?.id ?? '',
        now: services.now(),
      });
      await render({ body, respond, client }, result, decoded);
    },
  );
}

async function render(click: Click, result: ActionResult, action: Action): Promise<void> {
  const { body, respond } = click;
  switch (result.kind) {
    case 'topic':
      // Sharing needs a conversation: not offered in the App Home.
      return deliver(
        click,
        topicMessage(result.topic, {
          share: !body.view,
          full: result.full,
          surface: body.view ? 'view' : 'message',
        }),
        { replace: true },
      );
    case 'topics':
      return deliver(click, topicListMessage(result.topics), { replace: true });
    case 'feedback-recorded':
      if (body.view) return; // a modal has nowhere to say thanks without replacing the guidance
      await respond({
        response_type: 'ephemeral',
        replace_original: false,
        ...thanksMessage(result.askSupervisor ?? null),
      });
      return;
    case 'share': {
      if (body.view) return;
      const msg = sharedMessage(result.topic, body.user.id);
      // Through the response_url: it reaches the conversation even where the bot is not a member.
      await respond({
        response_type: 'in_channel',
        replace_original: false,
        text: msg.text,
        blocks: msg.blocks,
      });
      return;
    }
    case 'guidance': {
      // A suggested question: in the App Home (or a modal) the answer opens in a modal; in the
      // bot's Messages tab it is posted in the DM, where it stays (an ephemeral reply vanishes).
      if (body.view) {
        const view = answerModal(result);
        if (body.view.type === 'modal')
          await click.client.views.update({ view_id: body.view.id, view });
        else await click.client.views.open({ trigger_id: body.trigger_id, view });
        return;
      }
      const msg = guidanceMessage(result.guidance, {
        privacyInline: true,
        share: false,
        topicsCommand: `${COMMAND} topics`,
        escalate: result.escalate,
      });
      if (body.channel?.id.startsWith('D'))
        await click.client.chat.postMessage({ channel: body.channel.id, ...msg });
      else await deliver(click, msg, { replace: false });
      return;
    }
    case 'graded':
      await deliver(click, gradedMessage(result.graded), { replace: true });
      if (result.graded.first) await updateChannelCard(click, result.card);
      return;
    case 'coach':
      return deliverCoach(click, coachMessage(result.view), {
        // A refusal or "gone" goes under the question, which stays; an erase replaces its
        // confirmation; anything else (feedback, the next question, the summary) replaces it.
        replace: result.view.kind !== 'notice' || action.kind === 'coach-forget',
      });
    default:
      // Gone, or a result no Slack button asks for.
      return deliver(click, notice(esc(BUTTON_GONE)), { replace: false });
  }
}

/** A coach view, for the clicker alone: their DM's message (the daily question, a practice
 * test) is redrawn in place; an ephemeral reply is replaced; anything else gets a private
 * message (never a public one). */
async function deliverCoach(click: Click, msg: Message, o: { replace: boolean }) {
  const { body, client } = click;
  const channel = body.channel?.id ?? '';
  const ts = body.message?.ts;
  if (o.replace && !body.view && !isEphemeral(body) && channel.startsWith('D') && ts) {
    await client.chat.update({ channel, ts, text: msg.text, blocks: msg.blocks });
    return;
  }
  await deliver(click, msg, o);
}

/** A channel's card, for everyone: the new number of answers. */
async function updateChannelCard({ body, client }: Click, card: QuizCardState) {
  const ts = body.message?.ts;
  if (isEphemeral(body) || !body.channel || !ts) return;
  const msg = quizCard(card.quiz, card.question, { total: card.total, previous: card.previous });
  await client.chat.update({
    channel: body.channel.id,
    ts,
    text: msg.text,
    blocks: msg.blocks,
  });
}
