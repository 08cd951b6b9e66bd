// Asking in one gesture. "Get boundary guidance" on a message: the guidance for that message,
// to the person who clicked alone (ephemeral through the shortcut's response_url, which reaches
// a conversation the bot is not in; a DM from the bot when Slack refuses it), with "Share with
// channel". The message's text is matched and dropped: not logged, not kept, never carried by a
// button, never repeated. "Ask privately" anywhere: a question box (a modal) whose
// answer replaces it, protocol first, with "Send me this in a DM" and the supervisor route.
// Every shortcut is acknowledged at once (Slack allows 3 s).
import type {
  App,
  BlockAction,
  GlobalShortcut,
  MessageShortcut,
  RespondFn,
  ViewSubmitAction,
  webApi,
} from '@slack/bolt';
import { type ActionContext, runAction } from '../../../src/commands/actions.ts';
import { GESTURES } from '../../../src/core/copy.ts';
import type { Guidance } from '../../../src/core/guidance.ts';
import { apiErrorCode, errorText } from '../../../src/error-text.ts';
import type { Services } from '../../../src/services.ts';
import {
  ASK_INPUT,
  ASK_VIEW,
  answerModal,
  askModal,
  forMessage,
  keptMessage,
  SHORTCUT,
} from '../blocks/gestures.ts';
import { fallbackMessage } from '../blocks/guidance.ts';
import { type Block, context, type Message } from '../blocks/kit.ts';
import { modal } from '../blocks/supervisor.ts';
import { ACTION } from '../ids.ts';
import { esc } from '../mrkdwn.ts';
import type { SupervisorCheck } from '../supervisors.ts';
import { postCrisis } from './crisis.ts';

export function registerShortcuts(app: App, s: Services, check: SupervisorCheck) {
  const ctx = (user: string, channel: string): ActionContext => ({
    platform: 'slack',
    userId: user,
    channel,
    now: s.now(),
    supervisor: () => check.isSupervisor(user),
  });

  app.shortcut<MessageShortcut>(
    { type: 'message_action', callback_id: SHORTCUT.message },
    async ({ ack, shortcut, respond, client }) => {
      await ack();
      const user = shortcut.user.id;
      const channel = shortcut.channel.id;
      let guidance: Guidance | null = null;
      let reply: (o: { share: boolean }) => Message;
      try {
        const text = typeof shortcut.message.text === 'string' ? shortcut.message.text : '';
        const result = await runAction(
          s,
          { kind: 'ask', text, from: 'message' },
          ctx(user, channel),
        );
        if (result.kind !== 'guidance') return;
        guidance = result.guidance;
        reply = (o) => forMessage(result, o);
      } catch (error) {
        // A message that could not be read may be about someone in danger.
        s.logger.error(
          { event: 'slack-shortcut-failed', err: errorText(error) },
          'shortcut failed',
        );
        const essentials = fallbackMessage(s.bot.fallback());
        reply = () => essentials;
      }
      const where = await privately(s, client, respond, user, reply);
      s.logger.info(
        { event: 'slack-shortcut', shortcut: 'message', delivered: where },
        'message shortcut answered',
      );
      // As for any question: the protocol is also posted where it was asked (in the message's
      // thread), naming who asked and never repeating the message.
      if (guidance?.safety === 'crisis')
        await postCrisis(s, client, channel, user, guidance, {
          thread: String(shortcut.message.thread_ts ?? shortcut.message.ts),
        });
    },
  );

  app.shortcut<GlobalShortcut>(
    { type: 'shortcut', callback_id: SHORTCUT.global },
    async ({ ack, shortcut, client }) => {
      await ack();
      await client.views.open({ trigger_id: shortcut.trigger_id, view: askModal() });
      s.logger.info({ event: 'slack-shortcut', shortcut: 'global' }, 'question box opened');
    },
  );

  /** The question box submitted: the answer replaces it (within the 3 s of the submission). */
  app.view<ViewSubmitAction>(ASK_VIEW.question, async ({ ack, body, view }) => {
    const text = view.state.values[ASK_INPUT.block]?.[ASK_INPUT.action]?.value ?? '';
    try {
      const result = await runAction(
        s,
        { kind: 'ask', text, from: 'typed' },
        ctx(body.user.id, ''),
      );
      if (result.kind === 'guidance')
        return await ack({ response_action: 'update', view: answerModal(result) });
    } catch (error) {
      s.logger.error({ event: 'slack-ask-box-failed', err: errorText(error) }, 'could not answer');
    }
    const essentials = fallbackMessage(s.bot.fallback());
    await ack({
      response_action: 'update',
      view: modal(ASK_VIEW.answer, GESTURES.boxTitle, essentials.blocks, { close: GESTURES.close }),
    });
  });

  /** "Send me this in a DM": the box's answer as it stands (Slack sends the view's blocks with
   * the click, signed; they hold the guidance, never the question as typed), protocol first
   * when it fired, in the person's DM with the bot; the button gives way to where it went. */
  app.action<BlockAction>(new RegExp(`^${ACTION.sendToDm}:`), async ({ ack, body, client }) => {
    await ack();
    const view = body.view;
    if (view?.type !== 'modal') return;
    const msg = keptMessage(view.blocks as Block[]);
    if (!msg.blocks.length) return;
    await dm(client, body.user.id, msg);
    const done = modal(
      ASK_VIEW.answer,
      GESTURES.boxTitle,
      [...msg.blocks, context(`✅ ${esc(GESTURES.sentToDm)}`)],
      { close: GESTURES.close },
    );
    await client.views.update({ view_id: view.id, view: done });
    s.logger.info({ event: 'slack-kept-in-dm' }, 'answer sent to the DM');
  });
}

/** The person's DM with the bot. */
async function dm(client: webApi.WebClient, user: string, msg: Message): Promise<void> {
  const opened = await client.conversations.open({ users: user });
  const channel = opened.channel?.id;
  if (!channel) throw new Error('no DM channel');
  await client.chat.postMessage({ channel, text: msg.text, blocks: msg.blocks });
}

/** Ephemeral where the shortcut was used; a DM when Slack refuses that. */
async function privately(
  s: Services,
  client: webApi.WebClient,
  respond: RespondFn,
  user: string,
  reply: (o: { share: boolean }) => Message,
): Promise<'ephemeral' | 'dm' | 'none'> {
  try {
    const msg = reply({ share: true });
    await respond({ response_type: 'ephemeral', replace_original: false, ...msg });
    return 'ephemeral';
  } catch (error) {
    s.logger.warn(
      { event: 'slack-shortcut-not-ephemeral', err: apiErrorCode(error) ?? errorText(error) },
      'could not answer in the conversation; sending a DM',
    );
  }
  try {
    // Sharing from the bot's DM would reach nobody else: not offered there.
    await dm(client, user, reply({ share: false }));
    return 'dm';
  } catch (error) {
    s.logger.error(
      { event: 'slack-shortcut-undelivered', err: apiErrorCode(error) ?? errorText(error) },
      'could not deliver the shortcut answer',
    );
    return 'none';
  }
}
