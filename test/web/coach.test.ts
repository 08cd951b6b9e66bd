// The personal coach in the web console, over the real HTTP server: the person is the cookie.
// "quiz me daily", the question delivered by the dispatcher appearing on the page, answering
// it, a practice test to its summary through the same actions, progress, and "forget me";
// someone else's cookie sees none of it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { consolePersonalPoster } from '../../src/coach/console-poster.ts';
import { createPersonalDispatcher } from '../../src/schedule/personal.ts';
import { createConsoleSurface } from '../../src/web/index.ts';
import { serveSurface } from '../support/http.ts';
import { createTestServices, type TestServices } from '../support/services.ts';

let t: TestServices;
let server: { url: string; close: () => Promise<void> };
beforeEach(async () => {
  t = await createTestServices({}, new Date('2026-11-23T15:00:00Z'));
  server = await serveSurface(t.services, await createConsoleSurface(t.services));
});
afterEach(async () => {
  await server.close();
  await t.close();
});

function person() {
  let cookie = '';
  async function call(method: string, path: string, body?: unknown) {
    const res = await fetch(server.url + path, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(cookie ? { cookie } : {}),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const set = res.headers.get('set-cookie');
    if (set) cookie = set.split(';')[0] ?? '';
    // biome-ignore lint/suspicious/noExplicitAny: response bodies are checked field by field
    return { status: res.status, json: (await res.json()) as any };
  }
  return {
    get: (path: string) => call('GET', path),
    say: async (text: string) => (await call('POST', '/console/api/message', { text })).json.reply,
    coach: async (action: unknown) =>
      (await call('POST', '/console/api/action', { type: 'coach', action })).json.reply,
  };
}

describe('the coach in the web console', () => {
  it('delivers the daily question on the page, answers it, and erases it on request', async () => {
    const me = person();
    const other = person();
    await me.get('/console/api/welcome');
    await other.get('/console/api/welcome');
    const plan = await me.say('/boundary quiz me daily 07:30 America/Los_Angeles');
    expect(plan).toMatchObject({ kind: 'coach', view: { kind: 'notice' } });
    expect((await me.get('/console/api/quiz/mine')).json.reply).toBeNull(); // 07:00 there
    const dispatcher = createPersonalDispatcher({
      store: t.services.store,
      coach: t.services.coach,
      posters: { console: consolePersonalPoster },
      instance: 'test',
    });
    expect(await dispatcher.tick(new Date('2026-11-23T15:30:00Z'))).toBe(1);
    t.setNow(new Date('2026-11-23T15:31:00Z'));
    const mine = (await me.get('/console/api/quiz/mine')).json.reply;
    expect(mine.view.kind).toBe('question');
    expect(mine.text).toContain(mine.view.card.scenario);
    expect((await other.get('/console/api/quiz/mine')).json.reply).toBeNull();
    // Someone else's click on my question is refused; mine is graded with its reasons.
    expect((await other.coach({ ...mine.view.card.answer, choice: 0 })).view.kind).toBe('notice');
    const graded = (await me.coach({ ...mine.view.card.answer, choice: 0 })).view;
    expect(graded.kind).toBe('feedback');
    expect(graded.feedback.source.title).toMatch(/\S/);
    expect(graded.feedback.next).toMatch(/comes back/);
    expect((await me.get('/console/api/quiz/mine')).json.reply.view.kind).toBe('feedback');
    const progress = await me.say('/boundary quiz progress');
    expect(progress.view.readiness.summary[0]).toEqual({ label: 'Answered', value: '1' });
    const ask = await me.say('/boundary quiz forget me');
    expect(ask.view.kind).toBe('forget-confirm');
    expect((await me.coach({ kind: 'coach-forget', confirm: true })).view.text).toMatch(/erased/);
    expect((await me.get('/console/api/quiz/mine')).json.reply).toBeNull();
    const after = await me.say('/boundary quiz progress');
    expect(after.view.readiness.summary[0]).toEqual({ label: 'Answered', value: '0' });
  });

  it('runs a practice test one question at a time to its summary', async () => {
    const me = person();
    let reply = await me.say('/boundary quiz practice 3');
    let card = reply.view.card;
    for (let i = 0; i < 3; i++) {
      expect(card.progress).toMatch(new RegExp(`^Question ${i + 1} of 3`));
      reply = await me.coach({ ...card.answer, choice: 1 });
      expect(reply.view.kind).toBe('feedback');
      card = reply.view.next;
    }
    expect(card).toBeNull();
    expect(reply.view.summary.score).toMatch(/of 3 right/);
    expect(reply.text).toContain(reply.view.summary.score);
    // Ending early works too, and a bad click is refused with the usual 400.
    const again = await me.say('/boundary quiz practice 5');
    const ended = await me.coach(again.view.card.end.action);
    expect(ended.view.summary.unanswered).toBe('5 not answered before the end.');
    const bad = await fetch(`${server.url}/console/api/action`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'coach', action: { kind: 'practice-answer' } }),
    });
    expect(bad.status).toBe(400);
  });
});
