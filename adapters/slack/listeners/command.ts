// /boundary: every reply travels inside the acknowledgement (no Web API call, well inside
// Slack's 3 seconds) and is ephemeral: asking about a dilemma is private by default. The one
// exception is the crisis protocol, which is also posted in the conversation (see crisis.ts).
import type { App } from '@slack/bolt';
import { parseCommand } from '../../../src/commands/parse.ts';
import { type CommandResult, runCommand } from '../../../src/commands/run.ts';
import type { Services } from '../../../src/services.ts';
import { COMMAND, errorMessage } from '../blocks/help.ts';
import { renderResult } from '../blocks/result.ts';
import { postCrisis } from './crisis.ts';

export function registerCommand(app: App, s: Services) {
  app.command(COMMAND, async ({ command, ack, client }) => {
    const parsed = parseCommand(command.text ?? '');
    let result: CommandResult;
    try {
      result = await runCommand(s, parsed, {
        platform: 'slack',
        userId: command.user_id,
        channel: command.channel_id,
        now: s.now(),
      });
    } catch (error) {
      s.logger.error(
        { event: 'slack-command-failed', command: parsed.kind, err: (error as Error).message },
        'command failed',
      );
      await ack({ response_type: 'ephemeral', ...errorMessage() });
      return;
    }
    const crisis = result.kind === 'guidance' && result.guidance.safety === 'crisis';
    const reply = renderResult(result, { private: true, share: !crisis });
    await ack({ response_type: 'ephemeral', ...reply });
    s.logger.info({ event: 'slack-command', command: parsed.kind }, 'command answered');
    if (crisis && result.kind === 'guidance')
      await postCrisis(s, client, command.channel_id, command.user_id, result.guidance);
  });
}
