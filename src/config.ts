// Every setting, read from the environment and validated in one place: the shared ones here,
// each surface's from its settings module (src/server/registry.ts). Fails fast and says which
// variable is wrong and what it expects. Secrets are never printed.
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { type TeamsAppConfig, teamsApp, teamsSchema } from '../adapters/teams/settings.ts';
import { useParseCache } from './core/knowledge/parse-cache.ts';
import { isValidZone } from './core/local-time.ts';
import type { CrisisContact } from './core/types.ts';
import { SURFACES, type SurfaceConfigs } from './server/registry.ts';
import type { SettingsContext } from './server/surface.ts';
import {
  resolveSupervisors,
  type SupervisorSettings,
  supervisorSchema,
} from './supervisor/settings.ts';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
/** Written by `npm run kb:build` (and before `npm start`) for the configured knowledge. */
export const KNOWLEDGE_MODEL = `${repoRoot}build/knowledge-model.bin`;
/** Knowledge files already parsed, as JSON (src/core/knowledge/parse-cache.ts); `kb:build`
 * fills it, so a server or a test starts without parsing the YAML again. */
export const PARSE_CACHE = `${repoRoot}build/parse-cache`;

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

const onOff = (fallback: 'on' | 'off') => z.enum(['on', 'off']).default(fallback);

// The settings every run shares. Each surface brings its own (src/server/registry.ts).
const base = z
  .object({
    NODE_ENV: z.string().optional(),
    PORT: z.coerce
      .number()
      .int()
      .min(0)
      .max(65_535)
      .default(3000)
      .describe('a port number, e.g. 3000'),
    // This machine only unless told otherwise: the console and its curator report have no login.
    HOST: z
      .string()
      .trim()
      .min(1)
      .default('127.0.0.1')
      .describe('an address to listen on: 127.0.0.1 (this machine) or 0.0.0.0 (every address)'),
    KNOWLEDGE_DIR: z
      .string()
      .min(1)
      .default(`${repoRoot}knowledge`)
      .describe('a folder with sources.yaml, crisis.yaml and topics/'),
    AGENCY_KNOWLEDGE_DIR: z.string().min(1).optional().describe("a folder with your agency's YAML"),
    KNOWLEDGE_WATCH: onOff('on').describe('on or off'),
    PUBLIC_URL: z.url().optional().describe('https://bot.example.org'),
    LOG_LEVEL: z.enum(LEVELS).optional().describe(LEVELS.join(', ')),
    LOG_QUESTIONS: z.enum(['off', 'redacted']).default('off').describe('off or redacted'),
    COLLECT_MISSES: z.enum(['off', 'on']).default('off').describe('off or on'),
    CRISIS_CONTACTS: contacts.optional().describe('"Label: contact; Label [abuse]: contact"'),
    // One line a person reads when the bot has no answer.
    SUPERVISOR_CONTACT: z
      .string()
      .trim()
      .min(1, 'is empty')
      .max(200, 'is longer than 200 characters')
      .regex(/^[^\r\n]*$/, 'must be one line')
      .optional()
      .describe('one line, e.g. "Call the on-call supervisor at ext. 4100"'),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
      .optional()
      .describe('postgresql://user:password@host:5432/database'),
    SQLITE_PATH: z
      .string()
      .min(1)
      .default(`${repoRoot}data/boundary-bot.sqlite`)
      .describe('a file path, e.g. ./data/boundary-bot.sqlite'),
    QUIZ_ZONE: z
      .string()
      .refine(isValidZone, 'is not an IANA time zone')
      .default('America/Los_Angeles')
      .describe('an IANA time zone such as America/Los_Angeles'),
    SHUTDOWN_DRAIN_SECONDS: z.coerce
      .number()
      .min(0)
      .max(60)
      .default(3)
      .describe('seconds from 0 to 60, e.g. 3'),
  })
  .extend(supervisorSchema.shape);

/** The shared settings' prefixes; each surface adds its own. */
const BASE_PREFIXES = [
  'KNOWLEDGE_',
  'AGENCY_',
  'LOG_',
  'QUIZ_',
  'CRISIS_',
  'SUPERVISOR_',
  'SQLITE_',
  'SHUTDOWN_',
];

/** Every variable: the shared ones, then each surface's. */
const shapes: Record<string, z.ZodType> = Object.assign(
  {},
  base.shape,
  ...SURFACES.map((s) => s.schema.shape),
);
const schema = z.object(shapes);

/** The settings every run shares, and one field per surface (`slack`, `teams`, `console`). */
export interface Config extends SurfaceConfigs {
  production: boolean;
  port: number;
  host: string;
  /** The local web console at "/" (on by default, off by default when NODE_ENV=production). */
  webConsole: boolean;
  /** The public https URL the platforms reach (Teams app package domain). */
  publicUrl: string | undefined;
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
  /** "Ask a supervisor": where requests go, what the asker may choose, how long they are kept. */
  supervisors: SupervisorSettings;
}

/** What each variable expects, from its `.describe(...)`: said next to any invalid value. */
export const EXPECTED: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(schema.shape).flatMap(([key, type]) =>
    type.description ? [[key, type.description]] : [],
  ),
);

function invalid(issues: z.core.$ZodIssue[]): Error {
  const lines = issues.map((i) => {
    const key = String(i.path[0]);
    return `  ${key}: ${i.message} (expected ${EXPECTED[key] ?? 'a valid value'})`;
  });
  return new Error(`Invalid configuration:\n${lines.join('\n')}`);
}

/** Where unauthenticated Teams may run: a developer's machine or the tests, said explicitly. */
const LOCAL_MODES = new Set(['development', 'test']);

function settingsContext(nodeEnv: string | undefined): SettingsContext {
  // Read whatever the spelling (" Production", "PROD"): a safeguard must not hang on a capital.
  const normal = (nodeEnv ?? '').trim().toLowerCase();
  return {
    production: normal === 'production' || normal === 'prod',
    local: LOCAL_MODES.has(normal),
    nodeEnv,
  };
}

/** Each surface's settings from the parsed variables; the problems it finds are added. */
function resolveSurfaces(
  parsed: Record<string, unknown>,
  context: SettingsContext,
  problems: string[],
): SurfaceConfigs {
  const configs: Record<string, unknown> = {};
  for (const surface of SURFACES) {
    // Each resolve reads only its own variables, all present in the merged parse.
    const resolve = surface.resolve as (p: unknown, c: SettingsContext, e: string[]) => unknown;
    configs[surface.name] = resolve(parsed, context, problems);
  }
  return configs as SurfaceConfigs;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) throw invalid(parsed.error.issues);
  // The merged schema holds the shared one: its variables parsed as it says.
  const c = parsed.data as z.output<typeof base>;
  const context = settingsContext(c.NODE_ENV);
  const problems: string[] = [];
  const surfaces = resolveSurfaces(parsed.data, context, problems);
  if (problems.length)
    throw new Error(`Invalid configuration:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  const supervisors = resolveSupervisors(c, repoRoot);
  // Every program reads its settings here first, before it loads any knowledge.
  useParseCache(PARSE_CACHE);
  return {
    ...surfaces,
    production: context.production,
    port: c.PORT,
    host: c.HOST,
    webConsole: surfaces.console !== null,
    publicUrl: c.PUBLIC_URL,
    agencyKnowledgeDir: c.AGENCY_KNOWLEDGE_DIR,
    knowledgeWatch: c.KNOWLEDGE_WATCH === 'on',
    knowledgeModel: KNOWLEDGE_MODEL,
    warnings: [...unknownKeys(env), ...placesWithoutSurface(supervisors, surfaces)],
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
    supervisors,
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

const packageSchema = base.pick({ NODE_ENV: true, PUBLIC_URL: true }).extend(
  teamsSchema.pick({
    MICROSOFT_APP_ID: true,
    TEAMS_APP_ID: true,
    TEAMS_APP_NAME: true,
    TEAMS_APP_VERSION: true,
    TEAMS_DEVELOPER_NAME: true,
    PRIVACY_URL: true,
    TERMS_URL: true,
  }).shape,
);

/** The Teams app package's settings only: building it needs no secret and no server set-up. */
export function loadTeamsPackageConfig(env: NodeJS.ProcessEnv = process.env): TeamsPackageConfig {
  const parsed = packageSchema.safeParse(env);
  if (!parsed.success) throw invalid(parsed.error.issues);
  const c = parsed.data;
  return {
    botId: c.MICROSOFT_APP_ID,
    local: settingsContext(c.NODE_ENV).local,
    publicUrl: c.PUBLIC_URL,
    privacyUrl: c.PRIVACY_URL,
    termsUrl: c.TERMS_URL,
    teamsApp: teamsApp(c),
  };
}

/** The server's configuration (`npm start`): as `loadConfig`, and it must serve something. In
 * production a server with no surface would answer nothing yet report healthy, so it refuses
 * to start and says what to set. */
export function loadServerConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const config = loadConfig(env);
  if (config.production && SURFACES.every((s) => config[s.name] === null))
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

// Our variables' prefixes: a key with one of them that we do not know is probably a typo.
const OURS = new RegExp(
  `^(${[...BASE_PREFIXES, ...SURFACES.flatMap((s) => s.prefixes)].join('|')})`,
);

/** A supervisors' place on a surface this run does not serve: its cards wait for one that does. */
function placesWithoutSurface(s: SupervisorSettings, surfaces: SurfaceConfigs): string[] {
  const lines: string[] = [];
  if (s.places.slack && !surfaces.slack)
    lines.push(
      'SUPERVISOR_SLACK_CHANNEL is set but Slack is not configured: its requests wait for an instance that runs Slack',
    );
  if (s.places.teams && !surfaces.teams)
    lines.push(
      'SUPERVISOR_TEAMS_CHANNEL is set but Teams is not configured: its requests wait for an instance that runs Teams',
    );
  return lines;
}

function unknownKeys(env: NodeJS.ProcessEnv): string[] {
  const known = new Set(Object.keys(schema.shape));
  return Object.keys(env)
    .filter((k) => OURS.test(k) && !known.has(k))
    .sort()
    .map((k) => `${k} is not a boundary-bot setting (ignored); see .env.example`);
}

export type { SlackConfig } from '../adapters/slack/settings.ts';
export type { TeamsAppConfig, TeamsConfig } from '../adapters/teams/settings.ts';
export type { ConsoleConfig } from './web/settings.ts';
export { repoRoot };
