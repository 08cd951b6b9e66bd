// Who may claim, answer, close, list or delete requests on Slack: the members of the configured
// supervisors' channel, read with conversations.members and kept for a minute (a click should
// not cost a Web API call each, and someone removed from the channel loses the right within a
// minute). Anything that goes wrong while reading the list refuses: nobody is a supervisor by
// default. The channel should be private: anyone in the workspace can join a public one, and the
// app asks only for groups:read, so a public channel reads as "missing_scope" and refuses all.
import type { webApi } from '@slack/bolt';
import type { Logger } from 'pino';

export const MEMBERS_TTL_MS = 60_000;
// At most this many pages of 200: a supervisors' channel is small; a huge one is a mistake.
const PAGES = 10;

export interface SupervisorCheck {
  isSupervisor(userId: string): Promise<boolean>;
}

export function slackSupervisors(o: {
  client: webApi.WebClient;
  channel: string;
  logger: Logger;
  now: () => Date;
  ttlMs?: number;
}): SupervisorCheck {
  const ttl = o.ttlMs ?? MEMBERS_TTL_MS;
  let cached: { at: number; members: Set<string> } | undefined;
  let loading: Promise<Set<string>> | undefined;

  async function load(): Promise<Set<string>> {
    const members = new Set<string>();
    let cursor: string | undefined;
    for (let page = 0; page < PAGES; page++) {
      const r = await o.client.conversations.members({
        channel: o.channel,
        limit: 200,
        ...(cursor ? { cursor } : {}),
      });
      for (const m of r.members ?? []) members.add(m);
      cursor = r.response_metadata?.next_cursor || undefined;
      if (!cursor) return members;
    }
    return members;
  }

  async function members(): Promise<Set<string>> {
    const at = o.now().getTime();
    if (cached && at - cached.at < ttl) return cached.members;
    loading ??= load().finally(() => {
      loading = undefined;
    });
    const list = await loading;
    cached = { at, members: list };
    return list;
  }

  return {
    async isSupervisor(userId) {
      if (!o.channel || !/^[UW][A-Z0-9]+$/.test(userId)) return false;
      try {
        return (await members()).has(userId);
      } catch (error) {
        const data = (error as { data?: { error?: string; needed?: string } }).data;
        o.logger.error(
          { event: 'slack-supervisors-unreadable', err: data?.error ?? (error as Error).message },
          data?.error === 'missing_scope'
            ? 'cannot read the supervisors channel: it must be a private channel with the app in it (groups:read)'
            : 'cannot read the supervisors channel members; refusing',
        );
        return false;
      }
    },
  };
}
