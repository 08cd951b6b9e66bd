// When the bot is unsure, Slack offers the top three topics as buttons under "Which fits
// best?", and a click shows that topic; never in a crisis. An honest miss says what the bot
// covers and how to reach a person. Forced with a tiny knowledge base, through the real Bolt
// receiver and a local fake Web API.
import { afterEach, describe, expect, it } from 'vitest';
import { ASK_SUPERVISOR, NO_ANSWER, WHICH_FITS } from '../../../src/core/render-text.ts';
import { MISS_QUESTION, UNSURE_IDS, UNSURE_QUESTION, unsureKb } from '../../support/unsure-kb.ts';
import { allText, buttons, type Payload, type SlackHarness, startSlack } from './harness.ts';

let h: SlackHarness;
afterEach(async () => {
  expect(h.expectAllWithinLimits()).toBeGreaterThan(0);
  await h.close();
});

const ack = async (text: string) => {
  const r = await h.command(text);
  expect(r.status).toBe(200);
  return r.json as Payload;
};
const choiceButtons = (msg: Payload) =>
  buttons(msg).filter((b) => String(b.action_id).startsWith('topic-show:choice-'));
const titleOf = (id: string) => unsureKb.topicsById.get(id)?.title ?? '?';

describe('Slack, when the bot is unsure', () => {
  it('offers three buttons under "Which fits best?"; a click shows that topic', async () => {
    h = await startSlack({}, unsureKb);
    const reply = await ack(UNSURE_QUESTION);
    expect(allText(reply)).toContain(WHICH_FITS);
    const choices = choiceButtons(reply);
    expect(choices.map((b) => b.value).sort()).toEqual([...UNSURE_IDS].sort());
    const picked = choices[1] as Payload;
    const click = await h.click({
      action_id: String(picked.action_id),
      value: String(picked.value),
    });
    expect(click.status).toBe(200);
    await h.fake.waitFor(
      (c) => c.method === 'response_url' && c.args.response_id === click.responseId,
    );
    const [shown] = h.responses(click.responseId);
    expect(allText(shown?.args)).toContain(titleOf(String(picked.value)));
    expect(allText(shown?.args)).not.toContain(WHICH_FITS);
  });

  it('offers no choices in a crisis: the protocol comes first and alone', async () => {
    h = await startSlack({}, unsureKb);
    const reply = await ack(`${UNSURE_QUESTION} my client says she wants to kill herself tonight`);
    const blocks = reply.blocks as Payload[];
    expect(blocks[0]?.type).toBe('header');
    expect(allText(blocks[0])).toMatch(/Safety first/i);
    expect(allText(reply)).not.toContain(WHICH_FITS);
    expect(choiceButtons(reply)).toEqual([]);
  });
});

describe('Slack, an honest miss', () => {
  it('says it has no answer, what it covers and the contact from SUPERVISOR_CONTACT', async () => {
    h = await startSlack(
      { SUPERVISOR_CONTACT: 'Call Sam, on-call supervisor, at ext. 4100' },
      unsureKb,
    );
    const reply = await ack(MISS_QUESTION);
    const text = allText(reply);
    expect(text).toContain(NO_ANSWER);
    for (const id of UNSURE_IDS) expect(text).toContain(titleOf(id));
    expect(text).toContain('Call Sam, on-call supervisor, at ext. 4100');
    expect(text).not.toContain(ASK_SUPERVISOR);
    expect(choiceButtons(reply)).toEqual([]);
    expect(buttons(reply).map((b) => b.action_id)).toContain('topics-list:help');
  });

  it('tells the person to ask their supervisor when no contact is set', async () => {
    h = await startSlack({}, unsureKb);
    expect(allText(await ack(MISS_QUESTION))).toContain('Ask your supervisor');
  });
});
