// manifest.json: what the app needs to create in one step, and no more scopes than it uses.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../../src/config.ts';

const manifest = JSON.parse(readFileSync(join(repoRoot, 'manifest.json'), 'utf8'));

describe('Slack app manifest', () => {
  it('declares the bot user, the /boundary command, the events and interactivity', () => {
    expect(manifest._metadata.major_version).toBe(1);
    expect(manifest.features.bot_user.display_name).toBe('boundary-bot');
    expect(manifest.features.app_home.home_tab_enabled).toBe(true);
    expect(manifest.features.app_home.messages_tab_enabled).toBe(true);
    const [command] = manifest.features.slash_commands;
    expect(command.command).toBe('/boundary');
    expect(command.url).toMatch(/^https:\/\/.+\/slack\/events$/);
    expect(manifest.settings.event_subscriptions.bot_events.sort()).toEqual([
      'app_home_opened',
      'app_mention',
      'message.im',
    ]);
    expect(manifest.settings.event_subscriptions.request_url).toMatch(/\/slack\/events$/);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.settings.socket_mode_enabled).toBe(true);
  });

  it('asks for the least scopes that work', () => {
    // app_mention needs app_mentions:read; message.im needs im:history; replies, ephemeral
    // notes and card updates need chat:write; /boundary needs commands. App Home needs none.
    // channels:history and groups:history let the scheduler find its own quiz post after an
    // attempt was cut short, instead of posting it twice. "Ask a supervisor": groups:read to
    // read who is in the (private) supervisors' channel, im:write to open the DM an answer goes
    // to. No channels:read: a public channel anyone can join must not make supervisors.
    expect(manifest.oauth_config.scopes.bot.sort()).toEqual([
      'app_mentions:read',
      'channels:history',
      'chat:write',
      'commands',
      'groups:history',
      'groups:read',
      'im:history',
      'im:write',
    ]);
    expect(manifest.oauth_config.scopes.user).toBeUndefined();
  });
});
