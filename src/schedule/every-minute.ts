// The clock both schedulers run on: a pass every minute (croner, never two at once) and one at
// start, so what was due while the process was down happens now. Stopping waits for a pass in
// progress; `stopped` lets a pass end early between items.
import { Cron } from 'croner';

export interface MinuteClock {
  start(): void;
  /** Stop the clock and wait for the pass in progress to finish its current item. */
  stop(): Promise<void>;
  readonly stopped: boolean;
}

export function everyMinute(pass: (now: Date) => Promise<unknown>): MinuteClock {
  let cron: Cron | undefined;
  let stopped = false;
  let running: Promise<unknown> | undefined;
  const run = () => {
    running = pass(new Date());
    return running;
  };
  return {
    start(): void {
      cron = new Cron('* * * * *', { protect: true }, async () => {
        await run();
      });
      void run();
    },
    async stop(): Promise<void> {
      stopped = true;
      cron?.stop();
      await running;
    },
    get stopped() {
      return stopped;
    },
  };
}
