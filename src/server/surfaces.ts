// Which surfaces run, from the configuration. Each is imported only when configured, so a
// Slack-only install never loads botbuilder (and the reverse).
import type { Services } from '../services.ts';
import type { Surface } from './surface.ts';

export async function loadSurfaces(services: Services): Promise<Surface[]> {
  const { config } = services;
  const surfaces: Surface[] = [];
  if (config.slack) {
    const { createSlackSurface } = await import('../../adapters/slack/index.ts');
    surfaces.push(await createSlackSurface(services, config.slack));
  }
  if (config.teams) {
    const { createTeamsSurface } = await import('../../adapters/teams/index.ts');
    surfaces.push(await createTeamsSurface(services, config.teams));
  }
  if (config.webConsole) {
    const { createConsoleSurface } = await import('../web/index.ts');
    surfaces.push(await createConsoleSurface(services));
  }
  return surfaces;
}
