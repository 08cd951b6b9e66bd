// /boundary and its subcommands: ephemeral replies inside the acknowledgement, the crisis
// protocol also posted in the conversation, and the buttons on guidance (share, topics,
// feedback, "Which fits best?").
import { describe, expect, it } from 'vitest';
import { esc } from '../../../adapters/slack/mrkdwn.ts';
import { citedSources } from '../../../src/commands/sources.ts';
import { SOURCES_HEADING, sourceLine } from '../../../src/commands/text.ts';
import { EVER } from '../../support/ever.ts';
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

const webCalls = () =>
  h.fake.calls.filter((c) => c.method !== 'auth.test' && c.method !== 'response_url');
const ack = async (text: string, o: { user?: string; channel?: string } = {}) => {
  const r = await h.command(text, o);
  expect(r.status).toBe(200);
  expect(r.json?.response_type).toBe('ephemeral');
  return r.json as Payload;
};

describe('/boundary <question>', () => {
  it('answers inside the acknowledgement, privately, with a share button', async () => {
    const reply = await ack('a client offered me a $50 gift card');
    expect(allText(reply)).toContain('Gifts, tips and favors');
    expect(allText(reply)).not.toContain('$50');
    const share = buttons(reply).find((b) => String(b.action_id).startsWith('share'));
    expect(share?.value).toBe('gifts');
    await wait(100);
    expect(webCalls()).toEqual([]); // nothing posted for others to see
  });

  it('shares the guidance, not the question, saying who shared it', async () => {
    const reply = await ack('a client offered me a $50 gift card', { user: 'U7' });
    const share = buttons(reply).find((b) => String(b.action_id).startsWith('share'));
    const click = await h.click(
      { action_id: String(share?.action_id), value: String(share?.value) },
      { container: { type: 'message', is_ephemeral: true }, channel: { id: 'C1' } },
      'U7',
    );
    expect(click.status).toBe(200);
    const [posted] = await waitResponses(click.responseId);
    expect(posted?.args.response_type).toBe('in_channel');
    expect(posted?.args.replace_original).toBe(false);
    expect(allText(posted?.args)).toContain('Shared by <@U7>');
    expect(allText(posted?.args)).toContain('Gifts, tips and favors');
    expect(allText(posted?.args)).not.toContain('$50');
    expect(buttons(posted?.args).some((b) => String(b.action_id).startsWith('share'))).toBe(false);
  });

  it('posts the crisis protocol in the conversation, first, and gives it to the asker at once', async () => {
    const reply = await ack('my client said she is going to kill herself tonight', {
      user: 'U2',
      channel: 'C9',
    });
    const first = (reply.blocks as Payload[])[0];
    expect(allText(first)).toMatch(/Safety first/i);
    const post = await h.fake.waitFor((c) => c.method === 'chat.postMessage');
    expect(post.args.channel).toBe('C9');
    const blocks = post.args.blocks as Payload[];
    expect(allText(blocks[0])).toMatch(/Safety first/i);
    expect(allText(post.args)).toContain('<@U2> asked about a situation that may be an emergency');
    expect(allText(post.args)).not.toContain('kill herself');
    expect(allText(reply)).not.toContain('kill herself');
  });

  it('keeps the protocol with the asker where the bot cannot post', async () => {
    h.fake.fail('chat.postMessage', 'not_in_channel');
    const reply = await ack('my client said she is going to kill herself tonight', {
      channel: 'C404',
    });
    expect(allText((reply.blocks as Payload[])[0])).toMatch(/Safety first/i);
    await h.fake.waitFor((c) => c.method === 'chat.postMessage');
    await wait(50);
    expect(h.logs.join('')).toContain('slack-crisis-not-posted');
  });

  it('shows the privacy note to the asker and never echoes identifiers', async () => {
    const reply = await ack('my client John Smith, DOB 03/04/1980, offered me a gift card');
    expect(allText(reply)).toContain('Privacy:');
    expect(allText(reply)).not.toMatch(/John|Smith|1980/);
    expect(h.logs.join('')).not.toMatch(/John|Smith|\b1980\b/);
  });
});

describe('/boundary subcommands', () => {
  it('help lists every command', async () => {
    const text = allText(await ack('help'));
    for (const c of [
      'topics',
      'sources',
      'quiz subscribe HH:MM',
      'quiz unsubscribe',
      'quiz stats',
      'quiz leaderboard',
    ])
      expect(text).toContain(`/boundary ${c}`);
  });

  it('an empty /boundary is help too', async () => {
    expect(allText(await ack(''))).toContain('/boundary quiz stats');
  });

  it('sources lists the standards the topics cite, a line each, privately', async () => {
    const reply = await ack('sources');
    const cited = citedSources(h.services.bot.kb);
    expect(cited.length).toBeGreaterThan(1);
    expect(reply.text).toBe(SOURCES_HEADING);
    const lines = (reply.blocks as Payload[])
      .filter((b) => b.type === 'section')
      .map((b) => (b.text as Payload).text);
    expect(lines).toEqual(cited.map((s) => `• ${esc(sourceLine(s))}`));
    expect(lines[0]).toContain(`(cited by ${cited[0]?.topics} topics)`);
    // "sources of …" is a question, answered as one.
    expect(allText(await ack('sources of income for a client'))).not.toContain(SOURCES_HEADING);
  });

  it('topics lists every topic as a button, and a button shows that topic', async () => {
    const reply = await ack('topics');
    const list = buttons(reply).filter((b) => String(b.action_id).startsWith('topic-show:list-'));
    expect(list).toHaveLength(h.services.bot.guide.topics.length);
    const gifts = list.find((b) => b.value === 'gifts');
    const click = await h.click({ action_id: String(gifts?.action_id), value: 'gifts' });
    const [shown] = await waitResponses(click.responseId);
    expect(shown?.args.response_type).toBe('ephemeral');
    expect(shown?.args.replace_original).toBe(true); // the private list turns into the topic
    expect(allText(shown?.args)).toContain('Gifts, tips and favors');
  });

  it('a related-topic button under a public reply answers privately, below it', async () => {
    const click = await h.click(
      { action_id: 'topic-show:related-0', value: 'financial-dealings' },
      { container: { type: 'message', is_ephemeral: false }, channel: { id: 'C1' } },
    );
    const [shown] = await waitResponses(click.responseId);
    expect(shown?.args.response_type).toBe('ephemeral');
    expect(shown?.args.replace_original).toBe(false);
    expect(allText(shown?.args)).toContain('Money, loans and business with clients');
  });

  it('"More" under a public reply shows the whole topic privately, led by the same answer', async () => {
    const nuance = h.services.bot.guide.topic('gifts')?.nuance ?? [];
    const click = await h.click(
      { action_id: 'topic-more:topic', value: 'gifts|0' },
      { container: { type: 'message', is_ephemeral: false }, channel: { id: 'C1' } },
    );
    const [shown] = await waitResponses(click.responseId);
    expect(shown?.args.response_type).toBe('ephemeral');
    expect(shown?.args.replace_original).toBe(false);
    const text = allText(shown?.args);
    for (const part of [
      'In general:',
      'Also',
      'When it changes',
      "Check your agency's policy",
      'Sources:',
    ])
      expect(text).toContain(part);
    // The nuance that answered leads the card; the principle follows it under "In general".
    expect(text.indexOf(String(nuance[0]?.then))).toBeLessThan(text.indexOf('In general:'));
    const ids = buttons(shown?.args).map((b) => String(b.action_id));
    expect(ids.some((i) => i.startsWith('topic-show:related-'))).toBe(true);
    expect(ids).not.toContain('topic-more:topic');
  });

  it('"More" on a private reply expands it in place; a bad value is answered gently', async () => {
    const click = await h.click({ action_id: 'topic-more:topic', value: 'gifts|' });
    const [shown] = await waitResponses(click.responseId);
    expect(shown?.args.replace_original).toBe(true);
    expect(allText(shown?.args)).toContain('Sources:');
    expect(allText(shown?.args)).not.toContain('In general:');
    const bad = await h.click({ action_id: 'topic-more:topic', value: 'no-such-topic|9' });
    expect(allText((await waitResponses(bad.responseId))[0]?.args)).toContain(
      'no longer available',
    );
  });

  it('a "Which fits best?" button shows that topic; an unknown id is answered gently', async () => {
    const reply = await ack('client at church');
    const choice = buttons(reply).find((b) => String(b.action_id).startsWith('topic-show:choice-'));
    const click = await h.click({
      action_id: String(choice?.action_id),
      value: String(choice?.value),
    });
    expect(allText((await waitResponses(click.responseId))[0]?.args)).toContain('header');
    const bad = await h.click({ action_id: 'topic-show:choice-0', value: 'no-such-topic' });
    expect(allText((await waitResponses(bad.responseId))[0]?.args)).toContain(
      'no longer available',
    );
  });

  it('"Browse topics" shows the list', async () => {
    const click = await h.click({ action_id: 'topics-list:help', value: 'all' });
    const [list] = await waitResponses(click.responseId);
    expect(buttons(list?.args).length).toBe(h.services.bot.guide.topics.length);
  });

  it("Slack's native feedback buttons are counted as the old buttons were", async () => {
    const r = await h.click({
      type: 'feedback_buttons',
      action_id: 'feedback:native',
      value: 'no|gifts',
    });
    const [thanks] = await waitResponses(r.responseId);
    expect(thanks?.args).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    await wait(100);
    expect(await h.services.store.feedbackBetween(...EVER)).toEqual([
      { topic: 'gifts', helpful: 0, notHelpful: 1 },
    ]);
  });

  it('feedback is counted per topic, with no text', async () => {
    const a = await h.click({ action_id: 'feedback:yes', value: 'yes|gifts' });
    await h.click({ action_id: 'feedback:no', value: 'no|gifts' });
    await h.click({ action_id: 'feedback:yes', value: 'yes|gifts' });
    const [thanks] = await waitResponses(a.responseId);
    expect(thanks?.args.replace_original).toBe(false);
    expect(String(thanks?.args.text)).toContain('Thanks');
    await wait(100);
    expect(await h.services.store.feedbackBetween(...EVER)).toEqual([
      { topic: 'gifts', helpful: 2, notHelpful: 1 },
    ]);
    await h.click({ action_id: 'feedback:yes', value: 'yes|made-up' });
    await wait(100);
    expect(await h.services.store.feedbackBetween(...EVER)).toHaveLength(1);
  });

  it('quiz gives a practice question just for the asker', async () => {
    const reply = await ack('quiz', { user: 'U3' });
    const opts = buttons(reply);
    expect(opts.map((b) => (b.text as Payload).text)).toEqual(['A', 'B', 'C', 'D']);
    expect(allText(reply)).toContain('Practice question');
    expect(allText(reply)).not.toContain('✅');
  });

  it('quiz subscribe saves the channel, with weekdays; unsubscribe removes it', async () => {
    const r = allText(
      await ack('quiz subscribe 09:00 America/Los_Angeles weekdays', { channel: 'C5' }),
    );
    expect(r).toContain('09:00 America/Los_Angeles, Monday to Friday');
    expect(await h.services.store.subscriptions()).toEqual([
      expect.objectContaining({
        platform: 'slack',
        channel: 'C5',
        time: '09:00',
        zone: 'America/Los_Angeles',
        weekdaysOnly: true,
      }),
    ]);
    expect(allText(await ack('quiz unsubscribe', { channel: 'C5' }))).toContain('no more daily');
    expect(await h.services.store.subscriptions()).toEqual([]);
    expect(allText(await ack('quiz unsubscribe', { channel: 'C5' }))).toContain(
      'no daily quiz here',
    );
  });

  it('quiz stats and the leaderboard', async () => {
    expect(allText(await ack('quiz stats'))).toContain("haven't answered");
    const on = allText(await ack('quiz leaderboard on', { user: 'U4', channel: 'C6' }));
    expect(on).toContain("You joined this channel's leaderboard");
    expect(on).toContain('<@U4>');
    const off = allText(await ack('quiz leaderboard off', { user: 'U4', channel: 'C6' }));
    expect(off).toContain('You left');
    expect(off).not.toContain('<@U4>');
    expect(allText(await ack('quiz leaderboard', { channel: 'C6' }))).toContain('Nobody');
  });

  it.each([
    ['quiz subscribe', 'quiz subscribe HH:MM Area/City [weekdays]'],
    ['quiz subscribe 25:00 America/Los_Angeles', 'quiz subscribe HH:MM Area/City [weekdays]'],
    ['quiz subscribe 09:00 Mars/Olympus', 'not a time zone'],
    ['quiz leaderboard maybe', 'quiz leaderboard [on|off]'],
    ['quiz stats now', 'quiz stats'],
    ['quiz frobnicate', 'is not a quiz command'],
  ])('"%s" gets the right syntax', async (text, expected) => {
    const reply = allText(await ack(text));
    expect(reply).toContain(expected);
    expect(reply).toContain('Example: `/boundary ');
  });

  it('never lets typed text ping the channel', async () => {
    for (const text of ['quiz @channel', 'quiz <!everyone>', 'quiz subscribe 09:00 <!here>'])
      expect(allText(await ack(text))).not.toMatch(/<!(everyone|here|channel)|@(channel|here)\b/);
  });
});

async function waitResponses(id: string) {
  await h.fake.waitFor((c) => c.method === 'response_url' && c.args.response_id === id);
  return h.responses(id);
}
