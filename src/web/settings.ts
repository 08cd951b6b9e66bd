// The web console's settings: on by default, off by default in production (it has no login).
import { z } from 'zod';
import type { SurfaceSettings } from '../server/surface.ts';

/** The console has no settings beyond being on: it listens on the shared server (HOST, PORT). */
export type ConsoleConfig = Record<string, never>;

const schema = z.object({
  WEB_CONSOLE: z.enum(['on', 'off']).optional().describe('on or off'),
});

// Typed here, not inferred: the surface's module refers back to the configuration's type.
export const consoleSettings: SurfaceSettings<'console', typeof schema, ConsoleConfig> = {
  name: 'console',
  prefixes: ['WEB_CONSOLE'],
  schema,
  resolve(c, { production }): ConsoleConfig | null {
    // The console and its curator report have no login: off by default in production.
    return (c.WEB_CONSOLE ?? (production ? 'off' : 'on')) === 'on' ? {} : null;
  },
  load: () => import('./index.ts').then((m) => m.createConsoleSurface),
};
