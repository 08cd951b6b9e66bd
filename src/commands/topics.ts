// Every topic, to browse.
import type { TopicRef } from '../core/guidance.ts';
import { defineCommand } from './define.ts';

export const topics = defineCommand<{ kind: 'topics' }, { kind: 'topics'; topics: TopicRef[] }>({
  kind: 'topics',
  words: ['topics'],
  syntax: 'topics',
  example: 'topics',
  what: 'browse every topic',
  // "topics of conversation at lunch" is a question.
  parse: (args) => (args.length ? null : { kind: 'topics' }),
  run: (s) => ({ kind: 'topics', topics: s.bot.guide.topics }),
});
