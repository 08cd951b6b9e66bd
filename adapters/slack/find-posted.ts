// After a crash mid-post: did Slack get the message? The bot's posts carry an idempotency key in
// their message metadata; this reads the channel's history around the recorded attempt
// (conversations.history) and looks for it. Used by the quiz poster and the request poster.
import type { webApi } from '@slack/bolt';
import type { Found } from '../../src/schedule/scheduler.ts';

// Where to look around the recorded intent: its clock and Slack's may differ a little, and the
// post reaches Slack within the client's timeout. At most this many pages of 15 (the page size
// Slack allows apps outside the Marketplace).
const BEFORE_MS = 2 * 60_000;
const AFTER_MS = 10 * 60_000;
const PAGES = 5;

export interface PostedMark {
  /** The metadata event type the poster writes. */
  eventType: string;
  /** The payload field that holds the key, and the key to find. */
  field: string;
  key: string;
}

export async function findPosted(
  client: webApi.WebClient,
  channel: string,
  since: Date,
  mark: PostedMark,
): Promise<Found> {
  let cursor: string | undefined;
  for (let page = 0; page < PAGES; page++) {
    let history: webApi.ConversationsHistoryResponse;
    try {
      history = await client.conversations.history({
        channel,
        oldest: seconds(since.getTime() - BEFORE_MS),
        latest: seconds(since.getTime() + AFTER_MS),
        inclusive: true,
        include_all_metadata: true,
        limit: 15,
        ...(cursor ? { cursor } : {}),
      });
    } catch (error) {
      const data = (error as { data?: { error?: string; needed?: string } }).data;
      if (data?.error === 'missing_scope')
        return {
          unknown: `Slack refused conversations.history: add the ${data.needed ?? 'channels:history, groups:history'} scope to the app (manifest.json) and reinstall it`,
        };
      throw error; // unreachable or refused for another reason: retried later
    }
    const mine = history.messages?.find(
      (message) =>
        message.metadata?.event_type === mark.eventType &&
        (message.metadata.event_payload as Record<string, unknown> | undefined)?.[mark.field] ===
          mark.key,
    );
    if (mine?.ts) return { ref: mine.ts };
    cursor = history.response_metadata?.next_cursor || undefined;
    if (!history.has_more || !cursor) return 'absent';
  }
  return { unknown: `more than ${PAGES * 15} messages in the channel around the attempt` };
}

const seconds = (ms: number) => (ms / 1000).toFixed(6);
