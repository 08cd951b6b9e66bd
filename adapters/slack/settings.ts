// Slack's settings: its variables, what each expects, and when Slack runs. Only zod here, so
// reading the configuration never loads Bolt.
import { z } from 'zod';
import type { SurfaceSettings } from '../../src/server/surface.ts';

export interface SlackConfig {
  /** "http": events at /slack/events, signed with the signing secret; "socket": Socket Mode. */
  mode: 'http' | 'socket';
  botToken: string;
  signingSecret: string | undefined;
  appToken: string | undefined;
  /** Web API base URL (GovSlack, or a local fake in tests); Slack's own when unset. */
  apiUrl: string | undefined;
  /** Socket Mode: /readyz fails when nothing has come from Slack for this long. */
  socketStaleMs: number;
}

const schema = z.object({
  SLACK_BOT_TOKEN: z
    .string()
    .regex(/^xoxb-/, 'must start with xoxb-')
    .optional()
    .describe('the Bot User OAuth Token, xoxb-...'),
  SLACK_SIGNING_SECRET: z
    .string()
    .min(8)
    .optional()
    .describe("the app's Signing Secret (Basic Information page)"),
  SLACK_APP_TOKEN: z
    .string()
    .regex(/^xapp-/, 'must start with xapp-')
    .optional()
    .describe('an app-level token with connections:write, xapp-...'),
  SLACK_MODE: z.enum(['http', 'socket']).optional().describe('http or socket'),
  SLACK_API_URL: z.url().optional().describe('a URL ending in /api/'),
  SLACK_SOCKET_STALE_SECONDS: z.coerce
    .number()
    .int()
    .min(10)
    .max(3600)
    .default(120)
    .describe('seconds, 10 to 3600'),
});

// Typed here, not inferred: the surface's module refers back to the configuration's type.
export const slackSettings: SurfaceSettings<'slack', typeof schema, SlackConfig> = {
  name: 'slack',
  prefixes: ['SLACK_'],
  schema,
  resolve(c, _context, problems): SlackConfig | null {
    if (!c.SLACK_BOT_TOKEN) {
      if (c.SLACK_SIGNING_SECRET || c.SLACK_APP_TOKEN)
        problems.push('SLACK_BOT_TOKEN: missing (expected the Bot User OAuth Token, xoxb-...)');
      return null;
    }
    const mode = c.SLACK_MODE ?? (c.SLACK_APP_TOKEN && !c.SLACK_SIGNING_SECRET ? 'socket' : 'http');
    if (mode === 'http' && !c.SLACK_SIGNING_SECRET)
      problems.push(
        "SLACK_SIGNING_SECRET: missing (expected the app's Signing Secret; or set SLACK_APP_TOKEN for Socket Mode)",
      );
    if (mode === 'socket' && !c.SLACK_APP_TOKEN)
      problems.push(
        'SLACK_APP_TOKEN: missing (expected an app-level token, xapp-..., for Socket Mode)',
      );
    return {
      mode,
      botToken: c.SLACK_BOT_TOKEN,
      signingSecret: c.SLACK_SIGNING_SECRET,
      appToken: c.SLACK_APP_TOKEN,
      apiUrl: c.SLACK_API_URL,
      socketStaleMs: c.SLACK_SOCKET_STALE_SECONDS * 1000,
    };
  },
  load: () => import('./index.ts').then((m) => m.createSlackSurface),
};
