// A click on a button no listener answers: an old message whose kind of button the app no
// longer has. Acknowledged at once (unacknowledged, Bolt answers Slack 404 after about 3 s) and
// answered privately, so the person knows to ask again rather than wait.
import type { App, BlockAction } from '@slack/bolt';
import { BUTTON_GONE } from '../../../src/commands/text.ts';
import type { Services } from '../../../src/services.ts';
import { notice } from '../blocks/kit.ts';
import { deliver } from '../deliver.ts';
import { isKnownAction } from '../ids.ts';
import { esc } from '../mrkdwn.ts';

export function registerStaleAction(app: App, s: Services) {
  // Bolt runs every listener whose constraints match, so this one steps aside for known ids.
  app.action<BlockAction>(
    { type: 'block_actions' },
    async ({ ack, body, action, respond, client }) => {
      if (isKnownAction(action.action_id)) return;
      await ack();
      await deliver({ body, respond, client }, notice(esc(BUTTON_GONE)), { replace: false });
      s.logger.info(
        { event: 'slack-stale-action', kind: action.action_id.split(':')[0]?.slice(0, 40) },
        'click on a button the app no longer has',
      );
    },
  );
}
