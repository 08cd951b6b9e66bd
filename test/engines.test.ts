// Every installed package must run on the Node versions the README promises: this machine's
// Node 20 line (from the project's own minimum) and the Dockerfile's Node.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../src/config.ts';
import { satisfies } from './support/node-range.ts';

const lock = JSON.parse(readFileSync(join(repoRoot, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { engines?: { node?: string } | string[]; optional?: boolean }>;
};
const own = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {
  engines: { node: string };
};
const dockerMajor = Number(
  /^ARG NODE_VERSION=(\d+)/m.exec(readFileSync(join(repoRoot, 'Dockerfile'), 'utf8'))?.[1],
);
/** The oldest Node the project says it supports: "^20.19.0 || >=22.12.0" gives 20.19.0. */
const floor = /^\D*(\d+)(?:\.(\d+))?(?:\.(\d+))?/.exec(own.engines.node);
const minimum = floor ? `${floor[1]}.${floor[2] ?? 0}.${floor[3] ?? 0}` : '';

/** The packages whose engines.node range leaves `version` out. */
function excluding(version: string): string[] {
  return (
    Object.entries(lock.packages)
      // The lockfile also lists other platforms' optional packages, never installed here.
      .filter(([path]) => path !== '' && existsSync(join(repoRoot, path)))
      .flatMap(([path, p]) => {
        const range = !p.engines || Array.isArray(p.engines) ? undefined : p.engines.node;
        return range && !satisfies(version, range) ? [`${path} (${range})`] : [];
      })
  );
}

describe('Node versions', () => {
  it('reads the ranges the lockfile holds', () => {
    expect(satisfies('20.20.0', '^20.19.0 || >=22.12.0')).toBe(true);
    expect(satisfies('20.11.0', '^20.19.0 || >=22.12.0')).toBe(false);
    expect(satisfies('22.0.0', '>=22.12.0')).toBe(false);
    expect(satisfies('20.20.0', '>= 20')).toBe(true);
    expect(satisfies('20.20.0', '>=22.0.0')).toBe(false);
    expect(satisfies('24.1.0', '20.x || 22.x || 24.x')).toBe(true);
    expect(satisfies('21.0.0', '20.x || 22.x || 24.x')).toBe(false);
    expect(satisfies('20.20.0', '10.* || >= 12.*')).toBe(true);
    expect(satisfies('20.20.0', '^10 || ^12 || ^13.7 || ^14 || >=15.0.1')).toBe(true);
    expect(satisfies('20.20.0', '*')).toBe(true);
  });

  it('no dependency excludes the oldest Node 20 the project supports, nor Node 20.20', () => {
    expect(minimum).toMatch(/^20\.\d+\.\d+$/);
    expect(excluding(minimum)).toEqual([]);
    expect(excluding('20.20.0')).toEqual([]);
  });

  // The image's node:22 is the line's latest release (22.12 or later).
  it("no dependency excludes the Dockerfile's Node or Node 24", () => {
    expect(dockerMajor).toBeGreaterThanOrEqual(22);
    for (const major of new Set([dockerMajor, 24]))
      expect(excluding(`${major}.12.0`), `Node ${major}`).toEqual([]);
  });
});
