// The "Ask a supervisor" settings: where requests go on each surface, what the asker may
// choose, how long requests are kept. Validated with the rest in src/config.ts (fail fast).
// With no supervisors' place set, asking says whom to ask at the agency and stores nothing.
import { z } from 'zod';
import { isValidZone } from '../core/local-time.ts';
import { parseWindow, type WorkingHours } from '../core/supervisor/working-hours.ts';

export const supervisorSchema = z.object({
  SUPERVISOR_SLACK_CHANNEL: z
    .string()
    .trim()
    .regex(/^[CG][A-Z0-9]{6,}$/, 'is not a Slack channel id')
    .optional()
    .describe("a Slack channel id such as C0123ABCD (the channel's details, at the bottom)"),
  SUPERVISOR_TEAMS_CHANNEL: z
    .string()
    .trim()
    .min(1, 'is empty')
    .optional()
    .describe("the Teams channel's conversation id, e.g. 19:abc…@thread.tacv2"),
  SUPERVISOR_CONSOLE_KEY: z
    .string()
    .min(16, 'is shorter than 16 characters')
    .optional()
    .describe('a secret of 16 characters or more that unlocks the console for supervisors'),
  SUPERVISOR_ANONYMOUS: z.enum(['on', 'off']).default('on').describe('on or off'),
  SUPERVISOR_SHOW_ANSWERER: z.enum(['role', 'name']).default('role').describe('role or name'),
  SUPERVISOR_REMIND_HOURS: z.coerce
    .number()
    .min(0)
    .max(80)
    .default(4)
    .describe('working hours from 0 (never) to 80, e.g. 4'),
  SUPERVISOR_WORKING_HOURS: z
    .string()
    .refine((s) => parseWindow(s) !== null, 'is not a HH:MM-HH:MM window')
    .default('09:00-17:00')
    .describe('HH:MM-HH:MM, Monday to Friday, e.g. 09:00-17:00'),
  SUPERVISOR_ZONE: z
    .string()
    .refine(isValidZone, 'is not an IANA time zone')
    .default('America/Los_Angeles')
    .describe('an IANA time zone such as America/Los_Angeles'),
  SUPERVISOR_RETENTION_DAYS: z.coerce
    .number()
    .int()
    .min(1)
    .max(3650)
    .default(30)
    .describe('whole days from 1 to 3650, e.g. 30'),
  SUPERVISOR_DRAFTS_DIR: z
    .string()
    .min(1)
    .optional()
    .describe('a folder, e.g. ./data/agency-drafts'),
});

/** Where the requests go: one place per surface; the console's place is its supervisor tab. */
export interface SupervisorPlaces {
  slack: string | null;
  teams: string | null;
  /** The console's supervisor key is set. */
  console: boolean;
}

export interface SupervisorSettings {
  places: SupervisorPlaces;
  /** Unlocks listing, claiming and answering in the terminal and web console. */
  consoleKey: string | null;
  /** The agency allows sending without one's name. */
  anonymous: boolean;
  /** How the asker sees who answered: "A supervisor" or the supervisor's display name. */
  showAnswerer: 'role' | 'name';
  /** Working hours before an unclaimed request is announced once more (0: never). */
  remindAfterHours: number;
  workingHours: WorkingHours;
  /** Days a closed or answered request is kept before it is deleted. */
  retentionDays: number;
  /** Where drafts for the agency overlay are written (never the base knowledge). */
  draftsDir: string;
}

export function resolveSupervisors(
  c: z.output<typeof supervisorSchema>,
  repoRoot: string,
): SupervisorSettings {
  const window = parseWindow(c.SUPERVISOR_WORKING_HOURS) ?? { start: 540, end: 1020 };
  return {
    places: {
      slack: c.SUPERVISOR_SLACK_CHANNEL ?? null,
      teams: c.SUPERVISOR_TEAMS_CHANNEL ?? null,
      console: Boolean(c.SUPERVISOR_CONSOLE_KEY),
    },
    consoleKey: c.SUPERVISOR_CONSOLE_KEY ?? null,
    anonymous: c.SUPERVISOR_ANONYMOUS === 'on',
    showAnswerer: c.SUPERVISOR_SHOW_ANSWERER,
    remindAfterHours: c.SUPERVISOR_REMIND_HOURS,
    workingHours: { zone: c.SUPERVISOR_ZONE, ...window, days: [1, 2, 3, 4, 5] },
    retentionDays: c.SUPERVISOR_RETENTION_DAYS,
    draftsDir: c.SUPERVISOR_DRAFTS_DIR ?? `${repoRoot}data/agency-drafts`,
  };
}

/** True when at least one supervisors' place is set: otherwise nothing is sent or stored. */
export const supervisorsConfigured = (s: SupervisorSettings): boolean =>
  Boolean(s.places.slack || s.places.teams || s.places.console);

/**
 * The place a request from `platform` goes to: that surface's own place when set, else the
 * first set among Slack, Teams and the console. null when none is set.
 */
export function placeFor(
  s: SupervisorSettings,
  platform: string,
): { platform: 'slack' | 'teams' | 'console'; channel: string } | null {
  const own = platform === 'slack' || platform === 'teams' || platform === 'console';
  const order = own ? [platform, 'slack', 'teams', 'console'] : ['slack', 'teams', 'console'];
  for (const p of order) {
    if (p === 'slack' && s.places.slack) return { platform: 'slack', channel: s.places.slack };
    if (p === 'teams' && s.places.teams) return { platform: 'teams', channel: s.places.teams };
    if (p === 'console' && s.places.console) return { platform: 'console', channel: 'supervisors' };
  }
  return null;
}
