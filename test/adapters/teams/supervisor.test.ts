// "Ask a supervisor" on Teams, through the real CloudAdapter on the shared HTTP server and the
// local fake connector: the preview form in the asker's chat, Send, the card posted in the
// supervisors' channel, Claim / Answer / Close by members of that channel only (forged and
// replayed clicks refused), the card updated in place, the answer in the asker's personal chat,
// "Helpful"; the crisis protocol first and the card marked urgent; no identifier posted; every
// card under Teams' 28 KB.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SUP_INPUT, SUP_VERB } from '../../../adapters/teams/cards/supervisor.ts';
import { createTeamsSurface } from '../../../adapters/teams/index.ts';
import { REQUESTS_IN_PRIVATE } from '../../../src/commands/text.ts';
import { createRequestDispatcher } from '../../../src/schedule/requests.ts';
import type { Surface } from '../../../src/server/surface.ts';
import { serveSurface } from '../../support/http.ts';
import { createTestServices, type TestServices } from '../../support/services.ts';
import {
  BOT,
  cardAction,
  channelMention,
  personalMessage,
  TEAM,
  TENANT,
  type Where,
} from './activities.ts';
import { cardOf as cardOfBody, type Json, postActivity } from './exchange.ts';
import { type ConnectorCall, startFakeConnector } from './fake-connector.ts';

type Card = { body: Json[]; actions?: Json[] };

const SUPERVISORS = '19:supervisors@thread.tacv2';
const ASKER = '29:asker-1';
const SUP1 = '29:sup-1';
const OUTSIDER = '29:outsider-9';
/** Teams refuses a message over about 28 KB. */
const TEAMS_MAX_BYTES = 28 * 1024;

let t: TestServices;
let connector: Awaited<ReturnType<typeof startFakeConnector>>;
let server: Awaited<ReturnType<typeof serveSurface>>;
let surface: Surface;
let where: Where;

beforeEach(async () => {
  t = await createTestServices({
    TEAMS_EMULATOR: 'on',
    NODE_ENV: 'test',
    SUPERVISOR_TEAMS_CHANNEL: SUPERVISORS,
  });
  connector = await startFakeConnector();
  connector.setMembers(SUPERVISORS, [SUP1, '29:sup-2']);
  const config = t.services.config.teams;
  if (!config) throw new Error('Teams should be configured');
  surface = await createTeamsSurface(t.services, config);
  server = await serveSurface(t.services, surface);
  where = { serviceUrl: connector.url };
});
afterEach(async () => {
  // Every activity the bot sent fits in a Teams message.
  for (const c of connector.calls)
    if (c.body) expect(Buffer.byteLength(JSON.stringify(c.body))).toBeLessThan(TEAMS_MAX_BYTES);
  await server.close();
  await connector.close();
  await t.close();
});

async function send(activity: Json) {
  const reply = await postActivity(server.url, activity);
  expect(Buffer.byteLength(reply.text)).toBeLessThan(TEAMS_MAX_BYTES);
  return reply;
}

const cardOf = (body: Json | null | undefined) => cardOfBody<Card>(body);
const textOf = (x: unknown) => JSON.stringify(x);

/** Every element of a type in a card, wherever it sits. */
function find(card: unknown, type: string): Json[] {
  const found: Json[] = [];
  const walk = (x: unknown) => {
    if (Array.isArray(x)) x.forEach(walk);
    else if (x && typeof x === 'object') {
      const o = x as Json;
      if (o.type === type) found.push(o);
      Object.values(o).forEach(walk);
    }
  };
  walk(card);
  return found;
}
const verbs = (card: unknown) => find(card, 'Action.Execute').map((a) => a.verb);
const execute = (card: unknown, verb: string) =>
  find(card, 'Action.Execute').find((a) => a.verb === verb);

/** A click in the supervisors' channel, on the card posted as `cardId`. */
function supervisorsClick(user: string, verb: string, data: Json, cardId: string) {
  const a = cardAction({ ...where, user }, verb, data, { cardId }) as Json;
  const channelData = { tenant: { id: TENANT }, team: { id: TEAM }, channel: { id: SUPERVISORS } };
  return {
    ...a,
    conversation: {
      id: `${SUPERVISORS};messageid=${cardId}`,
      conversationType: 'channel',
      isGroup: true,
      tenantId: TENANT,
    },
    channelData,
  };
}

/** A supervisor types in the supervisors' channel (the bot keeps the channel's reference). */
function supervisorsMessage(user: string, text: string) {
  const id = `m-${Math.random().toString(36).slice(2)}`;
  return {
    channelId: 'msteams',
    serviceUrl: where.serviceUrl,
    id,
    timestamp: new Date().toISOString(),
    type: 'message',
    from: { id: user, name: 'Dana Supervisor' },
    recipient: BOT,
    text: `<at>${BOT.name}</at> ${text}`,
    entities: [{ type: 'mention', text: `<at>${BOT.name}</at>`, mentioned: BOT }],
    conversation: {
      id: `${SUPERVISORS};messageid=${id}`,
      conversationType: 'channel',
      isGroup: true,
      tenantId: TENANT,
    },
    channelData: { tenant: { id: TENANT }, team: { id: TEAM }, channel: { id: SUPERVISORS } },
  };
}

async function dispatch() {
  const d = createRequestDispatcher({
    store: t.services.store,
    settings: t.services.config.supervisors,
    posters: { teams: surface.requestPoster as NonNullable<Surface['requestPoster']> },
    instance: 'test',
  });
  return d.tick(t.services.now());
}

const asker = () => ({ ...where, user: ASKER });
const newConversations = () =>
  connector.calls.filter((c) => c.method === 'POST' && c.path === '/v3/conversations');
const updates = () => connector.calls.filter((c) => c.method === 'PUT');

/** The asker asks in their chat, then sends what the form holds. */
async function askAndSend(question: string, identity: 'name' | 'anonymous' = 'anonymous') {
  await send(personalMessage(asker(), `ask a supervisor ${question}`));
  const form = cardOf(connector.posts().at(-1)?.body);
  const box = find(form, 'Input.Text')[0];
  const sendButton = execute(form, SUP_VERB.send);
  const r = await send(
    cardAction(
      asker(),
      SUP_VERB.send,
      {
        ...(sendButton?.data as Json),
        [SUP_INPUT.question]: box?.value,
        [SUP_INPUT.identity]: identity,
      },
      { cardId: 'form-1', personal: true },
    ),
  );
  return { form, sent: r.body?.value as Card };
}

/** The flow up to the card in the supervisors' channel. */
async function posted(question: string, identity: 'name' | 'anonymous' = 'anonymous') {
  await send(supervisorsMessage(SUP1, 'requests'));
  await askAndSend(question, identity);
  expect(await dispatch()).toBe(1);
  const created = newConversations().at(-1) as ConnectorCall;
  const card = cardOf(created.body?.activity as Json);
  const requestId = String((execute(card, SUP_VERB.claim)?.data as Json | undefined)?.requestId);
  return { created, card, requestId, cardId: 'post-card' };
}

describe('Ask a supervisor on Teams: the whole flow', () => {
  it('ask, confirm, redact, card, claim, answer, private delivery, helpful', async () => {
    // A supervisor's "requests" in their channel: the bot learns where to post, lists none.
    const listed = await send(supervisorsMessage(SUP1, 'requests'));
    expect(listed.status).toBe(200);
    expect(textOf(cardOf(connector.posts().at(-1)?.body))).toContain('No requests');

    const raw = 'Maria Lopez (DOB 03/14/1988, 555-201-7788) offered me a gift card, can I take it?';
    await send(personalMessage(asker(), `ask a supervisor ${raw}`));
    const form = cardOf(connector.posts().at(-1)?.body);
    const box = find(form, 'Input.Text')[0];
    expect(box).toMatchObject({ id: SUP_INPUT.question, isMultiline: true });
    expect(String(box?.value)).toContain('gift card');
    for (const id of ['Maria', 'Lopez', '03/14/1988', '555-201-7788'])
      expect(textOf(form)).not.toContain(id);
    expect(find(form, 'Input.ChoiceSet')[0]).toMatchObject({ id: SUP_INPUT.identity });
    expect(verbs(form)).toEqual([SUP_VERB.send, SUP_VERB.cancel]);
    expect(await t.services.store.requests('open')).toEqual([]); // nothing before Send

    const sendButton = execute(form, SUP_VERB.send);
    const sent = await send(
      cardAction(
        asker(),
        SUP_VERB.send,
        {
          ...(sendButton?.data as Json),
          [SUP_INPUT.question]: `${String(box?.value)} Our policy says $25.`,
          [SUP_INPUT.identity]: 'name',
        },
        { cardId: 'form-1', personal: true },
      ),
    );
    expect(sent.body).toMatchObject({
      statusCode: 200,
      type: 'application/vnd.microsoft.card.adaptive',
    });
    expect(textOf(sent.body?.value)).toContain('Sent to your supervisors');

    // The card, a new post in the supervisors' channel, once.
    expect(await dispatch()).toBe(1);
    expect(await dispatch()).toBe(0);
    const created = newConversations();
    expect(created).toHaveLength(1);
    expect(created[0]?.body).toMatchObject({
      isGroup: true,
      channelData: { channel: { id: SUPERVISORS } },
    });
    const card = cardOf(created[0]?.body?.activity as Json);
    expect(textOf(card)).toContain('Our policy says $25.');
    expect(textOf(card)).toContain('Sam'); // sent with their name (Teams display name)
    for (const id of ['Maria', 'Lopez', '03/14/1988', '555-201-7788'])
      expect(textOf(created[0]?.body)).not.toContain(id);
    expect(verbs(card)).toEqual([
      SUP_VERB.claim,
      SUP_VERB.answerForm,
      SUP_VERB.closeForm,
      SUP_VERB.delete,
    ]);
    const requestId = String((execute(card, SUP_VERB.claim)?.data as Json | undefined)?.requestId);

    // Claim: everyone's copy shows who claimed it.
    const claim = await send(supervisorsClick(SUP1, SUP_VERB.claim, { requestId }, 'post-card'));
    expect(textOf(claim.body?.value)).toContain('Claimed by');
    const update = updates().at(-1);
    expect(update?.path).toBe(
      `/v3/conversations/${SUPERVISORS};messageid=post-card/activities/post-card`,
    );
    expect(textOf(cardOf(update?.body))).toContain('Claimed by');
    expect(verbs(cardOf(update?.body))).not.toContain(SUP_VERB.claim);

    // Answer: a form for the clicker, then everyone's copy shows the answer.
    const formReply = await send(
      supervisorsClick(SUP1, SUP_VERB.answerForm, { requestId }, 'post-card'),
    );
    const answerForm = formReply.body?.value as Card;
    expect(find(answerForm, 'Input.Text')[0]).toMatchObject({ id: SUP_INPUT.answer });
    const answerText = 'Thank them and decline; gifts over $25 go to the agency.';
    const answered = await send(
      supervisorsClick(
        SUP1,
        SUP_VERB.answer,
        { requestId, [SUP_INPUT.answer]: answerText },
        'post-card',
      ),
    );
    expect(textOf(answered.body?.value)).toContain(answerText);
    expect(textOf(cardOf(updates().at(-1)?.body))).toContain(answerText);

    // Private delivery: the asker's personal chat, once, with "Helpful".
    expect(await dispatch()).toBe(1);
    expect(await dispatch()).toBe(0);
    const chat = newConversations().at(-1);
    expect(chat?.body).toMatchObject({
      isGroup: false,
      members: [{ id: ASKER }],
      tenantId: TENANT,
    });
    const delivered = connector.posts().at(-1);
    expect(delivered?.path.startsWith(`/v3/conversations/${''}`)).toBe(true);
    const dm = cardOf(delivered?.body);
    expect(textOf(dm)).toContain(answerText);
    expect(textOf(dm)).toContain('Answered by a supervisor');
    expect(execute(dm, SUP_VERB.helpful)?.data).toEqual({ requestId });

    // Someone else's "Helpful" is refused; the asker's is thanked and counted.
    const other = await send(
      cardAction(
        { ...where, user: OUTSIDER },
        SUP_VERB.helpful,
        { requestId },
        { cardId: 'dm-1', personal: true },
      ),
    );
    expect(textOf(other.body)).toContain('Only the person who asked');
    expect((await t.services.store.request(requestId))?.helpful).toBe(false);
    const thanks = await send(
      cardAction(asker(), SUP_VERB.helpful, { requestId }, { cardId: 'dm-1', personal: true }),
    );
    expect(textOf(thanks.body?.value)).toContain('Thanks');
    expect(verbs(thanks.body?.value)).not.toContain(SUP_VERB.helpful);
    expect((await t.services.store.request(requestId))?.helpful).toBe(true);
    expect(t.logs.join('')).not.toContain(answerText);
    expect(t.logs.join('')).not.toContain('gift card');
    // Many steps in a row: generous on two shared cores.
  }, 60_000);

  it('closes with a reason through the card form', async () => {
    const { requestId } = await posted('can I give a client a ride home?');
    const form = await send(supervisorsClick(SUP1, SUP_VERB.closeForm, { requestId }, 'post-card'));
    expect(find(form.body?.value, 'Input.Text')[0]).toMatchObject({ id: SUP_INPUT.reason });
    await send(
      supervisorsClick(
        SUP1,
        SUP_VERB.close,
        { requestId, [SUP_INPUT.reason]: 'duplicate' },
        'post-card',
      ),
    );
    expect(textOf(cardOf(updates().at(-1)?.body))).toContain('Closed: duplicate');
    expect((await t.services.store.request(requestId))?.state).toBe('closed');
  });
});

describe('delete', () => {
  it('a supervisor deletes a request at once: the card keeps nothing of the question', async () => {
    const { requestId } = await posted('a client asked for my personal number');
    await send(supervisorsClick(SUP1, SUP_VERB.delete, { requestId }, 'post-card'));
    const shared = textOf(cardOf(updates().at(-1)?.body));
    expect(shared).toContain('Deleted.');
    expect(shared).not.toContain('personal number');
    expect(await t.services.store.request(requestId)).toBeFalsy();
  });
});

describe('only supervisors may act', () => {
  it('refuses a non-member, whatever the click carries, and changes nothing', async () => {
    const { requestId } = await posted('can I accept a coffee from a client?');
    for (const [verb, extra] of [
      [SUP_VERB.claim, {}],
      [SUP_VERB.answerForm, {}],
      [SUP_VERB.answer, { [SUP_INPUT.answer]: 'sure' }],
      [SUP_VERB.close, { [SUP_INPUT.reason]: 'spam' }],
      [SUP_VERB.delete, {}],
    ] as const) {
      // From the supervisors' channel itself, and forged from a personal chat.
      const inChannel = await send(
        supervisorsClick(OUTSIDER, verb, { requestId, ...extra }, 'post-card'),
      );
      expect(textOf(inChannel.body)).toContain('Only the supervisors');
      const forged = await send(
        cardAction(
          { ...where, user: OUTSIDER },
          verb,
          { requestId, ...extra },
          { cardId: 'x', personal: true },
        ),
      );
      expect(textOf(forged.body)).toContain('Only the supervisors');
    }
    expect(updates()).toHaveLength(0);
    expect((await t.services.store.request(requestId))?.state).toBe('open');
    expect(await dispatch()).toBe(0);
  });

  it('a replayed click moves nothing twice; a stale one says why', async () => {
    const { requestId } = await posted('a client asked me to be their sponsor');
    const claim = supervisorsClick(SUP1, SUP_VERB.claim, { requestId }, 'post-card');
    await send(claim);
    await send(claim);
    // The same claim again changes nothing: everyone's copy is drawn the same.
    const [first, second] = updates().map((u) => textOf(u.body));
    expect(second ?? first).toBe(first);
    const answer = supervisorsClick(
      SUP1,
      SUP_VERB.answer,
      { requestId, [SUP_INPUT.answer]: 'no' },
      'post-card',
    );
    await send(answer);
    const replayed = await send(answer);
    expect(textOf(replayed.body)).toContain('already answered');
    const stale = await send(
      supervisorsClick('29:sup-2', SUP_VERB.claim, { requestId }, 'post-card'),
    );
    expect(textOf(stale.body)).toContain('already answered');
    expect(await dispatch()).toBe(1); // one answer for the asker
    expect(await dispatch()).toBe(0);
  });

  it('asks Teams about a person once a minute, not on every click', async () => {
    const { requestId } = await posted('a client offered me tickets');
    await send(supervisorsClick(SUP1, SUP_VERB.claim, { requestId }, 'post-card'));
    await send(supervisorsClick(SUP1, SUP_VERB.answerForm, { requestId }, 'post-card'));
    const lookups = connector.calls.filter(
      (c) => c.method === 'GET' && c.path === `/v3/conversations/${SUPERVISORS}/members/${SUP1}`,
    );
    expect(lookups).toHaveLength(1);
  });
});

describe('where Ask a supervisor is offered', () => {
  it('on an honest miss: the button shows the preview form to the clicker', async () => {
    await send(personalMessage(asker(), 'asdf qwerty zxcv'));
    const reply = cardOf(connector.posts().at(-1)?.body);
    const ask = execute(reply, 'sup-ask');
    expect(ask?.data).toEqual({ from: 'miss', draft: 'asdf qwerty zxcv' });
    const r = await send(
      cardAction(asker(), 'sup-ask', ask?.data as Json, { cardId: 'reply-1', personal: true }),
    );
    const form = r.body?.value as Card;
    expect(find(form, 'Input.Text')[0]).toMatchObject({ value: 'asdf qwerty zxcv' });
  });

  it('lists requests for supervisors only', async () => {
    await posted('can I accept a coffee from a client?');
    await send(personalMessage({ ...where, user: OUTSIDER }, 'requests'));
    const refused = textOf(cardOf(connector.posts().at(-1)?.body));
    expect(refused).toContain('Only the supervisors');
    expect(refused).not.toContain('coffee');
    await send(supervisorsMessage(SUP1, 'requests open'));
    const list = cardOf(connector.posts().at(-1)?.body);
    expect(textOf(list)).toContain('coffee');
    expect(verbs(list)).toContain(SUP_VERB.claim);
  });
});

describe('lists stay private', () => {
  it('a supervisor typing "requests" in another channel gets no list there', async () => {
    await posted('a client asked me out for coffee');
    await send(channelMention({ ...where, user: SUP1 }, 'requests'));
    const reply = textOf(cardOf(connector.posts().at(-1)?.body));
    expect(reply).toContain(REQUESTS_IN_PRIVATE);
    expect(reply).not.toContain('coffee');
    await send(personalMessage({ ...where, user: SUP1 }, 'requests'));
    expect(textOf(cardOf(connector.posts().at(-1)?.body))).toContain('coffee');
  });
});

describe('crisis and size', () => {
  it('shows the crisis protocol first and marks the card urgent', async () => {
    await send(supervisorsMessage(SUP1, 'requests'));
    const { form, sent } = await askAndSend(
      'my client told me she will kill herself tonight, she has pills saved',
    );
    expect(form.body[0]).toMatchObject({ type: 'Container', style: 'attention' });
    expect(textOf(form.body[0])).toMatch(/Safety first/i);
    expect(textOf(sent.body[0])).toMatch(/Safety first/i);
    expect(await dispatch()).toBe(1);
    const card = cardOf(newConversations().at(-1)?.body?.activity as Json);
    expect(card.body[0]).toMatchObject({ type: 'Container', style: 'attention' });
    expect(textOf(card.body[0])).toContain('Urgent');
  });

  it('a 1,500-character question and a 3,000-character answer stay under 28 KB', async () => {
    const long = 'Q&&A "quoted" \\ back\\slash '.repeat(60).slice(0, 1500);
    const { requestId } = await posted(long);
    const answer = 'é'.repeat(3000);
    await send(
      supervisorsClick(
        SUP1,
        SUP_VERB.answer,
        { requestId, [SUP_INPUT.answer]: answer },
        'post-card',
      ),
    );
    expect(await dispatch()).toBe(1);
    const delivered = connector.posts().at(-1);
    expect(textOf(cardOf(delivered?.body))).toContain('é'.repeat(100));
    // The size check itself runs after each test, on every call the bot made.
  });
});
