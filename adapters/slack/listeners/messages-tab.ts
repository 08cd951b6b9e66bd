// The bot's Messages tab. The first time a person opens it (nothing in the conversation yet) a
// welcome: how to ask, and three questions to try as buttons. Where the workspace has Slack's
// agent messaging (manifest features.agent_view, paid plans) the same three questions are set as
// suggested prompts above the composer each time the tab opens; a click sends the question as
// the person's message, answered like any DM. Where Slack refuses (a free plan, an install
// without assistant:write), the welcome's buttons alone do the job, and the prompts are not tried
// again for an hour.
import type { App, webApi } from '@slack/bolt';
import { GESTURES } from '../../../src/core/copy.ts';
import { apiErrorCode, errorText } from '../../../src/error-text.ts';
import type { Services } from '../../../src/services.ts';
import { welcomeMessage } from '../blocks/gestures.ts';
import { SUGGESTED } from '../ids.ts';

const RETRY_MS = 60 * 60_000;

export function registerMessagesTab(app: App, s: Services) {
  let refusedAt: number | null = null;

  async function suggest(client: webApi.WebClient, channel: string): Promise<void> {
    const now = s.now().getTime();
    if (refusedAt !== null && now - refusedAt < RETRY_MS) return;
    try {
      // No thread_ts: in the agent experience the prompts belong to the conversation.
      await client.assistant.threads.setSuggestedPrompts({
        channel_id: channel,
        title: GESTURES.tryAsking,
        prompts: SUGGESTED.map((q) => ({ title: q, message: q })),
      });
      refusedAt = null;
    } catch (error) {
      refusedAt = now;
      s.logger.info(
        { event: 'slack-prompts-unavailable', err: apiErrorCode(error) ?? errorText(error) },
        'suggested prompts not available here; the welcome message carries the questions',
      );
    }
  }

  app.event('app_home_opened', async ({ event, client }) => {
    if (event.tab !== 'messages' || !event.channel) return;
    await suggest(client, event.channel);
    const history = await client.conversations.history({ channel: event.channel, limit: 1 });
    if (history.messages?.length) return;
    await client.chat.postMessage({ channel: event.channel, ...welcomeMessage() });
    s.logger.info({ event: 'slack-welcome' }, 'welcome posted in the Messages tab');
  });
}
