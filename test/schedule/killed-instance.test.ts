// An instance killed while posting the daily quiz: Slack has the post, the store never heard
// back. The instance that takes over the claim finds the post in the channel and does not
// post again. Real processes, a real SIGKILL, the fake Slack Web API; the clock is injected.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type FakeSlack, startFakeSlack } from '../../adapters/slack/testing/fake-web-api.ts';
import { createStore } from '../../src/store/store.ts';
import { createTestServices } from '../support/services.ts';

const T0 = new Date('2026-11-23T17:00:00Z'); // 09:00 in Los Angeles
const AFTER_LEASE = new Date(T0.getTime() + 3 * 60_000); // the instance leases for 60 s

let fake: FakeSlack | undefined;
const children: ChildProcess[] = [];
afterEach(async () => {
  for (const c of children.splice(0)) if (c.exitCode === null) c.kill('SIGKILL');
  await fake?.close();
});

/** Runs test/schedule/slack-instance.ts; resolves with its exit code or signal. */
function instance(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/schedule/slack-instance.ts'], {
    env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'silent', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let out = '';
  child.stdout?.on('data', (d) => {
    out += String(d);
  });
  child.stderr?.on('data', (d) => {
    out += String(d);
  });
  const exited = new Promise<{ code: number | null; signal: string | null; out: string }>((r) =>
    child.once('exit', (code, signal) => r({ code, signal, out })),
  );
  return { child, exited };
}

describe('an instance killed while posting the daily quiz', () => {
  it('is not followed by a second post from the instance that takes over', async () => {
    let clock = T0;
    fake = await startFakeSlack({ now: () => clock });
    const sqlitePath = join(mkdtempSync(join(tmpdir(), 'bb-killed-')), 'bot.sqlite');
    const env = { SQLITE_PATH: sqlitePath, SLACK_API_URL: fake.url };

    // Subscribe the channel (this also creates the database).
    const setup = await createTestServices({ SQLITE_PATH: sqlitePath }, T0);
    await setup.services.store.subscribe(
      {
        platform: 'slack',
        channel: 'C1',
        reference: null,
        time: '09:00',
        zone: 'America/Los_Angeles',
        weekdaysOnly: false,
        paused: false,
      },
      T0,
    );
    await setup.close();

    // First instance: Slack receives the post; the instance dies before hearing back.
    const release = fake.hold('chat.postMessage');
    const doomed = instance({ ...env, NOW: T0.toISOString(), INSTANCE: 'doomed' });
    await fake.waitFor((c) => c.method === 'chat.postMessage', 15_000);
    doomed.child.kill('SIGKILL');
    expect((await doomed.exited).signal).toBe('SIGKILL');
    release();

    // Second instance, after the claim's lease ran out.
    clock = AFTER_LEASE;
    const next = instance({ ...env, NOW: AFTER_LEASE.toISOString(), INSTANCE: 'next' });
    const result = await next.exited;
    expect(result.out).toContain('done');
    expect(result.code).toBe(0);

    expect(fake.calls.filter((c) => c.method === 'chat.postMessage')).toHaveLength(1);
    expect(fake.calls.filter((c) => c.method === 'conversations.history')).toHaveLength(1);
    const store = await createStore({ sqlitePath });
    try {
      expect(await store.post('slack:C1', '2026-11-23')).toMatchObject({ status: 'posted' });
      // The id of the post Slack made for the killed instance.
      const row = await store.db.selectFrom('posts').select('message_ref').executeTakeFirst();
      expect(row?.message_ref).toBe(`${T0.getTime() / 1000}.000001`);
    } finally {
      await store.close();
    }
  }, 60_000);
});
