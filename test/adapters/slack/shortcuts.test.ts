// Asking in one gesture on Slack, through the real Bolt receiver and the local fake Web API:
// "Get boundary guidance" on a message (private answer, DM when Slack refuses, the message's text
// never echoed, logged or kept, even with LOG_QUESTIONS and COLLECT_MISSES on), "Ask boundary-bot
// privately" (the question box, the answer in it protocol first, "Send me this in a DM", the
// supervisor route), forged and replayed payloads, and payloads at Slack's size limits.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ASK_INPUT, ASK_VIEW, SHORTCUT } from '../../../adapters/slack/blocks/gestures.ts';
import { SUP, VIEW } from '../../../adapters/slack/blocks/supervisor.ts';
import {
  actionBody,
  FORM,
  signedHeaders,
  triggerId,
} from '../../../adapters/slack/testing/signed.ts';
import { GESTURES, SUPERVISOR } from '../../../src/core/copy.ts';
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
let h: SlackHarness;
beforeEach(async () => {
  // The strictest setting for the test: an agency that keeps redacted questions and misses.
  h = await startSlack({
    SUPERVISOR_SLACK_CHANNEL: SUPERVISORS,
    LOG_QUESTIONS: 'redacted',
    COLLECT_MISSES: 'on',
  });
});
afterEach(async () => {
  expect(h.expectAllWithinLimits()).toBeGreaterThan(0);
  await h.close();
});

let shortcuts = 0;
const calls = (method: string) => h.fake.calls.filter((c) => c.method === method);
const waitCall = (pred: (c: { method: string; args: Payload }) => boolean) =>
  h.fake.waitFor(pred, 10_000);

/** "Get boundary guidance" on a message in a channel; `secret` signs it (a forger's is wrong). */
function onMessage(
  text: string,
  o: { user?: string; channel?: string; trigger?: string; secret?: string } = {},
) {
  const responseId = `sc-${++shortcuts}`;
  const body = actionBody({
    type: 'message_action',
    token: 'legacy',
    callback_id: SHORTCUT.message,
    trigger_id: o.trigger ?? triggerId(),
    response_url: h.fake.responseUrl(responseId),
    action_ts: '1700000100.000001',
    message_ts: '1700000001.000100',
    team: { id: 'T1', domain: 'agency' },
    user: { id: o.user ?? 'U1', name: 'pat', team_id: 'T1' },
    channel: { id: o.channel ?? 'C1', name: 'peer-team' },
    message: { type: 'message', user: 'UAUTHOR', ts: '1700000001.000100', text },
  });
  return h
    .send(body, signedHeaders(o.secret ?? SECRET, body, FORM))
    .then((r) => ({ ...r, responseId }));
}

/** "Ask boundary-bot privately": the question box it opened. */
async function openBox(user = 'U1'): Promise<Payload> {
  const trigger = triggerId();
  const body = actionBody({
    type: 'shortcut',
    token: 'legacy',
    callback_id: SHORTCUT.global,
    trigger_id: trigger,
    action_ts: '1700000100.000002',
    team: { id: 'T1', domain: 'agency' },
    user: { id: user, username: 'pat', team_id: 'T1' },
  });
  const r = await h.send(body, signedHeaders(SECRET, body, FORM));
  expect(r.status).toBe(200);
  const open = await waitCall((c) => c.method === 'views.open' && c.args.trigger_id === trigger);
  return open.args.view as Payload;
}

/** The box submitted with a question: the view that replaces it. */
async function askInBox(text: string): Promise<Payload> {
  const box = await openBox();
  const r = await h.submit(box, {
    [ASK_INPUT.block]: { [ASK_INPUT.action]: { type: 'plain_text_input', value: text } },
  });
  expect(r.json?.response_action).toBe('update');
  return (r.json as Payload).view as Payload;
}

const blocksOf = (p: Payload | undefined) => (p?.blocks ?? []) as Payload[];

describe('"Get boundary guidance" on a message', () => {
  it('answers the person who clicked, privately, with Share, never repeating the message', async () => {
    const text = 'A participant offered me a $40 gift card after group today, should I accept it?';
    const r = await onMessage(text);
    expect(r.status).toBe(200);
    const [reply] = await waitFor(() => h.responses(r.responseId));
    expect(reply?.args).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(allText(reply?.args)).toContain('Gifts');
    expect(allText(reply?.args)).toContain(GESTURES.forMessage);
    expect(buttons(reply?.args).map((b) => String(b.action_id))).toContain('share:topic');
    // Logged once the reply is delivered, which can be a turn after the fake records it.
    const logged = await waitFor(() =>
      h.logs.filter((l) => l.includes('"event":"slack-shortcut"')),
    );
    expect(logged.join('')).toContain('"delivered"');
    // Its words: not in the reply, not in the logs (all of them, now), not kept.
    for (const words of ['$40 gift card after group', 'should I accept it'])
      expect(allText(reply?.args) + h.logs.join('')).not.toContain(words);
    expect(calls('chat.postMessage')).toEqual([]); // nothing public
  });

  it('keeps nothing of a message it cannot match, though misses are collected', async () => {
    const r = await onMessage('the quarterly parking lot repaving schedule moved to thursday');
    await waitFor(() => h.responses(r.responseId));
    const misses = await h.services.store.missesBetween(new Date(0), new Date(2100, 0));
    expect(misses).toEqual([]);
    expect(h.logs.join('')).not.toContain('repaving');
    // The same words typed by the person into the box are theirs: kept, redacted, as configured.
    await askInBox('the quarterly parking lot repaving schedule moved to thursday');
    const kept = await h.services.store.missesBetween(new Date(0), new Date(2100, 0));
    expect(kept.length).toBe(1);
  });

  it("warns about identifiers without repeating them, in words for someone else's message", async () => {
    const r = await onMessage(
      'Maria Lopez (DOB 03/14/1988, 555-201-7788) offered me a gift card, can I take it?',
    );
    const [reply] = await waitFor(() => h.responses(r.responseId));
    const shown = allText(reply?.args);
    expect(shown).toContain('this message may identify someone');
    for (const id of ['Maria', 'Lopez', '03/14/1988', '555-201-7788']) {
      expect(allText(h.fake.calls)).not.toContain(id);
      expect(h.logs.join('')).not.toContain(id);
    }
  });

  it('puts the crisis protocol first, and posts it in the message thread without the message', async () => {
    const text = 'my client told me she will kill herself tonight, she has pills saved';
    const r = await onMessage(text, { user: 'U7' });
    const [reply] = await waitFor(() => h.responses(r.responseId));
    expect(blocksOf(reply?.args)[0]?.type).toBe('header');
    expect(allText(blocksOf(reply?.args)[0])).toMatch(/Safety first/i);
    // No "Share" under a protocol: it is already posted for everyone.
    expect(buttons(reply?.args).some((b) => String(b.action_id).startsWith('share'))).toBe(false);
    const posted = await waitCall((c) => c.method === 'chat.postMessage');
    expect(posted.args).toMatchObject({ channel: 'C1', thread_ts: '1700000001.000100' });
    expect(allText(posted.args)).toContain('<@U7>');
    expect(allText(posted.args)).not.toContain('kill herself');
    expect(h.logs.join('')).not.toContain('kill herself');
  });

  it('sends a DM when Slack refuses the answer in the conversation', async () => {
    h.fake.fail('response_url', 'expired_url');
    await onMessage('a client wants to friend me on facebook');
    const post = await waitCall((c) => c.method === 'chat.postMessage');
    expect(calls('conversations.open')[0]?.args.users).toBe('U1');
    expect(String(post.args.channel)).toMatch(/^D/);
    expect(allText(post.args)).toMatch(/social media|friend/i);
    // Sharing from the bot's DM would reach nobody: not offered there.
    expect(buttons(post.args).some((b) => String(b.action_id).startsWith('share'))).toBe(false);
  });

  it("answers a 40,000-character message (Slack's limit) within Block Kit limits", async () => {
    const unit = 'a client offered me a gift card & asked me to keep it quiet. ';
    const text = unit.repeat(Math.ceil(40_000 / unit.length)).slice(0, 40_000);
    expect(text.length).toBe(40_000);
    const r = await onMessage(text);
    expect(r.status).toBe(200);
    const [reply] = await waitFor(() => h.responses(r.responseId));
    expect(allText(reply?.args)).toContain('Gifts');
    expect(allText(reply?.args)).not.toContain('keep it quiet');
    expect(h.logs.join('')).not.toContain('keep it quiet');
  });

  it('refuses a forged shortcut before Bolt, and answers a replayed one once', async () => {
    const forged = await onMessage('a client offered me a gift card', { secret: 'not-the-secret' });
    expect(forged.status).toBe(401);
    const trigger = triggerId();
    const first = await onMessage('a client offered me a gift card', { trigger });
    const again = await onMessage('a client offered me a gift card', { trigger });
    expect([first.status, again.status]).toEqual([200, 200]);
    await waitFor(() => h.responses(first.responseId));
    await wait(200);
    expect(h.responses(forged.responseId)).toEqual([]);
    expect(h.responses(again.responseId)).toEqual([]);
  });
});

describe('"Ask boundary-bot privately"', () => {
  it('opens a question box, and answers in it with "Send me this in a DM"', async () => {
    const box = await openBox();
    expect(box.callback_id).toBe(ASK_VIEW.question);
    expect(allText(box)).toContain(GESTURES.boxLabel);
    const view = await askInBox('can I drive a client to an appointment in my own car?');
    expect(view.callback_id).toBe(ASK_VIEW.answer);
    const keep = buttons(view).find((b) => String(b.action_id).startsWith('ask-dm:'));
    expect(keep?.text).toMatchObject({ text: expect.stringContaining(GESTURES.sendToDm) });
    expect(String(keep?.value)).not.toContain('car');

    // The copy in the DM, rebuilt from the topic id; the box says where it went.
    const click = await h.click(
      { action_id: String(keep?.action_id), value: String(keep?.value) },
      {
        container: { type: 'view', view_id: 'VASK' },
        view: { id: 'VASK', type: 'modal', blocks: view.blocks },
      },
    );
    expect(click.status).toBe(200);
    const dm = await waitCall((c) => c.method === 'chat.postMessage');
    expect(String(dm.args.channel)).toMatch(/^D/);
    expect(allText(dm.args)).toContain('transport');
    const updated = await waitCall((c) => c.method === 'views.update');
    expect(updated.args.view_id).toBe('VASK');
    expect(allText(updated.args.view)).toContain(GESTURES.sentToDm);
    expect(
      buttons(updated.args.view as Payload).some((b) => String(b.action_id).startsWith('ask-dm')),
    ).toBe(false);
  });

  it('shows the crisis protocol on top of the answer, and keeps it in the DM copy', async () => {
    const view = await askInBox('my client said he wants to end his life and has a gun at home');
    const [first] = blocksOf(view);
    expect(first?.type).toBe('header');
    expect(allText(first)).toMatch(/Safety first/i);
    const keep = buttons(view).find((b) => String(b.action_id).startsWith('ask-dm:'));
    await h.click(
      { action_id: String(keep?.action_id), value: String(keep?.value) },
      {
        container: { type: 'view', view_id: 'VASK' },
        view: { id: 'VASK', type: 'modal', blocks: view.blocks },
      },
    );
    const dm = await waitCall((c) => c.method === 'chat.postMessage');
    expect(allText(blocksOf(dm.args)[0])).toMatch(/Safety first/i);
    expect(allText(dm.args)).not.toContain('gun at home');
  });

  it('warns about identifiers and never echoes them', async () => {
    const view = await askInBox(
      'Jane Smith, 42 Elm Street, asked me to lend her $20. Is that okay?',
    );
    expect(allText(view)).toContain('Privacy:');
    for (const id of ['Jane', 'Smith', '42 Elm Street']) {
      expect(allText(view)).not.toContain(id);
      expect(h.logs.join('')).not.toContain(id);
    }
  });

  it('offers the supervisor route, whose preview opens on top of the box', async () => {
    const view = await askInBox('a client offered me a gift card');
    const ask = buttons(view).find((b) => String(b.action_id).startsWith(`${SUP.ask}:`));
    expect(ask?.text).toMatchObject({ text: expect.stringContaining(SUPERVISOR.askButton) });
    const click = await h.click(
      { action_id: String(ask?.action_id), value: String(ask?.value) },
      { container: { type: 'view', view_id: 'VASK' }, view: { id: 'VASK', type: 'modal' } },
    );
    const pushed = await waitCall((c) => c.method === 'views.push');
    expect(pushed.args.trigger_id).toBe(click.triggerId);
    expect((pushed.args.view as Payload).callback_id).toBe(VIEW.confirm);
    expect(allText(pushed.args.view)).toContain('gift card');
  });

  it("answers a question at the box's 3,000-character limit", async () => {
    const unit = 'my client keeps texting me late at night & I am not sure what to do. ';
    const text = unit.repeat(50).slice(0, 3_000);
    const view = await askInBox(text);
    expect(allText(blocksOf(view)[0])).toContain('after-hours');
    // Only "Ask a supervisor" carries the question: redacted, cut to 1,500 characters for the
    // preview's edit box (see core/supervisor/offer.ts); the answer never repeats it.
    const ask = buttons(view).find((b) => String(b.action_id).startsWith(`${SUP.ask}:`));
    expect(String(ask?.value).length).toBeLessThanOrEqual('command|'.length + 1_500);
    const rest = blocksOf(view).filter((b) => !allText(b).includes(`${SUP.ask}:`));
    expect(allText(rest)).not.toContain('late at night &');
  });
});

describe('forged and malformed payloads at every new entry point', () => {
  const payloads: Record<string, Payload> = {
    'global shortcut': {
      type: 'shortcut',
      callback_id: SHORTCUT.global,
      trigger_id: 'forged.1',
      user: { id: 'U1', username: 'pat' },
    },
    'question box submitted': {
      type: 'view_submission',
      trigger_id: 'forged.2',
      user: { id: 'U1' },
      view: {
        id: 'V1',
        callback_id: ASK_VIEW.question,
        state: { values: { question: { text: { type: 'plain_text_input', value: 'a gift' } } } },
      },
    },
    'Send me this in a DM': {
      type: 'block_actions',
      trigger_id: 'forged.3',
      user: { id: 'U1' },
      actions: [{ type: 'button', action_id: 'ask-dm:answer', value: 'answer' }],
      view: { id: 'V1', type: 'modal', blocks: [] },
    },
    'a suggested question': {
      type: 'block_actions',
      trigger_id: 'forged.4',
      user: { id: 'U1' },
      channel: { id: 'DU1' },
      actions: [{ type: 'button', action_id: 'ask-example:0', value: '0' }],
    },
  };

  it('refuses each, unsigned by Slack, before any listener runs (401)', async () => {
    for (const [what, payload] of Object.entries(payloads)) {
      const body = actionBody(payload);
      const r = await h.send(body, signedHeaders('not-the-secret', body, FORM));
      expect(r.status, what).toBe(401);
    }
    const event = JSON.stringify({
      type: 'event_callback',
      event_id: 'Ev-forged',
      event: { type: 'app_home_opened', user: 'U1', channel: 'DU1', tab: 'messages' },
    });
    const forged = await h.send(event, signedHeaders('not-the-secret', event, 'application/json'));
    expect(forged.status).toBe(401);
    await wait(200);
    expect(h.fake.calls.filter((c) => c.method !== 'auth.test')).toEqual([]);
    // Something the checks can read, for the limits check after each test.
    await askInBox('a client offered me a gift card');
  });

  it('refuses a signed shortcut that is not a shape Slack sends (400)', async () => {
    const body = actionBody({ type: 'message_action', user: { id: 'U1' } }); // no callback_id
    const r = await h.send(body, signedHeaders(SECRET, body, FORM));
    expect(r.status).toBe(400);
    await askInBox('a client offered me a gift card');
  });

  it('answers a forged question far over the box limit within Block Kit limits', async () => {
    const box = await openBox();
    const text = 'can I accept a gift card from a client? '.repeat(1_000); // 40,000 characters
    const r = await h.submit(box, {
      [ASK_INPUT.block]: { [ASK_INPUT.action]: { type: 'plain_text_input', value: text } },
    });
    expect(r.json?.response_action).toBe('update');
    const view = (r.json as Payload).view as Payload;
    expect(allText(view)).toContain('Gifts');
    const ask = buttons(view).find((b) => String(b.action_id).startsWith(`${SUP.ask}:`));
    expect(String(ask?.value).length).toBeLessThanOrEqual('command|'.length + 1_500);
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
