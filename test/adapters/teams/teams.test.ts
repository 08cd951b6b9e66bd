// The Teams surface through the real CloudAdapter on the shared HTTP server: Bot Framework
// activities POSTed to /api/messages (emulator mode), a fake connector recording the replies.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTeamsSurface } from '../../../adapters/teams/index.ts';
import { citedSources } from '../../../src/commands/sources.ts';
import { SOURCES_HEADING } from '../../../src/commands/text.ts';
import { createScheduler } from '../../../src/schedule/scheduler.ts';
import type { Surface } from '../../../src/server/surface.ts';
import { kb } from '../../helpers.ts';
import { EVER } from '../../support/ever.ts';
import { serveSurface } from '../../support/http.ts';
import { createTestServices, type TestServices } from '../../support/services.ts';
import {
  CHANNEL,
  cardAction,
  channelMention,
  personalMessage,
  TEAM,
  teamInstall,
  type Where,
} from './activities.ts';
import { cardOf as cardOfBody, type Json, postActivity } from './exchange.ts';
import { startFakeConnector } from './fake-connector.ts';

type Card = {
  version?: string;
  body: Json[];
  actions?: Json[];
  refresh?: { userIds?: string[] };
  fallbackText?: string;
};

let t: TestServices;
let connector: Awaited<ReturnType<typeof startFakeConnector>>;
let server: Awaited<ReturnType<typeof serveSurface>>;
let surface: Surface;
let where: Where;

beforeEach(async () => {
  t = await createTestServices({ TEAMS_EMULATOR: 'on', NODE_ENV: 'test' });
  connector = await startFakeConnector();
  const config = t.services.config.teams;
  if (!config) throw new Error('Teams should be configured');
  surface = await createTeamsSurface(t.services, config);
  server = await serveSurface(t.services, surface);
  where = { serviceUrl: connector.url };
});
afterEach(async () => {
  await server.close();
  await connector.close();
  await t.close();
});

const send = (activity: Json, headers: Record<string, string> = {}) =>
  postActivity(server.url, activity, headers);

/** The Adaptive Card of a recorded call (or of an activity). */
const cardOf = (body: Json | null | undefined) => cardOfBody<Card>(body);
const lastPost = () => connector.posts().at(-1);
const textOf = (card: unknown) => JSON.stringify(card);

/** A stored conversation reference: where to post and as which bot, nothing about a person. */
function expectOnlyWhatPostingNeeds(json: string | null | undefined) {
  const ref = JSON.parse(json ?? '{}');
  expect(Object.keys(ref).sort()).toEqual(['bot', 'channelId', 'conversation', 'serviceUrl']);
  expect(
    Object.keys(ref.conversation).every((k) => /^(id|conversationType|tenantId|isGroup)$/.test(k)),
  ).toBe(true);
  expect(json).not.toMatch(/Sam|aad-1|aadObjectId|"user"/);
}

/** Every Action.Execute in a card, wherever it sits. */
function executes(card: Card): Json[] {
  const found: Json[] = [];
  const walk = (x: unknown) => {
    if (Array.isArray(x)) x.forEach(walk);
    else if (x && typeof x === 'object') {
      const o = x as Json;
      if (o.type === 'Action.Execute') found.push(o);
      Object.values(o).forEach(walk);
    }
  };
  walk({ body: card.body, actions: card.actions });
  return found;
}

describe('questions', () => {
  it('answers a channel mention in its thread, with the mention stripped and no text logged', async () => {
    const activity = channelMention(where, 'a client wants to give me a $50 gift card');
    const res = await send(activity);
    expect(res.status).toBe(200);
    const posts = connector.posts();
    expect(posts).toHaveLength(1);
    expect(posts[0]?.path).toBe(
      `/v3/conversations/${activity.conversation.id}/activities/${activity.id}`,
    );
    const card = cardOf(posts[0]?.body);
    expect(card.version).toBe('1.5');
    const gifts = kb.topicsById.get('gifts');
    expect(textOf(card)).toContain(gifts?.title);
    expect(textOf(card)).toContain(gifts?.principle);
    const verbs = executes(card).map((a) => a.verb);
    expect(verbs).toContain('feedback');
    expect(verbs).toContain('topic');
    expect(t.logs.join('')).not.toContain('gift card');
    expect(t.logs.join('')).toContain('"event":"teams-command"');
  });

  it('shows the answer, top steps and reflection; "More" toggles the rest open in place', async () => {
    await send(channelMention(where, 'a client wants to give me a $50 gift card'));
    const card = cardOf(lastPost()?.body);
    const gifts = kb.topicsById.get('gifts');
    const top = card.body.filter((e) => e.type === 'TextBlock').map((e) => String(e.text));
    expect(top).toContain(gifts?.principle);
    expect(top).toContain(`1. ${gifts?.guidance[0]}`);
    expect(top).toContain(`2. ${gifts?.guidance[1]}`);
    expect(top.some((x) => x.startsWith('Reflect: '))).toBe(true);
    expect(top.some((x) => x.startsWith('Sources: '))).toBe(false);
    // The rest sits in a hidden container that the More toggle opens, with no round trip.
    const more = card.body.find((e) => e.id === 'more-gifts');
    expect(more?.isVisible).toBe(false);
    const toggle = (card.body as Json[])
      .filter((e) => e.type === 'ActionSet')
      .flatMap((e) => e.actions as Json[])
      .find((a) => a.type === 'Action.ToggleVisibility');
    expect(toggle).toMatchObject({ title: 'More', targetElements: ['more-gifts'] });
    const rest = textOf(more);
    for (const part of ['When it changes', 'Sources: ', gifts?.nuance[0]?.then, 'Related'])
      expect(rest).toContain(part);
    expect(executes({ body: [more] } as unknown as Card).map((a) => a.verb)).toContain('topic');
  });

  it('answers a 1:1 question in the personal chat', async () => {
    const activity = personalMessage(where, 'can I add a client on facebook');
    expect((await send(activity)).status).toBe(200);
    expect(lastPost()?.path).toBe(
      `/v3/conversations/${activity.conversation.id}/activities/${activity.id}`,
    );
    expect(textOf(cardOf(lastPost()?.body))).toMatch(/social media|facebook/i);
  });

  it('puts the crisis protocol first and warns about identifiers without echoing them', async () => {
    await send(
      personalMessage(
        where,
        'my client Maria Lopez DOB 3/4/1988 said she wants to kill herself tonight',
      ),
    );
    const card = cardOf(lastPost()?.body);
    expect(card.body[0]).toMatchObject({ type: 'Container', style: 'attention' });
    expect(card.fallbackText).toBe(t.services.bot.kb.crisis.title);
    expect(textOf(card.body[0])).toContain('911');
    expect(textOf(card.body[1])).toContain('Privacy: your message may identify someone');
    expect(textOf(card)).not.toContain('Maria');
    expect(textOf(card)).not.toContain('1988');
    expect(t.logs.join('')).not.toContain('Maria');
  });

  it('replies once to a repeated delivery of the same activity', async () => {
    const activity = personalMessage(where, 'help');
    await send(activity);
    await send(activity);
    expect(connector.posts()).toHaveLength(1);
  });
});

describe('commands', () => {
  it('help lists the commands with the prefix of the place', async () => {
    await send(channelMention(where, 'help'));
    expect(textOf(cardOf(lastPost()?.body))).toContain('@boundary-bot quiz subscribe HH:MM');
    await send(personalMessage(where, 'help'));
    const personal = textOf(cardOf(lastPost()?.body));
    expect(personal).toContain('"value":"quiz subscribe HH:MM');
    expect(personal).not.toContain('@boundary-bot');
  });

  it('sources lists the standards the topics cite, in a chat and in a channel', async () => {
    const cited = citedSources(kb);
    const uncited = [...kb.sources.values()].filter((d) => !cited.some((s) => s.title === d.title));
    for (const activity of [personalMessage(where, 'sources'), channelMention(where, 'sources')]) {
      await send(activity);
      const card = cardOf(lastPost()?.body);
      expect(card.fallbackText).toBe(SOURCES_HEADING);
      const shown = textOf(card);
      for (const s of cited) expect(shown).toContain(JSON.stringify(s.title).slice(1, -1));
      for (const d of uncited) expect(shown).not.toContain(d.title);
    }
    await send(personalMessage(where, 'help'));
    expect(textOf(cardOf(lastPost()?.body))).toContain('"value":"sources"');
  });

  it('topics offers every topic and shows the one picked', async () => {
    await send(personalMessage(where, 'topics'));
    const card = cardOf(lastPost()?.body);
    const choices = (card.body.find((b) => b.type === 'Input.ChoiceSet') as { choices: unknown[] })
      .choices;
    expect(choices).toHaveLength(kb.topics.length);
    // The "Show" button sends the chosen id as input data.
    const res = await send(
      cardAction(where, 'topic', { topicId: 'gifts' }, { cardId: 'c1', personal: true }),
    );
    expect(res.body).toMatchObject({
      statusCode: 200,
      type: 'application/vnd.microsoft.activity.message',
    });
    expect(textOf(cardOf(lastPost()?.body))).toContain(kb.topicsById.get('gifts')?.title);
  });

  it('ask with a question answers it; ask alone shows the syntax', async () => {
    await send(personalMessage(where, 'ask a client wants to give me a gift card'));
    expect(textOf(cardOf(lastPost()?.body))).toContain(kb.topicsById.get('gifts')?.title);
    await send(personalMessage(where, 'ask'));
    expect(textOf(cardOf(lastPost()?.body))).toContain('Add your question after');
  });

  it('quiz subscribe stores the channel and its reference; a mistake shows the syntax', async () => {
    await send(channelMention(where, 'quiz subscribe 9am [x](http://evil)'));
    const usage = cardOf(lastPost()?.body);
    expect(textOf(usage)).toContain('@boundary-bot quiz subscribe HH:MM Area/City [weekdays]');
    // What was typed is shown as a literal TextRun, never as markdown.
    expect(usage.body[0]).toMatchObject({ type: 'RichTextBlock' });
    expect(await t.services.store.subscriptions()).toEqual([]);

    await send(channelMention(where, 'quiz subscribe 09:00 America/Los_Angeles'));
    expect(textOf(cardOf(lastPost()?.body))).toContain('09:00 America/Los_Angeles, every day');
    const [sub] = await t.services.store.subscriptions();
    expect(sub).toMatchObject({ platform: 'teams', channel: CHANNEL, time: '09:00' });
    expect(JSON.parse(sub?.reference ?? '{}')).toMatchObject({
      serviceUrl: connector.url,
      conversation: { conversationType: 'channel' },
    });
    expectOnlyWhatPostingNeeds(sub?.reference);

    await send(channelMention(where, 'quiz unsubscribe'));
    expect(textOf(cardOf(lastPost()?.body))).toContain('no more daily quiz');
    expect(await t.services.store.subscriptions()).toEqual([]);
  });

  it('quiz stats and the leaderboard (names from Teams, shown literally)', async () => {
    await send(personalMessage(where, 'quiz stats'));
    expect(textOf(cardOf(lastPost()?.body))).toContain("haven't answered");
    await send(channelMention(where, 'quiz leaderboard on'));
    const card = cardOf(lastPost()?.body);
    expect(textOf(card)).toContain("You joined this channel's leaderboard");
    expect(textOf(card)).toContain('Name of 29:user-1');
    expect(connector.calls.some((c) => c.method === 'GET' && c.path.includes('/members/'))).toBe(
      true,
    );
    await send(channelMention(where, 'quiz bogus'));
    expect(textOf(cardOf(lastPost()?.body))).toContain('is not a quiz command');
  });
});

describe('leaderboard', () => {
  const TEAMS_LIMIT = 28 * 1024;
  const memberLookups = () =>
    connector.calls.filter((c) => c.method === 'GET' && c.path.includes('/members/')).length;

  it('300 people: a page under 28 KB, a name look-up per shown row, and the next page on a click', async () => {
    for (let i = 1; i <= 300; i++)
      await t.services.store.setLeaderboard(`teams:${CHANNEL}`, `29:user-${i}`, true);
    await send(channelMention(where, 'quiz leaderboard'));
    const post = lastPost();
    expect(Buffer.byteLength(JSON.stringify(post?.body))).toBeLessThan(TEAMS_LIMIT);
    expect(memberLookups()).toBeLessThanOrEqual(20);
    const card = cardOf(post?.body);
    expect(textOf(card)).toContain('1. Name of 29:user-');
    expect(textOf(card)).toContain('Page 1 of 15 · 300 people');
    const next = executes(card).find((a) => a.title === 'Next page');
    expect(next).toMatchObject({ verb: 'leaderboard-page', data: { page: 2 } });

    // The click shows the clicker page 2 in place: a card in the invoke response, no new post.
    const before = { posts: connector.posts().length, lookups: memberLookups() };
    const res = await send(
      cardAction(where, String(next?.verb), next?.data as Json, { cardId: 'board-1' }),
    );
    expect(res.body).toMatchObject({
      statusCode: 200,
      type: 'application/vnd.microsoft.card.adaptive',
    });
    const page2 = res.body?.value as Card;
    expect(Buffer.byteLength(JSON.stringify(page2))).toBeLessThan(TEAMS_LIMIT);
    expect(textOf(page2)).toContain('21. Name of 29:user-');
    expect(textOf(page2)).not.toContain('"1. Name of');
    expect(textOf(page2)).toContain('Page 2 of 15');
    expect(executes(page2).map((a) => [a.title, (a.data as Json).page])).toEqual([
      ['Previous page', 1],
      ['Next page', 3],
    ]);
    expect(memberLookups() - before.lookups).toBeLessThanOrEqual(20);
    expect(connector.posts()).toHaveLength(before.posts);
  });

  it('a page past the end shows the last one', async () => {
    for (let i = 1; i <= 25; i++)
      await t.services.store.setLeaderboard(`teams:${CHANNEL}`, `29:user-${i}`, true);
    const res = await send(cardAction(where, 'leaderboard-page', { page: 99 }, { cardId: 'b' }));
    const card = res.body?.value as Card;
    expect(textOf(card)).toContain('21. Name of 29:user-');
    expect(textOf(card)).toContain('Page 2 of 2');
    expect(executes(card).map((a) => a.title)).toEqual(['Previous page']);
  });
});

describe('card actions', () => {
  it('records helpful / not helpful privately, without a post, once per click', async () => {
    const click = cardAction(
      where,
      'feedback',
      { topicId: 'gifts', helpful: true },
      { cardId: 'c9' },
    );
    const res = await send(click);
    expect(res.body).toMatchObject({ statusCode: 200, value: 'Thanks, noted.' });
    // Teams redelivers an invoke it timed out on: thanked again, counted once.
    expect((await send(click)).body).toMatchObject({ statusCode: 200, value: 'Thanks, noted.' });
    expect(await t.services.store.feedbackBetween(...EVER)).toEqual([
      { topic: 'gifts', helpful: 1, notHelpful: 0 },
    ]);
    expect(connector.posts()).toHaveLength(0);
  });

  it('a related-topic button posts that topic in the thread', async () => {
    const related = kb.topicsById.get('gifts')?.related[0] as string;
    const click = cardAction(where, 'topic', { topicId: related }, { cardId: 'c7' });
    await send(click);
    await send(click); // a redelivery does not post it twice
    expect(connector.posts()).toHaveLength(1);
    expect(
      lastPost()?.path.startsWith(`/v3/conversations/${CHANNEL};messageid=c7/activities`),
    ).toBe(true);
    expect(textOf(cardOf(lastPost()?.body))).toContain(kb.topicsById.get(related)?.title);
  });

  it('a quiz answer is shown only to the person; the shared card counts answers', async () => {
    await send(channelMention(where, 'quiz'));
    const quizCard = cardOf(lastPost()?.body);
    const buttons = executes(quizCard).filter((a) => a.verb === 'quiz-answer');
    expect(buttons.map((b) => b.title)).toEqual(['A', 'B', 'C', 'D']);
    const quizId = (buttons[0]!.data as Json).quizId as string;
    const question = t.services.quiz.question(
      (await t.services.store.quiz(quizId))?.questionId ?? '',
    );
    if (!question) throw new Error('no question');
    expect(textOf(quizCard)).not.toContain(question.explanation);
    expect(quizCard.refresh).toBeUndefined(); // nobody to show a personal view to yet
    const wrong = (question.correct + 1) % 4;

    const first = await send(
      cardAction(where, 'quiz-answer', { quizId, choice: wrong }, { cardId: 'card-1' }),
    );
    expect(first.body).toMatchObject({
      statusCode: 200,
      type: 'application/vnd.microsoft.card.adaptive',
    });
    const mine = textOf(first.body?.value);
    expect(mine).toContain('Not quite');
    expect(mine).toContain(`Why not ${'ABCD'[wrong]}: ${question.why[wrong]}`);
    expect(mine).toContain(question.explanation);
    // Everyone's copy: updated in place with the count, the explanation still hidden.
    const update = connector.calls.filter((c) => c.method === 'PUT').at(-1);
    expect(update?.path).toBe(`/v3/conversations/${CHANNEL};messageid=card-1/activities/card-1`);
    const shared = cardOf(update?.body);
    expect(textOf(shared)).toContain('1 answer so far');
    expect(textOf(shared)).not.toContain(question.explanation);
    expect(textOf(shared)).not.toContain('Why not');
    expect(shared.refresh?.userIds).toEqual(['29:user-1']);

    // A second click: the first answer counts.
    const again = await send(
      cardAction(where, 'quiz-answer', { quizId, choice: question.correct }, { cardId: 'card-1' }),
    );
    expect(textOf(again.body?.value)).toContain('You already answered');
    expect(textOf(again.body?.value)).toContain('Not quite');

    // Someone else answers: two answers, both get their own view on refresh.
    const other = { ...where, user: '29:user-2' };
    await send(
      cardAction(other, 'quiz-answer', { quizId, choice: question.correct }, { cardId: 'card-1' }),
    );
    const latest = cardOf(connector.calls.filter((c) => c.method === 'PUT').at(-1)?.body);
    expect(textOf(latest)).toContain('2 answers so far');
    expect(latest.refresh?.userIds).toEqual(['29:user-1', '29:user-2']);

    // Refresh: the person who answered sees their view; someone who did not sees the question.
    const view = await send(
      cardAction(where, 'quiz-view', { quizId }, { cardId: 'card-1', trigger: 'automatic' }),
    );
    expect(textOf(view.body?.value)).toContain(question.explanation);
    const stranger = await send(
      cardAction({ ...where, user: '29:user-3' }, 'quiz-view', { quizId }, { cardId: 'card-1' }),
    );
    expect(textOf(stranger.body?.value)).not.toContain(question.explanation);
    expect(
      executes(stranger.body?.value as Card).filter((a) => a.verb === 'quiz-answer'),
    ).toHaveLength(4);
  });
});

describe('install and the daily quiz', () => {
  it('adding the app to a team stores the reference and welcomes once', async () => {
    for (const activity of teamInstall(where)) expect((await send(activity)).status).toBe(200);
    const stored = await t.services.store.reference('teams', TEAM);
    expect(JSON.parse(stored ?? '{}')).toMatchObject({
      serviceUrl: connector.url,
      conversation: { id: TEAM },
    });
    expectOnlyWhatPostingNeeds(stored);
    expect(connector.posts()).toHaveLength(1);
    expect(textOf(cardOf(lastPost()?.body))).toContain('Thanks for adding me');
  });

  it('posts the daily quiz as a new top-level channel post, with yesterday under it', async () => {
    await send(channelMention(where, 'quiz subscribe 09:00 America/Los_Angeles'));
    const scheduler = createScheduler({
      store: t.services.store,
      questions: () => kb.quiz,
      posters: { teams: surface.poster as NonNullable<Surface['poster']> },
      instance: 'test',
      random: () => 0.5,
    });
    const day1 = new Date('2026-11-23T17:05:00Z');
    expect(await scheduler.tick(day1)).toBe(1);
    const created = connector.calls.filter(
      (c) => c.method === 'POST' && c.path === '/v3/conversations',
    );
    expect(created).toHaveLength(1);
    expect(created[0]?.body).toMatchObject({
      isGroup: true,
      channelData: { channel: { id: CHANNEL } },
    });
    const card = cardOf(created[0]?.body?.activity as Json);
    expect(textOf(card)).toContain('Daily ethics quiz');
    expect(textOf(card)).not.toContain("Yesterday's question");
    const post = await t.services.store.post(`teams:${CHANNEL}`, '2026-11-23');
    expect(post).toMatchObject({ status: 'posted' });
    const row = await t.services.store.db
      .selectFrom('posts')
      .select('message_ref')
      .executeTakeFirst();
    expect(row?.message_ref).toMatch(/^post-/);

    // Someone answers day 1; day 2's post shows how it went.
    const quizId = `daily:teams:${CHANNEL}:2026-11-23`;
    t.setNow(new Date('2026-11-23T18:00:00Z'));
    await send(cardAction(where, 'quiz-answer', { quizId, choice: 0 }, { cardId: 'post-x' }));
    expect(await scheduler.tick(new Date('2026-11-24T17:05:00Z'))).toBe(1);
    const next = connector.calls.filter(
      (c) => c.method === 'POST' && c.path === '/v3/conversations',
    );
    expect(next).toHaveLength(2);
    expect(textOf(cardOf(next[1]?.body?.activity as Json))).toContain("Yesterday's question");
  });

  it('posts into a personal chat subscription as a message in the chat', async () => {
    const activity = personalMessage(where, 'quiz subscribe 09:00 America/Los_Angeles');
    await send(activity);
    const [sub] = await t.services.store.subscriptions();
    expectOnlyWhatPostingNeeds(sub?.reference);
    const quiz = await t.services.store.createQuiz(
      {
        channelKey: `teams:${sub?.channel}`,
        questionId: kb.quiz[0]?.id as string,
        localDate: '2026-11-23',
        kind: 'daily',
      },
      t.services.now(),
    );
    const ref = await surface.poster?.post(sub!, quiz, kb.quiz[0]!, 'key-1');
    expect(ref).toMatch(/^activity-/);
    // continueConversation: a message in the same chat (1:1 chats have no threads).
    expect(
      lastPost()?.path.startsWith(`/v3/conversations/${activity.conversation.id}/activities`),
    ).toBe(true);
    expect(JSON.stringify(lastPost()?.body)).not.toMatch(/Sam|aad-1/);
    expect(textOf(cardOf(lastPost()?.body))).toContain('Daily ethics quiz');
  });
});

describe('authentication', () => {
  // Every forged-token variant, with real signatures: forged-tokens.test.ts.
  it('refuses unauthenticated requests with 401 when an app id is configured', async () => {
    const secured = await createTestServices({
      MICROSOFT_APP_ID: '00000000-0000-0000-0000-000000000001',
      MICROSOFT_APP_PASSWORD: 'not-a-real-secret',
      MICROSOFT_APP_TENANT_ID: '99999999-0000-0000-0000-000000000000',
    });
    const s = await createTeamsSurface(secured.services, secured.services.config.teams!);
    const http = await serveSurface(secured.services, s);
    try {
      const activity = personalMessage(where, 'a client wants to give me a gift card');
      const post = (headers: Record<string, string>) =>
        fetch(`${http.url}/api/messages`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: JSON.stringify(activity),
        });
      expect((await post({})).status).toBe(401);
      expect((await post({ authorization: 'Bearer not-a-token' })).status).toBe(401);
      // A well-formed token from an issuer we do not trust.
      const forged = [{ alg: 'none' }, { iss: 'https://evil.example', aud: 'x' }, {}]
        .map((p) => Buffer.from(JSON.stringify(p)).toString('base64url'))
        .join('.');
      expect((await post({ authorization: `Bearer ${forged}` })).status).toBe(401);
      expect(connector.calls).toHaveLength(0);
      const asks = await secured.services.store.db.selectFrom('asks').selectAll().execute();
      expect(asks).toEqual([]);
      expect(secured.logs.join('')).not.toContain('teams-command');
    } finally {
      await http.close();
      await secured.close();
    }
  });

  it('refuses the unauthenticated emulator mode in production', async () => {
    const prod = await createTestServices({ NODE_ENV: 'production' });
    try {
      await expect(
        createTeamsSurface(prod.services, {
          appId: '',
          emulator: true,
          password: undefined,
          appType: 'MultiTenant',
          tenantId: undefined,
          certificateThumbprint: undefined,
          certificateKeyFile: undefined,
        }),
      ).rejects.toThrow(/unauthenticated emulator mode\) is refused/);
    } finally {
      await prod.close();
    }
  });
});
