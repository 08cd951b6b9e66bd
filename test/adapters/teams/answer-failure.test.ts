// Teams when answering fails (the guide throws, its card cannot be drawn, the store is down
// before the message is read): the reply still carries 911, 988 and the supervisor, and the
// next message is answered.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTeamsSurface } from '../../../adapters/teams/index.ts';
import type { Guidance } from '../../../src/core/guidance.ts';
import { serveSurface } from '../../support/http.ts';
import { createTestServices, type TestServices } from '../../support/services.ts';
import { channelMention, personalMessage, type Where } from './activities.ts';
import { postActivity } from './exchange.ts';
import { startFakeConnector } from './fake-connector.ts';

let t: TestServices;
let connector: Awaited<ReturnType<typeof startFakeConnector>>;
let server: Awaited<ReturnType<typeof serveSurface>>;
let where: Where;

beforeEach(async () => {
  t = await createTestServices({ TEAMS_EMULATOR: 'on', NODE_ENV: 'test' });
  connector = await startFakeConnector();
  const config = t.services.config.teams;
  if (!config) throw new Error('Teams should be configured');
  server = await serveSurface(t.services, await createTeamsSurface(t.services, config));
  where = { serviceUrl: connector.url };
  const { guide } = t.services.bot;
  const answer = guide.answer;
  vi.spyOn(guide, 'answer').mockImplementation((text, context) => {
    if (text.includes('matcher')) throw new TypeError('x.split is not a function');
    // The card fails: a topic without steps.
    if (text.includes('card')) return { ...answer('gift'), topic: {} } as unknown as Guidance;
    return answer(text, context);
  });
});
afterEach(async () => {
  await server.close();
  await connector.close();
  await t.close();
});

const send = async (activity: unknown) => (await postActivity(server.url, activity)).status;
const lastPost = () => JSON.stringify(connector.posts().at(-1)?.body ?? null);

function expectFallback(posted: string) {
  expect(posted).toMatch(/\b911\b/);
  expect(posted).toMatch(/\b988\b/);
  expect(posted).toMatch(/supervisor/);
  expect(posted).not.toContain('kill myself');
}

describe('Teams when answering fails', () => {
  it('a 1:1 question gets the fallback, and the next one is answered', async () => {
    expect(await send(personalMessage(where, 'the matcher breaks: I want to kill myself'))).toBe(
      200,
    );
    expectFallback(lastPost());
    await send(personalMessage(where, 'can I add a client on facebook'));
    expect(lastPost()).toMatch(/social media|facebook/i);
    expect(t.logs.join('')).toContain('"event":"teams-reply-failed"');
    expect(t.logs.join('')).not.toContain('kill myself');
  });

  it('a channel mention whose card cannot be drawn gets the fallback in its thread', async () => {
    const activity = channelMention(where, 'the card breaks: I want to kill myself');
    expect(await send(activity)).toBe(200);
    expect(connector.posts().at(-1)?.path).toContain(activity.conversation.id);
    expectFallback(lastPost());
  });

  it('a message the store fails on before it is read gets the fallback', async () => {
    vi.spyOn(t.services.store, 'firstDelivery').mockRejectedValueOnce(new Error('store down'));
    await send(personalMessage(where, 'I want to kill myself'));
    expectFallback(lastPost());
    await send(personalMessage(where, 'can I add a client on facebook'));
    expect(lastPost()).toMatch(/social media|facebook/i);
  });

  it('a failing command other than a question gets the apology', async () => {
    vi.spyOn(t.services.quiz, 'stats').mockRejectedValue(new Error('store down'));
    await send(personalMessage(where, 'quiz stats'));
    expect(lastPost()).toMatch(/went wrong/);
    // \b: the fake connector's port in the serviceUrl may hold the digits 911.
    expect(lastPost()).not.toMatch(/\b911\b/);
  });
});
