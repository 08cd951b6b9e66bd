// Answer a button click where it happened: in a message, a private reply (replacing an
// ephemeral card, or a new ephemeral message under a public one); in the App Home or a modal,
// a modal (views have no response_url).
import type { BlockAction, RespondFn, webApi } from '@slack/bolt';
import { topicModal } from './blocks/home.ts';
import type { Message } from './blocks/kit.ts';

export interface Click {
  body: BlockAction;
  respond: RespondFn;
  client: webApi.WebClient;
}

export const isEphemeral = (body: BlockAction) =>
  Boolean((body.container as { is_ephemeral?: boolean } | undefined)?.is_ephemeral);

export async function deliver(
  click: Click,
  msg: Message,
  options: { replace: boolean },
): Promise<void> {
  const { body } = click;
  if (body.view) {
    const view = topicModal('boundary-bot', msg.blocks);
    if (body.view.type === 'modal')
      await click.client.views.update({ view_id: body.view.id, view });
    else await click.client.views.open({ trigger_id: body.trigger_id, view });
    return;
  }
  await click.respond({
    response_type: 'ephemeral',
    replace_original: options.replace && isEphemeral(body),
    text: msg.text,
    blocks: msg.blocks,
  });
}
