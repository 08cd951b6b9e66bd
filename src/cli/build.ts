// npm run build: the server as plain JavaScript in build/, so `node build/main.js` runs without
// the TypeScript loader. tsx costs about 33 MB of resident memory (its loader thread) and
// compiles every file at each start; the build does that once. Same code, same answers.
// build/ sits one level below the repository, like src/, so paths the code finds from its own
// location (the knowledge folder, data/, the console's public/ files, copied here) still hold.
// build/ also holds the Teams app package: only this build's own files are replaced.
import { cpSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../..', import.meta.url));
const out = `${root}build`;

mkdirSync(out, { recursive: true });
const ours = /^(main|report|chunk-.+|slack-.+|teams-.+|web-.+)\.js(\.map)?$|^public$/;
for (const name of readdirSync(out, { withFileTypes: true }).map((e) => e.name))
  if (ours.test(name)) rmSync(`${out}/${name}`, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  // The server, and the curator report so it can run inside the image too.
  entryPoints: { main: 'src/main.ts', report: 'src/cli/report.ts' },
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
});
cpSync(`${root}src/web/public`, `${out}/public`, { recursive: true });
process.stdout.write('built build/main.js (node build/main.js) and build/report.js\n');
