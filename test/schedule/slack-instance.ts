// One bot instance as its own process, for the test that kills it mid-post: the Slack poster
// (against the fake Web API at SLACK_API_URL) and the scheduler on the SQLite file at
// SQLITE_PATH, ticking once at NOW. Prints "done" when the tick is over.
import { webApi } from '@slack/bolt';
import { createPoster, POSTER_CLIENT } from '../../adapters/slack/poster.ts';
import { createScheduler } from '../../src/schedule/scheduler.ts';
import { createTestServices } from '../support/services.ts';

const now = new Date(process.env.NOW ?? '');
const t = await createTestServices({ SQLITE_PATH: process.env.SQLITE_PATH ?? '' }, now);
const client = new webApi.WebClient('xoxb-test', {
  slackApiUrl: process.env.SLACK_API_URL ?? '',
  ...POSTER_CLIENT,
});
const scheduler = createScheduler({
  store: t.services.store,
  questions: () => t.services.bot.kb.quiz,
  posters: { slack: createPoster(t.services, client) },
  instance: process.env.INSTANCE ?? 'child',
  random: t.services.random,
  leaseMs: 60_000,
});
await scheduler.tick(now);
await t.close();
process.stdout.write('done\n');
