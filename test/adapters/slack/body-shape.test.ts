// A correctly signed request whose body is not a shape Slack sends gets 400 with no detail,
// at once, and the server keeps answering: Bolt must never see it (it reads fields of the body
// where nothing catches the error, and the process would die).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FORM, JSON_TYPE, signedHeaders } from '../../../adapters/slack/testing/signed.ts';
import { SECRET, type SlackHarness, startSlack } from './harness.ts';

// One server for the file: a refused request changes nothing, and the last tests check that it
// kept serving after all of them.
let h: SlackHarness;
beforeAll(async () => {
  h = await startSlack();
});
afterAll(async () => {
  await h.close();
});

/** A signed POST; a request left hanging fails the test instead of stalling it. */
async function signed(body: string, contentType: string) {
  const res = await fetch(h.endpoint, {
    method: 'POST',
    headers: signedHeaders(SECRET, body, contentType),
    body,
    signal: AbortSignal.timeout(5_000),
  });
  return { status: res.status, text: await res.text() };
}

const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
const payload = (p: unknown) => form({ payload: JSON.stringify(p) });
const click = {
  type: 'block_actions',
  user: { id: 'U1' },
  trigger_id: '9.8.7',
  actions: [{ type: 'button', action_id: 'topics-list', value: 'x' }],
};

const JSON_BODIES: [string, string][] = [
  ['null', 'null'],
  ['an array', '[]'],
  ['a string', '"str"'],
  ['a number', '42'],
  ['true', 'true'],
  ['an empty object', '{}'],
  ['not JSON', 'nope'],
  ['an empty body', ''],
  ['an event callback without its event', '{"type":"event_callback","event_id":"Ev1"}'],
  ['an event that is null', '{"type":"event_callback","event_id":"Ev1","event":null}'],
  ['an event without event_id', '{"type":"event_callback","event":{"type":"app_mention"}}'],
  ['URL verification without a challenge', '{"type":"url_verification"}'],
  ['an unknown type', '{"type":"block_actions","user":{"id":"U1"},"actions":[]}'],
];

const FORM_BODIES: [string, string][] = [
  ['payload=null', form({ payload: 'null' })],
  ['payload=[]', form({ payload: '[]' })],
  ['payload="str"', form({ payload: '"str"' })],
  ['payload=42', form({ payload: '42' })],
  ['payload={}', form({ payload: '{}' })],
  ['a payload that is not JSON', form({ payload: 'nope' })],
  ['a repeated payload', `${payload(click)}&${payload(click)}`],
  ['block actions with actions null', payload({ ...click, actions: null })],
  ['block actions with no actions', payload({ ...click, actions: [] })],
  ['block actions with an action that is null', payload({ ...click, actions: [null] })],
  ['block actions without a user', payload({ ...click, user: null })],
  ['block actions without trigger_id', payload({ ...click, trigger_id: undefined })],
  ['an unknown interaction type', payload({ ...click, type: 'something_else' })],
  ['an empty form', ''],
  ['a form that is not a command', form({ foo: 'bar' })],
  ['a command without user_id', form({ command: '/boundary', text: 'x', channel_id: 'C1' })],
  [
    'a command with a repeated field',
    `${form({ command: '/boundary', text: 'x', user_id: 'U1', channel_id: 'C1', response_url: 'http://127.0.0.1:1/r', trigger_id: '1.2.3' })}&user_id=U2`,
  ],
];

describe('signed bodies that are not what Slack sends', () => {
  it.each(JSON_BODIES)('refuses %s sent as JSON with 400 and no detail', async (_, body) => {
    const r = await signed(body, JSON_TYPE);
    expect(r).toEqual({ status: 400, text: '' });
  });

  it.each(FORM_BODIES)('refuses %s sent as a form with 400 and no detail', async (_, body) => {
    const r = await signed(body, FORM);
    expect(r).toEqual({ status: 400, text: '' });
  });

  it('keeps serving after every one of them, calls no listener and logs no body', async () => {
    const r = await h.command('a client offered me a gift card');
    expect(r.status).toBe(200);
    expect(r.json?.response_type).toBe('ephemeral');
    expect(h.fake.calls.filter((c) => c.method !== 'auth.test')).toEqual([]);
    const refused = h.logs.filter((l) => l.includes('"slack-bad-body"'));
    expect(refused).toHaveLength(JSON_BODIES.length + FORM_BODIES.length);
    expect(h.logs.join('\n')).not.toContain('something_else');
  });

  it('checks the signature before the shape: an unsigned bad body gets 401', async () => {
    const res = await fetch(h.endpoint, {
      method: 'POST',
      headers: { 'content-type': JSON_TYPE },
      body: 'null',
      signal: AbortSignal.timeout(5_000),
    });
    expect(res.status).toBe(401);
  });

  it('still answers the shapes Slack sends (URL verification, SSL check)', async () => {
    const challenge = await signed('{"type":"url_verification","challenge":"c1"}', JSON_TYPE);
    expect(challenge).toEqual({ status: 200, text: '{"challenge":"c1"}' });
    // Slack's SSL check comes unsigned.
    const ssl = await fetch(h.endpoint, {
      method: 'POST',
      headers: { 'content-type': FORM },
      body: 'ssl_check=1&token=x',
    });
    expect(ssl.status).toBe(200);
  });
});
