// Log lines a person reads at a terminal: "12:04:31 INFO  answered  surface=console kind=answer".
// The same fields as the JSON lines, already redacted by pino (secrets censored, question text
// never present unless redacted and configured); only the layout differs.
import { writeSync } from 'node:fs';
import type { DestinationStream } from 'pino';

const LEVEL_NAMES: Record<number, string> = {
  10: 'TRACE',
  20: 'DEBUG',
  30: 'INFO',
  40: 'WARN',
  50: 'ERROR',
  60: 'FATAL',
};

/** Fields every line carries that a person at the terminal does not need. */
const HIDDEN = new Set(['level', 'time', 'pid', 'hostname', 'app', 'msg']);

/** JSON for machines (log collectors, Docker, files); readable lines for a person at a terminal
 * in development. */
export type LogFormat = 'json' | 'readable';

interface Terminals {
  stdout: { isTTY?: boolean };
  stderr: { isTTY?: boolean };
}

export function logFormat(production: boolean, io: Terminals = process): LogFormat {
  return !production && io.stdout.isTTY && io.stderr.isTTY ? 'readable' : 'json';
}

/** One pino JSON line as one readable line (newline included); unparseable input unchanged. */
export function formatLine(json: string): string {
  let entry: Record<string, unknown>;
  try {
    entry = JSON.parse(json) as Record<string, unknown>;
  } catch {
    return json.endsWith('\n') ? json : `${json}\n`;
  }
  const time = typeof entry.time === 'number' ? new Date(entry.time) : new Date();
  const clock = time.toTimeString().slice(0, 8);
  const level = LEVEL_NAMES[entry.level as number] ?? String(entry.level);
  const fields = Object.entries(entry)
    .filter(([key, value]) => !HIDDEN.has(key) && value !== undefined)
    .map(([key, value]) => `${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`);
  const msg = typeof entry.msg === 'string' ? entry.msg : '';
  return `${[`${clock} ${level.padEnd(5)} ${msg}`, ...fields].join('  ')}\n`;
}

/** A pino destination that writes readable lines to `to` (standard error by default),
 * synchronously like pino's own, so nothing is lost when the process exits. */
export function readableDestination(to?: DestinationStream): DestinationStream {
  return {
    write(line: string) {
      if (to) to.write(formatLine(line));
      else writeSync(2, formatLine(line));
    },
  };
}
