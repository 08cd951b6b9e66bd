// A local stand-in for Bot Framework's token signing: an OpenID metadata document and its keys
// on loopback, and RS256 tokens signed with those keys (or with any other key, to forge them).
import { createSign, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The issuer of the tokens Bot Framework channels (Teams) send to a bot. */
export const CHANNEL_ISSUER = 'https://api.botframework.com';

export interface SigningKey {
  kid: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
}

export function signingKey(kid: string): SigningKey {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { kid, privateKey, publicKey };
}

const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** A compact JWT, RS256-signed with `key` (header fields can be overridden or removed). */
export function signToken(
  claims: Record<string, unknown>,
  key: SigningKey,
  header: Record<string, unknown> = {},
): string {
  const head = part({ alg: 'RS256', typ: 'JWT', kid: key.kid, ...header });
  const body = part(claims);
  const signature = createSign('RSA-SHA256')
    .update(`${head}.${body}`)
    .sign(key.privateKey)
    .toString('base64url');
  return `${head}.${body}.${signature}`;
}

/** Serves /openid (the metadata) and /keys (the JWKS) with the given keys and endorsements. */
export async function startFakeOpenId(keys: { key: SigningKey; endorsements: string[] }[]) {
  const jwks = {
    keys: keys.map(({ key, endorsements }) => ({
      kty: 'RSA',
      use: 'sig',
      kid: key.kid,
      ...(key.publicKey.export({ format: 'jwk' }) as { n: string; e: string }),
      endorsements,
    })),
  };
  let fetches = 0;
  const server = createServer((req, res) => {
    fetches++;
    const { port } = server.address() as AddressInfo;
    const body =
      req.url === '/openid'
        ? { issuer: CHANNEL_ISSUER, jwks_uri: `http://127.0.0.1:${port}/keys` }
        : req.url === '/keys'
          ? jwks
          : null;
    res.writeHead(body ? 200 : 404, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body ?? {}));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    metadataUrl: `http://127.0.0.1:${port}/openid`,
    fetches: () => fetches,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
