// npm run quiz: the daily quiz in the terminal, with the same store and deck logic as the
// chat apps. Deals a question, takes an answer (1-4 or a-d), grades it, shows the explanation,
// source and streak. "stats" shows your results; "q" quits.
import { createInterface } from 'node:readline/promises';
import { LETTERS, letter, whyNotText } from '../commands/text.ts';
import { loadConfig } from '../config.ts';
import { seededRandom } from '../core/quiz.ts';
import { errorText } from '../error-text.ts';
import { createQuizService } from '../quiz/service.ts';
import { createStore } from '../store/store.ts';
import { bootKnowledge } from './boot.ts';

const config = loadConfig();
const kb = bootKnowledge();
let store: Awaited<ReturnType<typeof createStore>>;
try {
  store = await createStore(config);
} catch (error) {
  process.stderr.write(`${errorText(error)}\n`);
  process.exit(1);
}
const quiz = createQuizService({
  store,
  kb: () => kb,
  zone: config.quizZone,
  random: seededRandom(Date.now()),
});
const USER = 'console-user';
const rl = createInterface({
  input: process.stdin,
  output: process.stdout,
  terminal: process.stdin.isTTY,
});
const out = (s: string) => process.stdout.write(`${s}\n`);

out(
  `boundary-bot quiz: ${kb.quiz.length} questions in the style of the Medi-Cal PSS certification exam.`,
);
out('Answer with 1-4 or A-D. "stats" shows your results, "q" quits.\n');
let dealt = await quiz.deal('console', USER, new Date());
const show = () => {
  out(`[${dealt.question.area}] ${dealt.question.scenario}`);
  for (const [i, o] of dealt.question.options.entries()) out(`  ${letter(i)}. ${o}`);
};
show();
rl.setPrompt('your answer> ');
rl.prompt();
for await (const line of rl) {
  const input = line.trim().toUpperCase();
  if (input === 'Q' || input === 'QUIT' || input === 'EXIT') break;
  if (input === 'STATS') {
    const s = await quiz.stats(USER, new Date());
    out(
      `${s.correct} of ${s.answered} correct, streak ${s.streak} day${s.streak === 1 ? '' : 's'}`,
    );
    for (const a of s.byArea) out(`  ${a.area}: ${a.correct}/${a.answered}`);
  } else {
    const choice = /^[1-4]$/.test(input)
      ? Number(input) - 1
      : (LETTERS as readonly string[]).indexOf(input);
    if (choice < 0) {
      out('Answer with 1, 2, 3, 4 or A, B, C, D ("q" quits).');
    } else {
      const g = await quiz.answer(dealt.quiz.id, USER, choice, new Date());
      if (g) {
        out(g.correct ? '\nCorrect!' : `\nNot quite: the answer is ${letter(g.question.correct)}.`);
        const whyNot = whyNotText(g.question, g.choice);
        if (whyNot) out(whyNot);
        out(g.question.explanation);
        out(`Source: ${g.source.title}, ${g.source.section}`);
        out(`Streak: ${g.streak} day${g.streak === 1 ? '' : 's'} in a row\n`);
      }
      dealt = await quiz.deal('console', USER, new Date());
    }
  }
  show();
  rl.prompt();
}
rl.close();
await store.close();
