// The console's side of personal delivery: the person's question waits in the store (the web
// console and the terminal read today's question there), so delivering is recording that it
// was delivered, found again by its key after a crash.
import type { PersonalPoster } from '../schedule/personal.ts';

export const consolePersonalPoster: PersonalPoster = {
  async deliver(d, key) {
    return `console:${d.card.answer.kind}:${key}`;
  },
  async find(_d, key) {
    return { ref: `console:${key}` };
  },
};
