// Slack's app_rate_limited notice: it dropped this app's events during the minute it names
// (a workspace sent more than Slack delivers per app). Bolt has no listener type for it, so it
// neither calls a listener nor acknowledges it, and Slack would get a 404 after about 3 s. It
// is acknowledged here at once and logged as a warning with that minute; it carries no
// message text. Runs behind the gate, which has checked the signature and buffered the body.
import type { IncomingMessage } from 'node:http';
import type { Logger } from 'pino';
import type { Handler } from '../../src/server/surface.ts';

export function acknowledgeRateLimited(logger: Logger, next: Handler): Handler {
  return (req, res) => {
    const notice = rateLimitedNotice(req);
    if (!notice) return next(req, res);
    logger.warn(
      { event: 'slack-rate-limited', minute: notice.minute },
      'Slack dropped events for this app during a minute (app_rate_limited)',
    );
    res.writeHead(200);
    res.end();
  };
}

/** The minute a notice names (ISO time, null if missing); undefined for any other request. */
function rateLimitedNotice(req: IncomingMessage): { minute: string | null } | undefined {
  const raw = (req as { rawBody?: unknown }).rawBody;
  // Most requests are not the notice: skip parsing them a second time.
  if (!Buffer.isBuffer(raw) || !raw.includes('"app_rate_limited"')) return undefined;
  let body: unknown;
  try {
    body = JSON.parse(raw.toString());
  } catch {
    return undefined;
  }
  const b = body as { type?: unknown; minute_rate_limited?: unknown } | null;
  if (b?.type !== 'app_rate_limited') return undefined;
  const m = b.minute_rate_limited;
  return { minute: Number.isInteger(m) ? new Date((m as number) * 1000).toISOString() : null };
}
