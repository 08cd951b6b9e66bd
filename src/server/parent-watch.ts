// `npm start` runs the server under npm and a shell. A signal sent to npm's pid reaches the
// shell, which exits without passing it on, so the server would be left running with nobody to
// stop it. Under npm the server therefore watches its parent: once the parent is gone (the
// process has been handed to another one), it stops gracefully as on SIGTERM.

export interface ParentWatchOptions {
  /** The current parent's pid (process.ppid; tests pass their own). */
  ppid?: () => number;
  /** The parent to outlive no longer than: the one at start (by default the current one). */
  parent?: number;
  intervalMs?: number;
}

/** Calls `onGone` once when the parent process has exited; returns a function that stops
 * watching. The timer never keeps the process alive. */
export function watchParent(onGone: () => void, o: ParentWatchOptions = {}): () => void {
  const ppid = o.ppid ?? (() => process.ppid);
  const first = o.parent ?? ppid();
  const timer = setInterval(() => {
    if (ppid() === first) return;
    clearInterval(timer);
    onGone();
  }, o.intervalMs ?? 250);
  timer.unref();
  return () => clearInterval(timer);
}

/** Started by npm (npm start, npm run ...): npm sets npm_lifecycle_event for its scripts. */
export function startedByNpm(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env.npm_lifecycle_event);
}
