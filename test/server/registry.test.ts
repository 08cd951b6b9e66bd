// The surface registry: each surface's variables are known to the configuration (hints and
// typo warnings), and a surface that is not configured is never imported.
import { describe, expect, it, vi } from 'vitest';
import { EXPECTED, loadConfig } from '../../src/config.ts';
import { SURFACES } from '../../src/server/registry.ts';
import { loadSurfaces } from '../../src/server/surfaces.ts';
import type { Services } from '../../src/services.ts';

// Each factory runs only when its module is imported: that is what is recorded.
const imported = vi.hoisted(() => [] as string[]);
const fake = (name: string) => ({ name, routes: [] });
vi.mock('../../adapters/slack/index.ts', () => {
  imported.push('slack');
  return { createSlackSurface: async () => fake('slack') };
});
vi.mock('../../adapters/teams/index.ts', () => {
  imported.push('teams');
  return { createTeamsSurface: async () => fake('teams') };
});
vi.mock('../../src/web/index.ts', () => {
  imported.push('console');
  return { createConsoleSurface: async () => fake('console') };
});

describe('the surface registry', () => {
  it("puts each surface's variables and descriptions in the configuration's hints", () => {
    for (const surface of SURFACES)
      for (const [key, type] of Object.entries(surface.schema.shape)) {
        expect(type.description, key).toBeTruthy();
        expect(EXPECTED[key], key).toBe(type.description);
      }
    // The hint is what an invalid value is answered with.
    expect(() => loadConfig({ SLACK_MODE: 'carrier-pigeon' })).toThrow(
      /SLACK_MODE: .*\(expected http or socket\)/,
    );
  });

  it('gives each variable to one surface only', () => {
    const keys = SURFACES.flatMap((s) => Object.keys(s.schema.shape));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("warns about an unknown variable with any surface's prefix, never about a known one", () => {
    for (const surface of SURFACES)
      for (const prefix of surface.prefixes) {
        const typo = `${prefix}TYPO`;
        expect(loadConfig({ [typo]: 'x' }).warnings, typo).toEqual([
          `${typo} is not a boundary-bot setting (ignored); see .env.example`,
        ]);
      }
    expect(loadConfig({ SLACK_MODE: 'socket', TEAMS_APP_NAME: 'Bot' }).warnings).toEqual([]);
  });

  it('imports only the surfaces that are configured', async () => {
    const load = async (env: NodeJS.ProcessEnv) => {
      imported.length = 0;
      const services = { config: loadConfig(env) } as Services;
      const names = (await loadSurfaces(services)).map((s) => s.name);
      return { names, imported: [...imported] };
    };
    // The web console alone: neither Slack's nor Teams' module is imported.
    expect(await load({})).toEqual({ names: ['console'], imported: ['console'] });
    expect(
      await load({
        NODE_ENV: 'production',
        SLACK_BOT_TOKEN: 'xoxb-1',
        SLACK_SIGNING_SECRET: 'secret-123',
      }),
    ).toEqual({ names: ['slack'], imported: ['slack'] });
  });
});
