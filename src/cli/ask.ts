// npm run ask -- [--json "QUESTION" | --jsonl < questions.txt | --topics | "QUESTION"]
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { explainCrisis } from '../core/safety/crisis.ts';
import { errorText } from '../error-text.ts';
import { askLines, askRecord } from './ask-output.ts';
import { bootBot } from './boot.ts';

const USAGE = `Usage:
  npm run ask -- "QUESTION"            the reply as a person reads it
  npm run ask -- --json "QUESTION"     one JSON object on one line
  npm run ask -- --jsonl < file        one question per input line, one JSON object per line
  npm run ask -- --topics              list the topics
  npm run ask -- --explain "QUESTION"  the safety concepts and rules that fired, the classifier's
                                       chance of a crisis and its weightiest words, then which words
                                       pulled the question towards which topics`;

let args: ReturnType<typeof parse>;
function parse() {
  return parseArgs({
    allowPositionals: true,
    options: {
      json: { type: 'boolean' },
      jsonl: { type: 'boolean' },
      topics: { type: 'boolean' },
      explain: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}
try {
  args = parse();
} catch (error) {
  process.stderr.write(`${errorText(error)}\n${USAGE}\n`);
  process.exit(2);
}

const { values, positionals } = args;
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
const bot = bootBot();
const { guide } = bot;
const question = positionals.join(' ');

if (values.topics) {
  for (const t of guide.topics) process.stdout.write(`${t.id.padEnd(34)} ${t.title}\n`);
} else if (values.explain) {
  const c = explainCrisis(question);
  process.stdout.write(
    `safety: ${c.level ?? 'none'}${c.kinds.length ? ` (${c.kinds.join(', ')})` : ''}\n`,
  );
  const words = c.concepts.map(([name, w]) => `${name} "${w}"`);
  process.stdout.write(`concepts: ${words.join(', ') || 'none'}\n`);
  process.stdout.write(`rules: ${c.rules.join('; ') || 'none'}\n`);
  if (c.lowered) process.stdout.write(`lowered: ${c.lowered}\n`);
  const k = c.classifier;
  const top = k.top.map(([f, w]) => `"${f}" ${w}`).join(', ');
  process.stdout.write(
    `classifier: p ${k.p.toFixed(2)} ${k.kind}${k.also ? `/${k.also}` : ''}${c.raised ? `, ${c.raised}` : ''}; words: ${top || 'none'}\n`,
  );
  const e = guide.explain?.(question);
  if (!e) process.stdout.write('terms: this matcher does not explain its ranking\n');
  else {
    process.stdout.write(`terms: ${e.terms.join(', ')}\n`);
    if (e.closing.length)
      process.stdout.write(`weighed more (the closing sentences): ${e.closing.join(', ')}\n`);
    for (const t of e.topics) {
      process.stdout.write(`${t.id}: ${t.terms.map(([term, w]) => `${term} ${w}`).join(', ')}\n`);
    }
  }
} else if (values.jsonl) {
  const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  // stdout to a pipe or file is synchronous on Linux: each line is flushed as it is written.
  await askLines(bot, lines, (line) => process.stdout.write(line));
} else if (values.json) {
  process.stdout.write(`${JSON.stringify(askRecord(bot, question))}\n`);
} else {
  process.stdout.write(`${askRecord(bot, question).text}\n`);
}
