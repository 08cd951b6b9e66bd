// The reload worker from TypeScript source (development, tests): Node 20 does not apply a
// worker's `--import tsx` before its entry file, so register tsx here, then load the worker.
import { register } from 'tsx/esm/api';

register();
await import('./reload-worker.ts');
