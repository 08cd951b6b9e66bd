// Local web console (issue 7): placeholder until it lands.
import type { Surface } from '../server/surface.ts';
import type { Services } from '../services.ts';

export async function createConsoleSurface(_s: Services): Promise<Surface> {
  return { name: 'console', routes: [] };
}
