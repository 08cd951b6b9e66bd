// When the bot is unsure, Teams offers the top three topics as card buttons under "Which fits
// best?" (the same topic action as related topics), and a click posts that topic; never in a
// crisis. An honest miss says what the bot covers and how to reach a person. Forced with a tiny
// knowledge base, through the real CloudAdapter and a fake connector.
import { afterEach, describe, expect, it } from 'vitest';
import { createTeamsSurface } from '../../../adapters/teams/index.ts';
import { NO_ANSWER, WHICH_FITS } from '../../../src/core/render-text.ts';
import { serveSurface } from '../../support/http.ts';
import { createTestServices, type TestServices } from '../../support/services.ts';
import { MISS_QUESTION, UNSURE_IDS, UNSURE_QUESTION, unsureKb } from '../../support/unsure-kb.ts';
import { cardAction, personalMessage, type Where } from './activities.ts';
import { cardOf as cardOfBody, type Json, postActivity } from './exchange.ts';
import { startFakeConnector } from './fake-connector.ts';

type Card = { body: Json[] };

let t: TestServices;
let connector: Awaited<ReturnType<typeof startFakeConnector>>;
let server: Awaited<ReturnType<typeof serveSurface>>;
let where: Where;

async function start(env: Record<string, string> = {}) {
  t = await createTestServices(
    { TEAMS_EMULATOR: 'on', NODE_ENV: 'test', ...env },
    undefined,
    unsureKb,
  );
  connector = await startFakeConnector();
  const config = t.services.config.teams;
  if (!config) throw new Error('Teams should be configured');
  server = await serveSurface(t.services, await createTeamsSurface(t.services, config));
  where = { serviceUrl: connector.url };
}
afterEach(async () => {
  await server.close();
  await connector.close();
  await t.close();
});

const send = (activity: Json) => postActivity(server.url, activity);
const cardOf = (body: Json | null | undefined) => cardOfBody<Card>(body);
const lastCard = () => cardOf(connector.posts().at(-1)?.body);
const textOf = (x: unknown) => JSON.stringify(x);
/** The buttons under "Which fits best?": the ActionSet right after that line. */
function choiceButtons(card: Card): Json[] {
  const at = card.body.findIndex((b) => b.text === WHICH_FITS);
  if (at < 0) return [];
  return (card.body[at + 1]?.actions as Json[] | undefined) ?? [];
}
const titleOf = (id: string) => unsureKb.topicsById.get(id)?.title ?? '?';

describe('Teams, when the bot is unsure', () => {
  it('offers three buttons under "Which fits best?"; a click posts that topic', async () => {
    await start();
    await send(personalMessage(where, UNSURE_QUESTION));
    const choices = choiceButtons(lastCard());
    expect(choices).toHaveLength(3);
    expect(choices.every((b) => b.type === 'Action.Execute' && b.verb === 'topic')).toBe(true);
    const ids = choices.map((b) => (b.data as Json).topicId as string);
    expect([...ids].sort()).toEqual([...UNSURE_IDS].sort());
    expect(choices.map((b) => b.title)).toEqual(ids.map(titleOf));

    const picked = ids[2] as string;
    const before = connector.posts().length;
    const res = await send(
      cardAction(where, 'topic', { topicId: picked }, { cardId: 'c1', personal: true }),
    );
    expect(res.status).toBe(200);
    expect(connector.posts()).toHaveLength(before + 1);
    const shown = lastCard();
    expect(shown.body[0]).toMatchObject({ text: titleOf(picked) });
    expect(textOf(shown)).not.toContain(WHICH_FITS);
  });

  it('offers no choices in a crisis: the protocol leads', async () => {
    await start();
    await send(
      personalMessage(where, `${UNSURE_QUESTION} my client says she wants to kill herself tonight`),
    );
    const card = lastCard();
    expect(card.body[0]).toMatchObject({ type: 'Container', style: 'attention' });
    expect(textOf(card.body[0])).toContain('911');
    expect(textOf(card)).not.toContain(WHICH_FITS);
    expect(choiceButtons(card)).toEqual([]);
  });
});

describe('Teams, an honest miss', () => {
  it('says it has no answer, what it covers and the contact from SUPERVISOR_CONTACT', async () => {
    await start({ SUPERVISOR_CONTACT: 'Call Sam, on-call supervisor, at ext. 4100' });
    await send(personalMessage(where, MISS_QUESTION));
    const card = lastCard();
    const text = textOf(card);
    expect(text).toContain(NO_ANSWER);
    for (const id of UNSURE_IDS) expect(text).toContain(titleOf(id));
    expect(text).toContain('Call Sam, on-call supervisor, at ext. 4100');
    expect(text).not.toContain('Ask your supervisor');
    expect(choiceButtons(card)).toEqual([]);
  });
});
