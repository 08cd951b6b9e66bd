// Every setting, read from the environment and validated in one place. Fails fast and says
// which variable is wrong and what it expects. Secrets are never printed.
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { CrisisContact } from './core/types.ts';
import { isValidZone } from './schedule/local-time.ts';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

const LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** "County mobile crisis: 555-0100; On-call supervisor: ext. 4100" */
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
    list.push({ label, value });
  }
  return list;
});

const schema = z.object({
  KNOWLEDGE_DIR: z.string().min(1).default(`${repoRoot}knowledge`),
  LOG_LEVEL: z.enum(LEVELS).optional(),
  LOG_QUESTIONS: z.enum(['off', 'redacted']).default('off'),
  COLLECT_MISSES: z.enum(['off', 'on']).default('off'),
  CRISIS_CONTACTS: contacts.optional(),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  SQLITE_PATH: z.string().min(1).default(`${repoRoot}data/boundary-bot.sqlite`),
  QUIZ_ZONE: z
    .string()
    .refine(isValidZone, 'is not an IANA time zone')
    .default('America/Los_Angeles'),
});

export interface Config {
  knowledgeDir: string;
  /** Unset means the program's own default (the server logs info, command-line tools stay quiet). */
  logLevel: (typeof LEVELS)[number] | undefined;
  /** "redacted": log each question with identifiers replaced; "off": never log question text. */
  logQuestions: 'off' | 'redacted';
  /** Keep unanswered questions, redacted, for curators. */
  collectMisses: boolean;
  /** The agency's crisis contacts, shown before the national ones. */
  crisisContacts: CrisisContact[];
  /** PostgreSQL for several instances; when unset, SQLite at `sqlitePath`. */
  databaseUrl: string | undefined;
  sqlitePath: string;
  /** Time zone of personal quizzes and the terminal quiz (daily posts use each channel's own). */
  quizZone: string;
}

const EXPECTED: Record<string, string> = {
  KNOWLEDGE_DIR: 'a folder with sources.yaml, crisis.yaml and topics/',
  LOG_LEVEL: LEVELS.join(', '),
  LOG_QUESTIONS: 'off or redacted',
  COLLECT_MISSES: 'off or on',
  CRISIS_CONTACTS: '"Label: contact; Label: contact"',
  DATABASE_URL: 'postgresql://user:password@host:5432/database',
  SQLITE_PATH: 'a file path, e.g. ./data/boundary-bot.sqlite',
  QUIZ_ZONE: 'an IANA time zone such as America/Los_Angeles',
};

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => {
      const key = String(i.path[0]);
      return `  ${key}: ${i.message} (expected ${EXPECTED[key] ?? 'a valid value'})`;
    });
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const c = parsed.data;
  return {
    knowledgeDir: c.KNOWLEDGE_DIR,
    logLevel: c.LOG_LEVEL,
    logQuestions: c.LOG_QUESTIONS,
    collectMisses: c.COLLECT_MISSES === 'on',
    crisisContacts: c.CRISIS_CONTACTS ?? [],
    databaseUrl: c.DATABASE_URL,
    sqlitePath: c.SQLITE_PATH,
    quizZone: c.QUIZ_ZONE,
  };
}

export { repoRoot };
