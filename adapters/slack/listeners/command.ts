// /boundary: every reply travels inside the acknowledgement (no Web API call, well inside
// Slack's 3 seconds) and is ephemeral: asking about a dilemma is private by default. The one
// exception is the crisis protocol, which is also posted in the conversation (see crisis.ts).
// A practice test typed in the person's DM with the bot is posted there instead (it is redrawn
// as they answer, which an ephemeral reply would not survive).
import type { App, webApi } from '@slack/bolt';
import { type Command, parseCommand } from '../../../src/commands/parse.ts';
import { type CommandResult, runCommand } from '../../../src/commands/run.ts';
import { errorText } from '../../../src/error-text.ts';
import type { Services } from '../../../src/services.ts';
import { COMMAND } from '../blocks/help.ts';
import type { Message } from '../blocks/kit.ts';
import { renderResult } from '../blocks/result.ts';
import { previewMessage } from '../blocks/supervisor.ts';
import type { SupervisorCheck } from '../supervisors.ts';
import { failureMessage } from './conversation.ts';
import { postCrisis } from './crisis.ts';
import { showPreview } from './supervisor.ts';

export function registerCommand(app: App, services: Services, check: SupervisorCheck) {
  app.command(COMMAND, async ({ command, ack, client, respond }) => {
    let parsed: Command | undefined;
    let result: CommandResult;
    let reply: Message;
    let crisis = false;
    let dm: string | null = null;
    try {
      parsed = parseCommand(command.text ?? '');
      // A practice test runs in the person's DM with the bot: typed there, it is posted there
      // (a message that stays, redrawn as they answer); anywhere else the core says where to go.
      if (parsed.kind === 'quiz-practice') dm = await botDm(client, command);
      result = await runCommand(services, parsed, {
        platform: 'slack',
        userId: command.user_id,
        channel: command.channel_id,
        now: services.now(),
        // Only this person sees a /boundary reply.
        privacy: dm ? 'direct' : 'ephemeral',
        supervisor: () => check.isSupervisor(command.user_id),
      });
      if (result.kind === 'supervisor-preview') {
        // The preview is a modal, opened with this command's trigger (within Slack's 3 s).
        // When the crisis protocol fired, the asker has it at once in the acknowledgement too,
        // whatever happens to the modal.
        const { crisis } = result.preview;
        await ack(
          crisis ? { response_type: 'ephemeral', ...previewMessage(result.preview) } : undefined,
        );
        await showPreview(services, client, command.trigger_id, result, (m) =>
          respond({ response_type: 'ephemeral', text: m.text, blocks: m.blocks }),
        );
        return;
      }
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
    if (dm && result.kind === 'coach') {
      await ack();
      await client.chat.postMessage({ channel: dm, ...reply });
    } else await ack({ response_type: 'ephemeral', ...reply });
    services.logger.info({ event: 'slack-command', command: parsed.kind }, 'command answered');
    if (crisis && result.kind === 'guidance')
      await postCrisis(services, client, command.channel_id, command.user_id, result.guidance);
  });
}

/** The conversation the command was typed in when it is this person's DM with the bot. */
async function botDm(
  client: webApi.WebClient,
  command: { channel_id: string; user_id: string },
): Promise<string | null> {
  if (!command.channel_id.startsWith('D')) return null;
  try {
    const r = await client.conversations.open({ users: command.user_id });
    return r.channel?.id === command.channel_id ? command.channel_id : null;
  } catch {
    return null; // not known to be the bot's DM: the core answers with where to run it
  }
}
