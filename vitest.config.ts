import { availableParallelism } from 'node:os';
import { configDefaults, defineConfig } from 'vitest/config';

// Tests that measure time on the wall clock (event-loop stalls during a reload, requests served
// while draining): another test file on the other core makes them measure the machine, not the
// code, so they run after the rest, one file at a time.
const TIMED = ['test/knowledge/watch.test.ts', 'test/server/shutdown.test.ts'];
// Files that replace modules (vi.mock) need a module cache of their own; every other file shares
// its worker's, so the knowledge, Bolt and botbuilder are imported once a worker, not once a file
// (module imports were half of the suite's time).
const OWN_MODULES = ['test/server/registry.test.ts', 'test/cli/ask-crisis-check-fails.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 20_000,
    // As `npm start` runs: patterns compiled to machine code on first use (package.json).
    execArgv: ['--no-regexp-tier-up'],
    setupFiles: ['test/setup/parse-cache.ts'],
    // Vitest's default leaves one core free, which on a 2-core CI machine runs the files one at a
    // time (6.3 min); two workers there take 3.9 min and every test still passes.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // In CI a JSON report lets .ci/run print the plain "N passed, N failed" line.
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: { json: 'coverage/vitest.json' },
    projects: [
      {
        extends: true,
        test: {
          name: 'tests',
          include: ['test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...TIMED, ...OWN_MODULES],
          isolate: false,
        },
      },
      {
        extends: true,
        test: { name: 'own-modules', include: OWN_MODULES },
      },
      {
        extends: true,
        test: {
          name: 'timed',
          include: TIMED,
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
