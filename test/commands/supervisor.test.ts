// "Ask a supervisor" through the shared command and click layers, over the real knowledge and
// a real store: preview, confirm, redaction again, crisis first, refusals for non-supervisors
// (forged and replayed clicks), stale clicks, and nothing stored without supervisors.
import { afterEach, describe, expect, it } from 'vitest';
import { type ActionContext, runAction } from '../../src/commands/actions.ts';
import { parseCommand } from '../../src/commands/parse.ts';
import { runCommand } from '../../src/commands/run.ts';
import { createTestServices, type TestServices } from '../support/services.ts';

const KEY = 'console-supervisor-key-0123';
const SUPERVISED = { SUPERVISOR_SLACK_CHANNEL: 'CSUPER1', SUPERVISOR_CONSOLE_KEY: KEY };

let t: TestServices;
afterEach(async () => t.close());

const asker = (o: Partial<ActionContext> = {}): ActionContext => ({
  platform: 'slack',
  userId: 'U-ASK',
  displayName: 'Sam Asker',
  channel: 'D1',
  now: t.services.now(),
  ...o,
});
/** A supervisor as the surface reports one; `yes` false is anyone else. */
const member = (userId: string, yes = true, name = userId): ActionContext => ({
  platform: 'slack',
  userId,
  displayName: name,
  channel: 'CSUPER1',
  now: t.services.now(),
  supervisor: async () => yes,
});

async function rows() {
  const requests = await t.services.store.db.selectFrom('requests').selectAll().execute();
  const outbox = await t.services.store.db.selectFrom('request_outbox').selectAll().execute();
  return { requests, outbox, all: JSON.stringify([requests, outbox]) };
}

async function sendQuestion(text: string, o: { anonymous?: boolean; crisisShown?: boolean } = {}) {
  const p = await runAction(
    t.services,
    { kind: 'supervisor-preview', text, from: 'miss' },
    asker(),
  );
  if (p.kind !== 'supervisor-preview') throw new Error(p.kind);
  const sent = await runAction(
    t.services,
    {
      kind: 'supervisor-send',
      draftId: p.preview.draftId,
      text: p.preview.text,
      anonymous: o.anonymous ?? false,
      from: 'miss',
      crisisShown: o.crisisShown ?? false,
    },
    asker(),
  );
  return { preview: p.preview, sent };
}

describe('without supervisors configured', () => {
  it('says whom to ask at the agency and stores nothing', async () => {
    t = await createTestServices({ SUPERVISOR_CONTACT: 'Call Pat at ext. 4100' });
    const r = await runCommand(
      t.services,
      parseCommand('ask a supervisor may I hug a client?'),
      asker(),
    );
    expect(r).toEqual({
      kind: 'supervisor-unavailable',
      text: expect.stringContaining('Call Pat at ext. 4100'),
    });
    const send = await runAction(
      t.services,
      {
        kind: 'supervisor-send',
        draftId: 'x',
        text: 'q',
        anonymous: false,
        from: 'command',
        crisisShown: true,
      },
      asker(),
    );
    expect(send.kind).toBe('supervisor-unavailable');
    expect((await rows()).requests).toEqual([]);
    // No button is offered on a reply either.
    const g = await runCommand(t.services, parseCommand('zzzz qqqq'), asker());
    expect(g).toMatchObject({ kind: 'guidance', escalate: null });
  });
});

describe('asking', () => {
  it('reads the same words as a command, and "ask ..." stays a question', async () => {
    t = await createTestServices(SUPERVISED);
    expect(parseCommand('Ask a Supervisor can I accept a gift?')).toEqual({
      kind: 'ask-supervisor',
      text: 'can I accept a gift?',
    });
    expect(parseCommand('ask a supervisor')).toEqual({ kind: 'ask-supervisor', text: '' });
    expect(parseCommand('ask a client gave me a gift card')).toEqual({
      kind: 'ask',
      text: 'a client gave me a gift card',
    });
    expect(parseCommand('requests')).toEqual({ kind: 'requests', state: 'open' });
    expect(parseCommand('requests answered')).toEqual({ kind: 'requests', state: 'answered' });
    expect(parseCommand('requests pending')).toMatchObject({ kind: 'usage' });
  });

  it('previews the redacted question, stores nothing until Send, and stores it redacted', async () => {
    t = await createTestServices(SUPERVISED);
    const raw = 'Maria Lopez (DOB 03/04/1988) asked me to call her at 555-201-3344. Can I?';
    const preview = await runCommand(t.services, parseCommand(`ask a supervisor ${raw}`), asker());
    if (preview.kind !== 'supervisor-preview') throw new Error(preview.kind);
    expect(preview.preview.text).not.toMatch(/Maria|Lopez|\b1988\b|\b555\b/);
    expect(preview.preview.redacted).toEqual(expect.arrayContaining(['phone', 'name']));
    expect(preview.preview.anonymous.allowed).toBe(true);
    expect((await rows()).requests).toEqual([]);
    // The person edits identifiers back in: redacted again before it is stored.
    const sent = await runAction(
      t.services,
      {
        kind: 'supervisor-send',
        draftId: preview.preview.draftId,
        text: `${preview.preview.text} Her number is 555-201-3344.`,
        anonymous: false,
        from: 'command',
        crisisShown: false,
      },
      asker(),
    );
    expect(sent).toMatchObject({ kind: 'supervisor-sent', crisis: null });
    const stored = await rows();
    expect(stored.requests).toHaveLength(1);
    // Digits as whole numbers: a log line's or a row's epoch milliseconds may hold "555".
    expect(stored.all).not.toMatch(/Maria|Lopez|\b1988\b|\b555\b/);
    expect(t.logs.join('')).not.toMatch(/Maria|Lopez|\b1988\b|\b555\b/);
    expect(stored.requests[0]).toMatchObject({ asker_name: 'Sam Asker', state: 'open' });
    expect(stored.outbox).toMatchObject([
      { kind: 'announce', platform: 'slack', target: 'CSUPER1' },
    ]);
  });

  it('a replayed Send adds nothing; an empty one asks for a question', async () => {
    t = await createTestServices(SUPERVISED);
    const { preview } = await sendQuestion('Can I lend a client money for the bus?');
    await runAction(
      t.services,
      {
        kind: 'supervisor-send',
        draftId: preview.draftId,
        text: preview.text,
        anonymous: false,
        from: 'miss',
        crisisShown: false,
      },
      asker(),
    );
    expect((await rows()).requests).toHaveLength(1);
    const empty = await runAction(
      t.services,
      {
        kind: 'supervisor-send',
        draftId: preview.draftId,
        text: '   ',
        anonymous: false,
        from: 'miss',
        crisisShown: false,
      },
      asker(),
    );
    expect(empty).toMatchObject({
      kind: 'supervisor-preview',
      problem: expect.stringMatching(/no question/),
    });
  });

  it('shows the crisis protocol before queueing, and marks the card urgent', async () => {
    t = await createTestServices(SUPERVISED);
    const text = 'My client told me today she has pills saved up and plans to kill herself tonight';
    const { preview, sent } = await sendQuestion(text);
    expect(preview.crisis?.steps.length).toBeGreaterThan(0);
    expect(preview.urgent).toBe(true);
    // Send without having seen the protocol: the protocol again, nothing queued.
    expect(sent).toMatchObject({
      kind: 'supervisor-preview',
      preview: { crisis: expect.anything() },
    });
    expect((await rows()).requests).toEqual([]);
    const confirmed = await runAction(
      t.services,
      {
        kind: 'supervisor-send',
        draftId: preview.draftId,
        text: preview.text,
        anonymous: false,
        from: 'miss',
        crisisShown: true,
      },
      asker(),
    );
    expect(confirmed).toMatchObject({
      kind: 'supervisor-sent',
      crisis: { steps: expect.any(Array) },
    });
    const cards = await runCommand(t.services, parseCommand('requests'), member('U-DANA'));
    expect(cards).toMatchObject({
      kind: 'requests',
      cards: [{ urgent: expect.stringMatching(/Urgent/) }],
    });
  });

  it('sends anonymously only when the agency allows it', async () => {
    t = await createTestServices({ ...SUPERVISED, SUPERVISOR_ANONYMOUS: 'off' });
    const { preview } = await sendQuestion('Can I friend a former client online?', {
      anonymous: true,
    });
    expect(preview.anonymous).toMatchObject({ allowed: false, note: expect.any(String) });
    expect((await rows()).requests[0]).toMatchObject({ anonymous: 0, asker_name: 'Sam Asker' });
    await t.close();
    t = await createTestServices(SUPERVISED);
    await sendQuestion('Can I friend a former client online?', { anonymous: true });
    const cards = await runCommand(t.services, parseCommand('requests'), member('U-DANA'));
    expect(cards).toMatchObject({ kind: 'requests', cards: [{ asker: null }] });
    expect((await rows()).requests[0]).toMatchObject({ anonymous: 1, asker_name: null });
  });

  it('offers "Ask a supervisor" on an honest miss and after "Not helpful"', async () => {
    t = await createTestServices(SUPERVISED);
    const g = await runCommand(
      t.services,
      parseCommand('what is the airspeed of a swallow, call 555-201-3344'),
      asker(),
    );
    expect(g).toMatchObject({ kind: 'guidance', escalate: { from: expect.any(String) } });
    if (g.kind === 'guidance') expect(g.escalate?.draft).not.toMatch(/555/);
    const fb = await runAction(
      t.services,
      { kind: 'feedback', topicId: 'gifts', helpful: false },
      asker(),
    );
    expect(fb).toMatchObject({ askSupervisor: { from: 'not-helpful', draft: '' } });
  });
});

describe('supervisors', () => {
  async function oneRequest() {
    const { sent } = await sendQuestion('Can I accept a homemade scarf from a client?');
    if (sent.kind !== 'supervisor-sent') throw new Error(sent.kind);
    return sent.requestId;
  }

  it('refuses every move and the list to anyone the surface does not vouch for', async () => {
    t = await createTestServices(SUPERVISED);
    const id = await oneRequest();
    const moves = [
      { kind: 'request-claim', requestId: id },
      { kind: 'request-answer-form', requestId: id },
      { kind: 'request-answer', requestId: id, text: 'forged' },
      { kind: 'request-close', requestId: id, reason: 'forged' },
      { kind: 'request-delete', requestId: id },
      { kind: 'request-draft', requestId: id, as: 'example' },
    ] as const;
    for (const move of moves) {
      // A forged click from a non-member, and one with no check at all (asker's context).
      expect(await runAction(t.services, move, member('U-EVE', false))).toMatchObject({
        kind: 'not-supervisor',
      });
      expect(await runAction(t.services, move, asker())).toMatchObject({ kind: 'not-supervisor' });
    }
    expect(await runCommand(t.services, parseCommand('requests'), asker())).toMatchObject({
      kind: 'not-supervisor',
    });
    expect((await rows()).requests[0]).toMatchObject({ state: 'open', answer: null });
  });

  it('claim, answer once, deliver to the asker, stale clicks told what happened', async () => {
    t = await createTestServices(SUPERVISED);
    const id = await oneRequest();
    const claimed = await runAction(
      t.services,
      { kind: 'request-claim', requestId: id },
      member('U-DANA', true, 'Dana'),
    );
    expect(claimed).toMatchObject({
      kind: 'request-card',
      changed: true,
      notice: null,
      card: { claimed: 'Claimed by Dana' },
    });
    const other = await runAction(
      t.services,
      { kind: 'request-claim', requestId: id },
      member('U-LEE'),
    );
    expect(other).toMatchObject({
      kind: 'request-card',
      changed: false,
      notice: 'Someone else has claimed this request.',
    });
    const form = await runAction(
      t.services,
      { kind: 'request-answer-form', requestId: id },
      member('U-DANA'),
    );
    expect(form).toMatchObject({ kind: 'request-answer-form' });
    const answer = {
      kind: 'request-answer',
      requestId: id,
      text: 'A small handmade gift is usually fine; note it. Call Maria Lopez at 555-201-3344.',
    } as const;
    const done = await runAction(t.services, answer, member('U-DANA', true, 'Dana'));
    expect(done).toMatchObject({
      kind: 'request-card',
      changed: true,
      card: { state: 'answered' },
    });
    // The same click replayed: nothing changes, and it says so.
    expect(await runAction(t.services, answer, member('U-DANA'))).toMatchObject({
      changed: false,
      notice: 'This request was already answered.',
    });
    const stored = await rows();
    expect(stored.all).not.toMatch(/\b555\b|Lopez/);
    // Nor in the logs: clicks and deliveries are logged by kind and id only.
    expect(t.logs.some((l) => l.includes('request-answer'))).toBe(true);
    expect(t.logs.join('')).not.toMatch(/\b555\b|Lopez|scarf|handmade/i);
    expect(stored.outbox.filter((o) => o.kind === 'answer')).toMatchObject([
      { target: 'U-ASK', platform: 'slack' },
    ]);
    // "Helpful" from the asker counts once; from anyone else it is refused.
    expect(
      await runAction(t.services, { kind: 'request-helpful', requestId: id }, member('U-DANA')),
    ).toMatchObject({ kind: 'not-supervisor' });
    expect(
      await runAction(t.services, { kind: 'request-helpful', requestId: id }, asker()),
    ).toMatchObject({ counted: true });
    expect(
      await runAction(t.services, { kind: 'request-helpful', requestId: id }, asker()),
    ).toMatchObject({ counted: false });
    const answered = await runCommand(
      t.services,
      parseCommand('requests answered'),
      member('U-LEE'),
    );
    expect(answered).toMatchObject({
      kind: 'requests',
      cards: [{ requestId: id, answer: { by: 'Dana' } }],
    });
  });

  it('closes with a reason, deletes at once, and says "gone" for an unknown request', async () => {
    t = await createTestServices(SUPERVISED);
    const id = await oneRequest();
    const closed = await runAction(
      t.services,
      { kind: 'request-close', requestId: id, reason: 'Asked twice' },
      member('U-LEE'),
    );
    expect(closed).toMatchObject({
      kind: 'request-card',
      card: { state: 'closed', closed: 'Closed: Asked twice' },
    });
    expect(
      await runAction(t.services, { kind: 'request-delete', requestId: id }, member('U-DANA')),
    ).toMatchObject({ kind: 'request-deleted' });
    expect((await rows()).requests).toEqual([]);
    for (const kind of ['request-claim', 'request-delete'] as const)
      expect(await runAction(t.services, { kind, requestId: id }, member('U-DANA'))).toMatchObject({
        kind: 'request-gone',
      });
  });
});

describe('two instances on PostgreSQL', () => {
  it('let one of two supervisors clicking at once win, and tell the other', async () => {
    const { testLocation } = await import('../store/helpers.ts');
    const where = await testLocation('postgres');
    const env = { ...SUPERVISED, DATABASE_URL: where.location.databaseUrl as string };
    t = await createTestServices(env);
    const other = await createTestServices(env);
    try {
      const { sent } = await sendQuestion('Can I post a photo from our group outing?');
      if (sent.kind !== 'supervisor-sent') throw new Error(sent.kind);
      const id = sent.requestId;
      const [a, b] = await Promise.all([
        runAction(
          t.services,
          { kind: 'request-answer', requestId: id, text: 'Only with written consent.' },
          member('U-DANA'),
        ),
        runAction(
          other.services,
          { kind: 'request-answer', requestId: id, text: 'No.' },
          member('U-LEE'),
        ),
      ]);
      const results = [a, b].map((r) => (r.kind === 'request-card' ? r.changed : null));
      expect(results.filter((x) => x === true)).toHaveLength(1);
      expect([a, b].find((r) => r.kind === 'request-card' && !r.changed)).toMatchObject({
        notice: 'This request was already answered.',
      });
      const outbox = await other.services.store.deliveriesOf(id);
      expect(outbox.filter((o) => o.kind === 'answer')).toHaveLength(1);
    } finally {
      await other.close();
      await t.close();
      t = await createTestServices(); // afterEach closes one
      await where.drop();
    }
  });
});
