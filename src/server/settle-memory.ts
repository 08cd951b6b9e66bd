// Once start-up is over (knowledge parsed and indexed, the learned weights decoded, every module
// compiled), what it left behind is garbage: tens of MB that V8 would otherwise keep resident
// until load made it collect. One full collection then returns it, so an idle bot holds its live
// data only. From then on V8 collects sooner instead of growing the heap (--optimize-for-size).
// Both are set here, not as node options, so start-up keeps V8's faster defaults.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

export function settleMemory(): void {
  // V8 offers a forced collection only to code that sees `gc`; a context made while the flag is
  // on gets it. The flag goes off again at once.
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as (() => void) | undefined;
  setFlagsFromString('--no-expose-gc');
  gc?.();
  setFlagsFromString('--optimize-for-size');
}
