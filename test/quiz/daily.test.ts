// A channel's daily question on demand (the web console's "today's quiz"): one per local date,
// shared by every instance, even when two ask for it at the same moment.
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../src/core/quiz.ts';
import { createQuizService } from '../../src/quiz/service.ts';
import { createStore } from '../../src/store/store.ts';
import { kb } from '../helpers.ts';
import { KINDS, testLocation } from '../store/helpers.ts';

describe.each(KINDS)('daily quiz on demand (%s)', (kind) => {
  it('is created once per local date across instances racing for it', async () => {
    const { location, drop } = await testLocation(kind);
    const stores = [await createStore(location), await createStore(location)];
    try {
      // Different seeds: each instance would pick a different question if both created one.
      const services = stores.map((store, i) =>
        createQuizService({
          store,
          kb: () => kb,
          zone: 'America/Los_Angeles',
          random: seededRandom(i + 1),
        }),
      );
      const evening = new Date('2026-11-24T05:00:00Z'); // 21:00 on the 23rd in Los Angeles
      const results = await Promise.all(
        [0, 1, 0, 1].map((i) => services[i]!.daily('console', 'local', evening)),
      );
      const ids = new Set(results.map((r) => r.quiz.id));
      expect([...ids]).toEqual(['daily:console:local:2026-11-23']);
      expect(new Set(results.map((r) => r.question.id)).size).toBe(1);
      expect(results[0]!.quiz).toMatchObject({ kind: 'daily', localDate: '2026-11-23' });

      const again = await services[1]!.daily('console', 'local', evening);
      expect(again.question.id).toBe(results[0]!.question.id);

      // The next local day brings the next question of the channel's deck.
      const tomorrow = await services[0]!.daily(
        'console',
        'local',
        new Date('2026-11-24T09:00:00Z'),
      );
      expect(tomorrow.quiz.id).toBe('daily:console:local:2026-11-24');
      expect(tomorrow.question.id).not.toBe(results[0]!.question.id);
      expect((await stores[0]!.deck('console:local')).asked).toHaveLength(2);
    } finally {
      for (const s of stores) await s.close();
      await drop();
    }
  });
});
