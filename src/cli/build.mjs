// npm run build (and before npm start): the server as plain JavaScript in build/, so
// `node build/main.js` runs without the TypeScript loader. tsx costs about 33 MB of resident
// memory (its loader thread) and compiles every file at each start; the build does that once.
// Same code, same answers. Plain JavaScript itself so it starts in a blink, and it skips the
// work when build/ is newer than every source file (`--force` rebuilds anyway).
// build/ sits one level below the repository, like src/, so paths the code finds from its own
// location (the knowledge folder, data/, the console's public/ files, copied here) still hold.
// build/ also holds the Teams app package: only this build's own files are replaced.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const out = join(root, 'build');
const SOURCES = ['src', 'adapters', 'package.json', 'package-lock.json'];

/** The newest modification time under `path` (files only). */
function newest(path) {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  let max = 0;
  for (const name of readdirSync(path)) max = Math.max(max, newest(join(path, name)));
  return max;
}

const main = join(out, 'main.js');
const sourcesTime = Math.max(
  ...SOURCES.map((p) => join(root, p))
    .filter(existsSync)
    .map(newest),
);
if (!process.argv.includes('--force') && existsSync(main) && statSync(main).mtimeMs > sourcesTime) {
  process.stdout.write('build/ is up to date\n');
} else await compile();

// The re-ranker's learned weights (build/kb-build.js, i.e. npm run kb:build), trained again when
// the knowledge or the build is newer than them. The server checks their hash anyway: stale
// weights are never used, only trained again at start-up.
const model = join(out, 'knowledge-model.bin');
// The JSON file of the formats before 5: nothing reads it any more.
rmSync(join(out, 'knowledge-model.json'), { force: true });
const knowledge = join(root, 'knowledge');
const inputsTime = Math.max(statSync(main).mtimeMs, existsSync(knowledge) ? newest(knowledge) : 0);
if (
  process.argv.includes('--force') ||
  !existsSync(model) ||
  statSync(model).mtimeMs < inputsTime
) {
  const run = spawnSync(process.execPath, [join(out, 'kb-build.js')], { stdio: 'inherit' });
  if (run.status !== 0) process.exit(run.status ?? 1);
}

async function compile() {
  // Loaded only to compile: an up-to-date check before every `npm start` skips esbuild's load.
  const { build } = await import('esbuild');
  const { matcherCodeHash } = await import('../knowledge/matcher-code.mjs');
  mkdirSync(out, { recursive: true });
  const ours =
    /^(main|report|kb-build|knowledge-worker|chunk-.+|slack-.+|teams-.+|web-.+)\.js(\.map)?$|^public$/;
  for (const name of readdirSync(out))
    if (ours.test(name)) rmSync(join(out, name), { recursive: true, force: true });
  await build({
    absWorkingDir: root,
    // The server, the curator report so it can run inside the image too, the build of the
    // learned weights, and the knowledge reload's worker thread (src/knowledge/watch.ts).
    entryPoints: {
      main: 'src/main.ts',
      report: 'src/cli/report.ts',
      'kb-build': 'src/cli/kb-build.ts',
      'knowledge-worker': 'src/knowledge/reload-worker.ts',
    },
    outdir: out,
    bundle: true,
    // Slack, Teams and the console stay separate chunks, imported only when configured.
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // Dependencies load from node_modules as they are (native better-sqlite3 included).
    packages: 'external',
    sourcemap: 'linked',
    logLevel: 'warning',
    // The compiled server has no src/ to hash: the index it may load is named here.
    define: { __MATCHER_CODE__: JSON.stringify(matcherCodeHash(root)) },
  });
  cpSync(join(root, 'src/web/public'), join(out, 'public'), { recursive: true });
  process.stdout.write('built build/main.js (node build/main.js) and build/report.js\n');
}
