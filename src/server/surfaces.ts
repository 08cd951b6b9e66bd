// Which surfaces run, from the configuration. Each surface's module is imported only when its
// settings configure it, so a Slack-only install never loads botbuilder (and the reverse).
import type { Services } from '../services.ts';
import { SURFACES } from './registry.ts';
import type { Surface } from './surface.ts';

/** A registry entry as read here: each one's `create` takes the settings its `resolve` made. */
type Entry = {
  name: string;
  load(): Promise<(services: Services, config: unknown) => Promise<Surface>>;
};

export async function loadSurfaces(services: Services): Promise<Surface[]> {
  const configs: Record<string, unknown> = { ...services.config };
  const surfaces: Surface[] = [];
  for (const entry of SURFACES as readonly Entry[]) {
    const config = configs[entry.name];
    if (config === null || config === undefined) continue;
    const create = await entry.load();
    surfaces.push(await create(services, config));
  }
  return surfaces;
}

/** The surfaces' own readiness checks, by surface name, for /readyz. */
export function readyChecks(surfaces: Surface[]): Record<string, () => Promise<void>> {
  return Object.fromEntries(
    surfaces.flatMap((s) => (s.ready ? [[s.name, () => (s.ready as () => Promise<void>)()]] : [])),
  );
}
