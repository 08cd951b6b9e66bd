// The bot's Messages tab and App Home, through the real Bolt receiver: a welcome with three
// suggested questions the first time the Messages tab opens (never twice), Slack's suggested
// prompts where the workspace has agent messaging and the welcome alone where it does not, and a
// suggested question answered where it was clicked (the DM, or a modal from the App Home).
import { describe, expect, it } from 'vitest';
import { SUGGESTED } from '../../../adapters/slack/ids.ts';
import { GESTURES } from '../../../src/core/copy.ts';
import {
  allText,
  buttons,
  type Payload,
  type SlackHarness,
  slackPerTest,
  wait,
} from './harness.ts';

let h: SlackHarness;
slackPerTest((started) => {
  h = started;
});

const DM = 'DU1';
const openTab = (id: string, tab: 'messages' | 'home' = 'messages') =>
  h.event(id, { type: 'app_home_opened', user: 'U1', channel: DM, tab, event_ts: '1.2' });
const calls = (method: string) => h.fake.calls.filter((c) => c.method === method);

describe('the Messages tab', () => {
  it('welcomes a first visit with three suggested questions, once', async () => {
    await openTab('Ev-m1');
    const welcome = await h.fake.waitFor((c) => c.method === 'chat.postMessage');
    expect(welcome.args.channel).toBe(DM);
    expect(allText(welcome.args)).toContain(GESTURES.tryAsking);
    const asks = buttons(welcome.args).filter((b) =>
      String(b.action_id).startsWith('ask-example:'),
    );
    expect(asks.map((b) => (b.text as Payload).text)).toEqual(SUGGESTED);
    expect(asks.map((b) => b.value)).toEqual(['0', '1', '2']); // indexes, not words
    // Agent messaging: the same questions as Slack's suggested prompts, for the conversation.
    const prompts = calls('assistant.threads.setSuggestedPrompts')[0]?.args;
    expect(prompts).toMatchObject({ channel_id: DM, title: GESTURES.tryAsking });
    expect(prompts?.thread_ts).toBeUndefined();
    expect(JSON.parse(String(prompts?.prompts))).toEqual(
      SUGGESTED.map((q) => ({ title: q, message: q })),
    );

    await openTab('Ev-m2');
    await h.fake.waitFor(
      (c) => c.method === 'conversations.history' && calls('conversations.history').length === 2,
    );
    await wait(100);
    expect(calls('chat.postMessage')).toHaveLength(1);
  });

  it('falls back to the welcome alone where Slack has no suggested prompts (and stops asking)', async () => {
    h.fake.fail('assistant.threads.setSuggestedPrompts', 'feature_not_enabled');
    await openTab('Ev-m3');
    const welcome = await h.fake.waitFor((c) => c.method === 'chat.postMessage');
    expect(buttons(welcome.args).length).toBe(3);
    await openTab('Ev-m4');
    await h.fake.waitFor(() => calls('conversations.history').length === 2);
    expect(calls('assistant.threads.setSuggestedPrompts')).toHaveLength(1);
  });

  it('answers a suggested question in the DM, where it stays', async () => {
    const r = await h.click(
      { action_id: 'ask-example:1', value: '1' },
      {
        container: { type: 'message', message_ts: '1.1' },
        channel: { id: DM },
        message: { ts: '1.1' },
      },
    );
    expect(r.status).toBe(200);
    const reply = await h.fake.waitFor((c) => c.method === 'chat.postMessage');
    expect(reply.args.channel).toBe(DM);
    expect(allText(reply.args)).toMatch(/social media/i);
    // A value that is not one of the questions is a button the app does not have.
    const odd = await h.click(
      { action_id: 'ask-example:9', value: '9' },
      {
        container: { type: 'message', message_ts: '1.1' },
        channel: { id: DM },
        message: { ts: '1.1' },
      },
    );
    const [gone] = await waitFor(() => h.responses(odd.responseId));
    expect(allText(gone?.args)).toContain('no longer available');
  });
});

describe('the App Home', () => {
  it('shows the same three questions; one opens its answer in a modal', async () => {
    await openTab('Ev-h1', 'home');
    const publish = await h.fake.waitFor((c) => c.method === 'views.publish');
    const asks = buttons(publish.args.view as Payload).filter((b) =>
      String(b.action_id).startsWith('ask-example:'),
    );
    expect(asks.map((b) => (b.text as Payload).text)).toEqual(SUGGESTED);
    const click = await h.click(
      { action_id: 'ask-example:0', value: '0' },
      { container: { type: 'view', view_id: 'VHOME' }, view: { id: 'VHOME', type: 'home' } },
    );
    const opened = await h.fake.waitFor((c) => c.method === 'views.open');
    expect(opened.args.trigger_id).toBe(click.triggerId);
    expect(allText(opened.args.view)).toContain('Gifts');
    expect(calls('chat.postMessage')).toEqual([]);
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
