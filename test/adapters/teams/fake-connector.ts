// A local stand-in for the Bot Framework connector service at the activities' serviceUrl: it
// records every call the bot makes (replies, updates, new conversations, member look-ups).
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ConnectorCall {
  method: string;
  /** Decoded path, e.g. /v3/conversations/19:abc@thread.tacv2;messageid=1/activities/1 */
  path: string;
  body: Record<string, unknown> | null;
  /** The query string, e.g. "isTargetedActivity=true" (a targeted message); "" when none. */
  query: string;
}

export async function startFakeConnector() {
  const calls: ConnectorCall[] = [];
  // Rosters set by a test: a member look-up in one of these conversations finds only its people.
  const rosters = new Map<string, Set<string>>();
  let n = 0;
  // Set by a test: answer targeted messages as a tenant without the preview does.
  let refuseTargeted = false;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      const [rawPath, query = ''] = (req.url ?? '').split('?');
      const path = decodeURIComponent(rawPath ?? '');
      const method = req.method ?? 'GET';
      calls.push({ method, path, body: raw ? JSON.parse(raw) : null, query });
      n++;
      let reply: unknown = { id: `activity-${n}` };
      if (method === 'POST' && path === '/v3/conversations')
        reply = { id: `19:general@thread.tacv2;messageid=post-${n}`, activityId: `post-${n}` };
      let status = 200;
      if (refuseTargeted && query.includes('isTargetedActivity=true')) {
        status = 400;
        reply = { error: { code: 'BadArgument', message: 'targeted messages are not enabled' } };
      }
      const member = /^\/v3\/conversations\/([^/]+)\/members\/(.+)$/.exec(path);
      if (method === 'GET' && member) {
        const roster = rosters.get(member[1] ?? '');
        if (roster && !roster.has(member[2] ?? '')) {
          status = 404;
          reply = { error: { code: 'MemberNotFoundInConversation', message: 'not a member' } };
        } else reply = { id: member[2], name: `Name of ${member[2]}` };
      }
      const text = JSON.stringify(reply);
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(text);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    /** Who is in a conversation (a channel): other people are not found there. */
    setMembers: (conversationId: string, userIds: string[]) =>
      rosters.set(conversationId, new Set(userIds)),
    refuseTargeted: (refuse = true) => {
      refuseTargeted = refuse;
    },
    /** Targeted messages (seen by one person in a channel or group chat), in order. */
    targeted: () => calls.filter((c) => c.query.includes('isTargetedActivity=true')),
    /** Calls that carry an activity (replies and posts), in order. */
    posts: () => calls.filter((c) => c.method === 'POST' && c.path.includes('/activities')),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
