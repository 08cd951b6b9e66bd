// botframework-connector prints every token it rejects with console.error: the error with its
// stack, or "Available keys:" and the whole signing key, many lines per forged request. Our one
// log line says what happened instead, so while a request's token is checked its console.error
// writes are dropped. AsyncLocalStorage limits that to the check itself: everything else, and
// every other request, still prints.
import { AsyncLocalStorage } from 'node:async_hooks';

const checking = new AsyncLocalStorage<true>();
let filter: typeof console.error | undefined;

export function withoutConsoleErrors<T>(work: () => Promise<T>): Promise<T> {
  // Installed again over whatever replaced it since (another logger, a test's spy), which then
  // still prints everything outside a check.
  if (console.error !== filter) {
    const print = console.error;
    filter = (...args: unknown[]) => {
      if (!checking.getStore()) print.apply(console, args);
    };
    console.error = filter;
  }
  return checking.run(true, work);
}
