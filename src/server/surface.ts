// What a surface (Slack, Teams, the web console) gives the server: its HTTP routes, the poster
// the quiz scheduler uses for its platform, and start/stop for anything beyond HTTP (Socket Mode).
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Poster } from '../schedule/scheduler.ts';

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
  start?(): Promise<void>;
  stop?(): Promise<void>;
}
