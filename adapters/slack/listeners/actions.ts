// Buttons on guidance: a topic (list, related, a choice), "More" (the whole topic), the
// topic list, feedback (counted, no text) and "Share with channel" (the guidance, never the
// question).
import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { recordFeedback, showTopic } from '../../../src/commands/run.ts';
import type { Services } from '../../../src/services.ts';
import { sharedMessage, topicMessage } from '../blocks/guidance.ts';
import { notice } from '../blocks/kit.ts';
import { topicListMessage } from '../blocks/topics.ts';
import { deliver } from '../deliver.ts';
import { ACTION, matching, parseFeedbackValue, parseMoreValue } from '../ids.ts';

type Button = BlockAction<ButtonAction>;

export function registerActions(app: App, s: Services) {
  app.action<Button>(matching(ACTION.topic), async ({ ack, body, action, respond, client }) => {
    await ack();
    const topic = showTopic(s, action.value ?? '');
    const click = { body, respond, client };
    if (!topic) {
      await deliver(click, notice('That topic is no longer available.'), { replace: false });
      return;
    }
    // Sharing needs a conversation: not offered in the App Home.
    await deliver(click, topicMessage(topic, { share: !body.view }), { replace: true });
    s.logger.info({ event: 'slack-topic', topic: topic.id }, 'topic shown');
  });

  // The whole topic, still led by the answer that was shown: in place of a private reply, as a
  // private message under a public one.
  app.action<Button>(matching(ACTION.more), async ({ ack, body, action, respond, client }) => {
    await ack();
    const more = parseMoreValue(action.value ?? '');
    const topic = more ? showTopic(s, more.topicId) : null;
    const click = { body, respond, client };
    if (!more || !topic) {
      await deliver(click, notice('That topic is no longer available.'), { replace: false });
      return;
    }
    const fit =
      more.fit !== null && more.fit >= 0 && more.fit < topic.nuance.length ? more.fit : null;
    const msg = topicMessage({ ...topic, fit }, { share: !body.view, full: true });
    await deliver(click, msg, { replace: true });
    s.logger.info({ event: 'slack-more', topic: topic.id }, 'topic shown in full');
  });

  app.action<Button>(matching(ACTION.topics), async ({ ack, body, respond, client }) => {
    await ack();
    await deliver({ body, respond, client }, topicListMessage(s.bot.guide.topics), {
      replace: true,
    });
  });

  app.action<Button>(matching(ACTION.feedback), async ({ ack, body, action, respond }) => {
    await ack();
    const f = parseFeedbackValue(action.value ?? '');
    const ok = f && (await recordFeedback(s, f.topicId, f.helpful, 'slack', s.now()));
    if (!ok) return;
    s.logger.info({ event: 'slack-feedback', topic: f.topicId, helpful: f.helpful }, 'feedback');
    if (body.view) return; // a modal has nowhere to say thanks without replacing the guidance
    await respond({
      response_type: 'ephemeral',
      replace_original: false,
      text: 'Thanks for the feedback. It helps us improve the guidance.',
    });
  });

  app.action<Button>(matching(ACTION.share), async ({ ack, body, action, respond }) => {
    await ack();
    const topic = showTopic(s, action.value ?? '');
    if (!topic || body.view) return;
    const msg = sharedMessage(topic, body.user.id);
    // Through the response_url: it reaches the conversation even where the bot is not a member.
    await respond({
      response_type: 'in_channel',
      replace_original: false,
      text: msg.text,
      blocks: msg.blocks as never,
    });
    s.logger.info({ event: 'slack-share', topic: topic.id }, 'guidance shared');
  });
}
