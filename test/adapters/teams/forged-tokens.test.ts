// Forged Bot Framework tokens against the real endpoint with authentication on: every one gets a
// bare 401 and one short log line, never a 500, the validator's words or a stack trace. The
// signing keys come from a local fake OpenID endpoint, so real signatures are checked offline.
import { request } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTeamsSurface } from '../../../adapters/teams/index.ts';
import { serveSurface } from '../../support/http.ts';
import { createTestServices, type TestServices } from '../../support/services.ts';
import { cardAction, personalMessage } from './activities.ts';
import { startFakeConnector } from './fake-connector.ts';
import { CHANNEL_ISSUER, signingKey, signToken, startFakeOpenId } from './fake-openid.ts';

// Before anything can print: what botbuilder writes to the console is part of the log flood.
const printed = vi.spyOn(console, 'error').mockImplementation(() => {});
const warned = vi.spyOn(console, 'warn').mockImplementation(() => {});

const APP = '00000000-0000-0000-0000-0000000000a1';
const trusted = signingKey('trusted-key');
const otherChannel = signingKey('webchat-only-key');
const stranger = signingKey('trusted-key'); // same kid, a key nobody published

let t: TestServices;
let openId: Awaited<ReturnType<typeof startFakeOpenId>>;
let connector: Awaited<ReturnType<typeof startFakeConnector>>;
let server: Awaited<ReturnType<typeof serveSurface>>;

beforeAll(async () => {
  openId = await startFakeOpenId([
    { key: trusted, endorsements: ['msteams'] },
    { key: otherChannel, endorsements: ['webchat'] },
  ]);
  connector = await startFakeConnector();
  t = await createTestServices({
    MICROSOFT_APP_ID: APP,
    MICROSOFT_APP_PASSWORD: 'not-a-real-secret',
    MICROSOFT_APP_TENANT_ID: '99999999-0000-0000-0000-000000000000', // single tenant, the default
  });
  const config = t.services.config.teams;
  if (!config) throw new Error('Teams should be configured');
  const surface = await createTeamsSurface(t.services, config, {
    openIdMetadataUrl: openId.metadataUrl,
  });
  server = await serveSurface(t.services, surface);
});
afterAll(async () => {
  await server?.close();
  await connector?.close();
  await openId?.close();
  await t?.close();
  printed.mockRestore();
  warned.mockRestore();
});
beforeEach(() => {
  printed.mockClear();
  warned.mockClear();
});

const seconds = () => Math.floor(Date.now() / 1000);
/** The claims of a genuine Teams token for this bot and this activity. */
const claims = (over: Record<string, unknown> = {}) => ({
  iss: CHANNEL_ISSUER,
  aud: APP,
  serviceurl: connector.url,
  nbf: seconds() - 60,
  iat: seconds() - 60,
  exp: seconds() + 3600,
  ...over,
});
const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
const bearer = (token: string) => `Bearer ${token}`;

/** POST an activity with exactly these Authorization header lines (none, one or several). */
function post(authorization: string[], activity: object) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const url = new URL(`${server.url}/api/messages`);
    const req = request(
      { host: url.hostname, port: url.port, path: url.pathname, method: 'POST' },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => {
          body += c;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.setHeader('content-type', 'application/json');
    if (authorization.length) req.setHeader('authorization', authorization);
    req.end(JSON.stringify(activity));
  });
}

const question = () =>
  personalMessage({ serviceUrl: connector.url }, 'a client wants to give me a gift card');

/** Forged, malformed or misdirected Authorization headers, each with what it tries. */
const FORGED: [string, () => string[]][] = [
  ['no Authorization header', () => []],
  ['an empty Bearer', () => ['Bearer']],
  ['Bearer and spaces only', () => ['Bearer    ']],
  ['not a JWT', () => [bearer('not-a-token')]],
  ['bad base64 in every part', () => [bearer('%%%.@@@.!!!')]],
  ['a header that is not JSON', () => [bearer(`${b64('x').slice(2)}.${b64(claims())}.c2ln`)]],
  ['a payload that is not JSON', () => [bearer(`${b64({ alg: 'RS256' })}.bm90IGpzb24.c2ln`)]],
  ['alg none, unsigned', () => [bearer(`${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims())}.`)]],
  [
    'HS256 with the public key as the secret',
    () => [bearer(signToken(claims(), trusted, { alg: 'HS256' }))],
  ],
  [
    'an issuer nobody trusts',
    () => [bearer(signToken(claims({ iss: 'https://evil.example' }), trusted))],
  ],
  ['another bot as audience', () => [bearer(signToken(claims({ aud: 'another-bot' }), trusted))]],
  ['no audience', () => [bearer(signToken(claims({ aud: undefined }), trusted))]],
  ['expired an hour ago', () => [bearer(signToken(claims({ exp: seconds() - 3600 }), trusted))]],
  [
    'not valid for another hour',
    () => [bearer(signToken(claims({ nbf: seconds() + 3600 }), trusted))],
  ],
  ['an unknown key id', () => [bearer(signToken(claims(), { ...trusted, kid: 'no-such-key' }))]],
  ['no key id', () => [bearer(signToken(claims(), trusted, { kid: undefined }))]],
  ['signed with a key nobody published', () => [bearer(signToken(claims(), stranger))]],
  [
    'a genuine signature over changed claims',
    () => {
      const [head, , signature] = signToken(claims(), trusted).split('.');
      return [bearer(`${head}.${b64(claims({ aud: 'another-bot' }))}.${signature}`)];
    },
  ],
  ['a key endorsed for another channel', () => [bearer(signToken(claims(), otherChannel))]],
  ['no serviceUrl claim', () => [bearer(signToken(claims({ serviceurl: undefined }), trusted))]],
  [
    'a serviceUrl claim for another service',
    () => [bearer(signToken(claims({ serviceurl: 'https://evil.example/' }), trusted))],
  ],
  [
    'an Entra (emulator) issuer with an unknown key',
    () => [
      bearer(
        signToken(
          claims({
            iss: 'https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/',
            ver: '1.0',
          }),
          signingKey('entra-key'),
        ),
      ),
    ],
  ],
  ['a huge token', () => [bearer(signToken(claims({ pad: 'x'.repeat(8_000) }), stranger))]],
  ['the Basic scheme', () => [`Basic ${Buffer.from('bot:secret').toString('base64')}`]],
  ['a lower-case scheme', () => [`bearer ${signToken(claims(), trusted)}`]],
  ['three parts', () => [`Bearer ${signToken(claims(), trusted)} extra`]],
  [
    'two tokens in one header',
    () => [`Bearer ${signToken(claims(), stranger)}, Bearer ${signToken(claims(), trusted)}`],
  ],
  // Node keeps the first Authorization line of a request and drops the others.
  [
    'two Authorization headers, the forged one first',
    () => [bearer(signToken(claims(), stranger)), bearer(signToken(claims(), trusted))],
  ],
];

describe('forged Bot Framework tokens', () => {
  it('a genuine token reaches the bot (the checks below are real)', async () => {
    const click = cardAction(
      { serviceUrl: connector.url },
      'feedback',
      { topicId: 'gifts', helpful: true },
      { cardId: 'c1', personal: true },
    );
    const res = await post([bearer(signToken(claims(), trusted))], click);
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ statusCode: 200, value: 'Thanks, noted.' });
    expect(openId.fetches()).toBeGreaterThan(0);
  });

  it.each(FORGED)('%s: 401, no detail, one short log line', async (_name, authorization) => {
    const before = t.logs.length;
    const header = authorization();
    const res = await post(header, question());
    expect(res.status).toBe(401);
    expect(res.body).toBe('');
    const lines = t.logs.slice(before);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('"event":"teams-unauthorized"');
    expect(lines[0]?.length).toBeLessThan(300);
    expect(lines[0]).not.toContain('evil.example');
    expect(printed).not.toHaveBeenCalled();
    expect(warned).not.toHaveBeenCalled();
    expect(connector.calls).toHaveLength(0);
  });

  it('never reaches the bot or the store', async () => {
    expect(t.logs.join('')).not.toContain('teams-command');
    expect(await t.services.store.db.selectFrom('asks').selectAll().execute()).toEqual([]);
  });

  it('keys that cannot be fetched: 401 and one error line for the operator', async () => {
    const gone = await startFakeOpenId([]);
    await gone.close(); // nothing listens there any more
    const config = t.services.config.teams;
    if (!config) throw new Error('Teams should be configured');
    const offline = await serveSurface(
      t.services,
      await createTeamsSurface(t.services, config, { openIdMetadataUrl: gone.metadataUrl }),
    );
    try {
      const before = t.logs.length;
      const res = await fetch(`${offline.url}/api/messages`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: bearer(signToken(claims(), trusted)),
        },
        body: JSON.stringify(question()),
      });
      expect(res.status).toBe(401);
      expect(await res.text()).toBe('');
      const lines = t.logs.slice(before);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain('"event":"teams-auth-keys-unavailable"');
      expect(printed).not.toHaveBeenCalled();
    } finally {
      await offline.close();
    }
  });

  it('a header too large for Node is refused before any code of ours runs', async () => {
    const before = t.logs.length;
    const res = await post([bearer('x'.repeat(20_000))], question());
    expect(res.status).toBe(431);
    expect(t.logs.slice(before)).toEqual([]);
  });

  it('a body that is not an activity is a bare 400, before any token check', async () => {
    for (const body of [[1, 2], { type: 5 }, { text: 'no type' }]) {
      const before = t.logs.length;
      const res = await post([bearer(signToken(claims(), stranger))], body);
      expect(res.status).toBe(400);
      expect(res.body).toBe('');
      expect(t.logs.slice(before)).toEqual([]);
    }
  });
});
