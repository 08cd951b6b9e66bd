// The console's side of requests: its supervisors' place is the supervisor tab, which reads
// the store, and an answer waits in the asker's console inbox. Nothing leaves the machine, so
// delivering is recording that it was delivered (found again by its key after a crash).
import type { RequestPoster } from '../schedule/requests.ts';

export const consoleRequestPoster: RequestPoster = {
  async deliver(d, key) {
    return `console:${d.kind}:${key}`;
  },
  async find(_d, key) {
    // The console holds no message that could be lost: an attempt that recorded its key is done.
    return { ref: `console:${key}` };
  },
};
