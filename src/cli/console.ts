// npm run console: the bot in the terminal. Type a question, get the reply a person would see
// in Slack or Teams. "topics" lists topics, "sources" the standards they cite, "exit" quits.
import { createInterface } from 'node:readline/promises';
import { bootBot } from './boot.ts';
import { consoleReply } from './console-reply.ts';

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
rl.setPrompt('you> ');
rl.prompt();
for await (const line of rl) {
  if (/^(exit|quit)$/i.test(line.trim())) break;
  process.stdout.write(`${consoleReply(bot, line)}\n`);
  rl.prompt();
}
rl.close();
