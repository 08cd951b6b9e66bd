// @boundary-bot <question> in a channel: the answer goes in the question's thread.
import type { App } from '@slack/bolt';
import type { Services } from '../../../src/services.ts';
import { converse } from './conversation.ts';

export function registerMention(app: App, services: Services) {
  app.event('app_mention', async ({ event, context, client }) => {
    // Direct messages are answered by the message.im listener.
    if (event.channel.startsWith('D') || !event.user) return;
    const bot = context.botUserId;
    const text = bot ? event.text.split(`<@${bot}>`).join(' ') : event.text;
    await converse(services, client, {
      channel: event.channel,
      user: event.user,
      text,
      thread: event.thread_ts ?? event.ts,
      direct: false,
    });
  });
}
