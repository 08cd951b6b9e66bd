// In front of Bolt's HTTP receiver: a request must be signed by Slack, neither stale nor from
// the future, and its body one of the shapes Slack sends, before Bolt parses it. Refusals get
// a status and no body (nothing for a prober to learn) and one log line without the body.
// The check runs in this order so an unsigned request never learns whether its body would do.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { parse } from 'node:querystring';
import { defaultBodyLimit, HTTPModuleFunctions, verifySlackRequest } from '@slack/bolt';
import type { Logger } from 'pino';
import type { Handler } from '../../src/server/surface.ts';
import { FORM_TYPE, slackBody } from './body-shape.ts';

/** How far in the future a request's timestamp may be. Slack and a server keeping time with
 * NTP differ by well under a second; a minute forgives a badly kept clock. Without this bound a
 * request stamped an hour ahead would verify for an hour and five minutes, longer than the
 * replay guard remembers a request (see dedupe.ts). */
export const FUTURE_SKEW_S = 60;

export interface GateOptions {
  signingSecret: string;
  logger: Logger;
  /** Milliseconds since the epoch; Bolt checks staleness against the same clock. */
  now?: () => number;
}

export function slackGate(options: GateOptions, next: Handler): Handler {
  const now = options.now ?? Date.now;
  const refuse = (res: ServerResponse, status: number, event: string) => {
    options.logger.warn({ event, status }, 'Slack request refused');
    res.writeHead(status);
    res.end();
  };

  return async (req, res) => {
    // Bolt reads the body we buffered here instead of the stream (it is the same bytes).
    let raw: string;
    try {
      raw = (
        await HTTPModuleFunctions.bufferIncomingMessage(req, defaultBodyLimit)
      ).rawBody.toString();
    } catch (error) {
      const tooLarge = HTTPModuleFunctions.isRawBodyError(error) && error.statusCode === 413;
      return refuse(res, tooLarge ? 413 : 400, 'slack-body-unreadable');
    }
    const contentType = req.headers['content-type'];
    // Slack's SSL check is unsigned; Bolt answers it and ignores the rest of the body.
    if (contentType === FORM_TYPE && parse(raw).ssl_check === '1') return next(req, res);

    const timestamp = Number(header(req, 'x-slack-request-timestamp'));
    const signature = header(req, 'x-slack-signature');
    const nowMs = now();
    if (!Number.isInteger(timestamp) || signature === undefined)
      return refuse(res, 401, 'slack-unsigned');
    if (timestamp > nowMs / 1000 + FUTURE_SKEW_S) return refuse(res, 401, 'slack-future-timestamp');
    try {
      verifySlackRequest({
        signingSecret: options.signingSecret,
        body: raw,
        headers: { 'x-slack-signature': signature, 'x-slack-request-timestamp': timestamp },
        nowMilliseconds: nowMs,
      });
    } catch {
      return refuse(res, 401, 'slack-unverified');
    }
    if (!slackBody(contentType, raw)) return refuse(res, 400, 'slack-bad-body');
    return next(req, res);
  };
}

function header(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return typeof v === 'string' ? v : undefined;
}
