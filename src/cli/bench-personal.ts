// npm run bench:personal: how long one instance takes to deliver the daily personal question to
// N people (default 1,000) whose time is the same minute, the worst case, through a fake
// poster that waits like a platform call (--latency-ms, default 50). Runs one dispatcher pass
// on a fresh SQLite file, or on PostgreSQL with --database-url. Prints the figures; also checks
// that a second pass delivers nothing more.
//   npm run bench:personal -- --people 1000 --latency-ms 50 [--database-url postgresql://…]
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createCoachService } from '../coach/service.ts';
import { seededRandom } from '../core/quiz.ts';
import { createPersonalDispatcher, type PersonalPoster } from '../schedule/personal.ts';
import { createStore } from '../store/store.ts';
import { bootKnowledge } from './boot.ts';

const { values } = parseArgs({
  options: {
    people: { type: 'string', default: '1000' },
    'latency-ms': { type: 'string', default: '50' },
    concurrency: { type: 'string', default: '8' },
    'database-url': { type: 'string' },
  },
});
const people = Number(values.people);
const latency = Number(values['latency-ms']);
const kb = bootKnowledge();
const store = await createStore(
  values['database-url']
    ? { databaseUrl: values['database-url'], sqlitePath: '' }
    : { sqlitePath: join(mkdtempSync(join(tmpdir(), 'bb-bench-personal-')), 'bot.sqlite') },
);
const coach = createCoachService({ store, kb: () => kb, random: seededRandom(1), zone: 'UTC' });
const at = new Date('2026-11-23T15:30:00Z'); // 07:30 in Los Angeles, 10:30 in New York
const zones = ['America/Los_Angeles', 'America/New_York'];
for (let i = 0; i < people; i++) {
  const zone = zones[i % 2] as string;
  const time = zone === 'America/Los_Angeles' ? '07:30' : '10:30';
  await coach.setPlan(
    { platform: 'bench', userId: `P${i}` },
    { time, zone, weekdaysOnly: false, reference: null },
    new Date(at.getTime() - 86_400_000),
  );
}
let sent = 0;
const poster: PersonalPoster = {
  async deliver() {
    sent++;
    await new Promise((r) => setTimeout(r, latency));
    return `m${sent}`;
  },
};
const dispatcher = createPersonalDispatcher({
  store,
  coach,
  posters: { bench: poster },
  instance: 'bench',
  concurrency: Number(values.concurrency),
});
const start = performance.now();
const delivered = await dispatcher.tick(at);
const ms = performance.now() - start;
const again = await dispatcher.tick(new Date(at.getTime() + 60_000));
await store.close();
process.stdout.write(
  `${delivered} of ${people} people got their daily question in ${(ms / 1000).toFixed(1)} s ` +
    `(one instance, ${store.dialect}, ${latency} ms per platform call, ${values.concurrency} at once; ` +
    `${(ms / people).toFixed(1)} ms a person). A second pass delivered ${again}.\n`,
);
if (delivered !== people || again !== 0) process.exitCode = 1;
