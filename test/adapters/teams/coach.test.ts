// Personal exam practice on Teams, through the real CloudAdapter on the shared HTTP server and
// the local fake connector: opting in in the personal chat (its reference kept), the daily
// personal question delivered once to that chat, answering it (the explanation, why the chosen
// option is wrong, the source; the message redrawn), a whole practice test of 3 to its summary,
// progress (only in the personal chat), "forget me"; another person's click refused. Every
// activity under Teams' 28 KB.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VERB } from '../../../adapters/teams/cards/elements.ts';
import { createTeamsSurface } from '../../../adapters/teams/index.ts';
import { BUTTON_GONE } from '../../../src/commands/text.ts';
import { COACH } from '../../../src/core/copy.ts';
import type { QuizQuestion } from '../../../src/core/types.ts';
import { createPersonalDispatcher } from '../../../src/schedule/personal.ts';
import type { Surface } from '../../../src/server/surface.ts';
import { serveSurface } from '../../support/http.ts';
import { createTestServices, type TestServices } from '../../support/services.ts';
import { cardAction, channelMention, personalMessage, type Where } from './activities.ts';
import { cardOf as cardOfBody, type Json, postActivity } from './exchange.ts';
import { startFakeConnector } from './fake-connector.ts';

type Card = { body: Json[] };
const TEAMS_MAX_BYTES = 28 * 1024;
const PAT = '29:pat';
const SAM = '29:sam';

let t: TestServices;
let connector: Awaited<ReturnType<typeof startFakeConnector>>;
let server: Awaited<ReturnType<typeof serveSurface>>;
let surface: Surface;
let pat: Where;
let sam: Where;

beforeEach(async () => {
  t = await createTestServices({ TEAMS_EMULATOR: 'on', NODE_ENV: 'test' });
  connector = await startFakeConnector();
  const config = t.services.config.teams;
  if (!config) throw new Error('Teams should be configured');
  surface = await createTeamsSurface(t.services, config);
  server = await serveSurface(t.services, surface);
  pat = { serviceUrl: connector.url, user: PAT };
  sam = { serviceUrl: connector.url, user: SAM };
});
afterEach(async () => {
  // Every activity the bot sent fits in a Teams message.
  for (const c of connector.calls)
    if (c.body) expect(Buffer.byteLength(JSON.stringify(c.body))).toBeLessThan(TEAMS_MAX_BYTES);
  await server.close();
  await connector.close();
  await t.close();
});

async function send(activity: unknown) {
  const reply = await postActivity(server.url, activity);
  expect(reply.status).toBe(200);
  expect(Buffer.byteLength(reply.text)).toBeLessThan(TEAMS_MAX_BYTES);
  return reply;
}

const cardOf = (body: Json | null | undefined) => cardOfBody<Card>(body);
const textOf = (x: unknown) => JSON.stringify(x);
const shows = (x: unknown, s: string) => textOf(x).includes(JSON.stringify(s).slice(1, -1));
const lastCard = () => cardOf(connector.posts().at(-1)?.body);

function executes(card: unknown): Json[] {
  const found: Json[] = [];
  const walk = (x: unknown) => {
    if (Array.isArray(x)) x.forEach(walk);
    else if (x && typeof x === 'object') {
      const o = x as Json;
      if (o.type === 'Action.Execute') found.push(o);
      Object.values(o).forEach(walk);
    }
  };
  walk(card);
  return found;
}
/** The data of option `choice`'s button on a coach question. */
function answerData(card: unknown, choice: number): Json {
  const data = executes(card)
    .filter((a) => a.verb === VERB.coach)
    .map((a) => a.data as Json)
    .find((d) => d.choice === choice);
  if (!data) throw new Error(`no answer button ${choice}`);
  return data;
}
function questionOf(card: unknown): QuizQuestion {
  const q = t.services.bot.kb.quiz.find((x) => shows(card, x.scenario));
  if (!q) throw new Error('no question of the bank in this card');
  return q;
}
const wrongChoice = (q: QuizQuestion) => (q.correct === 0 ? 1 : 0);

/** A click in the personal chat on the card with id `cardId`: the invoke response's card. */
async function click(where: Where, data: Json, cardId: string) {
  const r = await send(cardAction(where, VERB.coach, data, { cardId, personal: true }));
  return r.body as { statusCode: number; type: string; value: unknown };
}

function dispatcher() {
  const poster = surface.personalPoster;
  if (!poster) throw new Error('the Teams surface has no personal poster');
  return createPersonalDispatcher({
    store: t.services.store,
    coach: t.services.coach,
    posters: { teams: poster },
    instance: 'test',
  });
}

describe('the daily personal question', () => {
  it('opt in, delivered once to the personal chat, answered with explanation, why-wrong and source', async () => {
    await send(personalMessage(pat, 'quiz me daily 07:30 America/Los_Angeles weekdays'));
    expect(textOf(lastCard())).toContain('07:30 America/Los_Angeles on weekdays');

    const posted = () => connector.posts().length;
    const before = posted();
    const at = new Date('2026-11-24T15:30:00Z'); // Tuesday 07:30 in Los Angeles
    t.setNow(at);
    expect(await dispatcher().tick(at)).toBe(1);
    expect(await dispatcher().tick(new Date('2026-11-24T15:31:00Z'))).toBe(0);
    expect(posted()).toBe(before + 1);
    const delivery = connector.posts().at(-1);
    expect(delivery?.path.startsWith(`/v3/conversations/a:personal-${PAT}/activities`)).toBe(true);
    expect((delivery?.body?.channelData as Json | undefined)?.deliveryKey).toMatch(
      /^[0-9a-f-]{36}$/,
    );
    const card = cardOf(delivery?.body);
    expect(textOf(card)).toContain(COACH.dailyHeading);

    const q = questionOf(card);
    const wrong = wrongChoice(q);
    const r = await click(pat, answerData(card, wrong), 'daily-1');
    expect(r.type).toBe('application/vnd.microsoft.card.adaptive');
    const fb = r.value;
    expect(textOf(fb)).toContain(COACH.wrong);
    expect(shows(fb, q.why[wrong] ?? 'no why')).toBe(true);
    expect(shows(fb, q.options[q.correct] ?? '')).toBe(true);
    expect(shows(fb, q.explanation)).toBe(true);
    expect(textOf(fb)).toContain(`${COACH.source}:`);
    const guide = executes(fb).find((a) => a.verb === VERB.topic);
    expect((guide?.data as Json | undefined)?.topicId).toBe(q.topic);
    // The message itself is redrawn, so the answer stays answered on every device.
    const put = connector.calls.filter((c) => c.method === 'PUT').at(-1);
    expect(put?.path).toBe(`/v3/conversations/a:personal-${PAT}/activities/daily-1`);
    expect(shows(put?.body, q.explanation)).toBe(true);

    // Clicked again (or redelivered by Teams): the first answer stands.
    const again = await click(pat, answerData(card, q.correct), 'daily-1');
    expect(textOf(again.value)).toContain(COACH.repeat);
    expect(textOf(again.value)).toContain(COACH.wrong);
  }, 60_000);
  it('opted in from a channel: delivered once, in a personal chat created for the person', async () => {
    await send(channelMention(pat, 'quiz me daily 07:30 America/Los_Angeles'));
    const at = new Date('2026-11-24T15:30:00Z'); // 07:30 in Los Angeles
    t.setNow(at);
    expect(await dispatcher().tick(at)).toBe(1);
    expect(await dispatcher().tick(new Date('2026-11-24T15:31:00Z'))).toBe(0);
    const created = connector.calls.filter(
      (c) => c.method === 'POST' && c.path === '/v3/conversations',
    );
    expect(created).toHaveLength(1);
    expect(created[0]?.body).toMatchObject({ isGroup: false, members: [{ id: PAT }] });
    // Posted into the conversation just created (the fake connector names it post-N), never
    // into the channel the person typed in.
    const delivery = connector.posts().at(-1);
    expect(textOf(cardOf(delivery?.body))).toContain(COACH.dailyHeading);
    expect(delivery?.path).toMatch(/^\/v3\/conversations\/[^/]*messageid=post-\d+\/activities$/);
    expect(delivery?.path).not.toContain('19:channel@thread');
  }, 60_000);

  it('from a reference to elsewhere (a channel), the personal chat is created for the person', async () => {
    const poster = surface.personalPoster;
    await send(channelMention(pat, 'quiz practice 3')); // any activity: a channel's reference
    const reference = JSON.stringify({
      channelId: 'msteams',
      serviceUrl: connector.url,
      conversation: {
        id: '19:channel@thread.tacv2',
        conversationType: 'channel',
        tenantId: 'tenant-1',
      },
      bot: { id: '28:bot-app-id', name: 'boundary-bot' },
    });
    const q = t.services.bot.kb.quiz[0] as QuizQuestion;
    const card = {
      answer: { kind: 'coach-answer' as const, itemId: 'item-1' },
      heading: COACH.dailyHeading,
      progress: null,
      area: q.area,
      scenario: q.scenario,
      options: q.options,
      end: null,
    };
    const id = await poster?.deliver(
      { kind: 'daily', to: { platform: 'teams', userId: PAT, reference }, card, text: q.scenario },
      'key-1',
    );
    expect(id).toBeTruthy();
    const created = connector.calls
      .filter((c) => c.method === 'POST' && c.path === '/v3/conversations')
      .at(-1);
    expect(created?.body).toMatchObject({
      isGroup: false,
      members: [{ id: PAT }],
      tenantId: 'tenant-1',
    });
    const sent = connector.posts().at(-1);
    expect(shows(sent?.body, q.scenario)).toBe(true);
    expect((sent?.body?.channelData as Json | undefined)?.deliveryKey).toBe('key-1');
  });

  it('without any reference it fails (the dispatcher retries and logs), posting nothing', async () => {
    const q = t.services.bot.kb.quiz[0] as QuizQuestion;
    const d = {
      kind: 'daily' as const,
      to: { platform: 'teams', userId: PAT, reference: null },
      card: {
        answer: { kind: 'coach-answer' as const, itemId: 'i' },
        heading: 'h',
        progress: null,
        area: q.area,
        scenario: q.scenario,
        options: q.options,
        end: null,
      },
      text: '',
    };
    await expect(surface.personalPoster?.deliver(d, 'k')).rejects.toThrow(/quiz me daily/);
    expect(connector.calls).toEqual([]);
  });
});

describe('a practice test', () => {
  it('3 questions in the personal chat, one at a time, to the summary', async () => {
    await send(personalMessage(pat, 'quiz practice 3'));
    let shown: unknown = lastCard();
    expect(textOf(shown)).toContain('Question 1 of 3');
    expect(executes(shown).some((a) => (a.data as Json).kind === 'practice-end')).toBe(true);
    const asked: QuizQuestion[] = [];
    for (let i = 0; i < 3; i++) {
      const q = questionOf(shown);
      asked.push(q);
      const r = await click(pat, answerData(shown, i === 0 ? wrongChoice(q) : q.correct), 'test-1');
      shown = r.value;
      expect(textOf(shown)).toContain(i === 0 ? COACH.wrong : COACH.right);
      expect(shows(shown, q.explanation)).toBe(true);
      if (i < 2) expect(textOf(shown)).toContain(`Question ${i + 2} of 3`);
    }
    expect(new Set(asked.map((q) => q.id)).size).toBe(3);
    expect(textOf(shown)).toContain(COACH.practiceDone);
    expect(textOf(shown)).toContain('2 of 3 right');
    expect(textOf(shown)).toContain(COACH.reviewThese);
    expect(textOf(shown)).toContain(COACH.bestAnswer);
    const review = executes(shown).filter((a) => a.verb === VERB.topic);
    expect(review.map((a) => (a.data as Json).topicId)).toContain(asked[0]?.topic);
    expect(executes(shown).some((a) => a.verb === VERB.coach)).toBe(false);
  }, 60_000);

  it('in a channel it is not run: the reply says to use the personal chat', async () => {
    await send(channelMention(pat, 'quiz practice 3'));
    expect(textOf(lastCard())).toContain('open a direct message with me');
    expect(executes(lastCard())).toEqual([]);
  });

  it("refuses another person's click, and data that is not a coach action", async () => {
    await send(personalMessage(pat, 'quiz practice 3'));
    const card = lastCard();
    const q = questionOf(card);
    const puts = () => connector.calls.filter((c) => c.method === 'PUT').length;
    const stolen = await click(sam, answerData(card, q.correct), 'test-1');
    expect(stolen.type).toBe('application/vnd.microsoft.activity.message');
    expect(stolen.value).toBe(COACH.notYours);
    const junk = await click(
      pat,
      { kind: 'practice-answer', sessionId: 'x', index: '0' },
      'test-1',
    );
    expect(junk.value).toBe(BUTTON_GONE);
    expect(puts()).toBe(0);
    // Pat's own answer is still the first.
    const mine = await click(pat, answerData(card, q.correct), 'test-1');
    expect(textOf(mine.value)).toContain(COACH.right);
    expect(textOf(mine.value)).not.toContain(COACH.repeat);
  }, 30_000);
});

describe('progress and forgetting', () => {
  async function practiceOne(where: Where) {
    await send(personalMessage(where, 'quiz practice 1'));
    const card = lastCard();
    const q = questionOf(card);
    await click(where, answerData(card, q.correct), `one-${where.user}`);
    return q;
  }

  it('progress in the personal chat only', async () => {
    const q = await practiceOne(pat);
    await send(personalMessage(pat, 'quiz progress'));
    const progress = lastCard();
    expect(textOf(progress)).toContain(COACH.progressHeading);
    expect(textOf(progress)).toContain(`${q.area}: 1 of 1 right`);
    expect(executes(progress).filter((a) => a.verb === VERB.topic)).toHaveLength(3);
    await send(channelMention(pat, 'quiz progress'));
    expect(textOf(lastCard())).toContain(COACH.progressPrivately);
    expect(textOf(lastCard())).not.toContain('1 of 1 right');
  }, 30_000);

  it('forget me: asks first, then erases this person only', async () => {
    await practiceOne(pat);
    await practiceOne(sam);
    await send(personalMessage(pat, 'quiz forget me'));
    const ask = lastCard();
    const erase = executes(ask).find((a) => (a.data as Json).confirm === true);
    expect(erase?.title).toBe(COACH.forgetYes);
    const done = await click(pat, erase?.data as Json, 'forget-1');
    expect(textOf(done.value)).toContain(COACH.forgotten);
    await send(personalMessage(pat, 'quiz progress'));
    expect(textOf(lastCard())).toContain(COACH.progressEmpty.slice(0, 20));
    await send(personalMessage(sam, 'quiz progress'));
    expect(textOf(lastCard())).toContain('1 of 1 right');
  }, 30_000);
});
