// Talking to the bot as Teams does in tests: post an activity to /api/messages, and read the
// Adaptive Card out of a reply or a recorded connector call.
import { expect } from 'vitest';

export type Json = Record<string, unknown>;

export async function postActivity(
  serverUrl: string,
  activity: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; text: string; body: Json | null }> {
  const res = await fetch(`${serverUrl}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(activity),
  });
  const text = await res.text();
  return { status: res.status, text, body: text ? (JSON.parse(text) as Json) : null };
}

/** The Adaptive Card attached to an activity or a reply (failing the test when there is none). */
export function cardOf<Card>(body: Json | null | undefined): Card {
  const attachment = (body?.attachments as Json[] | undefined)?.[0];
  expect(attachment?.contentType).toBe('application/vnd.microsoft.card.adaptive');
  return attachment?.content as Card;
}
