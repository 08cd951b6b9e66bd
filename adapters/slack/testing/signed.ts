// Requests signed the way Slack signs them (v0 HMAC-SHA256 of "v0:timestamp:body"), and the
// payload shapes Slack sends: slash commands and actions as forms, events as JSON.
import { createHmac } from 'node:crypto';

export function signature(secret: string, body: string, timestamp: number): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export function signedHeaders(
  secret: string,
  body: string,
  contentType: string,
  timestamp = Math.floor(Date.now() / 1000),
): Record<string, string> {
  return {
    'content-type': contentType,
    'x-slack-request-timestamp': String(timestamp),
    'x-slack-signature': signature(secret, body, timestamp),
  };
}

export const FORM = 'application/x-www-form-urlencoded';
export const JSON_TYPE = 'application/json';

let triggers = 0;
/** A fresh trigger_id, as Slack gives each command and click (a repeated one is a replay). */
export const triggerId = () => `${++triggers}.${process.pid}.test`;

export function commandBody(o: {
  text: string;
  user?: string;
  channel?: string;
  responseUrl: string;
  triggerId?: string;
}): string {
  return new URLSearchParams({
    token: 'legacy',
    team_id: 'T1',
    team_domain: 'agency',
    channel_id: o.channel ?? 'C1',
    channel_name: 'peer-team',
    user_id: o.user ?? 'U1',
    user_name: 'pat',
    command: '/boundary',
    text: o.text,
    api_app_id: 'A1',
    response_url: o.responseUrl,
    trigger_id: o.triggerId ?? triggerId(),
  }).toString();
}

export function eventBody(eventId: string, event: Record<string, unknown>): string {
  return JSON.stringify({
    token: 'legacy',
    team_id: 'T1',
    api_app_id: 'A1',
    type: 'event_callback',
    event_id: eventId,
    event_time: 1_700_000_000,
    authorizations: [{ team_id: 'T1', user_id: 'UBOT', is_bot: true }],
    event,
  });
}

export function actionBody(payload: Record<string, unknown>): string {
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}
