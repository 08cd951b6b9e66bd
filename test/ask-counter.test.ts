import pino from 'pino';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ASK_BATCH, ASK_FLUSH_MS, createAskCounter } from '../src/ask-counter.ts';
import type { Ask } from '../src/store/store.ts';

const ask = (topic: string): Ask => ({
  outcome: 'topic',
  topic,
  platform: 'slack',
  at: new Date(0),
});

afterEach(() => {
  vi.useRealTimers();
});

describe('ask counter', () => {
  it('writes counts together after the interval, or at once on flush', async () => {
    const writes: string[][] = [];
    const store = {
      recordAsks: async (asks: { topic: string | null }[]) => {
        writes.push(asks.map((a) => a.topic ?? ''));
      },
    };
    const counter = createAskCounter(store, pino({ level: 'silent' }), 60_000);
    counter.count(ask('gifts'));
    counter.count(ask('social-media'));
    expect(writes).toEqual([]);
    await counter.flush();
    expect(writes).toEqual([['gifts', 'social-media']]);
    await counter.flush();
    expect(writes).toEqual([['gifts', 'social-media'], []]);
  });

  it('keeps at most 250 ms and 100 questions unwritten (what kill -9 can lose)', async () => {
    vi.useFakeTimers();
    const writes: number[] = [];
    const store = {
      recordAsks: async (asks: unknown[]) => {
        writes.push(asks.length);
      },
    };
    // The bot's defaults.
    expect([ASK_FLUSH_MS, ASK_BATCH]).toEqual([250, 100]);
    const counter = createAskCounter(store, pino({ level: 'silent' }));
    for (let i = 0; i < 100; i++) counter.count(ask('gifts'));
    expect(writes).toEqual([100]);
    counter.count(ask('gifts'));
    await vi.advanceTimersByTimeAsync(249);
    expect(writes).toEqual([100]);
    await vi.advanceTimersByTimeAsync(1);
    expect(writes).toEqual([100, 1]);
  });

  it('never throws when the database refuses, and logs the loss without any text', async () => {
    const lines: string[] = [];
    const logger = pino({ level: 'warn' }, { write: (l: string) => lines.push(l) });
    const counter = createAskCounter(
      {
        recordAsks: async () => {
          throw new Error('database is down');
        },
      },
      logger,
      0,
    );
    counter.count(ask('gifts'));
    await counter.flush();
    await new Promise((r) => setImmediate(r));
    expect(lines.some((l) => l.includes('"event":"ask-not-counted"'))).toBe(true);
  });
});
