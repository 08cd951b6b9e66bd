// manifest.json: what the app needs to create in one step, and no more scopes than it uses.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHORTCUT } from '../../../adapters/slack/blocks/gestures.ts';
import { repoRoot } from '../../../src/config.ts';
import { GESTURES } from '../../../src/core/copy.ts';
import { validate } from '../../support/json-schema.ts';

const manifest = JSON.parse(readFileSync(join(repoRoot, 'manifest.json'), 'utf8'));
// Slack's published schema for manifest version 1 (github.com/slackapi/manifest-schema, MIT).
const schema = JSON.parse(
  readFileSync(join(repoRoot, 'test/fixtures/slack-manifest.schema.json'), 'utf8'),
);

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

  it("validates against Slack's manifest schema", () => {
    expect(validate(schema, manifest)).toEqual([]);
    // The checker does catch what Slack would refuse.
    const tooLong = structuredClone(manifest);
    tooLong.features.shortcuts[1].name = 'Ask boundary-bot privately'; // 26 > 24
    expect(validate(schema, tooLong)).toEqual([
      '$.features.shortcuts[1].name: 26 characters (max 24)',
    ]);
  });

  it('declares both shortcuts with the callback ids the listeners answer and the words of copy.ts', () => {
    expect(manifest.features.shortcuts).toEqual([
      expect.objectContaining({
        type: 'message',
        callback_id: SHORTCUT.message,
        name: GESTURES.messageShortcut,
      }),
      expect.objectContaining({
        type: 'global',
        callback_id: SHORTCUT.global,
        name: GESTURES.askPrivately,
      }),
    ]);
    // Slack's agent messaging (the Messages tab with suggested prompts); the prompts are set by
    // the app from the one list of questions, not written again here.
    expect(manifest.features.agent_view.agent_description).toBeTruthy();
    expect(manifest.features.agent_view.suggested_prompts).toBeUndefined();
    expect(manifest.features.assistant_view).toBeUndefined();
  });

  it('asks for the least scopes that work', () => {
    // app_mention needs app_mentions:read; message.im needs im:history; replies, ephemeral
    // notes and card updates need chat:write; /boundary needs commands. App Home needs none.
    // channels:history and groups:history let the scheduler find its own quiz post after an
    // attempt was cut short, instead of posting it twice. "Ask a supervisor": groups:read to
    // read who is in the (private) supervisors' channel, im:write to open the DM an answer goes
    // to. No channels:read: a public channel anyone can join must not make supervisors.
    // Shortcuts need only commands. assistant:write sets the Messages tab's suggested prompts;
    // without it the welcome message carries the same questions.
    expect(manifest.oauth_config.scopes.bot.sort()).toEqual([
      'app_mentions:read',
      'assistant:write',
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
