// Private replies in Teams channels, through the real CloudAdapter and the local fake connector:
// "@boundary-bot privately <question>" answered as a targeted message (TEAMS_TARGETED_MESSAGES=on)
// or in the asker's personal chat (off, or refused by Teams), and quiz feedback past the 60
// people a card refreshes for, sent the same way.
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_REFRESH_USERS } from '../../../adapters/teams/cards/quiz.ts';
import { createTeamsSurface } from '../../../adapters/teams/index.ts';
import { ANSWERED_IN_CHAT } from '../../../src/commands/text.ts';
import { serveSurface } from '../../support/http.ts';
import { createTestServices, type TestServices } from '../../support/services.ts';
import { CHANNEL, cardAction, channelMention, personalMessage, type Where } from './activities.ts';
import { cardOf, type Json, postActivity } from './exchange.ts';
import { type ConnectorCall, startFakeConnector } from './fake-connector.ts';

const TEAMS_MAX_BYTES = 28 * 1024;
const QUESTION = 'a client offered me a gift card, can I keep it?';

let t: TestServices;
let connector: Awaited<ReturnType<typeof startFakeConnector>>;
let server: Awaited<ReturnType<typeof serveSurface>>;
let where: Where;

async function start(targeted: 'on' | 'off') {
  t = await createTestServices({
    TEAMS_EMULATOR: 'on',
    NODE_ENV: 'test',
    TEAMS_TARGETED_MESSAGES: targeted,
  });
  connector = await startFakeConnector();
  server = await serveSurface(
    t.services,
    await createTeamsSurface(t.services, t.services.config.teams!),
  );
  where = { serviceUrl: connector.url };
}
afterEach(async () => {
  for (const c of connector.calls)
    if (c.body) expect(Buffer.byteLength(JSON.stringify(c.body))).toBeLessThan(TEAMS_MAX_BYTES);
  await server.close();
  await connector.close();
  await t.close();
});

async function send(activity: unknown) {
  const r = await postActivity(server.url, activity);
  expect(r.status).toBe(200);
  return r;
}
const textOf = (x: unknown) => JSON.stringify(x);
const newChats = () =>
  connector.calls.filter((c) => c.method === 'POST' && c.path === '/v3/conversations');
/** Activities the bot posted in the channel's threads (not targeted). */
const inChannel = () =>
  connector
    .posts()
    .filter(
      (c) => c.path.startsWith(`/v3/conversations/${CHANNEL}`) && !c.query.includes('isTargeted'),
    );
const gifts = () => t.services.bot.guide.topic('gifts')!.title;

describe('"privately <question>" in a channel', () => {
  it('with targeted messages on: the answer in the thread, seen by the asker alone', async () => {
    await start('on');
    const asked = channelMention({ ...where, user: '29:asker' }, `privately ${QUESTION}`);
    await send(asked);
    const [targeted, ...more] = connector.targeted();
    expect(more).toEqual([]);
    expect(targeted?.method).toBe('POST');
    expect(targeted?.path).toBe(`/v3/conversations/${asked.conversation.id}/activities`);
    expect(targeted?.body?.recipient).toMatchObject({ id: '29:asker' });
    expect(textOf(cardOf(targeted?.body))).toContain(gifts());
    // Nothing for everyone: no public reply, no personal chat.
    expect(inChannel()).toEqual([]);
    expect(newChats()).toEqual([]);
    expect(t.logs.join('')).toContain('"route":"targeted"');
  });

  it('with them off: the answer in the personal chat, a note in the thread', async () => {
    await start('off');
    await send(channelMention({ ...where, user: '29:asker' }, `Privately: ${QUESTION}`));
    expect(connector.targeted()).toEqual([]);
    const [chat] = newChats();
    expect(chat?.body).toMatchObject({
      isGroup: false,
      members: [{ id: '29:asker' }],
      tenantId: 'tenant-1',
    });
    const answer = connector
      .posts()
      .find((c) => !c.path.startsWith(`/v3/conversations/${CHANNEL}`));
    expect(textOf(cardOf(answer?.body))).toContain(gifts());
    const notes = inChannel();
    expect(notes).toHaveLength(1);
    expect(textOf(cardOf(notes[0]?.body))).toContain(ANSWERED_IN_CHAT);
    expect(textOf(notes[0]?.body)).not.toContain(gifts());
  });

  it('refused by Teams (no preview in this tenant): the personal chat after all', async () => {
    await start('on');
    connector.refuseTargeted();
    await send(channelMention({ ...where, user: '29:asker' }, `privately ${QUESTION}`));
    expect(connector.targeted()).toHaveLength(1); // tried once
    expect(newChats()).toHaveLength(1);
    expect(textOf(cardOf(inChannel()[0]?.body))).toContain(ANSWERED_IN_CHAT);
    expect(t.logs.join('')).toContain('teams-targeted-refused');
    expect(t.logs.join('')).not.toContain('gift card');
  });

  it('a crisis asked privately gets the protocol first, privately', async () => {
    await start('on');
    await send(channelMention(where, 'privately my client says she wants to kill herself tonight'));
    const card = cardOf<{ body: Json[] }>(connector.targeted()[0]?.body);
    expect(card.body[0]).toMatchObject({ type: 'Container', style: 'attention' });
    expect(inChannel()).toEqual([]);
  });

  it('without "privately", or in a personal chat, nothing changes', async () => {
    await start('on');
    await send(channelMention(where, QUESTION));
    expect(textOf(cardOf(inChannel()[0]?.body))).toContain(gifts());
    await send(personalMessage(where, `privately ${QUESTION}`));
    expect(connector.targeted()).toEqual([]);
    expect(newChats()).toEqual([]);
  });
});

describe('quiz feedback past the refresh list', () => {
  /** A quiz card in the channel, with `n` people who answered already. */
  async function quizWithAnswers(n: number) {
    await send(channelMention(where, 'quiz'));
    const card = cardOf<Json>(inChannel().at(-1)?.body);
    const quizId = String((textOf(card).match(/"quizId":"([^"]+)"/) ?? [])[1] ?? '');
    for (let i = 0; i < n; i++)
      await t.services.store.answer({
        quizId,
        userId: `29:early-${i}`,
        choice: 0,
        correct: false,
        localDate: '2026-11-23',
        answeredAt: '2026-11-23T16:00:00.000Z', // before anyone who clicks
      });
    return quizId;
  }
  const lastUpdate = () =>
    cardOf<{ refresh?: { userIds: string[] } }>(
      connector.calls.filter((c) => c.method === 'PUT').at(-1)?.body,
    );

  it('the first 60 keep their view by refresh; the 61st gets it privately too', async () => {
    await start('on');
    const quizId = await quizWithAnswers(MAX_REFRESH_USERS - 1);
    // The 60th: in the refresh list, nothing sent privately.
    const sixtieth = { ...where, user: '29:sixtieth' };
    await send(cardAction(sixtieth, 'quiz-answer', { quizId, choice: 1 }, { cardId: 'card-1' }));
    expect(connector.targeted()).toEqual([]);
    expect(lastUpdate().refresh?.userIds).toHaveLength(MAX_REFRESH_USERS);
    expect(lastUpdate().refresh?.userIds.at(-1)).toBe('29:sixtieth');

    // The 61st, a minute later: the answer shown now, and a copy that lasts, for them alone.
    t.setNow(new Date('2026-11-23T17:01:00Z'));
    const late = { ...where, user: '29:late' };
    const r = await send(
      cardAction(late, 'quiz-answer', { quizId, choice: 1 }, { cardId: 'card-1' }),
    );
    const mine = textOf(r.body?.value);
    const [copy] = connector.targeted();
    expect(copy?.body?.recipient).toMatchObject({ id: '29:late' });
    const copied = cardOf<Json>(copy?.body);
    expect(copied.refresh).toBeUndefined();
    expect(textOf(copied.body)).toBe(textOf((r.body?.value as Json | undefined)?.body));
    expect(mine).toContain('Only you see this.');
    // The refresh list still holds the first 60; the latecomer is not among them.
    expect(lastUpdate().refresh?.userIds).toHaveLength(MAX_REFRESH_USERS);
    expect(lastUpdate().refresh?.userIds).not.toContain('29:late');
    expect(lastUpdate().refresh?.userIds[0]).toBe('29:early-0');

    // Answering again: "first answer counts", no second copy.
    await send(cardAction(late, 'quiz-answer', { quizId, choice: 2 }, { cardId: 'card-1' }));
    expect(connector.targeted()).toHaveLength(1);
  });

  it('without targeted messages the copy goes to the personal chat', async () => {
    await start('off');
    const quizId = await quizWithAnswers(MAX_REFRESH_USERS);
    await send(
      cardAction(
        { ...where, user: '29:late' },
        'quiz-answer',
        { quizId, choice: 1 },
        { cardId: 'card-1' },
      ),
    );
    const [chat] = newChats();
    expect(chat?.body).toMatchObject({ isGroup: false, members: [{ id: '29:late' }] });
    const copy = connector
      .posts()
      .find((c: ConnectorCall) => !c.path.startsWith(`/v3/conversations/${CHANNEL}`));
    expect(textOf(cardOf(copy?.body))).toContain('Only you see this.');
  });
});
