// Microsoft Teams' settings: the bot's credentials, the app package's fields, and when Teams
// runs. Only zod here, so reading the configuration never loads botbuilder.
import { z } from 'zod';
import type { SurfaceSettings } from '../../src/server/surface.ts';

export interface TeamsConfig {
  /** Empty in Bot Framework Emulator mode (no authentication). */
  appId: string;
  /** TEAMS_EMULATOR=on, accepted only with NODE_ENV=development or test: no authentication. */
  emulator: boolean;
  password: string | undefined;
  appType: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
  tenantId: string | undefined;
  certificateThumbprint: string | undefined;
  certificateKeyFile: string | undefined;
  /** TEAMS_TARGETED_MESSAGES=on: private replies in channels and group chats as Teams'
   * targeted messages (public developer preview); off, or refused, they go to personal chat. */
  targetedMessages?: boolean;
}

/** The Teams app package (`npm run teams:package`); the bot id is MICROSOFT_APP_ID. */
export interface TeamsAppConfig {
  /** The app's id in Teams; MICROSOFT_APP_ID when unset. */
  id: string | undefined;
  /** Short name shown in Teams (30 characters at most). */
  name: string;
  /** Raise it for each new package uploaded, or Teams keeps the old one. */
  version: string;
  /** Your agency, as the app's publisher. */
  developer: string;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const teamsSchema = z.object({
  MICROSOFT_APP_ID: z.string().optional().describe("the Azure Bot's app id, a GUID"),
  MICROSOFT_APP_PASSWORD: z
    .string()
    .optional()
    .describe("the client secret of the Azure Bot's app registration"),
  // Unset means SingleTenant: Azure creates no new multi-tenant bots (since August 2025). Left
  // optional here so the message can tell set-ups that relied on the old default.
  MICROSOFT_APP_TYPE: z
    .enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI'])
    .optional()
    .describe('SingleTenant (default), UserAssignedMSI or MultiTenant'),
  MICROSOFT_APP_TENANT_ID: z.string().optional().describe('your Microsoft Entra tenant id'),
  MICROSOFT_APP_CERTIFICATE_THUMBPRINT: z
    .string()
    .optional()
    .describe("the certificate's thumbprint (with MICROSOFT_APP_CERTIFICATE_KEY_FILE)"),
  MICROSOFT_APP_CERTIFICATE_KEY_FILE: z
    .string()
    .optional()
    .describe("a file with the certificate's private key, PEM"),
  TEAMS_EMULATOR: z
    .enum(['on', 'off'])
    .default('off')
    .describe('on or off (on only with NODE_ENV=development or NODE_ENV=test)'),
  TEAMS_TARGETED_MESSAGES: z
    .enum(['on', 'off'])
    .default('off')
    .describe(
      'on or off: private replies in channels as targeted messages (Teams public developer preview)',
    ),
  TEAMS_APP_ID: z
    .string()
    .regex(GUID, 'must be a GUID')
    .optional()
    .describe('a GUID (the Teams app id; MICROSOFT_APP_ID when unset)'),
  TEAMS_APP_NAME: z
    .string()
    .min(1)
    .max(30)
    .default('boundary-bot')
    .describe('the name shown in Teams, at most 30 characters'),
  TEAMS_APP_VERSION: z
    .string()
    .regex(/^\d+\.\d+\.\d+$/, 'must be MAJOR.MINOR.PATCH')
    .default('1.0.0')
    .describe('a version such as 1.0.1 (raise it for each new package)'),
  TEAMS_DEVELOPER_NAME: z
    .string()
    .min(1)
    .max(32)
    .default('boundary-bot')
    .describe('your agency, at most 32 characters'),
  PRIVACY_URL: z.url().optional().describe("your agency's privacy statement, https://..."),
  TERMS_URL: z.url().optional().describe("your agency's terms of use, https://..."),
});

type Parsed = z.output<typeof teamsSchema>;

/** The app package's fields, from the parsed settings. */
export const teamsApp = (
  c: Pick<Parsed, 'TEAMS_APP_ID' | 'TEAMS_APP_NAME' | 'TEAMS_APP_VERSION' | 'TEAMS_DEVELOPER_NAME'>,
): TeamsAppConfig => ({
  id: c.TEAMS_APP_ID,
  name: c.TEAMS_APP_NAME,
  version: c.TEAMS_APP_VERSION,
  developer: c.TEAMS_DEVELOPER_NAME,
});

function credentialProblem(parsed: Parsed, appType: TeamsConfig['appType']): string | null {
  if (appType === 'UserAssignedMSI' || parsed.MICROSOFT_APP_PASSWORD) return null;
  const thumbprint = parsed.MICROSOFT_APP_CERTIFICATE_THUMBPRINT;
  const keyFile = parsed.MICROSOFT_APP_CERTIFICATE_KEY_FILE;
  if (thumbprint && keyFile) return null;
  return thumbprint || keyFile
    ? 'MICROSOFT_APP_CERTIFICATE_THUMBPRINT / MICROSOFT_APP_CERTIFICATE_KEY_FILE: both are needed for a certificate'
    : 'MICROSOFT_APP_PASSWORD: missing (expected the client secret, or a certificate, or MICROSOFT_APP_TYPE=UserAssignedMSI)';
}

function tenantProblem(parsed: Parsed, appType: TeamsConfig['appType']): string | null {
  if (appType === 'MultiTenant' || parsed.MICROSOFT_APP_TENANT_ID) return null;
  return parsed.MICROSOFT_APP_TYPE
    ? `MICROSOFT_APP_TENANT_ID: missing (expected your Microsoft Entra tenant id; MICROSOFT_APP_TYPE=${appType} needs it)`
    : // Set-ups from before the default changed relied on MultiTenant without saying so.
      'MICROSOFT_APP_TENANT_ID: missing (expected your Microsoft Entra tenant id: MICROSOFT_APP_TYPE is SingleTenant by default, and SingleTenant needs it). A bot registered as multi-tenant before August 2025 keeps working with MICROSOFT_APP_TYPE=MultiTenant set explicitly';
}

/** Without an app id: Teams is off, or the emulator runs where a local mode was said. */
function unauthenticated(
  parsed: Parsed,
  context: { local: boolean; nodeEnv: string | undefined },
  problems: string[],
): boolean {
  const emulator = parsed.TEAMS_EMULATOR === 'on';
  const credential =
    parsed.MICROSOFT_APP_PASSWORD ||
    parsed.MICROSOFT_APP_TENANT_ID ||
    parsed.MICROSOFT_APP_CERTIFICATE_THUMBPRINT ||
    parsed.MICROSOFT_APP_CERTIFICATE_KEY_FILE;
  if (credential && !emulator)
    problems.push("MICROSOFT_APP_ID: missing (expected the Azure Bot's app id, a GUID)");
  // An unauthenticated endpoint answers anyone who can reach it: only where someone said
  // "this is a local run", never by default and never because NODE_ENV is misspelled.
  if (emulator && !context.local)
    problems.push(
      `TEAMS_EMULATOR: unauthenticated Teams (no MICROSOFT_APP_ID) runs only with NODE_ENV=development or NODE_ENV=test (NODE_ENV is ${context.nodeEnv?.trim() ? `"${context.nodeEnv}"` : 'unset'}); on a server set MICROSOFT_APP_ID and a credential`,
    );
  return emulator;
}

// Typed here, not inferred: the surface's module refers back to the configuration's type.
export const teamsSettings: SurfaceSettings<'teams', typeof teamsSchema, TeamsConfig> = {
  name: 'teams',
  prefixes: ['MICROSOFT_APP_', 'TEAMS_'],
  schema: teamsSchema,
  resolve(c, context, problems): TeamsConfig | null {
    const appId = c.MICROSOFT_APP_ID ?? '';
    const appType = c.MICROSOFT_APP_TYPE ?? 'SingleTenant';
    const emulator = !appId && unauthenticated(c, context, problems);
    if (!appId && !emulator) return null;
    if (appId)
      for (const problem of [tenantProblem(c, appType), credentialProblem(c, appType)])
        if (problem) problems.push(problem);
    return {
      appId,
      emulator,
      password: c.MICROSOFT_APP_PASSWORD,
      appType,
      tenantId: c.MICROSOFT_APP_TENANT_ID,
      certificateThumbprint: c.MICROSOFT_APP_CERTIFICATE_THUMBPRINT,
      certificateKeyFile: c.MICROSOFT_APP_CERTIFICATE_KEY_FILE,
      targetedMessages: c.TEAMS_TARGETED_MESSAGES === 'on',
    };
  },
  load: () => import('./index.ts').then((m) => m.createTeamsSurface),
};
