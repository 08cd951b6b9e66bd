// A direct message to the bot: the answer goes in the DM (in the thread when asked in one).
import type { App } from '@slack/bolt';
import type { Services } from '../../../src/services.ts';
import { converse } from './conversation.ts';

export function registerDirectMessage(app: App, services: Services) {
  app.event('message', async ({ event, context, client }) => {
    // New messages from people only: no edits, deletions, joins or bot posts.
    if (event.channel_type !== 'im' || event.subtype !== undefined) return;
    if (!event.user || event.bot_id) return;
    const bot = context.botUserId;
    const raw = event.text ?? '';
    await converse(services, client, {
      channel: event.channel,
      user: event.user,
      text: bot ? raw.split(`<@${bot}>`).join(' ') : raw,
      thread: event.thread_ts,
      direct: true,
    });
  });
}
