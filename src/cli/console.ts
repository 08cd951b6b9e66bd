// npm run console: the bot in the terminal. Type a question, get the reply a person would see
// in Slack or Teams. "topics" lists topics, "sources" the standards they cite, a number picks
// one of the choices just offered, "exit" quits. With a supervisors' place configured, "ask a
// supervisor …" sends a question (after a preview) and "inbox" shows the answers; with the
// supervisor key ("supervisor <key>"), "requests", "claim", "answer", "close", "delete", "draft".
// "quiz me daily …", "quiz progress", "quiz practice N" and "quiz forget me" are the personal
// exam coach (console-coach.ts); the first of these opens the store.
import { userInfo } from 'node:os';
import { createInterface } from 'node:readline/promises';
import { consolePersonalPoster } from '../coach/console-poster.ts';
import { parseCommand } from '../commands/parse.ts';
import { noSupervisorsText } from '../commands/text.ts';
import { loadConfig } from '../config.ts';
import { createPersonalDispatcher, type PersonalDispatcher } from '../schedule/personal.ts';
import { createRequestDispatcher } from '../schedule/requests.ts';
import { createServices, type Services } from '../services.ts';
import { consoleRequestPoster } from '../supervisor/console-poster.ts';
import { supervisorsConfigured } from '../supervisor/settings.ts';
import { bootBot } from './boot.ts';
import { coachReply, deliveredNow, isCoachLine, newCoachSession } from './console-coach.ts';
import { type ConsoleSession, consoleReply } from './console-reply.ts';
import { newSupervisorSession, supervisorReply } from './console-supervisor.ts';

const bot = bootBot();
const config = loadConfig();
const supervised = supervisorsConfigured(config.supervisors);
// The store is opened only when questions can be sent to supervisors; otherwise nothing is.
let services: Services | undefined;
if (supervised) {
  try {
    services = await createServices(config, { defaultLogLevel: 'silent' });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(1);
  }
}
const dispatcher =
  services &&
  createRequestDispatcher({
    store: services.store,
    settings: config.supervisors,
    posters: { console: consoleRequestPoster },
    instance: `console:${process.pid}`,
  });
const rl = createInterface({
  input: process.stdin,
  output: process.stdout,
  terminal: process.stdin.isTTY,
});

process.stdout.write(
  `boundary-bot, local console: ${bot.guide.topics.length} topics loaded. Ask a question; "topics" lists them; "sources" the standards they cite; "exit" quits.\n` +
    (supervised
      ? 'No Slack or Teams credentials are needed here. Only a question you send with "ask a supervisor" is stored, redacted; "inbox" shows the answers.\n\n'
      : 'No Slack or Teams credentials are needed here; nothing you type is stored.\n\n'),
);
const session: ConsoleSession = { choices: [] };
const supervisorSession = newSupervisorSession(`local:${userInfo().username}`);
const coachSession = newCoachSession(`local:${userInfo().username}`);
let personal: PersonalDispatcher | undefined;
/** The coach keeps a schedule: the store opens when the person first asks for it. */
async function coachServices(): Promise<Services> {
  services ??= await createServices(config, { defaultLogLevel: 'silent' });
  personal ??= createPersonalDispatcher({
    store: services.store,
    coach: services.coach,
    posters: { console: consolePersonalPoster },
    instance: `console:${process.pid}`,
  });
  return services;
}
rl.setPrompt('you> ');
rl.prompt();
for await (const line of rl) {
  if (/^(exit|quit)$/i.test(line.trim())) break;
  let reply: string | null = null;
  if (isCoachLine(line, coachSession)) {
    try {
      reply = await coachReply(await coachServices(), line, coachSession);
    } catch (error) {
      reply = (error as Error).message;
    }
  } else if (services) reply = await supervisorReply(services, line, supervisorSession, dispatcher);
  else if (parseCommand(line).kind === 'ask-supervisor')
    reply = noSupervisorsText(config.supervisorContact ?? null);
  process.stdout.write(reply === null ? `${consoleReply(bot, line, session)}\n` : `\n${reply}\n\n`);
  // The person's daily question, when its time has come.
  const daily = services && personal && (await deliveredNow(services, coachSession, personal));
  if (daily) process.stdout.write(`\n${daily}\n\n`);
  rl.prompt();
}
rl.close();
await dispatcher?.stop();
await personal?.stop();
await services?.store.close();
