// `npm run teams:package`: the Teams app package (manifest.json + two icons, zipped flat) from
// the configuration: MICROSOFT_APP_ID (the bot), TEAMS_APP_ID, TEAMS_APP_NAME,
// TEAMS_APP_VERSION, TEAMS_DEVELOPER_NAME and PUBLIC_URL (the domain). No credential: the
// package holds none. Checks the manifest's required fields, the manifest against Teams' JSON
// schema (manifest-schema.ts) and the icons before writing build/teams-app.zip (or the path
// given as the first argument).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { PNG } from 'pngjs';
import { loadTeamsPackageConfig, repoRoot, type TeamsPackageConfig } from '../../src/config.ts';
import { errorText } from '../../src/error-text.ts';
import { schemaProblems } from './manifest-schema.ts';

export const APP_FOLDER = fileURLToPath(new URL('./appPackage/', import.meta.url));
export const DEFAULT_OUTPUT = join(repoRoot, 'build', 'teams-app.zip');

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SCOPES = ['personal', 'team', 'groupChat'];

type Manifest = Record<string, unknown> & {
  id: string;
  version: string;
  developer: Record<string, string>;
  name: { short: string; full?: string };
  description: { short: string; full: string };
  icons: { color: string; outline: string };
  bots: {
    botId: string;
    scopes: string[];
    commandLists?: { scopes: string[]; commands: { title: string; description: string }[] }[];
  }[];
  composeExtensions?: { botId?: string; commands: { id: string; type?: string }[] }[];
  validDomains?: string[];
};

export interface PackageSettings {
  botId: string;
  appId: string;
  name: string;
  version: string;
  developer: string;
  publicUrl: string;
  privacyUrl: string;
  termsUrl: string;
}

/** The settings for the package, or what is missing. */
export function packageSettings(config: TeamsPackageConfig): PackageSettings {
  const problems: string[] = [];
  const botId = config.botId ?? '';
  if (!GUID.test(botId))
    problems.push('MICROSOFT_APP_ID: the Azure Bot app id (a GUID) is needed for the package');
  if (!config.publicUrl?.startsWith('https://'))
    problems.push('PUBLIC_URL: the https address Teams reaches, e.g. https://bot.example.org');
  const publicUrl = (config.publicUrl ?? '').replace(/\/+$/, '');
  // Nothing of ours serves a privacy statement or terms in production (PUBLIC_URL's "/" is the
  // web console, off there), and they are the agency's to write: asked for explicitly. A
  // package for a local try-out may point at the console.
  const link = (value: string | undefined, name: string, what: string): string => {
    const url = value ?? (config.local ? publicUrl : '');
    if (!url.startsWith('https://'))
      problems.push(
        value
          ? `${name}: must be an https URL (${what})`
          : `${name}: missing (expected ${what}, https://...; PUBLIC_URL stands in only with NODE_ENV=development or test, where the web console serves it)`,
      );
    return url;
  };
  const privacyUrl = link(config.privacyUrl, 'PRIVACY_URL', "your agency's privacy statement");
  const termsUrl = link(config.termsUrl, 'TERMS_URL', "your agency's terms of use");
  if (problems.length)
    throw new Error(`Cannot build the Teams package:\n  ${problems.join('\n  ')}`);
  return {
    botId,
    appId: config.teamsApp.id ?? botId,
    name: config.teamsApp.name,
    version: config.teamsApp.version,
    developer: config.teamsApp.developer,
    publicUrl,
    privacyUrl,
    termsUrl,
  };
}

/** The committed manifest with this deployment's ids, names and domain. */
export function fillManifest(template: Manifest, settings: PackageSettings): Manifest {
  const domain = new URL(settings.publicUrl).host;
  return {
    ...template,
    id: settings.appId,
    version: settings.version,
    developer: {
      ...template.developer,
      name: settings.developer,
      websiteUrl: settings.publicUrl,
      privacyUrl: settings.privacyUrl,
      termsOfUseUrl: settings.termsUrl,
    },
    name: { short: settings.name, full: fullName(template.name, settings.name) },
    bots: template.bots.map((b) => ({ ...b, botId: settings.botId })),
    // The search and the message action are answered by the same bot.
    ...(template.composeExtensions && {
      composeExtensions: template.composeExtensions.map((c) => ({ ...c, botId: settings.botId })),
    }),
    validDomains: [domain],
  };
}

/** The template's full name ("boundary-bot: ethics guidance for ...") under this app's name. */
function fullName(template: Manifest['name'], name: string): string {
  const full = template.full ?? template.short;
  return full.startsWith(template.short) ? name + full.slice(template.short.length) : full;
}

function httpsUrl(v: unknown): boolean {
  return typeof v === 'string' && v.startsWith('https://') && v.length <= 2048;
}

/** The manifest's required fields and limits (Teams rejects an upload that misses one). */
export function checkManifest(manifest: Manifest): string[] {
  const p: string[] = [];
  if (!/^1\.\d+$/.test(String(manifest.manifestVersion)))
    p.push('manifestVersion: a GA version like 1.30');
  if (!/^\d+\.\d+\.\d+$/.test(manifest.version ?? '')) p.push('version: MAJOR.MINOR.PATCH');
  if (!GUID.test(manifest.id ?? '')) p.push('id: a GUID');
  const d = manifest.developer ?? {};
  if (!d.name || d.name.length > 32) p.push('developer.name: 1 to 32 characters');
  for (const k of ['websiteUrl', 'privacyUrl', 'termsOfUseUrl'])
    if (!httpsUrl(d[k])) p.push(`developer.${k}: an https URL`);
  if (!manifest.name?.short || manifest.name.short.length > 30)
    p.push('name.short: 1 to 30 characters');
  if ((manifest.name?.full ?? '').length > 100) p.push('name.full: at most 100 characters');
  if (!manifest.description?.short || manifest.description.short.length > 80)
    p.push('description.short: 1 to 80 characters');
  if (!manifest.description?.full || manifest.description.full.length > 4000)
    p.push('description.full: 1 to 4000 characters');
  if (!manifest.icons?.color || !manifest.icons?.outline) p.push('icons: color and outline');
  if (!/^#[0-9a-f]{6}$/i.test(String(manifest.accentColor))) p.push('accentColor: #RRGGBB');
  const bot = manifest.bots?.[0];
  if (!bot) p.push('bots: one bot');
  else {
    if (!GUID.test(bot.botId ?? '')) p.push('bots[0].botId: a GUID');
    for (const s of SCOPES) if (!bot.scopes?.includes(s)) p.push(`bots[0].scopes: add ${s}`);
    for (const list of bot.commandLists ?? []) {
      if (list.commands.length > 10) p.push('commandLists: at most 10 commands per list');
      for (const c of list.commands) {
        if (!c.title || c.title.length > 32) p.push(`command "${c.title}": title of 1 to 32`);
        if (!c.description || c.description.length > 128)
          p.push(`command "${c.title}": description of 1 to 128`);
      }
    }
  }
  for (const domain of manifest.validDomains ?? [])
    if (domain.includes('/')) p.push(`validDomains: "${domain}" is a host, without https://`);
  return p;
}

/** Teams' colour icon: the logo inside the central 120x120 px, background full bleed. */
export const SAFE_AREA = 120;

/** Teams wants a 192x192 colour icon and a 32x32 outline icon, white on transparent. */
export function checkIcon(name: string, png: Buffer, kind: 'color' | 'outline'): string[] {
  let image: PNG;
  try {
    image = PNG.sync.read(png);
  } catch {
    return [`${name}: not a PNG`];
  }
  const size = kind === 'color' ? 192 : 32;
  if (image.width !== size || image.height !== size)
    return [`${name}: ${image.width}x${image.height}, expected ${size}x${size}`];
  if (kind === 'color') return outsideSafeArea(image) ? [`${name}: ${SAFE_AREA_PROBLEM}`] : [];
  let transparent = 0;
  for (let i = 0; i < image.data.length; i += 4) {
    const [r, g, b, a] = [image.data[i], image.data[i + 1], image.data[i + 2], image.data[i + 3]];
    if (a === 0) transparent++;
    else if (r !== 255 || g !== 255 || b !== 255)
      return [`${name}: only white (and transparent) pixels are allowed`];
  }
  return transparent ? [] : [`${name}: needs a transparent background`];
}

const SAFE_AREA_PROBLEM = `the logo must fit in the central ${SAFE_AREA}x${SAFE_AREA} px (Teams crops the rest); only the background colour outside it`;

/** Whether any pixel outside the central safe area differs from the background (a corner). */
export function outsideSafeArea(image: PNG): boolean {
  const margin = (image.width - SAFE_AREA) / 2;
  const at = (x: number, y: number) => image.data.readUInt32BE((y * image.width + x) * 4);
  const background = at(0, 0);
  for (let y = 0; y < image.height; y++)
    for (let x = 0; x < image.width; x++) {
      const inside =
        x >= margin && x < image.width - margin && y >= margin && y < image.height - margin;
      if (!inside && at(x, y) !== background) return true;
    }
  return false;
}

export async function buildTeamsPackage(
  config: TeamsPackageConfig,
  options: { folder?: string; output?: string } = {},
): Promise<{ path: string; manifest: Manifest }> {
  const folder = options.folder ?? APP_FOLDER;
  const output = options.output ?? DEFAULT_OUTPUT;
  const template = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8')) as Manifest;
  const manifest = fillManifest(template, packageSettings(config));
  const color = readFileSync(join(folder, manifest.icons.color));
  const outline = readFileSync(join(folder, manifest.icons.outline));
  const problems = [
    ...checkManifest(manifest),
    ...schemaProblems(manifest),
    ...checkIcon(manifest.icons.color, color, 'color'),
    ...checkIcon(manifest.icons.outline, outline, 'outline'),
  ];
  if (problems.length)
    throw new Error(`The Teams package has problems:\n  ${problems.join('\n  ')}`);
  const zip = new JSZip();
  zip.file('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`);
  zip.file(manifest.icons.color, color);
  zip.file(manifest.icons.outline, outline);
  mkdirSync(dirname(output), { recursive: true });
  writeFileSync(output, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  return { path: output, manifest };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    if (existsSync('.env')) process.loadEnvFile('.env');
    const output = process.argv[2] ? resolve(process.argv[2]) : undefined;
    const { path, manifest } = await buildTeamsPackage(
      loadTeamsPackageConfig(),
      output ? { output } : {},
    );
    console.log(
      `Teams app package: ${path}\n  app ${manifest.id}, bot ${manifest.bots[0]?.botId}, version ${manifest.version}, domain ${manifest.validDomains?.[0]}\nUpload it in Teams (Apps > Manage your apps > Upload an app) or in the Teams admin center.`,
    );
  } catch (error) {
    console.error(errorText(error));
    process.exitCode = 1;
  }
}
