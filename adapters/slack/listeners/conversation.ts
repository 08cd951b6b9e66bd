// A question in a conversation (a mention in a channel, a direct message): the reply goes in
// the thread (channel) or the DM, through the same commands as /boundary. In a channel, a
// message that seems to identify someone gets a private note to its poster (the bot cannot
// delete a person's message), and the public reply never repeats the message.
import type { webApi } from '@slack/bolt';
import { type Command, parseCommand } from '../../../src/commands/parse.ts';
import { type CommandResult, runCommand } from '../../../src/commands/run.ts';
import { errorText } from '../../../src/error-text.ts';
import type { Services } from '../../../src/services.ts';
import { fallbackMessage, privacyMessage } from '../blocks/guidance.ts';
import { errorMessage } from '../blocks/help.ts';
import type { Message } from '../blocks/kit.ts';
import { renderResult } from '../blocks/result.ts';

export interface Asked {
  channel: string;
  user: string;
  text: string;
  /** Reply in this thread (the question's own ts for a new thread in a channel). */
  thread: string | undefined;
  /** A DM: only the asker sees the reply. */
  direct: boolean;
  /** Whether the asker is a supervisor (for `requests`), asked of Slack. */
  supervisor?: () => Promise<boolean>;
}

/** When answering fails: a question (or a message that could not be read) may be about someone
 * in danger, so it gets the crisis essentials; other commands get an apology. */
export function failureMessage(services: Services, command: Command | undefined): Message {
  return !command || command.kind === 'ask'
    ? fallbackMessage(services.bot.fallback())
    : errorMessage();
}

const PERSONAL = new Set<CommandResult['kind']>([
  'supervisor-preview',
  'supervisor-unavailable',
  'requests',
  'not-supervisor',
  // The personal coach: a plan, progress, a refusal to run a test in public.
  'coach',
]);

export async function converse(
  services: Services,
  client: webApi.WebClient,
  asked: Asked,
): Promise<void> {
  const where = { channel: asked.channel, ...(asked.thread ? { thread_ts: asked.thread } : {}) };
  let command: Command | undefined;
  let result: CommandResult;
  try {
    command = parseCommand(asked.text);
    result = await runCommand(services, command, {
      platform: 'slack',
      userId: asked.user,
      channel: asked.channel,
      now: services.now(),
      privacy: asked.direct ? 'direct' : 'shared',
      ...(asked.supervisor ? { supervisor: asked.supervisor } : {}),
    });
    const reply = renderResult(result, { private: asked.direct, share: false });
    // The reply first: when the crisis protocol fired it leads the message. What concerns the
    // asker alone (a preview, the requests list, a refusal) is ephemeral in a channel.
    if (!asked.direct && PERSONAL.has(result.kind))
      await client.chat.postEphemeral({ ...where, user: asked.user, ...reply });
    else await client.chat.postMessage({ ...where, ...reply });
  } catch (error) {
    services.logger.error(
      { event: 'slack-reply-failed', command: command?.kind, err: errorText(error) },
      'could not answer',
    );
    await client.chat.postMessage({ ...where, ...failureMessage(services, command) });
    return;
  }
  if (result.kind === 'guidance' && result.guidance.phi && !asked.direct) {
    await client.chat.postEphemeral({ ...where, user: asked.user, ...privacyMessage() });
  }
  services.logger.info(
    { event: 'slack-replied', surface: asked.direct ? 'dm' : 'mention', command: command.kind },
    'replied',
  );
}
