// A pino destination that keeps what was written, for tests that read the log lines.
import { Writable } from 'node:stream';

export function captureLog() {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  return { stream, text: () => chunks.join('') };
}
