// Every surface the server can run, in start order. Adding one: write its settings module (see
// docs/extending.md) and list it here; the configuration and the server pick it up from this.
import { slackSettings } from '../../adapters/slack/settings.ts';
import { teamsSettings } from '../../adapters/teams/settings.ts';
import { consoleSettings } from '../web/settings.ts';

export const SURFACES = [slackSettings, teamsSettings, consoleSettings] as const;

type Entry = (typeof SURFACES)[number];

/** One field per surface, by its name: its settings, or null when it is not configured. */
export type SurfaceConfigs = { [E in Entry as E['name']]: ReturnType<E['resolve']> };
