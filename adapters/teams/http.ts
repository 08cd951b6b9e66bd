// The Bot Framework endpoint on the shared HTTP server. The token is checked first, apart from
// the turn: whatever fails inside the check (a malformed token, a bad signature, keys that could
// not be fetched) is a bare 401 and one log line, never a 500 with the validator's words. Only
// then does the activity run through the adapter.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { type Activity, CloudAdapter, type TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import { readBody } from '../../src/server/http.ts';
import type { Authentication } from './auth.ts';
import { withoutConsoleErrors } from './quiet.ts';

type Authenticated = Awaited<ReturnType<Authentication['authenticateRequest']>>;

/** CloudAdapter that runs an activity whose request was authenticated already (its own
 * `process` checks the token inside the turn and answers failures with their text and a 500). */
export class TeamsAdapter extends CloudAdapter {
  run(
    authenticated: Authenticated,
    activity: Activity,
    logic: (ctx: TurnContext) => Promise<void>,
  ) {
    return this.processActivity(authenticated, activity, logic);
  }
}

export interface BotEndpoint {
  adapter: TeamsAdapter;
  authentication: Authentication;
  logic: (ctx: TurnContext) => Promise<void>;
  logger: Logger;
}

export function botEndpoint(endpoint: BotEndpoint) {
  return async (req: IncomingMessage, res: ServerResponse) => {
    const activity = parseActivity(await readBody(req));
    if (!activity) return answer(res, 400);
    let authenticated: Authenticated;
    try {
      authenticated = await withoutConsoleErrors(() =>
        endpoint.authentication.authenticateRequest(activity, req.headers.authorization ?? ''),
      );
    } catch (error) {
      logRefusal(endpoint.logger, error);
      return answer(res, 401);
    }
    const invoke = await endpoint.adapter.run(authenticated, activity, endpoint.logic);
    answer(res, invoke?.status ?? 200, invoke?.body);
  };
}

/** A JSON object with a type, as the Bot Framework sends; dates as botbuilder expects them. */
function parseActivity(raw: string): Activity | null {
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!body || typeof body !== 'object' || Array.isArray(body)) return null;
  const activity = body as Record<string, unknown>;
  if (typeof activity.type !== 'string' || !activity.type) return null;
  for (const [field, raw] of [
    ['timestamp', 'rawTimestamp'],
    ['localTimestamp', 'rawLocalTimestamp'],
    ['expiration', 'rawExpiration'],
  ] as const) {
    const value = activity[field];
    if (typeof value === 'string') {
      activity[raw] = value;
      activity[field] = new Date(value);
    }
  }
  return activity as unknown as Activity;
}

function logRefusal(logger: Logger, error: unknown) {
  const e = (error ?? {}) as { name?: string; message?: string; statusCode?: number };
  // The check's own words, cut before any value copied from the token (an app id, a version).
  const reason = String(e.message ?? error)
    .split(/[:\n"]/)[0]
    ?.trim()
    .slice(0, 80);
  // Bot Framework's keys could not be fetched: the operator's network, not the caller.
  if (e.name === 'FetchError' || e.statusCode === 500)
    logger.error(
      { event: 'teams-auth-keys-unavailable', reason },
      'Bot Framework signing keys could not be loaded: check outbound https to login.botframework.com',
    );
  else logger.warn({ event: 'teams-unauthorized', reason }, 'teams request refused');
}

function answer(res: ServerResponse, status: number, body?: unknown) {
  if (body === undefined || body === null) {
    res.writeHead(status, { 'content-length': 0 });
    res.end();
    return;
  }
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}
