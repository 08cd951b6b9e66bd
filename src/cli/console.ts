// npm run console: the bot in the terminal. Type a question, get the reply a person would see
// in Slack or Teams. "topics" lists topics, "sources" the standards they cite, a number picks
// one of the choices just offered, "exit" quits.
import { createInterface } from 'node:readline/promises';
import { bootBot } from './boot.ts';
import { type ConsoleSession, consoleReply } from './console-reply.ts';

const bot = bootBot();
const rl = createInterface({
  input: process.stdin,
  output: process.stdout,
  terminal: process.stdin.isTTY,
});

process.stdout.write(
  `boundary-bot, local console: ${bot.guide.topics.length} topics loaded. Ask a question; "topics" lists them; "sources" the standards they cite; "exit" quits.\n` +
    'No Slack or Teams credentials are needed here; nothing you type is stored.\n\n',
);
const session: ConsoleSession = { choices: [] };
rl.setPrompt('you> ');
rl.prompt();
for await (const line of rl) {
  if (/^(exit|quit)$/i.test(line.trim())) break;
  process.stdout.write(`${consoleReply(bot, line, session)}\n`);
  rl.prompt();
}
rl.close();
