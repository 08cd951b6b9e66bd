// Requests to supervisors and their outbox, on SQLite and PostgreSQL: one winner for every
// change of state, replays that add nothing, the re-announcement queued once, and deletion
// (at once, and after the retention).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/store.ts';
import { newRequest } from '../support/requests.ts';
import { KINDS, openTestStore } from './helpers.ts';

const NOW = new Date('2026-11-23T18:00:00Z');
const later = (ms: number) => new Date(NOW.getTime() + ms);
const HOUR = 3_600_000;

const dana = { userId: 'U-DANA', name: 'Dana' };
const lee = { userId: 'U-LEE', name: 'Lee' };

describe.each(KINDS)('requests on %s', (kind) => {
  let store: Store;
  let close: () => Promise<void>;
  beforeEach(async () => {
    ({ store, close } = await openTestStore(kind));
  });
  afterEach(async () => close());

  it('stores a request once and queues its card once, even when Send is replayed', async () => {
    expect(await store.createRequest(newRequest('r1'))).toBe(true);
    expect(await store.createRequest(newRequest('r1', { text: 'changed' }))).toBe(false);
    const r = await store.request('r1');
    expect(r).toMatchObject({
      state: 'open',
      text: 'May I give [name] a ride home?',
      confidence: 0.41,
      asker: { userId: 'U-ASK', name: 'Sam' },
      place: 'slack:CSUPER1',
    });
    expect(await store.deliveriesOf('r1')).toMatchObject([
      { kind: 'announce', platform: 'slack', target: 'CSUPER1', status: 'pending' },
    ]);
  });

  it('keeps no name for an anonymous request, only where to deliver the answer', async () => {
    await store.createRequest(newRequest('r1', { anonymous: true }));
    const r = await store.request('r1');
    expect(r?.asker).toBeNull();
    expect(r?.askerAddress).toEqual({ platform: 'slack', userId: 'U-ASK', reference: null });
    const row = await store.db.selectFrom('requests').selectAll().executeTakeFirstOrThrow();
    expect(row.asker_name).toBeNull();
  });

  it('lets one supervisor claim, and only the claimer answer; the answer is queued once', async () => {
    await store.createRequest(newRequest('r1'));
    const claims = await Promise.all([
      store.claimRequest('r1', dana, NOW),
      store.claimRequest('r1', lee, NOW),
    ]);
    expect(claims.filter(Boolean)).toHaveLength(1);
    const winner = claims[0] ? dana : lee;
    const loser = claims[0] ? lee : dana;
    expect(await store.claimRequest('r1', winner, NOW)).toBe(true); // same person again
    expect(await store.answerRequest('r1', loser, 'No.', NOW)).toBe(false);
    expect(await store.closeRequest('r1', loser, 'dup', NOW)).toBe(false);
    const answers = await Promise.all([
      store.answerRequest('r1', winner, 'Check the policy first.', later(1000)),
      store.answerRequest('r1', winner, 'Check the policy first.', later(1000)),
    ]);
    expect(answers.filter(Boolean)).toHaveLength(1);
    expect(await store.request('r1')).toMatchObject({
      state: 'answered',
      answer: { text: 'Check the policy first.', by: { userId: winner.userId } },
      closedAt: later(1000).toISOString(),
    });
    const answerRows = (await store.deliveriesOf('r1')).filter((d) => d.kind === 'answer');
    expect(answerRows).toMatchObject([{ platform: 'slack', target: 'U-ASK' }]);
    expect(await store.closeRequest('r1', winner, 'late', NOW)).toBe(false);
  });

  it('answers an open request directly (claiming it on the way)', async () => {
    await store.createRequest(newRequest('r1'));
    expect(await store.answerRequest('r1', lee, 'Yes, within policy.', NOW)).toBe(true);
    expect(await store.request('r1')).toMatchObject({ claimedBy: { userId: 'U-LEE' } });
  });

  it('counts "Helpful" once and only from the asker', async () => {
    await store.createRequest(newRequest('r1'));
    const asker = { platform: 'slack', userId: 'U-ASK' };
    expect(await store.markRequestHelpful('r1', asker)).toBe(false); // not answered yet
    await store.answerRequest('r1', dana, 'Ok.', NOW);
    expect(await store.markRequestHelpful('r1', { platform: 'slack', userId: 'U-X' })).toBe(false);
    expect(await store.markRequestHelpful('r1', asker)).toBe(true);
    expect(await store.markRequestHelpful('r1', asker)).toBe(false);
  });

  it('queues the re-announcement once, only for a request still unclaimed', async () => {
    await store.createRequest(newRequest('r1'));
    await store.createRequest(newRequest('r2'));
    await store.claimRequest('r2', dana, NOW);
    expect(await store.queueReminders(later(3 * HOUR))).toEqual([]);
    const [a, b] = await Promise.all([
      store.queueReminders(later(4 * HOUR)),
      store.queueReminders(later(4 * HOUR)),
    ]);
    expect([...a, ...b]).toEqual(['r1']);
    expect(await store.queueReminders(later(9 * HOUR))).toEqual([]);
    expect((await store.deliveriesOf('r1')).map((d) => d.kind).sort()).toEqual([
      'announce',
      'reannounce',
    ]);
  });

  it('deletes at once, and after the retention those answered or closed before it', async () => {
    await store.createRequest(newRequest('r1'));
    await store.createRequest(newRequest('r2'));
    await store.createRequest(newRequest('r3'));
    await store.answerRequest('r2', dana, 'Ok.', NOW);
    await store.closeRequest('r3', dana, 'duplicate', later(10 * 86_400_000));
    expect(await store.deleteRequest('r1')).toBe(true);
    expect(await store.deleteRequest('r1')).toBe(false);
    expect(await store.deliveriesOf('r1')).toEqual([]);
    // The cut-off is "closed before": thirty days after r2 closed, the dispatcher passes the
    // moment r2 closed; r2 goes, r3 (closed ten days later) and the open ones stay.
    expect(await store.purgeRequests(later(1))).toBe(1);
    expect(await store.request('r2')).toBeUndefined();
    expect(await store.deliveriesOf('r2')).toEqual([]);
    expect(await store.request('r3')).toMatchObject({ state: 'closed', closeReason: 'duplicate' });
  });

  it('lets one instance claim a delivery, and takes over a claim whose lease ran out', async () => {
    await store.createRequest(newRequest('r1'));
    const id = 'r1:announce';
    const lease = 60_000;
    const claims = await Promise.all(
      ['i1', 'i2', 'i3'].map((i) => store.claimDelivery(id, i, NOW, lease)),
    );
    expect(claims.filter(Boolean)).toHaveLength(1);
    const owner = ['i1', 'i2', 'i3'][claims.indexOf(true)] as string;
    expect(await store.recordDeliveryIntent(id, 'other', NOW, 'k-other')).toBeNull();
    expect(await store.recordDeliveryIntent(id, owner, NOW, 'k1')).toBe('k1');
    // The owner dies mid-call: nobody takes it within the lease, one taker after it.
    expect(await store.claimDelivery(id, 'late', later(30_000), lease)).toBe(false);
    expect(await store.dueDeliveries(later(30_000), lease)).toEqual([]);
    expect((await store.dueDeliveries(later(61_000), lease)).map((d) => d.id)).toEqual([id]);
    expect(await store.claimDelivery(id, 'taker', later(61_000), lease)).toBe(true);
    // The key of the first attempt is kept for every later one.
    expect(await store.recordDeliveryIntent(id, 'taker', later(61_000), 'k2')).toBe('k1');
    await store.markDelivered(id, 'ts-1');
    expect(await store.delivery(id)).toMatchObject({ status: 'sent', messageRef: 'ts-1' });
    expect(await store.dueDeliveries(later(HOUR), lease)).toEqual([]);
  });

  it('retries a failed delivery when due, and gives back unstarted claims on shutdown', async () => {
    await store.createRequest(newRequest('r1'));
    const id = 'r1:announce';
    expect(await store.claimDelivery(id, 'i1', NOW, 60_000)).toBe(true);
    await store.markDeliveryFailed(id, 'platform down', later(60_000));
    expect(await store.claimDelivery(id, 'i2', later(30_000), 60_000)).toBe(false);
    expect(await store.claimDelivery(id, 'i2', later(60_000), 60_000)).toBe(true);
    expect(await store.releaseDeliveries('i2')).toBe(1);
    expect(await store.claimDelivery(id, 'i3', later(60_000), 60_000)).toBe(true);
    await store.markDeliveryFailed(id, 'gave up', null);
    expect(await store.dueDeliveries(later(365 * 86_400_000), 60_000)).toEqual([]);
  });
});
