// DNS rebinding: a web page on an attacker's domain can point that domain at 127.0.0.1 and
// then read this console (and its curator report) as "same origin". Such a request carries the
// attacker's domain in Host. So the console answers only when Host is an IP address (which
// cannot be rebound), localhost, or the host of PUBLIC_URL.
import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';

export function hostAllowed(req: IncomingMessage, publicUrl: string | undefined): boolean {
  const raw = req.headers.host ?? '';
  let name: string;
  try {
    name = new URL(`http://${raw}`).hostname.replace(/^\[|\]$/g, '').toLowerCase();
  } catch {
    return false;
  }
  if (!name) return false;
  if (isIP(name) || name === 'localhost' || name.endsWith('.localhost')) return true;
  return publicUrl !== undefined && new URL(publicUrl).hostname.toLowerCase() === name;
}
