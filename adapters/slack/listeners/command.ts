// /boundary: every reply travels inside the acknowledgement (no Web API call, well inside
// Slack's 3 seconds) and is ephemeral: asking about a dilemma is private by default. The one
// exception is the crisis protocol, which is also posted in the conversation (see crisis.ts).
import type { App } from '@slack/bolt';
import { type Command, parseCommand } from '../../../src/commands/parse.ts';
import { type CommandResult, runCommand } from '../../../src/commands/run.ts';
import { errorText } from '../../../src/error-text.ts';
import type { Services } from '../../../src/services.ts';
import { COMMAND } from '../blocks/help.ts';
import type { Message } from '../blocks/kit.ts';
import { renderResult } from '../blocks/result.ts';
import { failureMessage } from './conversation.ts';
import { postCrisis } from './crisis.ts';

export function registerCommand(app: App, services: Services) {
  app.command(COMMAND, async ({ command, ack, client }) => {
    let parsed: Command | undefined;
    let result: CommandResult;
    let reply: Message;
    let crisis = false;
    try {
      parsed = parseCommand(command.text ?? '');
      result = await runCommand(services, parsed, {
        platform: 'slack',
        userId: command.user_id,
        channel: command.channel_id,
        now: services.now(),
      });
      crisis = result.kind === 'guidance' && result.guidance.safety === 'crisis';
      reply = renderResult(result, { private: true, share: !crisis });
    } catch (error) {
      services.logger.error(
        { event: 'slack-command-failed', command: parsed?.kind, err: errorText(error) },
        'command failed',
      );
      await ack({ response_type: 'ephemeral', ...failureMessage(services, parsed) });
      return;
    }
    await ack({ response_type: 'ephemeral', ...reply });
    services.logger.info({ event: 'slack-command', command: parsed.kind }, 'command answered');
    if (crisis && result.kind === 'guidance')
      await postCrisis(services, client, command.channel_id, command.user_id, result.guidance);
  });
}
