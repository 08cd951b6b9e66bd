// The console's supervisor key (SUPERVISOR_CONSOLE_KEY): the page sends it in a header with
// every supervisor call. Compared as SHA-256 digests in constant time, so neither the length
// nor the first differing character shows in the response time. No key configured: nobody.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const KEY_HEADER = 'x-supervisor-key';

const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();

export function keyMatches(given: unknown, configured: string | null): boolean {
  if (!configured || typeof given !== 'string' || !given) return false;
  return timingSafeEqual(digest(given), digest(configured));
}

/** The request carries the configured key. */
export function isSupervisor(req: IncomingMessage, configured: string | null): boolean {
  return keyMatches(req.headers[KEY_HEADER], configured);
}
