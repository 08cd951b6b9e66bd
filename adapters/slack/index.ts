// Slack surface (issue 5): placeholder until the Bolt app lands.
import type { SlackConfig } from '../../src/config.ts';
import type { Surface } from '../../src/server/surface.ts';
import type { Services } from '../../src/services.ts';

export async function createSlackSurface(_s: Services, _c: SlackConfig): Promise<Surface> {
  throw new Error('Slack is not built yet');
}
