// Bolt's logger interface on top of ours. Only warnings and errors pass: Bolt's debug output
// can include payloads, and we never log what people typed.
import { type Logger as BoltLogger, LogLevel } from '@slack/bolt';
import type { Logger } from 'pino';

export function boltLogger(logger: Logger): BoltLogger {
  const child = logger.child({ component: 'slack-sdk' });
  const line = (parts: unknown[]) =>
    parts.map((p) => (p instanceof Error ? p.message : String(p))).join(' ');
  return {
    debug: () => {},
    info: () => {},
    warn: (...msg: unknown[]) => child.warn({ event: 'slack-sdk' }, line(msg)),
    error: (...msg: unknown[]) => child.error({ event: 'slack-sdk' }, line(msg)),
    setLevel: () => {},
    getLevel: () => LogLevel.WARN,
    setName: () => {},
  };
}
