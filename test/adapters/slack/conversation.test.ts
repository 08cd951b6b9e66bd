// Mentions in a channel (answered in the thread) and direct messages (answered in the DM):
// guidance blocks, the crisis protocol first, a private note when a message identifies someone.
import { describe, expect, it } from 'vitest';
import { PRIVACY_WARNING } from '../../../src/core/render-text.ts';
import { TWO_TOPIC_QUESTION } from '../../support/two-topics.ts';
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

let n = 0;
const mention = (text: string, extra: Payload = {}) => {
  const ts = `1700000100.${String(++n).padStart(6, '0')}`;
  return h.event(`Ev-m${n}`, {
    type: 'app_mention',
    user: 'U1',
    channel: 'C1',
    ts,
    event_ts: ts,
    text: `<@UBOT> ${text}`,
    ...extra,
  });
};
const dm = (text: string, extra: Payload = {}) => {
  const ts = `1700000200.${String(++n).padStart(6, '0')}`;
  return h.event(`Ev-d${n}`, {
    type: 'message',
    channel_type: 'im',
    user: 'U1',
    channel: 'D1',
    ts,
    event_ts: ts,
    text,
    ...extra,
  });
};
const posted = () => h.fake.waitFor((c) => c.method === 'chat.postMessage');
const headerText = (msg: Payload) =>
  ((msg.blocks as Payload[]).find((b) => b.type === 'header')?.text as Payload)?.text;

describe('a mention in a channel', () => {
  it('answers in the thread with the first screen of the guidance and "More" for the rest', async () => {
    await mention('a client offered me a $50 gift card');
    const { args } = await posted();
    expect(args.channel).toBe('C1');
    expect(args.thread_ts).toBe(`1700000100.${String(n).padStart(6, '0')}`);
    expect(headerText(args)).toBe('Gifts, tips and favors');
    const text = allText(args);
    const gifts = h.services.bot.guide.topic('gifts');
    expect(text).toContain(`*${gifts?.principle}*`);
    expect(text).toContain('What to do');
    expect(text).toContain(`1. ${gifts?.steps[0]}`);
    expect(text).toContain(`2. ${gifts?.steps[1]}`);
    expect(text).toContain('Reflect:');
    // Sources, nuance and related topics wait behind "More".
    expect(text).not.toContain('Sources:');
    expect(text).not.toContain('When it changes');
    const ids = buttons(args).map((b) => String(b.action_id));
    expect(ids).toContain('topic-more:topic');
    expect(buttons(args).find((b) => b.action_id === 'topic-more:topic')?.value).toBe('gifts|');
    // Slack's own feedback buttons, carrying what the old buttons carried.
    const thumbs = (args.blocks as Payload[]).find((b) => b.type === 'context_actions');
    expect(thumbs?.elements).toEqual([
      expect.objectContaining({
        type: 'feedback_buttons',
        action_id: 'feedback:native',
        positive_button: expect.objectContaining({ value: 'yes|gifts' }),
        negative_button: expect.objectContaining({ value: 'no|gifts' }),
      }),
    ]);
    expect(ids.some((i) => i.startsWith('feedback:'))).toBe(false);
    expect(ids.some((i) => i.startsWith('topic-show:related-'))).toBe(false);
    // Public already: no "Share with channel" here, and no echo of the question.
    expect(ids.some((i) => i.startsWith('share'))).toBe(false);
    expect(text).not.toContain('$50');
  });

  it('replies inside an existing thread when mentioned there', async () => {
    await mention('can I friend my client on facebook', { thread_ts: '1699999999.000001' });
    expect((await posted()).args.thread_ts).toBe('1699999999.000001');
  });

  it('offers "Which fits best?" buttons when the core has close runners-up', async () => {
    // Two topics in one question: the runner-up scores close to the best.
    await mention(TWO_TOPIC_QUESTION);
    const { args } = await posted();
    expect(allText(args)).toContain('Which fits best?');
    const choices = buttons(args)
      .filter((b) => String(b.action_id).startsWith('topic-show:choice-'))
      .map((b) => b.value);
    // The top three, both topics of the question among them.
    expect(choices).toHaveLength(3);
    expect(choices).toEqual(expect.arrayContaining(['transportation', 'physical-touch']));
  });

  it('puts the crisis protocol first, in the thread, never ephemeral', async () => {
    await mention('my client said she is going to kill herself tonight');
    const { args } = await posted();
    const blocks = args.blocks as Payload[];
    expect(blocks[0]?.type).toBe('header');
    expect(headerText(args)).toMatch(/Safety first/i);
    expect(allText(blocks[1])).toContain('911');
    expect(String(args.text)).toMatch(/^Safety first/i);
    expect(h.fake.calls.filter((c) => c.method === 'chat.postEphemeral')).toEqual([]);
    expect(allText(args)).not.toContain('kill herself');
  });

  it('warns the poster privately about identifiers and never repeats them in public', async () => {
    await mention('my client John Smith, DOB 03/04/1980, offered me a gift card');
    const reply = await posted();
    const note = await h.fake.waitFor((c) => c.method === 'chat.postEphemeral');
    expect(note.args.user).toBe('U1');
    expect(note.args.channel).toBe('C1');
    expect(String(note.args.text)).toContain('delete');
    expect(allText(reply.args)).not.toMatch(/John|Smith|1980/);
    expect(allText(reply.args)).not.toContain('Privacy:');
    expect(allText(note.args)).not.toMatch(/John|Smith|1980/);
    // Decisions only in the logs.
    expect(h.logs.join('')).not.toMatch(/John|Smith|\b1980\b|gift card/);
  });

  it('answers "help" with the help reply', async () => {
    await mention('help');
    const { args } = await posted();
    expect(allText(args)).toContain('/boundary quiz subscribe');
  });

  it('leaves a mention in a DM to the DM listener', async () => {
    await h.event('Ev-dm-mention', {
      type: 'app_mention',
      user: 'U1',
      channel: 'D1',
      ts: '1.1',
      event_ts: '1.1',
      text: '<@UBOT> gifts',
    });
    await wait(150);
    expect(h.fake.calls.filter((c) => c.method === 'chat.postMessage')).toEqual([]);
    await mention('gifts'); // so the limits check has something to look at
    await posted();
  });
});

describe('a direct message', () => {
  it('answers in the DM, not in a thread', async () => {
    await dm('can I friend my client on facebook');
    const { args } = await posted();
    expect(args.channel).toBe('D1');
    expect(args.thread_ts).toBeUndefined();
    expect(headerText(args)).toBe('Social media and personal accounts');
  });

  it('shows the privacy note inline (only the asker sees a DM)', async () => {
    await dm('my client John Smith, DOB 03/04/1980, offered me a gift card');
    const { args } = await posted();
    expect(allText(args)).toContain(PRIVACY_WARNING.slice(0, 40));
    expect(allText(args)).not.toMatch(/John|Smith|1980/);
    expect(h.fake.calls.filter((c) => c.method === 'chat.postEphemeral')).toEqual([]);
  });

  it('ignores edits, bot messages and its own messages', async () => {
    await dm('gifts', { subtype: 'message_changed' });
    await dm('gifts', { bot_id: 'BOTHER', user: 'UOTHER' });
    await dm('gifts', { bot_id: 'BBOT', user: 'UBOT' });
    await wait(200);
    expect(h.fake.calls.filter((c) => c.method === 'chat.postMessage')).toEqual([]);
    await dm('gifts');
    await posted();
  });

  it('says something useful when nothing matches', async () => {
    await dm('asdf qwerty zxcv');
    const { args } = await posted();
    expect(allText(args)).toContain("I don't have an answer for that.");
    expect(allText(args)).toContain('Ask your supervisor');
    expect(buttons(args).map((b) => b.action_id)).toContain('topics-list:help');
  });
});
