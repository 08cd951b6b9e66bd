// "Ask a supervisor" through the web console's API on the real shared HTTP server: the asker's
// preview, send (once per draft), cancel, private answers and "Helpful"; the supervisors' list
// and moves behind the key. Every supervisor call without the key, with a wrong one, or when no
// key is configured is refused (403) and changes nothing; replayed writes change nothing more.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CONSOLE_SUPERVISOR, SUPERVISOR } from '../../src/core/copy.ts';
import type { KnowledgeBase } from '../../src/core/types.ts';
import { createConsoleSurface } from '../../src/web/index.ts';
import { KEY_HEADER, keyMatches } from '../../src/web/supervisor-key.ts';
import { serveSurface } from '../support/http.ts';
import { createTestServices, type TestServices } from '../support/services.ts';
import { SHARED_WORD, unsureKb } from '../support/unsure-kb.ts';

const KEY = 'web-console-supervisor-key-42';
const QUESTION =
  'My client Maria Lopez asked if I could look after her cat while she is in the hospital';

let t: TestServices;
let server: { url: string; close: () => Promise<void> };

async function start(
  env: Record<string, string> = { SUPERVISOR_CONSOLE_KEY: KEY },
  knowledge?: KnowledgeBase,
) {
  t = await createTestServices(env, undefined, knowledge);
  server = await serveSurface(t.services, await createConsoleSurface(t.services));
}
afterEach(async () => {
  await server.close();
  await t.close();
});

/** A browser stand-in with its own cookie; `key` is sent as the supervisor key when given. */
function person(key?: string) {
  let cookie = '';
  async function call(
    method: string,
    path: string,
    body?: unknown,
    extra: Record<string, string> = {},
  ) {
    const res = await fetch(server.url + path, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(cookie ? { cookie } : {}),
        ...(key === undefined ? {} : { [KEY_HEADER]: key }),
        ...extra,
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const set = res.headers.get('set-cookie');
    if (set) cookie = set.split(';')[0] ?? '';
    // biome-ignore lint/suspicious/noExplicitAny: response bodies are checked field by field
    const json: any = await res.json();
    return { status: res.status, json };
  }
  return {
    call,
    get: (path: string) => call('GET', path),
    post: (path: string, body: unknown) => call('POST', path, body),
    get cookie() {
      return cookie;
    },
  };
}

type Person = ReturnType<typeof person>;

async function sent(asker: Person, text = QUESTION, anonymous = true, name?: string) {
  const preview = await asker.post('/console/api/supervisor/preview', { text, from: 'miss' });
  expect(preview.status).toBe(200);
  const send = await asker.post('/console/api/supervisor/send', {
    draftId: preview.json.preview.draftId,
    text: preview.json.preview.text,
    anonymous,
    from: 'miss',
    crisisShown: Boolean(preview.json.preview.crisis),
    ...(name ? { name } : {}),
  });
  expect(send.json.kind).toBe('supervisor-sent');
  return send.json.requestId as string;
}

const move = (who: Person, body: Record<string, unknown>) =>
  who.post('/console/api/requests/move', body);
const stateOf = async (id: string) => (await t.services.store.request(id))?.state ?? 'deleted';

describe('the asker', () => {
  beforeEach(() => start());

  it('previews exactly what will be sent, redacted, and stores nothing before Send', async () => {
    const asker = person();
    const r = await asker.post('/console/api/supervisor/preview', {
      text: QUESTION,
      from: 'choices',
    });
    expect(r.status).toBe(200);
    expect(r.json.kind).toBe('supervisor-preview');
    expect(r.json.preview.text).toContain('[name]');
    expect(JSON.stringify(r.json)).not.toContain('Maria');
    expect(r.json.preview.anonymous.allowed).toBe(true);
    expect(r.json.preview.labels).toEqual({
      edit: SUPERVISOR.editLabel,
      send: SUPERVISOR.send,
      cancel: SUPERVISOR.cancel,
    });
    expect(r.json.words.yourName).toMatch(/name/);
    expect(await t.services.store.requests('open')).toEqual([]);
  });

  it('previews a typed "ask a supervisor …", with or without /boundary, and hides nothing else', async () => {
    const asker = person();
    for (const text of [`ask a supervisor ${QUESTION}`, `/boundary ask a supervisor ${QUESTION}`]) {
      const { json } = await asker.post('/console/api/message', { text });
      expect(json.reply.kind).toBe('supervisor-preview');
      expect(json.reply.preview.from).toBe('command');
      expect(json.reply.preview.text).toContain('[name]');
    }
    // A question that merely starts with "ask" is still a question.
    const { json } = await asker.post('/console/api/message', { text: 'ask about gifts' });
    expect(json.reply.kind).toBe('guidance');
  });

  it('puts "Ask a supervisor" on an unsure reply and after "Not helpful"', async () => {
    // A knowledge base that is unsure by construction, whatever the real matcher learns.
    await server.close();
    await t.close();
    await start(undefined, unsureKb);
    const asker = person();
    const { json } = await asker.post('/console/api/message', {
      text: `My client Maria Lopez said ${SHARED_WORD} ${SHARED_WORD}`,
    });
    const choices = json.reply.sections.find((s: { kind: string }) => s.kind === 'choices');
    expect(choices.askSupervisor).toMatchObject({ from: 'choices', label: SUPERVISOR.askButton });
    expect(choices.askSupervisor.draft).not.toContain('Maria');
    const vote = await asker.post('/console/api/action', {
      type: 'feedback',
      topicId: 'gifts',
      helpful: false,
    });
    expect(vote.json.askSupervisor).toMatchObject({ from: 'not-helpful', draft: '' });
    const up = await asker.post('/console/api/action', {
      type: 'feedback',
      topicId: 'gifts',
      helpful: true,
    });
    expect(up.json).toEqual({ ok: true });
  });

  it('sends once per preview: a replayed Send creates no second request', async () => {
    const asker = person();
    const preview = await asker.post('/console/api/supervisor/preview', {
      text: QUESTION,
      from: 'miss',
    });
    const body = {
      draftId: preview.json.preview.draftId,
      text: 'May I look after the cat of [name] while she is in hospital?',
      anonymous: false,
      from: 'miss',
      crisisShown: false,
      name: 'Sam R.',
    };
    const first = await asker.post('/console/api/supervisor/send', body);
    const again = await asker.post('/console/api/supervisor/send', body);
    expect(first.json).toMatchObject({
      kind: 'supervisor-sent',
      text: SUPERVISOR.sent,
      crisis: null,
    });
    expect(again.json.requestId).toBe(first.json.requestId);
    const open = await t.services.store.requests('open');
    expect(open).toHaveLength(1);
    expect(open[0]?.text).toBe(body.text);
    expect(open[0]?.asker?.name).toBe('Sam R.');
    // The stored address is a digest of the cookie, never the cookie itself.
    expect(open[0]?.askerAddress.userId).not.toBe(asker.cookie.split('=')[1]);
  });

  it('keeps no name with an anonymous question, and redacts the edited text again', async () => {
    const asker = person();
    const id = await sent(asker, 'Can I hug my client at the end?', true);
    const preview = await asker.post('/console/api/supervisor/preview', {
      text: '',
      from: 'command',
    });
    const r = await asker.post('/console/api/supervisor/send', {
      draftId: preview.json.preview.draftId,
      text: 'Is it fine to call Jane Smith at 555-123-4567 after hours?',
      anonymous: true,
      from: 'command',
      crisisShown: false,
      name: 'Sam R.',
    });
    expect(r.json.kind).toBe('supervisor-sent');
    const stored = await t.services.store.request(r.json.requestId);
    expect(stored?.text).not.toContain('555-123-4567');
    expect(stored?.asker).toBeNull();
    expect((await t.services.store.request(id))?.asker).toBeNull();
  });

  it('shows the preview again for an empty question, and the crisis protocol before queuing', async () => {
    const asker = person();
    const empty = await asker.post('/console/api/supervisor/preview', { from: 'command' });
    const again = await asker.post('/console/api/supervisor/send', {
      draftId: empty.json.preview.draftId,
      text: '   ',
      anonymous: true,
      from: 'command',
      crisisShown: false,
    });
    expect(again.json).toMatchObject({ kind: 'supervisor-preview', problem: SUPERVISOR.empty });
    const crisis = {
      draftId: empty.json.preview.draftId,
      text: 'my client said he wants to end his life',
      anonymous: true,
      from: 'command',
      crisisShown: false,
    };
    const shown = await asker.post('/console/api/supervisor/send', crisis);
    expect(shown.json.kind).toBe('supervisor-preview');
    expect(shown.json.preview.crisis).not.toBeNull();
    expect(await t.services.store.requests('open')).toEqual([]);
    const queued = await asker.post('/console/api/supervisor/send', {
      ...crisis,
      crisisShown: true,
    });
    expect(queued.json.kind).toBe('supervisor-sent');
    expect(queued.json.crisis).not.toBeNull();
    expect((await t.services.store.request(queued.json.requestId))?.urgent).toBe(true);
  });

  it("cancels with the core's words, and refuses bodies it cannot read", async () => {
    const asker = person();
    expect((await asker.post('/console/api/supervisor/cancel', {})).json).toEqual({
      kind: 'supervisor-cancelled',
      text: SUPERVISOR.cancelled,
    });
    const bad = await asker.post('/console/api/supervisor/send', { draftId: 'x', text: 'hi' });
    expect(bad.status).toBe(400);
    expect(bad.json.error).not.toContain('hi');
    const from = await asker.post('/console/api/supervisor/preview', { text: 'x', from: 'slack' });
    expect(from.status).toBe(400);
  });

  it('delivers the answer to the asker only, and counts "Helpful" once, from the asker only', async () => {
    const asker = person();
    const other = person();
    const boss = person(KEY);
    const id = await sent(asker);
    expect((await asker.get('/console/api/supervisor/answers')).json.answers).toEqual([]);
    await move(boss, {
      move: 'answer',
      requestId: id,
      text: 'Please say no, kindly.',
      name: 'Dana',
    });

    const mine = await asker.get('/console/api/supervisor/answers');
    expect(mine.json.answers).toEqual([
      expect.objectContaining({
        requestId: id,
        heading: SUPERVISOR.answerHeading,
        answer: 'Please say no, kindly.',
        answeredBy: 'Answered by a supervisor',
        helpful: { label: SUPERVISOR.helpful, done: false },
      }),
    ]);
    expect((await other.get('/console/api/supervisor/answers')).json.answers).toEqual([]);

    const forged = await other.post('/console/api/supervisor/helpful', { requestId: id });
    expect(forged.status).toBe(403);
    expect(forged.json.text).toBe(SUPERVISOR.notYours);
    expect((await t.services.store.request(id))?.helpful).toBe(false);
    const first = await asker.post('/console/api/supervisor/helpful', { requestId: id });
    const replay = await asker.post('/console/api/supervisor/helpful', { requestId: id });
    expect([first.json.counted, replay.json.counted]).toEqual([true, false]);
    expect(first.json.text).toBe(SUPERVISOR.thanks);
    expect((await asker.get('/console/api/supervisor/answers')).json.answers[0].helpful.done).toBe(
      true,
    );
    const unknown = await asker.post('/console/api/supervisor/helpful', { requestId: 'nope' });
    expect(unknown.status).toBe(404);
  });
});

describe('the supervisors', () => {
  beforeEach(() => start());

  it('list requests by state with the card, only with the key', async () => {
    const id = await sent(person(), QUESTION, false, 'Sam R.');
    const boss = person(KEY);
    const r = await boss.get('/console/api/requests');
    expect(r.status).toBe(200);
    expect(r.json.state).toBe('open');
    expect(r.json.states.map((s: { state: string }) => s.state)).toEqual([
      'open',
      'claimed',
      'answered',
      'closed',
    ]);
    const [card] = r.json.cards;
    expect(card).toMatchObject({
      requestId: id,
      stateLabel: 'Waiting',
      urgent: null,
      claimed: null,
    });
    expect(card.question).toContain('[name]');
    expect(card.topic).toMatch(new RegExp(`^${SUPERVISOR.topicGuess}|${SUPERVISOR.noTopic}`));
    expect(card.asker.name).toBe('Sam R.');
    expect(card.buttons.map((b: { move: string }) => b.move)).toEqual([
      'claim',
      'answer',
      'close',
      'delete',
    ]);
    expect((await boss.get('/console/api/requests?state=answered')).json.cards).toEqual([]);
    expect((await boss.get('/console/api/requests?state=everything')).status).toBe(400);
  });

  it('refuses every supervisor call without the key or with a wrong one, and nothing changes', async () => {
    const id = await sent(person());
    const before = await t.services.store.request(id);
    for (const who of [
      person(),
      person('web-console-supervisor-key-43'),
      person(''),
      person(KEY.slice(0, -1)),
    ]) {
      const list = await who.get('/console/api/requests');
      expect(list.status).toBe(403);
      expect(list.json.error).toBe(CONSOLE_SUPERVISOR.wrongKey);
      for (const body of [
        { move: 'claim', requestId: id },
        { move: 'answer-form', requestId: id },
        { move: 'answer', requestId: id, text: 'Yes.' },
        { move: 'close', requestId: id, reason: 'duplicate' },
        { move: 'delete', requestId: id },
        { move: 'draft', requestId: id, as: 'example' },
        { nonsense: true },
      ]) {
        const r = await move(who, body);
        expect(r.status).toBe(403);
        expect(JSON.stringify(r.json)).not.toContain(id);
      }
    }
    expect(await t.services.store.request(id)).toEqual(before);
    expect(await t.services.store.deliveriesOf(id)).toHaveLength(1); // the announcement only
  });

  it('claims, answers, closes and deletes; replayed writes happen exactly once', async () => {
    const boss = person(KEY);
    const dana = person(KEY);
    const a = await sent(person());
    const claim = await move(boss, { move: 'claim', requestId: a, name: 'Pat' });
    expect(claim.json).toMatchObject({ kind: 'request-card', changed: true, notice: null });
    expect(claim.json.card.claimed).toBe('Claimed by Pat');
    const claimed = await t.services.store.request(a);
    // A replayed claim by the same supervisor keeps the claim as it was.
    const again = await move(boss, { move: 'claim', requestId: a, name: 'Pat' });
    expect(again.json.card.claimed).toBe('Claimed by Pat');
    expect(await t.services.store.request(a)).toEqual(claimed);
    // Another supervisor sees who claimed it and cannot take it over.
    const taken = await move(dana, { move: 'claim', requestId: a, name: 'Dana' });
    expect(taken.json).toMatchObject({
      changed: false,
      notice: 'Someone else has claimed this request.',
    });
    expect(taken.json.card.claimed).toBe('Claimed by Pat');

    const form = await move(boss, { move: 'answer-form', requestId: a });
    expect(form.json).toMatchObject({ kind: 'request-answer-form', label: SUPERVISOR.answerLabel });
    const answer = {
      move: 'answer',
      requestId: a,
      text: 'Call me, 555-123-4567, and we talk.',
      name: 'Pat',
    };
    const first = await move(boss, answer);
    const replay = await move(boss, answer);
    expect(first.json.changed).toBe(true);
    expect(first.json.card.answer.text).not.toContain('555-123-4567');
    expect(replay.json).toMatchObject({
      changed: false,
      notice: 'This request was already answered.',
    });
    const answers = (await t.services.store.deliveriesOf(a)).filter((d) => d.kind === 'answer');
    expect(answers).toHaveLength(1);

    const b = await sent(person(), 'Can I hug my client at the end of our last session?');
    const close = { move: 'close', requestId: b, reason: 'asked twice' };
    expect((await move(dana, close)).json.card.closed).toBe('Closed: asked twice');
    expect((await move(dana, close)).json.changed).toBe(false);
    expect(await stateOf(b)).toBe('closed');

    const del = await move(dana, { move: 'delete', requestId: b });
    expect(del.json).toEqual({ kind: 'request-deleted', requestId: b, text: SUPERVISOR.deleted });
    const gone = await move(dana, { move: 'delete', requestId: b });
    expect(gone.status).toBe(404);
    expect(gone.json.text).toBe(SUPERVISOR.gone);
    expect(await stateOf(b)).toBe('deleted');
  });

  it('turns an answered request into a curator draft', async () => {
    const boss = person(KEY);
    const id = await sent(person());
    const early = await move(boss, { move: 'draft', requestId: id, as: 'example' });
    expect(early.json).toMatchObject({ changed: false, notice: SUPERVISOR.draftNeedsAnswer });
    await move(boss, { move: 'answer', requestId: id, text: 'Kindly say no.' });
    const draft = await move(boss, { move: 'draft', requestId: id, as: 'example' });
    expect(draft.json).toMatchObject({ kind: 'request-draft', text: SUPERVISOR.draftWritten });
    expect(draft.json.path).toContain(t.services.config.supervisors.draftsDir);
  });

  it("keeps the console's same-origin check on writes, key or not", async () => {
    const id = await sent(person());
    const boss = person(KEY);
    const r = await boss.call(
      'POST',
      '/console/api/requests/move',
      { move: 'claim', requestId: id },
      {
        origin: 'http://evil.example',
      },
    );
    expect(r.status).toBe(403);
    const send = await boss.call(
      'POST',
      '/console/api/supervisor/cancel',
      {},
      { 'sec-fetch-site': 'cross-site' },
    );
    expect(send.status).toBe(403);
    expect(await stateOf(id)).toBe('open');
  });

  it('logs no question, answer or key', async () => {
    const boss = person(KEY);
    const id = await sent(person(), QUESTION);
    await move(boss, {
      move: 'answer',
      requestId: id,
      text: 'A distinctive answer about the cat.',
    });
    const logs = t.logs.join('\n');
    for (const secret of ['Maria', 'cat', KEY]) expect(logs).not.toContain(secret);
  });
});

describe('without a supervisor key', () => {
  it("refuses the supervisors' calls whatever key is sent, and hides the tab", async () => {
    await start({ SUPERVISOR_SLACK_CHANNEL: 'CSUPER1' });
    const any = person(KEY);
    const list = await any.get('/console/api/requests');
    expect(list.status).toBe(403);
    expect(list.json.error).toBe(CONSOLE_SUPERVISOR.noKey);
    expect((await move(any, { move: 'claim', requestId: 'x' })).status).toBe(403);
    expect((await any.get('/console/api/welcome')).json.supervisorTab).toBe(false);
    // Asking still works: the request goes to the Slack channel.
    const id = await sent(person());
    expect((await t.services.store.request(id))?.place).toBe('slack:CSUPER1');
  });

  it('says whom to ask and stores nothing when no supervisors are configured', async () => {
    await start({ SUPERVISOR_CONTACT: 'Call Pat at ext. 4100' });
    const asker = person();
    const r = await asker.post('/console/api/supervisor/preview', { text: QUESTION, from: 'miss' });
    expect(r.json.kind).toBe('supervisor-unavailable');
    expect(r.json.text).toContain('Call Pat at ext. 4100');
    const { json } = await asker.post('/console/api/message', { text: QUESTION });
    expect(JSON.stringify(json)).not.toContain('askSupervisor');
    expect(await t.services.store.requests('open')).toEqual([]);
  });
});

describe('an agency that asks for names', () => {
  it('offers only "with my name", and stores nothing as anonymous even when a click asks for it', async () => {
    await start({ SUPERVISOR_CONSOLE_KEY: KEY, SUPERVISOR_ANONYMOUS: 'off' });
    const asker = person();
    const preview = await asker.post('/console/api/supervisor/preview', {
      text: QUESTION,
      from: 'miss',
    });
    expect(preview.json.preview.anonymous).toMatchObject({
      allowed: false,
      note: SUPERVISOR.anonymousNotAllowed,
    });
    const r = await asker.post('/console/api/supervisor/send', {
      draftId: preview.json.preview.draftId,
      text: preview.json.preview.text,
      anonymous: true,
      from: 'miss',
      crisisShown: false,
      name: 'Sam R.',
    });
    const stored = await t.services.store.request(r.json.requestId);
    expect(stored?.anonymous).toBe(false);
  });
});

describe('the key comparison', () => {
  it('matches only the configured key, and nothing when none is set', () => {
    expect(keyMatches(KEY, KEY)).toBe(true);
    expect(keyMatches(`${KEY} `, KEY)).toBe(false);
    expect(keyMatches(KEY.slice(1), KEY)).toBe(false);
    expect(keyMatches('', KEY)).toBe(false);
    expect(keyMatches(undefined, KEY)).toBe(false);
    expect(keyMatches([KEY], KEY)).toBe(false);
    expect(keyMatches(KEY, null)).toBe(false);
    expect(keyMatches('', null)).toBe(false);
  });
});
