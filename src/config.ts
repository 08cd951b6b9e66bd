// Every setting, read from the environment and validated in one place. Fails fast and says
// which variable is wrong and what it expects. Secrets are never printed.
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { CrisisContact } from './core/types.ts';
import { isValidZone } from './schedule/local-time.ts';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
/** Written by `npm run kb:build` (and before `npm start`) for the configured knowledge. */
export const KNOWLEDGE_MODEL = `${repoRoot}build/knowledge-model.json`;

const LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const CRISIS_KINDS = ['suicide', 'self-harm', 'overdose', 'medical', 'violence', 'abuse'] as const;
/** "Child welfare hotline [abuse]: 555-0110": the kinds in brackets limit where it is shown. */
const KIND_TAG = /^(.*?)\s*\[([^\]]*)\]$/;

/** "County mobile crisis: 555-0100; On-call supervisor: ext. 4100; APS [abuse]: 555-0120" */
const contacts = z.string().transform((s, ctx): CrisisContact[] => {
  const list: CrisisContact[] = [];
  for (const part of s
    .split(';')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const at = part.indexOf(':');
    const label = part.slice(0, at).trim();
    const value = part.slice(at + 1).trim();
    if (at < 1 || !label || !value) {
      ctx.addIssue({
        code: 'custom',
        message: `"${part}" should be "Label: phone or how to reach them"`,
      });
      return z.NEVER;
    }
    const tagged = KIND_TAG.exec(label);
    if (!tagged) {
      list.push({ label, value });
      continue;
    }
    const kinds = (tagged[2] ?? '').split(',').map((k) => k.trim());
    const unknown = kinds.filter((k) => !(CRISIS_KINDS as readonly string[]).includes(k));
    if (!tagged[1] || unknown.length) {
      ctx.addIssue({
        code: 'custom',
        message: `"${part}": the kinds in brackets must be among ${CRISIS_KINDS.join(', ')}`,
      });
      return z.NEVER;
    }
    list.push({ label: tagged[1], value, kinds: kinds as CrisisContact['kinds'] });
  }
  return list;
});

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const onOff = (fallback: 'on' | 'off') => z.enum(['on', 'off']).default(fallback);

const schema = z.object({
  NODE_ENV: z.string().optional(),
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  // This machine only unless told otherwise: the console and its curator report have no login.
  HOST: z.string().trim().min(1).default('127.0.0.1'),
  WEB_CONSOLE: z.enum(['on', 'off']).optional(),
  KNOWLEDGE_DIR: z.string().min(1).default(`${repoRoot}knowledge`),
  AGENCY_KNOWLEDGE_DIR: z.string().min(1).optional(),
  KNOWLEDGE_WATCH: onOff('on'),
  SLACK_BOT_TOKEN: z
    .string()
    .regex(/^xoxb-/, 'must start with xoxb-')
    .optional(),
  SLACK_SIGNING_SECRET: z.string().min(8).optional(),
  SLACK_APP_TOKEN: z
    .string()
    .regex(/^xapp-/, 'must start with xapp-')
    .optional(),
  SLACK_MODE: z.enum(['http', 'socket']).optional(),
  SLACK_API_URL: z.url().optional(),
  MICROSOFT_APP_ID: z.string().optional(),
  MICROSOFT_APP_PASSWORD: z.string().optional(),
  // Azure creates no new multi-tenant bots (since August 2025): single tenant by default.
  MICROSOFT_APP_TYPE: z
    .enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI'])
    .default('SingleTenant'),
  MICROSOFT_APP_TENANT_ID: z.string().optional(),
  MICROSOFT_APP_CERTIFICATE_THUMBPRINT: z.string().optional(),
  MICROSOFT_APP_CERTIFICATE_KEY_FILE: z.string().optional(),
  TEAMS_EMULATOR: onOff('off'),
  TEAMS_APP_ID: z.string().regex(GUID, 'must be a GUID').optional(),
  TEAMS_APP_NAME: z.string().min(1).max(30).default('boundary-bot'),
  TEAMS_APP_VERSION: z
    .string()
    .regex(/^\d+\.\d+\.\d+$/, 'must be MAJOR.MINOR.PATCH')
    .default('1.0.0'),
  TEAMS_DEVELOPER_NAME: z.string().min(1).max(32).default('boundary-bot'),
  PUBLIC_URL: z.url().optional(),
  PRIVACY_URL: z.url().optional(),
  TERMS_URL: z.url().optional(),
  LOG_LEVEL: z.enum(LEVELS).optional(),
  LOG_QUESTIONS: z.enum(['off', 'redacted']).default('off'),
  COLLECT_MISSES: z.enum(['off', 'on']).default('off'),
  CRISIS_CONTACTS: contacts.optional(),
  // One line a person reads when the bot has no answer.
  SUPERVISOR_CONTACT: z
    .string()
    .trim()
    .min(1, 'is empty')
    .max(200, 'is longer than 200 characters')
    .regex(/^[^\r\n]*$/, 'must be one line')
    .optional(),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  SQLITE_PATH: z.string().min(1).default(`${repoRoot}data/boundary-bot.sqlite`),
  QUIZ_ZONE: z
    .string()
    .refine(isValidZone, 'is not an IANA time zone')
    .default('America/Los_Angeles'),
  SHUTDOWN_DRAIN_SECONDS: z.coerce.number().min(0).max(60).default(3),
});

export interface SlackConfig {
  /** "http": events at /slack/events, signed with the signing secret; "socket": Socket Mode. */
  mode: 'http' | 'socket';
  botToken: string;
  signingSecret: string | undefined;
  appToken: string | undefined;
  /** Web API base URL (GovSlack, or a local fake in tests); Slack's own when unset. */
  apiUrl: string | undefined;
}

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

export interface Config {
  production: boolean;
  port: number;
  host: string;
  /** The local web console at "/" (on by default, off by default when NODE_ENV=production). */
  webConsole: boolean;
  /** The public https URL the platforms reach (Teams app package domain). */
  publicUrl: string | undefined;
  /** Slack, when configured. */
  slack: SlackConfig | null;
  /** Microsoft Teams, when configured. */
  teams: TeamsConfig | null;
  teamsApp: TeamsAppConfig;
  knowledgeDir: string;
  /** The agency's own knowledge, merged over the base without editing it. */
  agencyKnowledgeDir: string | undefined;
  /** Reload the knowledge when its files change. */
  knowledgeWatch: boolean;
  /** The re-ranker's weights trained ahead of time (`npm run kb:build`); used when they match. */
  knowledgeModel?: string | undefined;
  /** Settings that look like ours but are not known (likely typos). */
  warnings: string[];
  /** Unset means the program's own default (the server logs info, command-line tools stay quiet). */
  logLevel: (typeof LEVELS)[number] | undefined;
  /** "redacted": log each question with identifiers replaced; "off": never log question text. */
  logQuestions: 'off' | 'redacted';
  /** Keep unanswered questions, redacted, for curators. */
  collectMisses: boolean;
  /** The agency's crisis contacts, shown before the national ones. */
  crisisContacts: CrisisContact[];
  /** How to reach a person, shown when the bot has no answer; a default sentence when unset. */
  supervisorContact: string | undefined;
  /** PostgreSQL for several instances; when unset, SQLite at `sqlitePath`. */
  databaseUrl: string | undefined;
  sqlitePath: string;
  /** Time zone of personal quizzes and the terminal quiz (daily posts use each channel's own). */
  quizZone: string;
  /** On SIGTERM, how long the server stays not ready but still answering before it closes. */
  shutdownDrainMs: number;
}

const EXPECTED: Record<string, string> = {
  PORT: 'a port number, e.g. 3000',
  HOST: 'an address to listen on: 127.0.0.1 (this machine) or 0.0.0.0 (every address)',
  WEB_CONSOLE: 'on or off',
  AGENCY_KNOWLEDGE_DIR: "a folder with your agency's YAML",
  KNOWLEDGE_WATCH: 'on or off',
  SLACK_BOT_TOKEN: 'the Bot User OAuth Token, xoxb-...',
  SLACK_SIGNING_SECRET: "the app's Signing Secret (Basic Information page)",
  SLACK_APP_TOKEN: 'an app-level token with connections:write, xapp-...',
  SLACK_MODE: 'http or socket',
  SLACK_API_URL: 'a URL ending in /api/',
  MICROSOFT_APP_TYPE: 'SingleTenant (default), UserAssignedMSI or MultiTenant',
  MICROSOFT_APP_TENANT_ID: 'your Microsoft Entra tenant id',
  TEAMS_EMULATOR: 'on or off (on only with NODE_ENV=development or NODE_ENV=test)',
  TEAMS_APP_ID: 'a GUID (the Teams app id; MICROSOFT_APP_ID when unset)',
  TEAMS_APP_NAME: 'the name shown in Teams, at most 30 characters',
  TEAMS_APP_VERSION: 'a version such as 1.0.1 (raise it for each new package)',
  TEAMS_DEVELOPER_NAME: 'your agency, at most 32 characters',
  PUBLIC_URL: 'https://bot.example.org',
  PRIVACY_URL: "your agency's privacy statement, https://...",
  TERMS_URL: "your agency's terms of use, https://...",
  KNOWLEDGE_DIR: 'a folder with sources.yaml, crisis.yaml and topics/',
  LOG_LEVEL: LEVELS.join(', '),
  LOG_QUESTIONS: 'off or redacted',
  COLLECT_MISSES: 'off or on',
  CRISIS_CONTACTS: '"Label: contact; Label [abuse]: contact"',
  SUPERVISOR_CONTACT: 'one line, e.g. "Call the on-call supervisor at ext. 4100"',
  DATABASE_URL: 'postgresql://user:password@host:5432/database',
  SQLITE_PATH: 'a file path, e.g. ./data/boundary-bot.sqlite',
  QUIZ_ZONE: 'an IANA time zone such as America/Los_Angeles',
  SHUTDOWN_DRAIN_SECONDS: 'seconds from 0 to 60, e.g. 3',
};

function invalid(issues: z.core.$ZodIssue[]): Error {
  const lines = issues.map((i) => {
    const key = String(i.path[0]);
    return `  ${key}: ${i.message} (expected ${EXPECTED[key] ?? 'a valid value'})`;
  });
  return new Error(`Invalid configuration:\n${lines.join('\n')}`);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) throw invalid(parsed.error.issues);
  const c = parsed.data;
  // Read whatever the spelling (" Production", "PROD"): a safeguard must not hang on a capital.
  const nodeEnv = (c.NODE_ENV ?? '').trim().toLowerCase();
  const production = nodeEnv === 'production' || nodeEnv === 'prod';
  const problems: string[] = [];
  const slack = slackConfig(c, problems);
  const teams = teamsConfig(c, nodeEnv, env.MICROSOFT_APP_TYPE !== undefined, problems);
  if (problems.length)
    throw new Error(`Invalid configuration:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  return {
    production,
    port: c.PORT,
    host: c.HOST,
    // The console and its curator report have no login: off by default in production.
    webConsole: (c.WEB_CONSOLE ?? (production ? 'off' : 'on')) === 'on',
    publicUrl: c.PUBLIC_URL,
    slack,
    teams,
    teamsApp: {
      id: c.TEAMS_APP_ID,
      name: c.TEAMS_APP_NAME,
      version: c.TEAMS_APP_VERSION,
      developer: c.TEAMS_DEVELOPER_NAME,
    },
    agencyKnowledgeDir: c.AGENCY_KNOWLEDGE_DIR,
    knowledgeWatch: c.KNOWLEDGE_WATCH === 'on',
    knowledgeModel: KNOWLEDGE_MODEL,
    warnings: unknownKeys(env),
    knowledgeDir: c.KNOWLEDGE_DIR,
    logLevel: c.LOG_LEVEL,
    logQuestions: c.LOG_QUESTIONS,
    collectMisses: c.COLLECT_MISSES === 'on',
    crisisContacts: c.CRISIS_CONTACTS ?? [],
    supervisorContact: c.SUPERVISOR_CONTACT,
    databaseUrl: c.DATABASE_URL,
    sqlitePath: c.SQLITE_PATH,
    quizZone: c.QUIZ_ZONE,
    shutdownDrainMs: Math.round(c.SHUTDOWN_DRAIN_SECONDS * 1000),
  };
}

/** What `npm run teams:package` reads: what the manifest holds, never a credential. */
export interface TeamsPackageConfig {
  /** MICROSOFT_APP_ID, the bot the app talks to. */
  botId: string | undefined;
  /** NODE_ENV is development or test (said explicitly): a package for trying things out. */
  local: boolean;
  publicUrl: string | undefined;
  privacyUrl: string | undefined;
  termsUrl: string | undefined;
  teamsApp: TeamsAppConfig;
}

const packageSchema = schema.pick({
  NODE_ENV: true,
  MICROSOFT_APP_ID: true,
  TEAMS_APP_ID: true,
  TEAMS_APP_NAME: true,
  TEAMS_APP_VERSION: true,
  TEAMS_DEVELOPER_NAME: true,
  PUBLIC_URL: true,
  PRIVACY_URL: true,
  TERMS_URL: true,
});

/** The Teams app package's settings only: building it needs no secret and no server set-up. */
export function loadTeamsPackageConfig(env: NodeJS.ProcessEnv = process.env): TeamsPackageConfig {
  const parsed = packageSchema.safeParse(env);
  if (!parsed.success) throw invalid(parsed.error.issues);
  const c = parsed.data;
  return {
    botId: c.MICROSOFT_APP_ID,
    local: LOCAL_MODES.has((c.NODE_ENV ?? '').trim().toLowerCase()),
    publicUrl: c.PUBLIC_URL,
    privacyUrl: c.PRIVACY_URL,
    termsUrl: c.TERMS_URL,
    teamsApp: {
      id: c.TEAMS_APP_ID,
      name: c.TEAMS_APP_NAME,
      version: c.TEAMS_APP_VERSION,
      developer: c.TEAMS_DEVELOPER_NAME,
    },
  };
}

/** The server's configuration (`npm start`): as `loadConfig`, and it must serve something. In
 * production a server with no Slack, no Teams and no console would answer nothing yet report
 * healthy, so it refuses to start and says what to set. */
export function loadServerConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const config = loadConfig(env);
  if (config.production && !config.slack && !config.teams && !config.webConsole)
    throw new Error(
      [
        'Invalid configuration:',
        '  NODE_ENV is production but no surface is configured: the bot would serve nothing. Set',
        '    SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (or SLACK_APP_TOKEN, Socket Mode) for Slack, or',
        '    MICROSOFT_APP_ID and MICROSOFT_APP_PASSWORD (or a certificate) for Microsoft Teams;',
        '  see .env.example. (WEB_CONSOLE=on serves only the web console, which has no login.)',
      ].join('\n'),
    );
  return config;
}

type Parsed = z.infer<typeof schema>;

function slackConfig(c: Parsed, problems: string[]): SlackConfig | null {
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
  };
}

/** Where unauthenticated Teams may run: a developer's machine or the tests, said explicitly. */
const LOCAL_MODES = new Set(['development', 'test']);

function teamsConfig(
  c: Parsed,
  nodeEnv: string,
  typeSet: boolean,
  problems: string[],
): TeamsConfig | null {
  const appId = c.MICROSOFT_APP_ID ?? '';
  const emulator = !appId && c.TEAMS_EMULATOR === 'on';
  if (!appId) {
    const credential =
      c.MICROSOFT_APP_PASSWORD ||
      c.MICROSOFT_APP_TENANT_ID ||
      c.MICROSOFT_APP_CERTIFICATE_THUMBPRINT ||
      c.MICROSOFT_APP_CERTIFICATE_KEY_FILE;
    if (credential && !emulator)
      problems.push("MICROSOFT_APP_ID: missing (expected the Azure Bot's app id, a GUID)");
    if (!emulator) return null;
    // An unauthenticated endpoint answers anyone who can reach it: only where someone said
    // "this is a local run", never by default and never because NODE_ENV is misspelled.
    if (!LOCAL_MODES.has(nodeEnv))
      problems.push(
        `TEAMS_EMULATOR: unauthenticated Teams (no MICROSOFT_APP_ID) runs only with NODE_ENV=development or NODE_ENV=test (NODE_ENV is ${nodeEnv ? `"${c.NODE_ENV}"` : 'unset'}); on a server set MICROSOFT_APP_ID and a credential`,
      );
  } else {
    if (c.MICROSOFT_APP_TYPE !== 'MultiTenant' && !c.MICROSOFT_APP_TENANT_ID)
      problems.push(
        typeSet
          ? `MICROSOFT_APP_TENANT_ID: missing (expected your Microsoft Entra tenant id; MICROSOFT_APP_TYPE=${c.MICROSOFT_APP_TYPE} needs it)`
          : // Set-ups from before the default changed relied on MultiTenant without saying so.
            'MICROSOFT_APP_TENANT_ID: missing (expected your Microsoft Entra tenant id: MICROSOFT_APP_TYPE is SingleTenant by default, and SingleTenant needs it). A bot registered as multi-tenant before August 2025 keeps working with MICROSOFT_APP_TYPE=MultiTenant set explicitly',
      );
    const cert = c.MICROSOFT_APP_CERTIFICATE_THUMBPRINT || c.MICROSOFT_APP_CERTIFICATE_KEY_FILE;
    if (
      c.MICROSOFT_APP_TYPE !== 'UserAssignedMSI' &&
      !c.MICROSOFT_APP_PASSWORD &&
      !(c.MICROSOFT_APP_CERTIFICATE_THUMBPRINT && c.MICROSOFT_APP_CERTIFICATE_KEY_FILE)
    )
      problems.push(
        cert
          ? 'MICROSOFT_APP_CERTIFICATE_THUMBPRINT / MICROSOFT_APP_CERTIFICATE_KEY_FILE: both are needed for a certificate'
          : 'MICROSOFT_APP_PASSWORD: missing (expected the client secret, or a certificate, or MICROSOFT_APP_TYPE=UserAssignedMSI)',
      );
  }
  return {
    appId,
    emulator,
    password: c.MICROSOFT_APP_PASSWORD,
    appType: c.MICROSOFT_APP_TYPE,
    tenantId: c.MICROSOFT_APP_TENANT_ID,
    certificateThumbprint: c.MICROSOFT_APP_CERTIFICATE_THUMBPRINT,
    certificateKeyFile: c.MICROSOFT_APP_CERTIFICATE_KEY_FILE,
  };
}

// Our variables' prefixes: a key with one of them that we do not know is probably a typo.
const OURS =
  /^(SLACK_|MICROSOFT_APP_|TEAMS_|KNOWLEDGE_|AGENCY_|LOG_|QUIZ_|CRISIS_|SUPERVISOR_|SQLITE_|WEB_CONSOLE|SHUTDOWN_)/;

function unknownKeys(env: NodeJS.ProcessEnv): string[] {
  const known = new Set(Object.keys(schema.shape));
  return Object.keys(env)
    .filter((k) => OURS.test(k) && !known.has(k))
    .sort()
    .map((k) => `${k} is not a boundary-bot setting (ignored); see .env.example`);
}

export { repoRoot };
