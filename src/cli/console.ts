// npm start (until the chat adapters land): the bot in the terminal. Type a question, get the
// reply a person would see in Slack or Teams. "topics" lists topics, "exit" quits.
import { createInterface } from 'node:readline/promises';
import { renderText, renderTopicText } from '../core/render-text.ts';
import { bootBot } from './boot.ts';

const bot = bootBot();
const { guide } = bot;
const text = (q: string) =>
  renderText(bot.answer(q, 'console'), { topicsCommand: 'type "topics"' });
const rl = createInterface({
  input: process.stdin,
  output: process.stdout,
  terminal: process.stdin.isTTY,
});

process.stdout.write(
  `boundary-bot, local console: ${guide.topics.length} topics loaded. Ask a question; "topics" lists them; "exit" quits.\n` +
    'No Slack or Teams credentials are needed here; nothing you type is stored.\n\n',
);
rl.setPrompt('you> ');
rl.prompt();
for await (const line of rl) {
  const q = line.trim();
  if (/^(exit|quit)$/i.test(q)) break;
  const picked = guide.topic(q.toLowerCase());
  if (/^topics$/i.test(q)) {
    for (const t of guide.topics) process.stdout.write(`  ${t.title}  (${t.id})\n`);
  } else if (picked) {
    process.stdout.write(`\n${renderTopicText(picked)}\n`);
  } else {
    process.stdout.write(`\n${text(q)}\n`);
  }
  process.stdout.write('\n');
  rl.prompt();
}
rl.close();
