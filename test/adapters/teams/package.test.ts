// The Teams app package: built from configuration, manifest and icons checked.
import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { GUIDANCE_COMMAND } from '../../../adapters/teams/handlers/message-action.ts';
import { SEARCH_COMMAND, SEARCH_PARAMETER } from '../../../adapters/teams/handlers/search.ts';
import { COLOR_SCALE, drawIcon } from '../../../adapters/teams/icons.ts';
import { schemaProblems } from '../../../adapters/teams/manifest-schema.ts';
import {
  APP_FOLDER,
  buildTeamsPackage,
  checkIcon,
  checkManifest,
  fillManifest,
  outsideSafeArea,
  packageSettings,
  SAFE_AREA,
} from '../../../adapters/teams/package.ts';
import { loadTeamsPackageConfig, repoRoot } from '../../../src/config.ts';

const BOT_ID = '11111111-2222-3333-4444-555555555555';
const APP_ID = 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';
const env = {
  MICROSOFT_APP_ID: BOT_ID,
  MICROSOFT_APP_PASSWORD: 'secret-value',
  PUBLIC_URL: 'https://bot.agency.example/',
  PRIVACY_URL: 'https://agency.example/privacy',
  TERMS_URL: 'https://agency.example/terms',
  NODE_ENV: 'production',
  TEAMS_APP_ID: APP_ID,
  TEAMS_APP_NAME: 'Ethics Helper',
  TEAMS_APP_VERSION: '1.2.3',
  TEAMS_DEVELOPER_NAME: 'County Behavioral Health',
};
const template = () => JSON.parse(readFileSync(join(APP_FOLDER, 'manifest.json'), 'utf8'));
const settings = {
  botId: BOT_ID,
  appId: APP_ID,
  name: 'x',
  version: '1.0.0',
  developer: 'd',
  publicUrl: 'https://bot.example.org',
  privacyUrl: 'https://example.org/privacy',
  termsUrl: 'https://example.org/terms',
};

describe('teams:package', () => {
  it('builds the zip from configuration: ids, name, version, domain and both icons', async () => {
    const output = join(mkdtempSync(join(tmpdir(), 'bb-teams-')), 'teams-app.zip');
    const { path } = await buildTeamsPackage(loadTeamsPackageConfig(env), { output });
    const zip = await JSZip.loadAsync(readFileSync(path));
    expect(Object.keys(zip.files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    const m = JSON.parse(await zip.file('manifest.json')!.async('string'));
    expect(m).toMatchObject({
      manifestVersion: '1.30',
      id: APP_ID,
      version: '1.2.3',
      name: {
        short: 'Ethics Helper',
        full: 'Ethics Helper: ethics guidance for peer support specialists',
      },
      developer: {
        name: 'County Behavioral Health',
        websiteUrl: 'https://bot.agency.example',
        privacyUrl: 'https://agency.example/privacy',
        termsOfUseUrl: 'https://agency.example/terms',
      },
      validDomains: ['bot.agency.example'],
      bots: [{ botId: BOT_ID, scopes: ['personal', 'team', 'groupChat'] }],
    });
    const titles = m.bots[0].commandLists[0].commands.map((c: { title: string }) => c.title);
    expect(titles).toEqual(['ask', 'topics', 'quiz', 'privately', 'quiz practice', 'help']);
    expect(JSON.stringify(m)).not.toContain('secret-value');
    // The search and the message action, answered by the same bot, under the ids it handles.
    const [extension] = m.composeExtensions;
    expect(extension.botId).toBe(BOT_ID);
    expect(extension.commands).toEqual([
      expect.objectContaining({
        id: SEARCH_COMMAND,
        type: 'query',
        context: ['compose', 'commandBox'],
        parameters: [expect.objectContaining({ name: SEARCH_PARAMETER })],
      }),
      expect.objectContaining({
        id: GUIDANCE_COMMAND,
        type: 'action',
        title: 'Get boundary guidance',
        context: ['message'],
        fetchTask: true,
      }),
    ]);
    expect(schemaProblems(m)).toEqual([]);
    const color = PNG.sync.read(await zip.file('color.png')!.async('nodebuffer'));
    expect([color.width, color.height]).toEqual([192, 192]);
  });

  it('uses the bot id as the app id when TEAMS_APP_ID is unset', () => {
    const m = fillManifest(template(), { ...settings, appId: BOT_ID });
    expect(m.id).toBe(BOT_ID);
    expect(checkManifest(m)).toEqual([]);
  });

  it('refuses a package without the app id, and a plain-http public URL', async () => {
    await expect(
      buildTeamsPackage(
        loadTeamsPackageConfig({ NODE_ENV: 'test', PUBLIC_URL: 'http://bot.example.org' }),
      ),
    ).rejects.toThrow(/MICROSOFT_APP_ID[\s\S]*PUBLIC_URL/);
  });

  it('npm run teams:package needs no credential: the package holds none', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bb-teams-'));
    const output = join(dir, 'app.zip');
    const { MICROSOFT_APP_PASSWORD: _secret, ...withoutSecret } = env;
    // From an empty folder (no .env), with only what the manifest needs.
    const run = await promisify(execFile)(
      join(repoRoot, 'node_modules', '.bin', 'tsx'),
      [join(APP_FOLDER, '..', 'package.ts'), output],
      { cwd: dir, env: { PATH: process.env.PATH, ...withoutSecret } },
    );
    expect(run.stdout).toContain(`app ${APP_ID}, bot ${BOT_ID}`);
    const zip = await JSZip.loadAsync(readFileSync(output));
    expect(Object.keys(zip.files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
  }, 60_000);

  it('needs PRIVACY_URL and TERMS_URL outside development and test (the console is off)', () => {
    const base = { MICROSOFT_APP_ID: BOT_ID, PUBLIC_URL: 'https://bot.example.org' };
    for (const NODE_ENV of ['production', 'staging', undefined])
      expect(() => packageSettings(loadTeamsPackageConfig({ ...base, NODE_ENV }))).toThrow(
        /PRIVACY_URL: missing[\s\S]*TERMS_URL: missing/,
      );
    expect(() =>
      packageSettings(
        loadTeamsPackageConfig({
          ...base,
          NODE_ENV: 'production',
          PRIVACY_URL: 'http://agency.example/privacy',
          TERMS_URL: 'https://agency.example/terms',
        }),
      ),
    ).toThrow(/PRIVACY_URL: must be an https URL/);
    // A local try-out may point at the web console, which serves PUBLIC_URL there.
    expect(
      packageSettings(loadTeamsPackageConfig({ ...base, NODE_ENV: 'development' })),
    ).toMatchObject({ privacyUrl: 'https://bot.example.org', termsUrl: 'https://bot.example.org' });
  });

  it('names missing or wrong manifest fields', () => {
    const m = fillManifest(template(), settings);
    delete m.developer.privacyUrl;
    m.name.short = 'a name far longer than thirty characters';
    m.bots[0]!.scopes = ['personal'];
    m.validDomains = ['https://bot.example.org'];
    expect(checkManifest(m)).toEqual([
      'developer.privacyUrl: an https URL',
      'name.short: 1 to 30 characters',
      'bots[0].scopes: add team',
      'bots[0].scopes: add groupChat',
      'validDomains: "https://bot.example.org" is a host, without https://',
    ]);
  });

  it('draws the colour logo inside the central 120x120 px safe area', () => {
    const margin = (192 - SAFE_AREA) / 2;
    for (const png of [
      readFileSync(join(APP_FOLDER, 'color.png')),
      PNG.sync.write(drawIcon(192, true, COLOR_SCALE)),
    ]) {
      const image = PNG.sync.read(png);
      const at = (x: number, y: number) => image.data.readUInt32BE((y * 192 + x) * 4);
      const outside: [number, number][] = [];
      const inside: [number, number][] = [];
      for (let y = 0; y < 192; y++)
        for (let x = 0; x < 192; x++) {
          const safe = x >= margin && x < 192 - margin && y >= margin && y < 192 - margin;
          if (at(x, y) !== at(0, 0)) (safe ? inside : outside).push([x, y]);
        }
      expect(outside).toEqual([]);
      expect(inside.length).toBeGreaterThan(1000); // the logo is there
    }
    // The earlier design (drawn at the icon's full size) reached past the safe area.
    const old = PNG.sync.write(drawIcon(192, true));
    expect(outsideSafeArea(PNG.sync.read(old))).toBe(true);
    expect(checkIcon('color.png', old, 'color')).toEqual([
      'color.png: the logo must fit in the central 120x120 px (Teams crops the rest); only the background colour outside it',
    ]);
  });

  it('checks icon sizes, and that the outline is white on transparent', () => {
    const icon = (size: number, rgba: number[]) => {
      const png = new PNG({ width: size, height: size });
      for (let i = 0; i < png.data.length; i += 4) png.data.set(rgba, i);
      return PNG.sync.write(png);
    };
    expect(checkIcon('color.png', readFileSync(join(APP_FOLDER, 'color.png')), 'color')).toEqual(
      [],
    );
    expect(
      checkIcon('outline.png', readFileSync(join(APP_FOLDER, 'outline.png')), 'outline'),
    ).toEqual([]);
    expect(checkIcon('c.png', icon(96, [0, 0, 0, 255]), 'color')).toEqual([
      'c.png: 96x96, expected 192x192',
    ]);
    expect(checkIcon('o.png', icon(32, [255, 0, 0, 255]), 'outline')).toEqual([
      'o.png: only white (and transparent) pixels are allowed',
    ]);
    expect(checkIcon('o.png', icon(32, [255, 255, 255, 255]), 'outline')).toEqual([
      'o.png: needs a transparent background',
    ]);
    expect(checkIcon('o.png', Buffer.from('nope'), 'outline')).toEqual(['o.png: not a PNG']);
  });

  it("checks the manifest against Teams' own JSON schema for its version", () => {
    expect(schemaProblems(fillManifest(template(), settings))).toEqual([]);
    // A copy as plain JSON: the fields are changed as an author's typo would.
    const m = JSON.parse(JSON.stringify(fillManifest(template(), settings)));
    const commands = m.composeExtensions[0].commands;
    commands[1].title = 'a title much longer than the thirty-two characters allowed';
    commands[0].type = 'search';
    m.favouriteColour = 'teal';
    expect(schemaProblems(m)).toEqual(
      expect.arrayContaining([
        'schema: / must NOT have additional properties (favouriteColour)',
        'schema: /composeExtensions/0/commands/0/type must be equal to one of the allowed values',
        'schema: /composeExtensions/0/commands/1/title must NOT have more than 32 characters',
      ]),
    );
    expect(schemaProblems({ ...m, manifestVersion: '0.9' })).toEqual([
      'manifestVersion: no schema for 0.9 in @microsoft/app-manifest',
    ]);
  });

  it('npm run teams:package refuses a manifest the schema refuses, naming the field', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'bb-teams-app-'));
    for (const icon of ['color.png', 'outline.png'])
      copyFileSync(join(APP_FOLDER, icon), join(folder, icon));
    const broken = template();
    delete broken.composeExtensions[0].commands[0].title;
    writeFileSync(join(folder, 'manifest.json'), JSON.stringify(broken));
    const output = join(folder, 'out.zip');
    await expect(
      buildTeamsPackage(loadTeamsPackageConfig(env), { folder, output }),
    ).rejects.toThrow(/composeExtensions\/0\/commands\/0 must have required property 'title'/);
  });
});
