// What a surface (Slack, Teams, the web console) gives the server: its HTTP routes, the poster
// the quiz scheduler uses for its platform, and start/stop for anything beyond HTTP (Socket Mode).
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { z } from 'zod';
import type { PersonalPoster } from '../schedule/personal.ts';
import type { RequestPoster } from '../schedule/requests.ts';
import type { Poster } from '../schedule/scheduler.ts';
import type { Services } from '../services.ts';

export type Handler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

export interface Route {
  method: 'GET' | 'POST' | 'ANY';
  /** Exact path, or a prefix when it ends with "/*". */
  path: string;
  handler: Handler;
}

export interface Surface {
  /** "slack", "teams", "console": also the platform name in the store. */
  name: string;
  routes: Route[];
  /** Posts this platform's daily quiz cards. */
  poster?: Poster;
  /** Delivers "Ask a supervisor" cards to the supervisors' place and answers to the asker. */
  requestPoster?: RequestPoster;
  /** Delivers each person's daily practice question to their DM / personal chat. */
  personalPoster?: PersonalPoster;
  start?(): Promise<void>;
  stop?(): Promise<void>;
  /** A readiness check for /readyz beyond HTTP (Socket Mode's connection): throws when not. */
  ready?(): Promise<void>;
}

/** What every surface's settings are resolved with, besides its own variables. */
export interface SettingsContext {
  /** NODE_ENV says production, whatever the spelling ("Production", "prod"). */
  production: boolean;
  /** NODE_ENV says development or test explicitly: where unauthenticated runs are allowed. */
  local: boolean;
  /** NODE_ENV as given, for messages. */
  nodeEnv: string | undefined;
}

/** A surface as a plug-in: its own settings, and its code loaded only when they configure it. */
export interface SurfaceSettings<N extends string, S extends z.ZodObject, C> {
  /** The surface's name, also its field in the configuration (`config.slack`). */
  name: N;
  /** Variables starting with one of these and not in the schema are reported as likely typos. */
  prefixes: readonly string[];
  /** Every variable, each with `.describe(what it expects)`: the hint shown when it is invalid. */
  schema: S;
  /** The surface's settings, or null when it is not configured. Pushes one line per problem. */
  resolve(parsed: z.output<S>, context: SettingsContext, problems: string[]): C | null;
  /** Imported only when `resolve` returned settings, so an unused surface loads no SDK. */
  load(): Promise<(services: Services, config: C) => Promise<Surface>>;
}
