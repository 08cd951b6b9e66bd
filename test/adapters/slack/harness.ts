// A Slack surface on the real shared HTTP server (Bolt's HTTP receiver), pointed at a local
// fake Web API, with helpers that send correctly signed requests. Every Block Kit payload the
// app produced (acknowledgements, Web API calls, response_url posts) can be checked at the end.
import { afterEach, beforeEach, expect } from 'vitest';
import { createSlackSurface } from '../../../adapters/slack/index.ts';
import { checkMessage, checkView } from '../../../adapters/slack/limits.ts';
import { type ApiCall, startFakeSlack } from '../../../adapters/slack/testing/fake-web-api.ts';
import {
  actionBody,
  commandBody,
  eventBody,
  FORM,
  JSON_TYPE,
  signedHeaders,
  triggerId,
} from '../../../adapters/slack/testing/signed.ts';
import type { KnowledgeBase } from '../../../src/core/types.ts';
import type { Surface } from '../../../src/server/surface.ts';
import { serveSurface } from '../../support/http.ts';
import { createTestServices } from '../../support/services.ts';

export const SECRET = 'test-signing-secret-123';

export type Payload = Record<string, unknown>;

export async function startSlack(env: Record<string, string> = {}, knowledge?: KnowledgeBase) {
  const fake = await startFakeSlack();
  const t = await createTestServices(
    { SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: fake.url, ...env },
    undefined,
    knowledge,
  );
  const config = t.services.config.slack;
  if (!config) throw new Error('Slack is not configured');
  const surface: Surface = await createSlackSurface(t.services, config, { retries: 0 });
  const server = await serveSurface(t.services, surface);
  const endpoint = `${server.url}/slack/events`;
  const acks: Payload[] = [];
  let responses = 0;

  async function send(body: string, headers: Record<string, string>) {
    const res = await fetch(endpoint, { method: 'POST', headers, body });
    const text = await res.text();
    const json =
      text && res.headers.get('content-type')?.includes('json') ? JSON.parse(text) : null;
    if (json) acks.push(json);
    return { status: res.status, json: json as Payload | null };
  }

  return {
    ...t,
    fake,
    surface,
    endpoint,
    send,
    /** /boundary <text>; its response_url is recorded by the fake under `response_id`. */
    command(text: string, o: { user?: string; channel?: string } = {}) {
      const body = commandBody({ text, ...o, responseUrl: fake.responseUrl(`cmd-${++responses}`) });
      return send(body, signedHeaders(SECRET, body, FORM));
    },
    event(id: string, event: Payload, extra: Record<string, string> = {}) {
      const body = eventBody(id, event);
      return send(body, { ...signedHeaders(SECRET, body, JSON_TYPE), ...extra });
    },
    /** A button click; returns the response_url id the app would answer on and its trigger_id. */
    async click(
      action: { action_id: string; value: string; type?: string },
      where: Payload = { container: { type: 'message', is_ephemeral: true } },
      user = 'U1',
    ) {
      const responseId = `act-${++responses}`;
      const trigger = triggerId();
      const body = actionBody({
        type: 'block_actions',
        team: { id: 'T1' },
        user: { id: user, team_id: 'T1' },
        api_app_id: 'A1',
        trigger_id: trigger,
        response_url: fake.responseUrl(responseId),
        actions: [{ type: 'button', block_id: 'b', action_ts: '1', ...action }],
        ...where,
      });
      const r = await send(body, signedHeaders(SECRET, body, FORM));
      return { ...r, responseId, triggerId: trigger };
    },
    /** A modal submitted (view_submission): `values` as Slack sends them in view.state. */
    submit(
      view: Payload,
      values: Record<string, Record<string, Payload>>,
      user: Payload = { id: 'U1', username: 'pat', name: 'pat' },
    ) {
      const body = actionBody({
        type: 'view_submission',
        team: { id: 'T1' },
        user: { team_id: 'T1', ...user },
        api_app_id: 'A1',
        trigger_id: triggerId(),
        view: {
          id: 'V1',
          team_id: 'T1',
          type: 'modal',
          callback_id: view.callback_id,
          private_metadata: view.private_metadata ?? '',
          blocks: view.blocks,
          state: { values },
          hash: 'h',
          title: view.title,
          app_id: 'A1',
          bot_id: 'BBOT',
        },
      });
      return send(body, signedHeaders(SECRET, body, FORM)).then((r) => ({ ...r, body }));
    },
    responses: (id: string) =>
      fake.calls.filter((c) => c.method === 'response_url' && c.args.response_id === id),
    /** Every payload so far within Block Kit limits, with no broadcast mention. */
    expectAllWithinLimits() {
      const problems = [...acks.map(checkMessage), ...fake.calls.map(checkCall)].flat();
      expect(problems).toEqual([]);
      return acks.length + fake.calls.length;
    },
    async close() {
      await server.close();
      await surface.stop?.();
      await fake.close();
      await t.close();
    },
  };
}

function checkCall(c: ApiCall): string[] {
  if (c.args.view) return checkView(c.args.view as Payload);
  if (c.args.blocks || c.args.text) return checkMessage(c.args);
  return [];
}

export type SlackHarness = Awaited<ReturnType<typeof startSlack>>;

/** Every button in a message, flattened. */
export function buttons(msg: Payload | null | undefined): Payload[] {
  const blocks = ((msg?.blocks ?? []) as Payload[]).flatMap((b) =>
    b.type === 'actions' ? (b.elements as Payload[]) : b.accessory ? [b.accessory as Payload] : [],
  );
  return blocks.filter((e) => e.type === 'button');
}

/** All text in a message (blocks and fallback), to look for what must or must not be there. */
export function allText(msg: unknown): string {
  return JSON.stringify(msg ?? null);
}

export const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A fresh Slack surface for each test of the file, handed to `use`; after each test every
 * Block Kit payload it produced is checked against the limits (there must be some). */
export function slackPerTest(use: (h: SlackHarness) => void) {
  let h: SlackHarness;
  beforeEach(async () => {
    h = await startSlack();
    use(h);
  });
  afterEach(async () => {
    expect(h.expectAllWithinLimits()).toBeGreaterThan(0);
    await h.close();
  });
}
