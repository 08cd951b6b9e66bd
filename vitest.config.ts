import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    // Vitest's default leaves one core free, which on a 2-core CI machine runs the files one at a
    // time (6.3 min); two workers there take 3.9 min and every test still passes.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // In CI a JSON report lets .ci/run print the plain "N passed, N failed" line.
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: { json: 'coverage/vitest.json' },
  },
});
