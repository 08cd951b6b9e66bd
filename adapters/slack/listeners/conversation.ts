// A question in a conversation (a mention in a channel, a direct message): the reply goes in
// the thread (channel) or the DM, through the same commands as /boundary. In a channel, a
// message that seems to identify someone gets a private note to its poster (the bot cannot
// delete a person's message), and the public reply never repeats the message.
import type { webApi } from '@slack/bolt';
import { parseCommand } from '../../../src/commands/parse.ts';
import { runCommand } from '../../../src/commands/run.ts';
import type { Services } from '../../../src/services.ts';
import { privacyMessage } from '../blocks/guidance.ts';
import { errorMessage } from '../blocks/help.ts';
import { renderResult } from '../blocks/result.ts';

export interface Asked {
  channel: string;
  user: string;
  text: string;
  /** Reply in this thread (the question's own ts for a new thread in a channel). */
  thread: string | undefined;
  /** A DM: only the asker sees the reply. */
  direct: boolean;
}

export async function converse(s: Services, client: webApi.WebClient, a: Asked): Promise<void> {
  const command = parseCommand(a.text);
  const where = { channel: a.channel, ...(a.thread ? { thread_ts: a.thread } : {}) };
  let result: Awaited<ReturnType<typeof runCommand>>;
  try {
    result = await runCommand(s, command, {
      platform: 'slack',
      userId: a.user,
      channel: a.channel,
      now: s.now(),
    });
  } catch (error) {
    s.logger.error(
      { event: 'slack-reply-failed', command: command.kind, err: (error as Error).message },
      'could not answer',
    );
    await client.chat.postMessage({ ...where, ...errorMessage() });
    return;
  }
  const reply = renderResult(result, { private: a.direct, share: false });
  // The reply first: when the crisis protocol fired it leads the message.
  await client.chat.postMessage({ ...where, ...reply });
  if (result.kind === 'guidance' && result.guidance.phi && !a.direct) {
    await client.chat.postEphemeral({ ...where, user: a.user, ...privacyMessage() });
  }
  s.logger.info(
    { event: 'slack-replied', surface: a.direct ? 'dm' : 'mention', command: command.kind },
    'replied',
  );
}
