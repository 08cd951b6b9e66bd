// The crisis protocol is never private. After /boundary answered the asker (protocol first,
// inside the acknowledgement, so it is never lost), the protocol and guidance are posted in the
// conversation where it was asked, naming who asked so colleagues can step in, but never
// repeating the question. Where the bot cannot post (a channel it is not in, a DM between two
// people) Slack refuses; the asker already has the protocol, and the refusal is logged.
import type { webApi } from '@slack/bolt';
import type { Guidance } from '../../../src/core/guidance.ts';
import { apiErrorCode, errorText } from '../../../src/error-text.ts';
import type { Services } from '../../../src/services.ts';
import { guidanceMessage } from '../blocks/guidance.ts';
import { COMMAND } from '../blocks/help.ts';
import { context, withinBlockLimit } from '../blocks/kit.ts';
import { mention } from '../mrkdwn.ts';

export async function postCrisis(
  services: Services,
  client: webApi.WebClient,
  channel: string,
  user: string,
  guidance: Guidance,
  o: { thread?: string } = {},
): Promise<boolean> {
  const reply = guidanceMessage(guidance, {
    privacyInline: false,
    share: false,
    topicsCommand: `${COMMAND} topics`,
  });
  const note = context(
    `${mention(user)} asked about a situation that may be an emergency. Their question is not shown.`,
  );
  // The protocol stays first; the note about who asked follows it.
  const cut = reply.blocks.findIndex((b) => b.type === 'divider');
  const blocks = [...reply.blocks.slice(0, cut + 1), note, ...reply.blocks.slice(cut + 1)];
  try {
    await client.chat.postMessage({
      channel,
      ...(o.thread ? { thread_ts: o.thread } : {}),
      text: reply.text,
      blocks: withinBlockLimit(blocks),
    });
    services.logger.info(
      { event: 'slack-crisis-posted' },
      'crisis protocol posted in the conversation',
    );
    return true;
  } catch (error) {
    const code = apiErrorCode(error) ?? errorText(error);
    services.logger.warn(
      { event: 'slack-crisis-not-posted', err: code },
      'crisis protocol shown to the asker only: the bot cannot post here',
    );
    return false;
  }
}
