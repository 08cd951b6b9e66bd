// A request as the service stores one, for store and delivery tests.
import type { NewRequest } from '../../src/store/store.ts';

const NOW = new Date('2026-11-23T18:00:00Z');
const later = (ms: number) => new Date(NOW.getTime() + ms);
const HOUR = 3_600_000;

export function newRequest(id: string, o: Partial<NewRequest> = {}): NewRequest {
  return {
    id,
    text: 'May I give [name] a ride home?',
    urgent: false,
    topic: { id: 'transportation', title: 'Rides' },
    confidence: 0.41,
    from: 'low-confidence',
    asker: { platform: 'slack', userId: 'U-ASK', name: 'Sam', reference: null },
    anonymous: false,
    place: { platform: 'slack', channel: 'CSUPER1' },
    askedAt: NOW,
    remindAt: later(4 * HOUR),
    ...o,
  };
}
