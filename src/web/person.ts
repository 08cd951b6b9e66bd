// Who is at the console: a random id in an HttpOnly cookie, so "first answer counts" and
// streaks work without a name or an account. Nothing else about the person is kept.
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

const COOKIE = 'bb_console';
const VALID = /^[a-f0-9]{32}$/;
const YEAR_S = 365 * 24 * 60 * 60;

function cookieValue(req: IncomingMessage, name: string): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return v.join('=');
  }
  return null;
}

/** The person's id; a new one is issued (and set on the response) when there is none. */
export function personId(req: IncomingMessage, res: ServerResponse): string {
  const given = cookieValue(req, COOKIE);
  if (given && VALID.test(given)) return given;
  const id = randomBytes(16).toString('hex');
  res.setHeader(
    'set-cookie',
    `${COOKIE}=${id}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${YEAR_S}${secure(req) ? '; Secure' : ''}`,
  );
  return id;
}

/** Reached over https, directly or through a TLS proxy: the cookie then never travels in clear.
 * (A forged header only adds Secure, which the browser then keeps to https.) */
function secure(req: IncomingMessage): boolean {
  const proto = String(req.headers['x-forwarded-proto'] ?? '')
    .split(',')[0]
    ?.trim();
  return proto === 'https' || (req.socket as { encrypted?: boolean }).encrypted === true;
}
