// The web console's JSON API over the real shared HTTP server: questions, commands, buttons,
// today's quiz, the report, and the guards (content type, size, escaping, no text in logs).
import { type IncomingMessage, request } from 'node:http';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  ASK_SUPERVISOR,
  NO_ANSWER,
  PRIVACY_WARNING,
  WHICH_FITS,
} from '../../src/core/render-text.ts';
import { hostAllowed } from '../../src/web/host-guard.ts';
import { createConsoleSurface } from '../../src/web/index.ts';
import { originAllowed } from '../../src/web/origin-guard.ts';
import { EVER } from '../support/ever.ts';
import { serveSurface } from '../support/http.ts';
import { morePart, part, topicIdOf } from '../support/outline.ts';
import { createTestServices, type TestServices } from '../support/services.ts';
import { MISS_QUESTION, UNSURE_IDS, UNSURE_QUESTION, unsureKb } from '../support/unsure-kb.ts';

let t: TestServices;
let server: { url: string; close: () => Promise<void> };

async function start() {
  t = await createTestServices();
  server = await serveSurface(t.services, await createConsoleSurface(t.services));
}
async function stop() {
  await server.close();
  await t.close();
}
/** Read-only checks share one server; tests that count what is stored get their own store. */
function serverPer(scope: 'file' | 'test') {
  if (scope === 'file') {
    beforeAll(start);
    afterAll(stop);
  } else {
    beforeEach(start);
    afterEach(stop);
  }
}

/** A browser stand-in: keeps the console's cookie between calls. */
function person() {
  let cookie = '';
  async function call(method: string, path: string, body?: unknown, type = 'application/json') {
    const res = await fetch(server.url + path, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': type }),
        ...(cookie ? { cookie } : {}),
      },
      ...(body === undefined
        ? {}
        : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
    const set = res.headers.get('set-cookie');
    if (set) cookie = set.split(';')[0] ?? '';
    const text = await res.text();
    // biome-ignore lint/suspicious/noExplicitAny: response bodies are checked field by field
    const json: any = res.headers.get('content-type')?.includes('json') ? JSON.parse(text) : null;
    return { status: res.status, headers: res.headers, text, json };
  }
  return {
    get: (path: string) => call('GET', path),
    post: (path: string, body: unknown, type?: string) => call('POST', path, body, type),
    say: async (text: string) => (await call('POST', '/console/api/message', { text })).json.reply,
    action: (body: unknown) => call('POST', '/console/api/action', body),
    get cookie() {
      return cookie;
    },
  };
}

const logged = () => t.logs.join('\n');

describe('the page', () => {
  serverPer('file');

  it('serves the page and its assets with a strict content policy and an HttpOnly cookie', async () => {
    const p = person();
    const page = await p.get('/');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(page.text).toContain('id="composer-input"');
    expect(page.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    expect(page.headers.get('set-cookie')).toMatch(
      /^bb_console=[a-f0-9]{32}; Path=\/; HttpOnly; SameSite=Strict/,
    );
    const script = await p.get('/console/assets/app.js');
    expect(script.headers.get('content-type')).toMatch(/text\/javascript/);
    expect(script.text).not.toMatch(/innerHTML/);
    expect((await p.get('/console/assets/..%2fapi.ts')).status).toBe(404);
    expect((await p.get('/console/assets/index.html')).status).toBe(404);
  });

  it('keeps one id per browser and replaces a forged cookie', async () => {
    const p = person();
    await p.get('/console/api/welcome');
    const first = p.cookie;
    await p.get('/console/api/welcome');
    expect(p.cookie).toBe(first);
    const res = await fetch(`${server.url}/console/api/welcome`, {
      headers: { cookie: 'bb_console=../../admin' },
    });
    expect(res.headers.get('set-cookie')).toMatch(/^bb_console=[a-f0-9]{32};/);
    expect(res.headers.get('set-cookie')).not.toMatch(/Secure/);
  });

  it('marks the cookie Secure behind a TLS proxy', async () => {
    const res = await fetch(`${server.url}/`, { headers: { 'x-forwarded-proto': 'https' } });
    expect(res.headers.get('set-cookie')).toMatch(/; Secure$/);
  });

  it('greets with examples and the topic count without counting an ask', async () => {
    const w = (await person().get('/console/api/welcome')).json;
    expect(w.reply.kind).toBe('guidance');
    expect(part(w.reply, 'help')?.topicCount).toBe(t.services.bot.guide.topics.length);
    expect(part(w.reply, 'help')?.examples.length).toBeGreaterThan(0);
    expect(w.reply.commands.topics).toBe('/boundary topics');
    await t.services.bot.flush();
    const everything = [new Date(0), new Date('2100-01-01')] as const;
    expect(await t.services.store.askCountsBetween(...everything)).toEqual([]);
  });
});

describe('questions', () => {
  serverPer('file');

  it('answers first (principle, top steps, reflection), keeps the rest under more, and never logs the text', async () => {
    const reply = await person().say('a client offered me a gift card for my birthday');
    expect(reply.kind).toBe('guidance');
    expect(topicIdOf(reply)).toBe('gifts');
    expect(part(reply, 'answer')?.isPrinciple).toBe(true);
    expect(part(reply, 'answer')?.text.length).toBeGreaterThan(20);
    expect(part(reply, 'reflection')?.text.length).toBeGreaterThan(10);
    expect(part(reply, 'steps')?.steps.map((step) => step.n)).toEqual([1, 2, 3]);
    expect(morePart(reply, 'steps')?.steps[0]?.n).toBe(4);
    expect(morePart(reply, 'nuance')?.items.length).toBeGreaterThan(0);
    expect(morePart(reply, 'agency-policy')?.text).toBeTruthy();
    expect(morePart(reply, 'sources')?.sources[0]?.title).toBeTruthy();
    expect(morePart(reply, 'related')?.topics.length).toBeGreaterThan(0);
    expect(part(reply, 'crisis')).toBeUndefined();
    expect(part(reply, 'privacy')).toBeUndefined();
    expect(logged()).toContain('"topic":"gifts"');
    expect(logged()).not.toMatch(/birthday/);
  });

  it('puts the crisis protocol in the reply when someone is in danger', async () => {
    const reply = await person().say('my client told me he wants to kill himself tonight');
    const crisis = part(reply, 'crisis')?.protocol;
    expect(crisis?.steps[0]).toMatch(/911/);
    expect(crisis?.steps.join(' ')).toMatch(/\b988\b/);
    expect(reply.sections[0].kind).toBe('crisis');
    expect(topicIdOf(reply)).toBe('crisis-suicide-risk');
    expect(logged()).not.toMatch(/kill himself/);
  });

  it('warns about identifiers and never echoes them', async () => {
    const p = person();
    const res = await p.post('/console/api/message', {
      text: 'My client Maria Lopez DOB 03/04/1985, SSN 123-45-6789, offered me a gift card',
    });
    expect(part(res.json.reply, 'privacy')?.text).toBe(PRIVACY_WARNING);
    expect(topicIdOf(res.json.reply)).toBe('gifts');
    for (const id of ['Maria', 'Lopez', '1985', '123-45-6789']) {
      expect(res.text).not.toContain(id);
      expect(logged()).not.toContain(id);
    }
  });

  it('says plainly when it has no answer, what it covers and to ask a supervisor', async () => {
    const reply = await person().say('what is the capital of France');
    expect(topicIdOf(reply)).toBeNull();
    expect(part(reply, 'choices')).toBeUndefined();
    const miss = part(reply, 'miss');
    expect(miss?.answer).toBe(NO_ANSWER);
    expect(miss?.covers).toMatch(/^I cover \d+ boundary and ethics topics/);
    expect(miss?.supervisor).toBe(ASK_SUPERVISOR);
    expect(reply.commands.topics).toBe('/boundary topics');
  });
});

describe('when the bot is unsure (a tiny knowledge base)', () => {
  beforeAll(async () => {
    t = await createTestServices(
      { SUPERVISOR_CONTACT: 'Call Sam at ext. 4100' },
      undefined,
      unsureKb,
    );
    server = await serveSurface(t.services, await createConsoleSurface(t.services));
  });
  afterAll(stop);

  it('offers the top three under "Which fits best?"; the topic button shows one', async () => {
    const p = person();
    const reply = await p.say(UNSURE_QUESTION);
    expect(part(reply, 'choices')?.label).toBe(WHICH_FITS);
    const ids = part(reply, 'choices')?.topics.map((choice) => choice.id) ?? [];
    expect([...ids].sort()).toEqual([...UNSURE_IDS].sort());
    const shown = await p.action({ type: 'topic', topicId: ids[1] });
    expect(topicIdOf(shown.json.reply)).toBe(ids[1]);
    expect(part(shown.json.reply, 'choices')).toBeUndefined();
  });

  it('offers no choices in a crisis: the protocol is drawn first', async () => {
    const reply = await person().say(
      `${UNSURE_QUESTION} my client says she wants to kill herself tonight`,
    );
    expect(part(reply, 'crisis')?.protocol.title).toBeTruthy();
    expect(part(reply, 'choices')).toBeUndefined();
  });

  it('shows the supervisor contact from SUPERVISOR_CONTACT on an honest miss', async () => {
    const reply = await person().say(MISS_QUESTION);
    expect(part(reply, 'miss')?.supervisor).toBe('Call Sam at ext. 4100');
    expect(part(reply, 'help')).toBeUndefined();
  });
});

describe('/boundary commands', () => {
  serverPer('file');

  it('runs the shared commands and shows mistakes with the /boundary syntax', async () => {
    const p = person();
    const topics = await p.say('/boundary topics');
    expect(topics.kind).toBe('topics');
    expect(topics.topics).toHaveLength(t.services.bot.guide.topics.length);
    expect(part(await p.say('/boundary help'), 'help')?.topicCount).toBe(topics.topics.length);

    const sources = await p.say('/boundary sources');
    expect(sources).toMatchObject({ kind: 'notice', title: 'The standards behind the guidance' });
    expect(sources.lines[0]).toContain('(cited by');
    expect(sources.lines.length).toBeGreaterThan(2);

    const bad = await p.say('/boundary quiz frobnicate');
    expect(bad).toMatchObject({ kind: 'usage', syntax: '/boundary quiz' });
    // What was typed is not repeated back: it could hold a name or a number.
    expect(bad.problem).toMatch(/not a quiz command/);
    expect(bad.problem).not.toMatch(/frobnicate/);
    const time = await p.say('/boundary quiz subscribe 25:00 America/Los_Angeles');
    expect(time.kind).toBe('usage');
    expect(time.syntax).toMatch(/^\/boundary quiz subscribe HH:MM/);
    expect((await p.say('/help')).kind).toBe('usage');

    const ask = await p.say('/boundary can I hug a client');
    expect(ask.kind).toBe('guidance');
    expect(topicIdOf(ask)).not.toBeNull();
  });

  it('deals a practice question, subscribes the channel and shows stats', async () => {
    const p = person();
    const quiz = await p.say('/boundary quiz');
    expect(quiz.kind).toBe('quiz');
    expect(quiz.quiz).toMatchObject({ kind: 'personal', answers: 0 });
    expect(quiz.quiz.options).toHaveLength(4);
    const answered = await p.action({ type: 'quiz-answer', quizId: quiz.quiz.id, choice: 0 });
    expect(answered.json.graded.first).toBe(true);

    const sub = await p.say('/boundary quiz subscribe 09:00 America/Los_Angeles weekdays');
    expect(sub).toMatchObject({ kind: 'notice', title: 'Daily quiz on' });
    expect(await t.services.store.subscriptions()).toMatchObject([
      { platform: 'console', channel: 'local', time: '09:00', weekdaysOnly: true },
    ]);
    const stats = await p.say('/boundary quiz stats');
    expect(stats.lines[0]).toMatch(/of 1 correct/);
    const board = await p.say('/boundary quiz leaderboard on');
    expect(board.lines.join('\n')).toMatch(/You joined/);
    expect(JSON.stringify(board)).not.toContain(p.cookie.split('=')[1]);
  });
});

describe('buttons', () => {
  serverPer('test');

  it('records helpful / not helpful per topic, and nothing for an unknown topic', async () => {
    const p = person();
    expect((await p.action({ type: 'feedback', topicId: 'gifts', helpful: true })).json).toEqual({
      ok: true,
    });
    await p.action({ type: 'feedback', topicId: 'gifts', helpful: false });
    await p.action({ type: 'feedback', topicId: 'gifts', helpful: true });
    expect((await p.action({ type: 'feedback', topicId: 'nope', helpful: true })).status).toBe(404);
    expect((await p.action({ type: 'feedback', topicId: 'gifts', helpful: 'yes' })).status).toBe(
      400,
    );
    expect(await t.services.store.feedbackBetween(...EVER)).toEqual([
      { topic: 'gifts', helpful: 2, notHelpful: 1 },
    ]);
  });

  it('opens a related topic and shares one with the channel', async () => {
    const p = person();
    const topic = await p.action({ type: 'topic', topicId: 'dual-relationships' });
    expect(part(topic.json.reply, 'heading')?.title).toBeTruthy();
    expect(topic.json.visibility).toBe('private');
    const shared = await p.action({ type: 'share', topicId: 'gifts' });
    expect(shared.json.visibility).toBe('channel');
    expect(topicIdOf(shared.json.reply)).toBe('gifts');
    expect((await p.action({ type: 'topic', topicId: '../etc' })).status).toBe(404);
    expect((await p.action({ type: 'dance' })).status).toBe(400);
  });
});

describe("today's quiz", () => {
  serverPer('test');

  it('is one card per local day for everyone, and the first answer counts', async () => {
    const [a, b] = [person(), person()];
    const first = (await a.get('/console/api/quiz/today')).json;
    const again = (await b.get('/console/api/quiz/today')).json;
    expect(first.quiz.id).toBe('daily:console:local:2026-11-23');
    expect(again.quiz).toEqual(first.quiz);
    expect(first.mine).toBeNull();
    expect(first.quiz.options).toHaveLength(4);
    // No hint before answering: the topic comes with the result.
    expect(first.quiz).not.toHaveProperty('topicTitle');

    const question = t.services.quiz.question(
      (await t.services.store.quiz(first.quiz.id))!.questionId,
    )!;
    const wrong = (question.correct + 1) % 4;
    const graded = await a.action({ type: 'quiz-answer', quizId: first.quiz.id, choice: wrong });
    expect(graded.json.graded).toMatchObject({
      first: true,
      choice: wrong,
      correct: false,
      correctChoice: question.correct,
      whyNot: `Why not ${'ABCD'[wrong]}: ${question.why[wrong]}`,
      explanation: question.explanation,
      topicLine: `Topic: ${t.services.bot.kb.topicsById.get(question.topic)?.title}`,
    });
    expect(graded.json.answers).toBe(1);

    // A second click changes nothing: the first answer comes back.
    const second = await a.action({
      type: 'quiz-answer',
      quizId: first.quiz.id,
      choice: question.correct,
    });
    expect(second.json.graded).toMatchObject({ first: false, choice: wrong, correct: false });
    expect(second.json.answers).toBe(1);

    const right = await b.action({
      type: 'quiz-answer',
      quizId: first.quiz.id,
      choice: question.correct,
    });
    expect(right.json.graded).toMatchObject({
      first: true,
      correct: true,
      streak: 1,
      whyNot: null,
    });
    expect(right.json.answers).toBe(2);

    // After a reload each person sees their own result only, and the shared count.
    const reloadA = (await a.get('/console/api/quiz/today')).json;
    expect(reloadA.quiz.answers).toBe(2);
    expect(reloadA.mine).toMatchObject({ choice: wrong, correct: false });
    expect((await person().get('/console/api/quiz/today')).json.mine).toBeNull();

    expect((await a.action({ type: 'quiz-answer', quizId: first.quiz.id, choice: 7 })).status).toBe(
      404,
    );
    expect((await a.action({ type: 'quiz-answer', quizId: 'nope', choice: 0 })).status).toBe(404);
    expect(
      (await a.action({ type: 'quiz-answer', quizId: first.quiz.id, choice: '1' })).status,
    ).toBe(400);
  });

  it("shows yesterday's result on the next day's card", async () => {
    const p = person();
    const today = (await p.get('/console/api/quiz/today')).json;
    const q = t.services.quiz.question((await t.services.store.quiz(today.quiz.id))!.questionId)!;
    await p.action({ type: 'quiz-answer', quizId: today.quiz.id, choice: q.correct });
    t.setNow(new Date('2026-11-24T17:00:00Z'));
    const next = (await p.get('/console/api/quiz/today')).json;
    expect(next.quiz.id).toBe('daily:console:local:2026-11-24');
    expect(next.quiz.scenario).not.toBe(today.quiz.scenario);
    const title = t.services.bot.kb.topicsById.get(q.topic)?.title;
    expect(next.previous).toEqual({ topicTitle: title, correct: 1, total: 1 });
  });

  it('gives the scheduler a poster that hands back the same card', async () => {
    const surface = await createConsoleSurface(t.services);
    const { quiz, question } = await t.services.quiz.daily('console', 'local', t.services.now());
    const sub = {
      platform: 'console',
      channel: 'local',
      reference: null,
      time: '09:00',
      zone: 'America/Los_Angeles',
      weekdaysOnly: false,
      paused: false,
    };
    expect(await surface.poster?.post(sub, quiz, question, 'key-1')).toBe(quiz.id);
  });
});

describe('the curator report', () => {
  serverPer('test');

  it('counts feedback and quiz answers per topic and area for the range, naming nobody', async () => {
    const p = person();
    await p.say('a client offered me a gift card');
    await p.action({ type: 'feedback', topicId: 'gifts', helpful: true });
    const today = (await p.get('/console/api/quiz/today')).json;
    await p.action({ type: 'quiz-answer', quizId: today.quiz.id, choice: 0 });

    const res = await p.get('/console/api/report?from=2026-11-01&to=2026-11-23');
    expect(res.status).toBe(200);
    const r = res.json;
    expect(r.range).toMatchObject({ firstDay: '2026-11-01', lastDay: '2026-11-23' });
    expect(r.feedback).toEqual([
      expect.objectContaining({ topic: 'gifts', helpful: 1, notHelpful: 0 }),
    ]);
    expect(r.quiz.answered).toBe(1);
    expect(r.quiz.byArea).toHaveLength(1);
    expect(r.quiz.byTopic).toHaveLength(1);
    expect(r.misses.collected).toBe(false);
    expect(res.text).not.toContain(p.cookie.split('=')[1]);

    // The day after the range holds nothing.
    const later = (await p.get('/console/api/report?from=2026-11-24&to=2026-11-24')).json;
    expect(later.feedback).toEqual([]);
    expect(later.quiz.answered).toBe(0);
  });

  it('defaults to the last 30 days and refuses bad ranges', async () => {
    const p = person();
    const r = (await p.get('/console/api/report')).json;
    expect(r.range).toMatchObject({ firstDay: '2026-10-25', lastDay: '2026-11-23' });
    expect((await p.get('/console/api/report?from=2026-02-30')).status).toBe(400);
    expect((await p.get('/console/api/report?from=2026-11-20&to=2026-11-01')).status).toBe(400);
    expect((await p.get('/console/api/report?from=2020-01-01&to=2026-11-01')).status).toBe(400);
    // 367 days from a PDT day to a PST one: an hour longer as instants, still 367 days.
    expect((await p.get('/console/api/report?from=2025-11-01&to=2026-11-02')).status).toBe(200);
    expect((await p.get('/console/api/report?from=2025-11-01&to=2026-11-03')).status).toBe(400);
  });
});

describe('guards', () => {
  serverPer('file');

  it('wants JSON, a small body and a sensible message; errors never quote the body', async () => {
    const p = person();
    expect((await p.post('/console/api/message', 'text=hi', 'text/plain')).status).toBe(415);
    const broken = await p.post('/console/api/message', '{"text": "Ignatius secret', undefined);
    expect(broken.status).toBe(400);
    expect(broken.text).not.toContain('Ignatius');
    expect((await p.post('/console/api/message', '[1,2]')).status).toBe(400);
    expect((await p.post('/console/api/message', { text: '   ' })).status).toBe(400);
    expect((await p.post('/console/api/message', { text: 'x'.repeat(2_001) })).status).toBe(400);
    const huge = await p.post('/console/api/message', { text: `Ignatius ${'y'.repeat(40_000)}` });
    expect(huge.status).toBe(413);
    expect(logged()).not.toContain('Ignatius');
    expect((await p.get('/console/api/message')).status).toBe(404);
  });
});

describe('DNS rebinding', () => {
  serverPer('file');

  /** GET with a chosen Host header (fetch does not let a page or a test set it). */
  const getWithHost = (path: string, host: string) =>
    new Promise<number>((resolve, reject) => {
      const { port } = new URL(server.url);
      request({ host: '127.0.0.1', port, path, headers: { host } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      })
        .on('error', reject)
        .end();
    });

  it('answers only on an IP address, localhost or the PUBLIC_URL host', async () => {
    expect(await getWithHost('/console/api/report', 'attacker.example:3000')).toBe(403);
    expect(await getWithHost('/', 'attacker.example')).toBe(403);
    expect(await getWithHost('/console/api/report', 'localhost:3000')).toBe(200);
    expect(await getWithHost('/console/api/report', '127.0.0.1:3000')).toBe(200);
    expect(await getWithHost('/console/api/report', '[::1]:3000')).toBe(200);
    expect(await getWithHost('/console/api/report', '10.0.0.5')).toBe(200);
    const fake = (host: string) => ({ headers: { host } }) as IncomingMessage;
    expect(hostAllowed(fake('bot.agency.org'), 'https://bot.agency.org')).toBe(true);
    expect(hostAllowed(fake('evil.org'), 'https://bot.agency.org')).toBe(false);
    expect(hostAllowed(fake(''), undefined)).toBe(false);
  });
});

describe('cross-origin writes', () => {
  serverPer('test');

  /** A request with chosen headers, as a browser on some page would send it. */
  const send = (method: string, path: string, headers: Record<string, string>, body = '') =>
    new Promise<{ status: number; text: string }>((resolve, reject) => {
      const { port } = new URL(server.url);
      const req = request(
        {
          host: '127.0.0.1',
          port,
          method,
          path,
          headers: { 'content-type': 'application/json', ...headers },
        },
        (res) => {
          let text = '';
          res.on('data', (c) => {
            text += c;
          });
          res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  const feedback = (headers: Record<string, string>) =>
    send(
      'POST',
      '/console/api/action',
      headers,
      JSON.stringify({ type: 'feedback', topicId: 'gifts', helpful: true }),
    );

  it('refuses a write from another origin or site, whatever else the request says', async () => {
    const own = `http://127.0.0.1:${new URL(server.url).port}`;
    const forged: Record<string, string>[] = [
      { origin: 'https://attacker.example' },
      { origin: 'https://attacker.example', 'sec-fetch-site': 'cross-site' },
      // Another program on this machine: same site, other port.
      { origin: 'http://127.0.0.1:9999', 'sec-fetch-site': 'same-site' },
      { origin: `http://localhost:${new URL(server.url).port}`, 'sec-fetch-site': 'same-site' },
      { origin: 'null' },
      { 'sec-fetch-site': 'cross-site' },
      // A forged Origin does not outweigh what the browser says about the site.
      { origin: own, 'sec-fetch-site': 'cross-site' },
    ];
    for (const headers of forged) {
      const r = await feedback(headers);
      expect(r.status, JSON.stringify(headers)).toBe(403);
      expect(r.text).toContain('only from its own page');
    }
    const message = await send(
      'POST',
      '/console/api/message',
      { origin: 'https://attacker.example' },
      '{"text":"/boundary quiz subscribe 09:00"}',
    );
    expect(message.status).toBe(403);
    // Nothing was recorded.
    const report = await person().get('/console/api/report');
    expect(JSON.stringify(report.json)).not.toMatch(/"helpful":[1-9]/);
  });

  it('accepts its own page, the PUBLIC_URL origin and clients that send no Origin (curl)', async () => {
    const own = `http://127.0.0.1:${new URL(server.url).port}`;
    expect((await feedback({ origin: own, 'sec-fetch-site': 'same-origin' })).status).toBe(200);
    expect((await feedback({ origin: own })).status).toBe(200);
    expect((await feedback({})).status).toBe(200);
    const report = await person().get('/console/api/report');
    expect(JSON.stringify(report.json)).toMatch(/"helpful":3/);
    // Reads change nothing: the Host check alone guards them.
    expect(
      (await send('GET', '/console/api/welcome', { origin: 'https://attacker.example' })).status,
    ).toBe(200);
    const fake = (headers: Record<string, string>) =>
      ({
        method: 'POST',
        headers: { host: '127.0.0.1:3000', ...headers },
      }) as unknown as IncomingMessage;
    const publicUrl = 'https://bot.agency.org';
    expect(
      originAllowed(fake({ origin: publicUrl, 'sec-fetch-site': 'cross-site' }), publicUrl),
    ).toBe(true);
    expect(originAllowed(fake({ origin: 'https://bot.agency.org.evil.org' }), publicUrl)).toBe(
      false,
    );
    expect(originAllowed(fake({ origin: 'http://bot.agency.org' }), publicUrl)).toBe(false);
    expect(originAllowed(fake({ host: 'bot.agency.org', origin: publicUrl }), publicUrl)).toBe(
      true,
    );
    expect(
      originAllowed(fake({ host: '[::1]:3000', origin: 'http://[::1]:3000' }), undefined),
    ).toBe(true);
  });
});

describe('on a server others can reach', () => {
  it('warns at start that the console has no login', async () => {
    for (const [host, warned] of [
      ['0.0.0.0', true],
      ['127.0.0.1', false],
    ] as const) {
      const s = await createTestServices({ NODE_ENV: 'production', HOST: host });
      await createConsoleSurface(s.services);
      expect(s.logs.join('\n').includes('"event":"console-public"'), host).toBe(warned);
      await s.close();
    }
  });
});
