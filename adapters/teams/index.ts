// Teams surface (issue 6): placeholder until the botbuilder bot lands.
import type { TeamsConfig } from '../../src/config.ts';
import type { Surface } from '../../src/server/surface.ts';
import type { Services } from '../../src/services.ts';

export async function createTeamsSurface(_s: Services, _c: TeamsConfig): Promise<Surface> {
  throw new Error('Teams is not built yet');
}
