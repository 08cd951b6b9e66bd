// Failures nothing else handled, for the server process. A rejected promise belongs to one piece
// of work (a request, a post) that has already failed: it is logged on one line and the server
// keeps serving, instead of Node's default of ending the process and every request in flight
// with it. A thrown exception that reached the top may have left shared state half changed
// (Node documents that resuming after one is unsafe): it is logged and the server stops
// gracefully with exit code 1, for its supervisor (Docker, systemd) to start a fresh one.
import type { Logger } from 'pino';

export interface ProcessGuard {
  /** How to stop gracefully; until it is given (during start-up) a fatal failure exits at once. */
  onFatal(stop: (reason: string) => unknown): void;
}

export function guardProcess(logger: Logger, proc: NodeJS.Process = process): ProcessGuard {
  let stop: ((reason: string) => unknown) | undefined;
  proc.on('unhandledRejection', (reason) => {
    logger.error(
      { event: 'unhandled-rejection', ...describe(reason) },
      'a failure nothing handled; still serving',
    );
  });
  proc.on('uncaughtException', (error) => {
    logger.fatal(
      { event: 'uncaught-exception', ...describe(error) },
      'uncaught exception; stopping',
    );
    if (stop) stop('uncaughtException');
    else proc.exit(1);
  });
  return {
    onFatal(fn) {
      stop = fn;
    },
  };
}

// The error's own words (bounded) and where it was thrown; not the whole stack (one line each).
function describe(reason: unknown): { err: string; at?: string } {
  if (!(reason instanceof Error)) return { err: `non-error rejection (${typeof reason})` };
  const at = reason.stack
    ?.split('\n')
    .find((l) => l.trimStart().startsWith('at '))
    ?.trim();
  return { err: `${reason.name}: ${reason.message}`.slice(0, 300), ...(at ? { at } : {}) };
}
