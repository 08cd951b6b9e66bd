// Requests no feature listener answers: a click on a button whose action id the app no longer
// has (an old message) and Slack's app_rate_limited notice. Without an acknowledgement Bolt
// answers 404 after about 3 s, and Slack reports the app as failing.
import { describe, expect, it } from 'vitest';
import { JSON_TYPE, signedHeaders } from '../../../adapters/slack/testing/signed.ts';
import { BUTTON_GONE } from '../../../src/commands/text.ts';
import { allText, type Payload, SECRET, type SlackHarness, slackPerTest, wait } from './harness.ts';

let h: SlackHarness;
slackPerTest((started) => {
  h = started;
});

const QUICK_MS = 1000;

async function timed<T>(send: () => Promise<T>): Promise<{ r: T; ms: number }> {
  const start = performance.now();
  const r = await send();
  return { r, ms: performance.now() - start };
}

describe('requests no feature listener answers', () => {
  it('a click on a button that no longer exists gets a quick 200 and a private note', async () => {
    const { r, ms } = await timed(() =>
      h.click(
        { action_id: 'retired-kind:0', value: 'whatever' },
        { container: { type: 'message' } },
      ),
    );
    expect(r.status).toBe(200);
    expect(ms).toBeLessThan(QUICK_MS);
    const reply = await h.fake.waitFor(
      (c) => c.method === 'response_url' && c.args.response_id === r.responseId,
    );
    expect(reply.args.response_type).toBe('ephemeral');
    expect(reply.args.replace_original).toBe(false);
    expect(reply.args.text).toBe(BUTTON_GONE);
  });

  it('a known button is answered by its own listener alone', async () => {
    const click = await h.click({ action_id: 'topics-list:help', value: 'all' });
    expect(click.status).toBe(200);
    await h.fake.waitFor(
      (c) => c.method === 'response_url' && c.args.response_id === click.responseId,
    );
    await wait(200);
    const replies = h.responses(click.responseId);
    expect(replies).toHaveLength(1);
    expect(allText(replies[0]?.args)).not.toContain(BUTTON_GONE);
  });

  it('app_rate_limited gets a quick 200 and one warning naming the minute', async () => {
    const minute = 1_700_000_040;
    const body = JSON.stringify({
      token: 'legacy',
      type: 'app_rate_limited',
      team_id: 'T1',
      minute_rate_limited: minute,
      api_app_id: 'A1',
    });
    const { r, ms } = await timed(() => h.send(body, signedHeaders(SECRET, body, JSON_TYPE)));
    expect(r.status).toBe(200);
    expect(ms).toBeLessThan(QUICK_MS);
    const warnings = h.logs
      .map((l) => JSON.parse(l) as Payload)
      .filter((l) => l.event === 'slack-rate-limited');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.level).toBe(40);
    expect(warnings[0]?.minute).toBe(new Date(minute * 1000).toISOString());
    expect(h.logs.join('\n')).not.toContain('legacy');
  });
});
