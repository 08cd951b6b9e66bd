// Guidance where people type in Teams, through the real CloudAdapter on the shared HTTP server
// and the local fake connector: the search message extension (previews from the knowledge, the
// guidance card inserted, the crisis protocol first, the words typed never echoed), the message
// action "Get boundary guidance" (a dialog for the clicker alone, its buttons through the action
// layer, "Ask a supervisor" through to a stored request), inputs at the size limits, every card
// under Teams' 28 KB, and requests refused when authentication is on.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTeamsSurface } from '../../../adapters/teams/index.ts';
import {
  BUTTON_GONE,
  COMMAND_FAILED,
  FEEDBACK_NOTED,
  SUPERVISOR,
} from '../../../src/commands/text.ts';
import { GESTURES } from '../../../src/core/copy.ts';
import type { Surface } from '../../../src/server/surface.ts';
import { serveSurface } from '../../support/http.ts';
import { createTestServices, type TestServices } from '../../support/services.ts';
import { composeQuery, dialogSubmit, messageAction, type Where } from './activities.ts';
import { type Json, postActivity } from './exchange.ts';
import { startFakeConnector } from './fake-connector.ts';

/** Teams refuses a message over about 28 KB. */
const TEAMS_MAX_BYTES = 28 * 1024;
const ADAPTIVE = 'application/vnd.microsoft.card.adaptive';
const IDENTIFIERS = ['Maria', 'Lopez', '555-201-7788', '03/14/1988'];
const WITH_IDENTIFIERS =
  'Maria Lopez (DOB 03/14/1988, 555-201-7788) offered me a gift card, can I take it?';
const CRISIS = 'my client says she wants to kill herself tonight';

type Item = {
  contentType: string;
  content: Json;
  preview: { content: { title: string; text: string } };
};

let t: TestServices;
let connector: Awaited<ReturnType<typeof startFakeConnector>>;
let server: Awaited<ReturnType<typeof serveSurface>>;
let where: Where;

beforeEach(async () => {
  t = await createTestServices({
    TEAMS_EMULATOR: 'on',
    NODE_ENV: 'test',
    SUPERVISOR_TEAMS_CHANNEL: '19:supervisors@thread.tacv2',
  });
  connector = await startFakeConnector();
  const surface: Surface = await createTeamsSurface(t.services, t.services.config.teams!);
  server = await serveSurface(t.services, surface);
  where = { serviceUrl: connector.url };
});
afterEach(async () => {
  await server.close();
  await connector.close();
  await t.close();
});

async function send(activity: unknown) {
  const reply = await postActivity(server.url, activity);
  expect(reply.status).toBe(200);
  return reply;
}
const textOf = (x: unknown) => JSON.stringify(x);
const bytes = (x: unknown) => Buffer.byteLength(JSON.stringify(x));
/** What inserting a result posts: one message with its card. */
const asMessage = (item: Item) => ({
  type: 'message',
  attachments: [{ contentType: item.contentType, content: item.content }],
});

async function search(words: string | null, o: { skip?: number; count?: number } = {}) {
  const r = await send(composeQuery(where, words, o));
  const result = (r.body as { composeExtension: Json }).composeExtension;
  expect(result).toMatchObject({ type: 'result', attachmentLayout: 'list' });
  return { text: r.text, items: result.attachments as Item[] };
}

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
const submit = (card: unknown, verb: string) =>
  find(card, 'Action.Submit').find((a) => (a.data as Json).bbVerb === verb);

describe('the search message extension', () => {
  it('previews matching topics (title and principle) and inserts the guidance card', async () => {
    const { items, text } = await search('a client offered me a gift card');
    const gifts = t.services.bot.guide.topic('gifts')!;
    expect(items[0]?.preview.content).toEqual({ title: gifts.title, text: gifts.principle });
    expect(items.length).toBeGreaterThan(1); // the next best topics too
    expect(items.map((i) => i.preview.content.title)).not.toContain(undefined);
    // The inserted card is the guidance: heading, answer, steps, More, Helpful.
    const card = items[0]!.content;
    expect(items[0]!.contentType).toBe(ADAPTIVE);
    expect(find(card, 'TextBlock')[0]).toMatchObject({ text: gifts.title });
    expect(find(card, 'Action.Execute').map((a) => a.verb)).toContain('feedback');
    expect(text).not.toContain('offered me');
    // Searching is not asking: nothing counted, nothing posted, no words logged.
    expect(await t.services.store.db.selectFrom('asks').selectAll().execute()).toEqual([]);
    expect(connector.calls).toEqual([]);
    expect(t.logs.join('')).not.toContain('gift card');
  });

  it('never echoes identifiers typed in the search', async () => {
    const { items, text } = await search(WITH_IDENTIFIERS);
    expect(items[0]?.preview.content.title).toBe(t.services.bot.guide.topic('gifts')!.title);
    for (const id of IDENTIFIERS) {
      expect(text).not.toContain(id);
      expect(t.logs.join('')).not.toContain(id);
    }
  });

  it('a crisis search shows the protocol card first, then the topics', async () => {
    const { items } = await search(CRISIS);
    const protocol = t.services.bot.guide.answer(CRISIS).crisis!;
    expect(items[0]?.preview.content).toEqual({
      title: protocol.title,
      text: protocol.steps[0],
    });
    const first = find(items[0]!.content, 'Container')[0];
    expect(first).toMatchObject({ style: 'attention' });
    expect(textOf(first)).toContain(protocol.steps[0]!);
    expect(items[1]?.preview.content.title).toBe(
      t.services.bot.guide.topic('crisis-suicide-risk')!.title,
    );
  });

  it('with no words yet lists every topic, a page at a time; every card fits a message', async () => {
    const all = t.services.bot.guide.topics;
    const page1 = await search(null, { count: 25 });
    const page2 = await search(null, { skip: 25, count: 25 });
    const titles = [...page1.items, ...page2.items].map((i) => i.preview.content.title);
    expect(titles).toEqual(all.map((x) => x.title));
    expect((await search(null, { count: 500 })).items).toHaveLength(25); // Teams' page at most
    expect((await search(null, { count: 0 })).items).toHaveLength(10);
    for (const item of [...page1.items, ...page2.items])
      expect(bytes(asMessage(item))).toBeLessThan(TEAMS_MAX_BYTES);
  });

  it('at the size limits: a 28 KB query is answered, crisis first; a body over 1 MB is refused', async () => {
    const long = `${CRISIS} ${'we talked about the weekend and the weather. '.repeat(640)}`;
    expect(long.length).toBeGreaterThan(TEAMS_MAX_BYTES);
    const { items, text } = await search(long);
    expect(items[0]?.preview.content.title).toBe(t.services.bot.guide.answer(CRISIS).crisis!.title);
    expect(text).not.toContain('the weather');
    for (const item of items) expect(bytes(asMessage(item))).toBeLessThan(TEAMS_MAX_BYTES);
    const huge = await postActivity(server.url, composeQuery(where, 'x'.repeat(1_100_000)));
    expect(huge.status).toBe(413);
    expect(connector.calls).toEqual([]);
  });

  it('an unknown command or no match: an empty list, never an error', async () => {
    expect((await send(composeQuery(where, 'gift', { commandId: 'other' }))).body).toEqual({
      composeExtension: { type: 'result', attachmentLayout: 'list', attachments: [] },
    });
    expect((await search('zzzz qqq')).items).toEqual([]);
  });
});

describe('the message action "Get boundary guidance"', () => {
  /** The card of a dialog response (failing the test when there is none). */
  function dialogCardOf(body: Json | null) {
    const task = (body as { task: { type: string; value: Json } }).task;
    expect(task.type).toBe('continue');
    const card = task.value.card as Json;
    expect(card.contentType).toBe(ADAPTIVE);
    expect(bytes(card)).toBeLessThan(TEAMS_MAX_BYTES);
    return card.content as Json;
  }

  it('opens the guidance for the message in a dialog for the clicker alone; no echo', async () => {
    const html = `<p><at>Dana</at> ${WITH_IDENTIFIERS.replace('gift card', '<b>gift card</b>')}</p>`;
    const r = await send(messageAction(where, html));
    expect((r.body as { task: { value: Json } }).task.value).toMatchObject({
      title: 'Boundary guidance',
    });
    const card = dialogCardOf(r.body);
    expect(textOf(card)).toContain(t.services.bot.guide.topic('gifts')!.title);
    // Identifiers seen: the warning for a message someone else may have written, not the words.
    expect(textOf(card)).toContain(GESTURES.messagePrivacy);
    for (const id of [...IDENTIFIERS, 'Dana']) expect(r.text).not.toContain(id);
    // Dialogs run no Universal Actions: every button submits the dialog, with its verb.
    expect(find(card, 'Action.Execute')).toEqual([]);
    expect(submit(card, 'feedback')).toBeDefined();
    // Nothing was posted in the conversation.
    expect(connector.posts()).toEqual([]);
    // A real question: counted like one, its words not logged.
    const asks = await t.services.store.db.selectFrom('asks').selectAll().execute();
    expect(asks.map((a) => a.platform)).toEqual(['teams']);
    expect(t.logs.join('')).not.toContain('Lopez');
  });

  it('crisis first; a 28 KB message is answered; an empty one gets the help', async () => {
    const crisis = await send(
      messageAction(
        where,
        `<p>${CRISIS}</p>${'<p>and then we spoke about lunch.</p>'.repeat(800)}`,
      ),
    );
    const card = dialogCardOf(crisis.body);
    expect((card.body as Json[])[0]).toMatchObject({ type: 'Container', style: 'attention' });
    expect(crisis.text).not.toContain('lunch');
    const empty = dialogCardOf((await send(messageAction(where, '<p></p>'))).body);
    expect(textOf(empty)).toContain('Ask me about a boundary or ethics situation');
    const other = await send(messageAction(where, '<p>gift</p>', 'someOtherCommand'));
    expect(other.body).toEqual({ task: { type: 'message', value: BUTTON_GONE } });
  });

  it('its buttons go through the action layer: Helpful, a related topic, Not helpful', async () => {
    const card = dialogCardOf(
      (await send(messageAction(where, '<p>a client offered me a gift card</p>'))).body,
    );
    const helpful = submit(card, 'feedback')!;
    const thanks = await send(dialogSubmit(where, helpful.data as Json));
    expect(thanks.body).toEqual({ task: { type: 'message', value: FEEDBACK_NOTED } });
    const counted = await t.services.store.db.selectFrom('feedback').selectAll().execute();
    expect(counted).toHaveLength(1);

    // A related topic opens in the same dialog, not in the conversation.
    const related = find(card, 'Action.Submit').find((a) => (a.data as Json).bbVerb === 'topic')!;
    const topic = dialogCardOf((await send(dialogSubmit(where, related.data as Json))).body);
    expect(textOf(topic)).toContain(String(related.title));
    expect(connector.posts()).toEqual([]);

    // A forged or stale button: the one "gone" answer.
    const forged = await send(dialogSubmit(where, { bbVerb: 'no-such-verb', topicId: 'gifts' }));
    expect(forged.body).toEqual({ task: { type: 'message', value: BUTTON_GONE } });
    const noVerb = await send(dialogSubmit(where, { topicId: 'gifts' }));
    expect(noVerb.body).toEqual({ task: { type: 'message', value: BUTTON_GONE } });
    // A supervisor's move forged from a worker's dialog: refused, whatever it carries.
    connector.setMembers('19:supervisors@thread.tacv2', ['29:sup-1']);
    const claim = await send(dialogSubmit(where, { bbVerb: 'sup-claim', requestId: 'r-1' }));
    expect(claim.body).toEqual({ task: { type: 'message', value: SUPERVISOR.notSupervisor } });

    // The store failing under a click: an apology in the dialog, not an error page.
    vi.spyOn(t.services.store, 'feedback').mockRejectedValueOnce(new Error('disk full'));
    const failed = await send(dialogSubmit(where, helpful.data as Json));
    expect(failed.body).toEqual({ task: { type: 'message', value: COMMAND_FAILED } });
    expect(t.logs.join('')).toContain('teams-dialog-failed');
  });

  it('"Not helpful", then "Ask a supervisor": the preview form and Send, all in the dialog', async () => {
    const card = dialogCardOf(
      (await send(messageAction(where, `<p>${WITH_IDENTIFIERS}</p>`))).body,
    );
    const notHelpful = find(card, 'Action.Submit').find(
      (a) => (a.data as Json).bbVerb === 'feedback' && (a.data as Json).helpful === false,
    )!;
    const thanks = dialogCardOf((await send(dialogSubmit(where, notHelpful.data as Json))).body);
    const ask = submit(thanks, 'sup-ask')!;
    expect(ask.title).toBe('Ask a supervisor');
    const form = dialogCardOf((await send(dialogSubmit(where, ask.data as Json))).body);
    for (const id of IDENTIFIERS) expect(textOf(form)).not.toContain(id);
    const box = find(form, 'Input.Text')[0]!;
    const sendButton = submit(form, 'sup-send')!;
    // Submit merges the inputs' values into the data, as Teams does.
    const sent = await send(
      dialogSubmit(where, {
        ...(sendButton.data as Json),
        [String(box.id)]: `${String(box.value)} Our policy says $25.`,
        [String(find(form, 'Input.ChoiceSet')[0]!.id)]: 'anonymous',
      }),
    );
    expect(textOf(dialogCardOf(sent.body))).toContain('Sent to your supervisors');
    const open = await t.services.store.requests('open');
    expect(open).toHaveLength(1);
    expect(textOf(open)).toContain('Our policy says $25.');
    for (const id of IDENTIFIERS) expect(textOf(open)).not.toContain(id);
  });
});

describe('authentication on', () => {
  it('refuses search, message action and dialog requests without a valid token', async () => {
    const secured = await createTestServices({
      MICROSOFT_APP_ID: '00000000-0000-0000-0000-000000000001',
      MICROSOFT_APP_PASSWORD: 'not-a-real-secret',
      MICROSOFT_APP_TENANT_ID: '99999999-0000-0000-0000-000000000000',
    });
    const s = await createTeamsSurface(secured.services, secured.services.config.teams!);
    const http = await serveSurface(secured.services, s);
    const forged = [{ alg: 'none' }, { iss: 'https://evil.example', aud: 'x' }, {}]
      .map((p) => Buffer.from(JSON.stringify(p)).toString('base64url'))
      .join('.');
    try {
      for (const activity of [
        composeQuery(where, CRISIS),
        messageAction(where, `<p>${WITH_IDENTIFIERS}</p>`),
        dialogSubmit(where, { bbVerb: 'feedback', topicId: 'gifts', helpful: true }),
      ])
        for (const headers of [{}, { authorization: `Bearer ${forged}` }] as Record<
          string,
          string
        >[]) {
          const r = await postActivity(http.url, activity, headers);
          expect(r.status).toBe(401);
          expect(r.text).toBe('');
        }
      expect(connector.calls).toEqual([]);
      expect(await secured.services.store.db.selectFrom('asks').selectAll().execute()).toEqual([]);
      expect(await secured.services.store.db.selectFrom('feedback').selectAll().execute()).toEqual(
        [],
      );
      for (const id of IDENTIFIERS) expect(secured.logs.join('')).not.toContain(id);
    } finally {
      await http.close();
      await secured.close();
    }
  });
});
