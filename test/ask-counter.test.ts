import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { createAskCounter } from '../src/ask-counter.ts';

const ask = (topic: string) => ({ outcome: 'topic', topic, platform: 'slack', at: new Date(0) });

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
