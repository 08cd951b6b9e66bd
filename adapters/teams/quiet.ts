// botframework-connector prints every token it rejects with console.error: the error with its
// stack, or "Available keys:" and the whole signing key, many lines per forged request. Our one
// log line says what happened instead, so while a request's token is checked its console.error
// writes are dropped. AsyncLocalStorage limits that to the check itself: everything else, and
// every other request, still prints.
import { AsyncLocalStorage } from 'node:async_hooks';

const checking = new AsyncLocalStorage<true>();
let installed = false;

export function withoutConsoleErrors<T>(work: () => Promise<T>): Promise<T> {
  if (!installed) {
    installed = true;
    const print = console.error;
    console.error = (...args: unknown[]) => {
      if (!checking.getStore()) print.apply(console, args);
    };
  }
  return checking.run(true, work);
}
