// "Ask a supervisor" on Slack, through the real Bolt receiver and the local fake Web API: the
// preview modal, Send, the card in the supervisors' channel, Claim / Answer / Close by members
// of that channel only (forged and replayed clicks and submissions refused), the answer by DM,
// "Helpful"; the crisis protocol first and the card marked urgent; no identifier ever posted.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { INPUT, SUP, VIEW } from '../../../adapters/slack/blocks/supervisor.ts';
import {
  actionBody,
  FORM,
  signedHeaders,
  triggerId,
} from '../../../adapters/slack/testing/signed.ts';
import { createRequestDispatcher } from '../../../src/schedule/requests.ts';
import {
  allText,
  buttons,
  type Payload,
  SECRET,
  type SlackHarness,
  startSlack,
  wait,
} from './harness.ts';

const SUPERVISORS = 'GSUP0001';
const ASKER = 'U1ASK';
const SUP1 = 'USUP1';
const OUTSIDER = 'UOUT9';

let h: SlackHarness;
beforeEach(async () => {
  h = await startSlack({ SUPERVISOR_SLACK_CHANNEL: SUPERVISORS, SUPERVISOR_ANONYMOUS: 'on' });
  h.fake.setMembers(SUPERVISORS, [SUP1, 'USUP2']);
});
afterEach(async () => {
  // Every modal, card and message the flow produced is within Block Kit's limits.
  expect(h.expectAllWithinLimits()).toBeGreaterThan(0);
  await h.close();
});

/** Generous: two shared cores, several test files at once. */
const waitCall = (pred: (c: { method: string; args: Payload }) => boolean) =>
  h.fake.waitFor(pred, 10_000);
const calls = (method: string) => h.fake.calls.filter((c) => c.method === method);
const lastCall = (method: string) => calls(method).at(-1);

async function dispatch() {
  const surface = h.surface;
  const d = createRequestDispatcher({
    store: h.services.store,
    settings: h.services.config.supervisors,
    posters: { slack: surface.requestPoster as NonNullable<typeof surface.requestPoster> },
    instance: 'test',
  });
  return d.tick(h.services.now());
}

/** /boundary ask a supervisor <text>: the modal it opened. */
async function preview(text: string, user = ASKER): Promise<Payload> {
  const before = calls('views.open').length;
  const r = await h.command(`ask a supervisor ${text}`, { user });
  expect(r.status).toBe(200);
  await waitCall(() => calls('views.open').length > before);
  return lastCall('views.open')?.args.view as Payload;
}

const questionOf = (view: Payload) =>
  (view.blocks as Payload[]).find((b) => b.block_id === INPUT.question.block);

/** Send in the preview, with the (edited) text and the identity choice. */
function send(view: Payload, text: string, identity: 'name' | 'anonymous', user = ASKER) {
  return h.submit(
    view,
    {
      [INPUT.question.block]: {
        [INPUT.question.action]: { type: 'plain_text_input', value: text },
      },
      [INPUT.identity.block]: {
        [INPUT.identity.action]: { type: 'radio_buttons', selected_option: { value: identity } },
      },
    },
    { id: user, username: 'pat', name: 'pat' },
  );
}

/** A click on a button of the card in the supervisors' channel. */
function cardClick(actionId: string, requestId: string, user: string, ts: string) {
  return h.click(
    { action_id: actionId, value: requestId },
    {
      container: { type: 'message', message_ts: ts },
      channel: { id: SUPERVISORS },
      message: { ts },
    },
    user,
  );
}

/** The flow up to the card in the supervisors' channel: returns its ts and the request id. */
async function sentAndPosted(text: string, identity: 'name' | 'anonymous' = 'anonymous') {
  const view = await preview(text);
  const initial = String((questionOf(view)?.element as Payload | undefined)?.initial_value ?? '');
  const r = await send(view, initial, identity);
  expect(r.json?.response_action).toBe('update');
  expect(await dispatch()).toBe(1);
  const post = calls('chat.postMessage').find((c) => c.args.channel === SUPERVISORS);
  const claim = buttons(post?.args).find((b) => b.action_id === SUP.claim);
  return { view, post, ts: '1700000000.000001', requestId: String(claim?.value), initial };
}

describe('Ask a supervisor on Slack: the whole flow', () => {
  it('ask, confirm, redact, card, claim, answer, private delivery, helpful', async () => {
    const raw = 'Maria Lopez (DOB 03/14/1988, 555-201-7788) offered me a gift card, can I take it?';
    const view = await preview(raw);
    // The preview: the redacted question in an editable box, the name-or-anonymous choice.
    expect(view.callback_id).toBe(VIEW.confirm);
    const box = questionOf(view)?.element as Payload;
    expect(box.type).toBe('plain_text_input');
    expect(String(box.initial_value)).toContain('gift card');
    for (const id of ['Maria', 'Lopez', '03/14/1988', '555-201-7788'])
      expect(allText(view)).not.toContain(id);
    expect(allText(view)).toContain('Send anonymously');
    expect(view.submit).toBeTruthy();
    expect(h.logs.join('')).not.toContain('gift card');

    // Nothing is stored before Send.
    expect(await h.services.store.requests('open')).toEqual([]);
    const edited = `${String(box.initial_value)} Our policy says $25.`;
    const sent = await send(view, edited, 'name');
    expect(sent.json?.response_action).toBe('update');
    expect(allText(sent.json)).toContain('Sent to your supervisors');

    // The card, in the supervisors' channel, once (a second pass delivers nothing).
    expect(await dispatch()).toBe(1);
    expect(await dispatch()).toBe(0);
    const posts = calls('chat.postMessage').filter((c) => c.args.channel === SUPERVISORS);
    expect(posts).toHaveLength(1);
    const card = posts[0]?.args as Payload;
    expect(allText(card)).toContain('Our policy says $25.');
    expect(allText(card)).toContain(`<@${ASKER}>`); // sent with their name
    for (const id of ['Maria', 'Lopez', '03/14/1988', '555-201-7788'])
      expect(allText(card)).not.toContain(id);
    expect(buttons(card).map((b) => b.action_id)).toEqual([
      SUP.claim,
      SUP.answer,
      SUP.close,
      'sup-delete',
    ]);
    const requestId = String(buttons(card)[0]?.value);
    const ts = '1700000000.000001';

    // Claim: the card shows who claimed it.
    await cardClick(SUP.claim, requestId, SUP1, ts);
    const claimed = await waitCall((c) => c.method === 'chat.update');
    expect(claimed.args).toMatchObject({ channel: SUPERVISORS, ts });
    expect(allText(claimed.args)).toContain('Claimed by');
    expect(buttons(claimed.args).map((b) => b.action_id)).not.toContain(SUP.claim);

    // Answer: a modal, then the card shows the answer.
    const answerClick = await cardClick(SUP.answer, requestId, SUP1, ts);
    const form = await waitCall(
      (c) => c.method === 'views.open' && (c.args.view as Payload).callback_id === VIEW.answer,
    );
    expect(form.args.trigger_id).toBe(answerClick.triggerId);
    const answerText = 'Thank them and decline; gifts over $25 go to the agency.';
    const done = await h.submit(
      form.args.view as Payload,
      {
        [INPUT.answer.block]: {
          [INPUT.answer.action]: { type: 'plain_text_input', value: answerText },
        },
      },
      { id: SUP1, username: 'dana', name: 'dana' },
    );
    expect(done.json?.response_action).toBe('clear');
    await waitCall((c) => c.method === 'chat.update' && allText(c.args).includes(answerText));
    expect(buttons(lastCall('chat.update')?.args)).toEqual(
      expect.not.arrayContaining([expect.objectContaining({ action_id: SUP.answer })]),
    );

    // Private delivery: the asker's DM, once, with "Helpful".
    expect(await dispatch()).toBe(1);
    expect(await dispatch()).toBe(0);
    expect(lastCall('conversations.open')?.args.users).toBe(ASKER);
    const dm = calls('chat.postMessage').filter((c) => String(c.args.channel).startsWith('D'));
    expect(dm).toHaveLength(1);
    expect(allText(dm[0]?.args)).toContain(answerText);
    expect(allText(dm[0]?.args)).toContain('Answered by a supervisor');
    const helpful = buttons(dm[0]?.args).find((b) => b.action_id === SUP.helpful);
    expect(helpful?.value).toBe(requestId);

    // Someone else's "Helpful" changes nothing; the asker's is thanked and counted.
    const dmWhere = (ts2: string) => ({
      container: { type: 'message', message_ts: ts2 },
      channel: { id: String(dm[0]?.args.channel) },
      message: { ts: ts2, blocks: dm[0]?.args.blocks },
    });
    const other = await h.click(
      { action_id: SUP.helpful, value: requestId },
      dmWhere('1.2'),
      OUTSIDER,
    );
    await waitCall((c) => c.method === 'response_url' && c.args.response_id === other.responseId);
    expect((await h.services.store.request(requestId))?.helpful).toBe(false);
    await h.click({ action_id: SUP.helpful, value: requestId }, dmWhere('1.2'), ASKER);
    const thanked = await waitCall(
      (c) => c.method === 'chat.update' && String(c.args.channel).startsWith('D'),
    );
    expect(allText(thanked.args)).toContain('Thanks');
    expect(buttons(thanked.args).some((b) => b.action_id === SUP.helpful)).toBe(false);
    expect((await h.services.store.request(requestId))?.helpful).toBe(true);
    expect(h.logs.join('')).not.toContain(answerText);
    // Many steps in a row: generous on two shared cores.
  }, 60_000);

  it('sends anonymously when chosen: no name or mention on the card', async () => {
    const { post } = await sentAndPosted('a client wants to friend me on Instagram, is that ok?');
    expect(allText(post?.args)).toContain('Anonymous');
    expect(allText(post?.args)).not.toContain(ASKER);
  });

  it('closes with a reason through a modal', async () => {
    const { requestId, ts } = await sentAndPosted('can I give a client a ride home?');
    await cardClick(SUP.close, requestId, SUP1, ts);
    const form = await waitCall(
      (c) => c.method === 'views.open' && (c.args.view as Payload).callback_id === VIEW.close,
    );
    const r = await h.submit(
      form.args.view as Payload,
      {
        [INPUT.reason.block]: {
          [INPUT.reason.action]: { type: 'plain_text_input', value: 'answered in team meeting' },
        },
      },
      { id: SUP1, username: 'dana', name: 'dana' },
    );
    expect(r.json?.response_action).toBe('clear');
    const update = await waitCall((c) => c.method === 'chat.update');
    expect(allText(update.args)).toContain('Closed: answered in team meeting');
    expect(buttons(update.args)).toEqual([expect.objectContaining({ action_id: 'sup-delete' })]);
  });
});

describe('delete', () => {
  it('a supervisor deletes a request at once: the card keeps nothing of the question', async () => {
    const { requestId, ts } = await sentAndPosted('a client asked for my personal number');
    await cardClick('sup-delete', requestId, SUP1, ts);
    const update = await waitCall((c) => c.method === 'chat.update');
    expect(allText(update.args)).toContain('Deleted.');
    expect(allText(update.args)).not.toContain('personal number');
    expect(buttons(update.args)).toEqual([]);
    expect(await h.services.store.request(requestId)).toBeFalsy();
  });
});

describe('only supervisors may act', () => {
  it('refuses a non-member privately, for every move, and changes nothing', async () => {
    const { requestId, ts } = await sentAndPosted('can I accept a coffee from a client?');
    for (const action of [SUP.claim, SUP.answer, SUP.close, 'sup-delete']) {
      const r = await cardClick(action, requestId, OUTSIDER, ts);
      const [reply] = await waitFor(() => h.responses(r.responseId));
      expect(reply?.args.response_type).toBe('ephemeral');
      expect(allText(reply?.args)).toContain('Only the supervisors');
    }
    await wait(100);
    expect(calls('chat.update')).toHaveLength(0);
    expect(calls('views.open')).toHaveLength(1); // the asker's preview only
    expect((await h.services.store.request(requestId))?.state).toBe('open');
  });

  it('refuses a forged Answer submission (a modal the person was never shown)', async () => {
    const { requestId } = await sentAndPosted('can I hug a client who is crying?');
    const forged = {
      callback_id: VIEW.answer,
      private_metadata: JSON.stringify({
        requestId,
        channel: SUPERVISORS,
        ts: '1700000000.000001',
      }),
      blocks: [],
    };
    const r = await h.submit(
      forged,
      {
        [INPUT.answer.block]: {
          [INPUT.answer.action]: { type: 'plain_text_input', value: 'sure, go ahead' },
        },
      },
      { id: OUTSIDER, username: 'eve', name: 'eve' },
    );
    expect(r.json?.response_action).toBe('errors');
    expect(allText(r.json)).toContain('Only the supervisors');
    expect((await h.services.store.request(requestId))?.state).toBe('open');
    expect(calls('chat.update')).toHaveLength(0);
    expect(await dispatch()).toBe(0); // no answer queued
  });

  it('acts once on a replayed click and a replayed submission (same trigger_id)', async () => {
    const { requestId, ts } = await sentAndPosted('a client asked me to be their sponsor');
    const body = actionBody({
      type: 'block_actions',
      team: { id: 'T1' },
      user: { id: SUP1, team_id: 'T1' },
      api_app_id: 'A1',
      trigger_id: triggerId(),
      response_url: h.fake.responseUrl('replayed'),
      container: { type: 'message', message_ts: ts },
      channel: { id: SUPERVISORS },
      message: { ts },
      actions: [
        { type: 'button', block_id: 'b', action_ts: '1', action_id: SUP.claim, value: requestId },
      ],
    });
    const headers = signedHeaders(SECRET, body, FORM);
    const results = [];
    for (let i = 0; i < 3; i++) results.push(await h.send(body, headers));
    expect(results.map((x) => x.status)).toEqual([200, 200, 200]);
    await waitCall((c) => c.method === 'chat.update');
    await wait(150);
    expect(calls('chat.update')).toHaveLength(1);

    // A captured Send replayed: one request.
    const view = await preview('may I attend a client graduation party?');
    const sent = await send(view, 'may I attend a client graduation party?', 'anonymous');
    const again = await h.send(sent.body, signedHeaders(SECRET, sent.body, FORM));
    expect(again).toEqual({ status: 200, json: null });
    expect((await h.services.store.requests('open')).length).toBe(1); // the first one is claimed
  });

  it('asks Slack for the members once a minute, not on every click', async () => {
    const { requestId, ts } = await sentAndPosted('a client offered me tickets');
    await cardClick(SUP.claim, requestId, SUP1, ts);
    await waitCall((c) => c.method === 'chat.update');
    await cardClick(SUP.answer, requestId, SUP1, ts);
    await waitCall(
      (c) => c.method === 'views.open' && (c.args.view as Payload).callback_id === VIEW.answer,
    );
    expect(calls('conversations.members')).toHaveLength(1);
  });
});

describe('where Ask a supervisor is offered', () => {
  it('on an honest miss in a DM: the button opens the preview with the draft', async () => {
    await h.event('Ev-miss', {
      type: 'message',
      channel_type: 'im',
      channel: 'D1',
      user: ASKER,
      ts: '1700000001.000100',
      text: 'asdf qwerty zxcv',
    });
    const reply = await waitCall((c) => c.method === 'chat.postMessage');
    const ask = buttons(reply.args).find((b) => String(b.action_id).startsWith(`${SUP.ask}:`));
    expect(ask?.action_id).toBe(`${SUP.ask}:miss`);
    const click = await h.click(
      { action_id: String(ask?.action_id), value: String(ask?.value) },
      { container: { type: 'message', message_ts: '1.1' }, channel: { id: 'D1' } },
      ASKER,
    );
    const opened = await waitCall((c) => c.method === 'views.open');
    expect(opened.args.trigger_id).toBe(click.triggerId);
    const box = questionOf(opened.args.view as Payload)?.element as Payload | undefined;
    expect(box?.initial_value).toBe('asdf qwerty zxcv');
  });

  it('gives the preview as a button when the modal cannot open (trigger expired)', async () => {
    h.fake.fail('views.open', 'expired_trigger_id');
    const r = await h.command('ask a supervisor can I lend a client $20?', { user: ASKER });
    expect(r.status).toBe(200);
    const [later] = await waitFor(() =>
      h.fake.calls.filter((c) => c.method === 'response_url' && buttons(c.args).length > 0),
    );
    const ask = buttons(later?.args)[0];
    expect(ask?.action_id).toBe(`${SUP.ask}:command`);
    expect(String(ask?.value)).toContain('lend a client');
  });

  it('after "Not helpful": the thanks carries the button', async () => {
    const r = await h.click({ action_id: 'feedback:no', value: 'no|gifts' });
    const [thanks] = await waitFor(() => h.responses(r.responseId));
    expect(buttons(thanks?.args).map((b) => b.action_id)).toEqual([`${SUP.ask}:not-helpful`]);
  });

  it('lists requests for supervisors only (/boundary requests)', async () => {
    const { requestId } = await sentAndPosted('can I accept a coffee from a client?');
    const outsider = await h.command('requests', { user: OUTSIDER });
    expect(allText(outsider.json)).toContain('Only the supervisors');
    expect(allText(outsider.json)).not.toContain('coffee');
    const list = await h.command('requests open', { user: SUP1 });
    expect(list.json?.response_type).toBe('ephemeral');
    expect(allText(list.json)).toContain('coffee');
    expect(buttons(list.json).find((b) => b.action_id === SUP.claim)?.value).toBe(requestId);
  });
});

describe('lists stay private', () => {
  it('a supervisor mentioning "requests" in another channel gets the list privately', async () => {
    await sentAndPosted('a client asked me out for coffee');
    await h.event('Ev-req', {
      type: 'app_mention',
      user: SUP1,
      channel: 'CPUBLIC1',
      ts: '1700000002.000100',
      text: '<@UBOT> requests',
    });
    const reply = await waitCall((c) => c.method === 'chat.postEphemeral');
    expect(reply.args).toMatchObject({ channel: 'CPUBLIC1', user: SUP1 });
    expect(allText(reply.args)).toContain('coffee');
    await wait(100);
    expect(calls('chat.postMessage').filter((c) => c.args.channel === 'CPUBLIC1')).toEqual([]);
  });
});

describe('crisis and size', () => {
  it('shows the crisis protocol first in the preview and marks the card urgent', async () => {
    const r0 = await h.command(
      'ask a supervisor my client told me she will kill herself tonight, she has pills saved',
      { user: ASKER },
    );
    // The protocol reaches the asker in the acknowledgement at once, whatever the modal does.
    expect(allText((r0.json?.blocks as Payload[] | undefined)?.[0])).toMatch(/Safety first/i);
    const view = (await waitCall((c) => c.method === 'views.open')).args.view as Payload;
    const first = (view.blocks as Payload[])[0];
    expect(first?.type).toBe('header');
    expect(allText(first)).toMatch(/Safety first/i);
    const initial = String((questionOf(view)?.element as Payload | undefined)?.initial_value ?? '');
    const r = await send(view, initial, 'anonymous');
    expect(r.json?.response_action).toBe('update');
    const sentView = (r.json as Payload).view as Payload;
    expect(allText((sentView.blocks as Payload[])[0])).toMatch(/Safety first/i);
    await dispatch();
    const card = calls('chat.postMessage').find((c) => c.args.channel === SUPERVISORS)?.args;
    expect(allText((card?.blocks as Payload[] | undefined)?.[0])).toContain('Urgent');
    expect(String(card?.text)).toMatch(/^Urgent/);
  });

  it('a question at the 1,500-character limit, full of characters Slack escapes, fits', async () => {
    // 1,500 characters, 600 of them "&": escaped, over 3,900.
    const long = 'Q&&A '.repeat(300).trim();
    const view = await preview(long);
    const r = await send(view, long, 'anonymous');
    expect(r.json?.response_action).toBe('update');
    expect(await dispatch()).toBe(1);
    const card = calls('chat.postMessage').find((c) => c.args.channel === SUPERVISORS)?.args;
    // Shown whole, over as many sections as it takes (escaping makes it longer than 3,000).
    const shown = ((card?.blocks ?? []) as Payload[])
      .filter((b) => b.type === 'section')
      .map((b) => String((b.text as Payload).text))
      .join(' ');
    expect(shown.replace(/\s+/g, ' ')).toContain('Q&amp;&amp;A Q&amp;&amp;A');
    expect(shown.length).toBeGreaterThan(3000);
  });
});

async function waitFor<T>(get: () => T[], ms = 10_000): Promise<T[]> {
  const until = Date.now() + ms;
  for (;;) {
    const found = get();
    if (found.length) return found;
    if (Date.now() > until) throw new Error('nothing came');
    await wait(5);
  }
}
