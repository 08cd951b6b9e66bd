// Cards and answers reach a platform exactly once across two instances on one database, a
// killed instance (its claim's lease runs out mid-delivery) and failures; the unclaimed card
// is re-announced once; old requests are purged. Run on SQLite and PostgreSQL.
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import {
  createRequestDispatcher,
  type RequestDelivery,
  type RequestPoster,
} from '../../src/schedule/requests.ts';
import { createStore, type Store } from '../../src/store/store.ts';
import { KINDS, testLocation } from '../store/helpers.ts';
import { newRequest } from '../support/requests.ts';

const NOW = new Date('2026-11-23T18:00:00Z');
const later = (ms: number) => new Date(NOW.getTime() + ms);
const LEASE = 60_000;
const settings = loadConfig({ SUPERVISOR_SLACK_CHANNEL: 'CSUPER1' }).supervisors;

/** A platform that keeps what it was sent, with the key, and can look it up. */
function fakePlatform() {
  const sent: { d: RequestDelivery; key: string }[] = [];
  let hang = false;
  let fail = 0;
  const poster: RequestPoster = {
    async deliver(d, key) {
      if (fail > 0) {
        fail--;
        throw new Error('platform down');
      }
      sent.push({ d, key });
      if (hang) await new Promise(() => {}); // killed after the platform got it
      return `ts-${sent.length}`;
    },
    async find(_d, key) {
      const i = sent.findIndex((s) => s.key === key);
      return i < 0 ? 'absent' : { ref: `ts-${i + 1}` };
    },
  };
  return {
    poster,
    sent,
    hangNext: () => {
      hang = true;
    },
    failNext: (n: number) => {
      fail = n;
    },
    resume: () => {
      hang = false;
    },
  };
}

const opened: Store[] = [];
const drops: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const s of opened.splice(0)) await s.close();
  for (const d of drops.splice(0)) await d();
});

async function twoInstances(kind: (typeof KINDS)[number]) {
  const { location, drop } = await testLocation(kind);
  drops.push(drop);
  const a = await createStore(location);
  // Several instances share PostgreSQL only; on SQLite (one process) the two share the store.
  const b = kind === 'postgres' ? await createStore(location) : a;
  opened.push(...new Set([a, b]));
  return { a, b };
}

const dispatcher = (store: Store, instance: string, poster: RequestPoster) =>
  createRequestDispatcher({
    store,
    settings,
    posters: { slack: poster },
    instance,
    leaseMs: LEASE,
    backoffMs: [60_000],
  });

describe.each(KINDS)('request delivery on %s', (kind) => {
  it('delivers each card once when two instances run the same pass', async () => {
    const { a, b } = await twoInstances(kind);
    const platform = fakePlatform();
    for (const id of ['r1', 'r2', 'r3']) await a.createRequest(newRequest(id));
    const [x, y] = await Promise.all([
      dispatcher(a, 'a', platform.poster).tick(NOW),
      dispatcher(b, 'b', platform.poster).tick(NOW),
    ]);
    expect(x + y).toBe(3);
    expect(platform.sent.map((s) => s.d.kind === 'announce' && s.d.card.requestId).sort()).toEqual([
      'r1',
      'r2',
      'r3',
    ]);
    expect(platform.sent.every((s) => s.d.kind === 'announce' && s.d.channel === 'CSUPER1')).toBe(
      true,
    );
    // Later passes deliver nothing more.
    await dispatcher(b, 'b', platform.poster).tick(later(5 * 60_000));
    expect(platform.sent).toHaveLength(3);
  });

  it('does not deliver again after an instance is killed mid-delivery (the platform has it)', async () => {
    const { a, b } = await twoInstances(kind);
    const platform = fakePlatform();
    await a.createRequest(newRequest('r1'));
    platform.hangNext();
    void dispatcher(a, 'killed', platform.poster).tick(NOW); // never finishes: killed
    await expect.poll(() => platform.sent.length).toBe(1);
    platform.resume();
    const taker = dispatcher(b, 'taker', platform.poster);
    expect(await taker.tick(later(30_000))).toBe(0); // within the lease: left alone
    expect(await taker.tick(later(LEASE + 1_000))).toBe(0); // found on the platform
    expect(platform.sent).toHaveLength(1);
    expect(await b.delivery('r1:announce')).toMatchObject({ status: 'sent', messageRef: 'ts-1' });
  });

  it('delivers once after an instance is killed before the platform got it', async () => {
    const { a, b } = await twoInstances(kind);
    const platform = fakePlatform();
    await a.createRequest(newRequest('r1'));
    // Killed between recording its intent and calling the platform.
    expect(await a.claimDelivery('r1:announce', 'killed', NOW, LEASE)).toBe(true);
    expect(await a.recordDeliveryIntent('r1:announce', 'killed', NOW, 'k-killed')).toBe('k-killed');
    expect(await dispatcher(b, 'taker', platform.poster).tick(later(LEASE + 1_000))).toBe(1);
    expect(platform.sent.map((s) => s.key)).toEqual(['k-killed']);
  });

  it('retries a failed delivery and delivers it once', async () => {
    const { a } = await twoInstances(kind);
    const platform = fakePlatform();
    await a.createRequest(newRequest('r1'));
    platform.failNext(1);
    const d = dispatcher(a, 'a', platform.poster);
    expect(await d.tick(NOW)).toBe(0);
    expect(await d.tick(later(30_000))).toBe(0); // not due yet
    expect(await d.tick(later(61_000))).toBe(1);
    expect(await d.tick(later(10 * 60_000))).toBe(0);
    expect(platform.sent).toHaveLength(1);
  });

  it('re-announces an unclaimed card once, delivers the answer once to the asker, then purges', async () => {
    const { a, b } = await twoInstances(kind);
    const platform = fakePlatform();
    await a.createRequest(newRequest('r1', { remindAt: later(4 * 3_600_000) }));
    await a.createRequest(newRequest('r2', { remindAt: later(4 * 3_600_000) }));
    await a.claimRequest('r2', { userId: 'U-DANA', name: 'Dana' }, NOW);
    const da = dispatcher(a, 'a', platform.poster);
    const db = dispatcher(b, 'b', platform.poster);
    await da.tick(NOW);
    const at = later(4 * 3_600_000);
    await Promise.all([da.tick(at), db.tick(at)]);
    await Promise.all([da.tick(later(5 * 3_600_000)), db.tick(later(5 * 3_600_000))]);
    const kinds = platform.sent.map(
      (s) => `${s.d.kind}:${s.d.kind === 'answer' ? s.d.answer.requestId : s.d.card.requestId}`,
    );
    expect(kinds.sort()).toEqual(['announce:r1', 'announce:r2', 'reannounce:r1']);
    const re = platform.sent.find((s) => s.d.kind === 'reannounce');
    expect(re?.d.kind === 'reannounce' && re.d.card.heading).toBe('Still waiting for a supervisor');

    await a.answerRequest(
      'r1',
      { userId: 'U-LEE', name: 'Lee' },
      'Yes, with your lead.',
      later(6 * 3_600_000),
    );
    await Promise.all([da.tick(later(6 * 3_600_000)), db.tick(later(6 * 3_600_000))]);
    const answers = platform.sent.filter((s) => s.d.kind === 'answer');
    expect(answers).toHaveLength(1);
    expect(answers[0]?.d).toMatchObject({
      kind: 'answer',
      to: { userId: 'U-ASK' },
      answer: { answer: 'Yes, with your lead.', answeredBy: 'Answered by a supervisor' },
    });

    // Thirty days after closing, the request and its outbox rows are gone.
    await da.tick(later(6 * 3_600_000 + 29 * 86_400_000));
    expect(await a.request('r1')).toBeDefined();
    await da.tick(later(6 * 3_600_000 + 30 * 86_400_000 + 60_000));
    expect(await a.request('r1')).toBeUndefined();
    expect(await a.deliveriesOf('r1')).toEqual([]);
    expect(await a.request('r2')).toBeDefined(); // still claimed: kept
  });

  it('skips what was deleted before it could be delivered', async () => {
    const { a } = await twoInstances(kind);
    const platform = fakePlatform();
    await a.createRequest(newRequest('r1'));
    await a.deleteRequest('r1');
    expect(await dispatcher(a, 'a', platform.poster).tick(NOW)).toBe(0);
    expect(platform.sent).toEqual([]);
  });
});
