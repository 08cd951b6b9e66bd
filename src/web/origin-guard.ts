// Cross-site writes: a page on another site (or another program on this machine, at another
// port) can make a visitor's browser send requests to the console. It cannot read the answers,
// but a write would still happen: a quiz answer, feedback, a subscription. The JSON content
// type already forces a browser to ask first (a CORS preflight the console never grants); this
// check does not depend on that. A request that changes something must come from the console's
// own page (same origin) or from the PUBLIC_URL origin.
//
// Browsers send Origin with every such request, and current ones Sec-Fetch-Site too; either one
// naming another origin is refused. A request with neither did not come from a web page: curl
// or a script, which could send any header it liked, so refusing it would protect nothing. It
// is let through.
import type { IncomingMessage } from 'node:http';

/** Methods that change nothing: the Host check (host-guard.ts) is enough for them. */
const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

export function originAllowed(req: IncomingMessage, publicUrl: string | undefined): boolean {
  if (SAFE.has(req.method ?? 'GET')) return true;
  const origin = req.headers.origin;
  const site = req.headers['sec-fetch-site'];
  if (origin !== undefined && publicUrl !== undefined && origin === new URL(publicUrl).origin)
    return true;
  if (site !== undefined && site !== 'same-origin') return false;
  if (origin === undefined) return true;
  // Same origin: the page's host and port are the ones this request was sent to. (The scheme
  // is not compared: behind a TLS proxy the console cannot see it.)
  try {
    return new URL(origin).host === new URL(`http://${req.headers.host ?? ''}`).host;
  } catch {
    return false; // "null" (a sandboxed frame, a file) or garbage
  }
}
