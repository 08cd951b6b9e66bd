// Logs read by a person at a terminal are plain lines; anywhere else they stay JSON.
import { describe, expect, it } from 'vitest';
import { createLogger } from '../src/log.ts';
import { formatLine, logFormat } from '../src/log-format.ts';
import { captureLog } from './support/log-capture.ts';

const tty = { isTTY: true };
const pipe = { isTTY: false };

describe('log format', () => {
  it('is readable at a terminal in development, JSON in production or when piped', () => {
    expect(logFormat(false, { stdout: tty, stderr: tty })).toBe('readable');
    expect(logFormat(true, { stdout: tty, stderr: tty })).toBe('json');
    expect(logFormat(false, { stdout: pipe, stderr: tty })).toBe('json');
    expect(logFormat(false, { stdout: tty, stderr: pipe })).toBe('json');
    expect(logFormat(false, { stdout: {}, stderr: {} })).toBe('json');
  });

  it('writes readable lines: time, level, message, then the fields', () => {
    const out = captureLog();
    const logger = createLogger('info', out.stream, 'readable');
    logger.info({ event: 'ready', url: 'http://127.0.0.1:3000', surfaces: ['console'] }, 'ready');
    logger.warn({ event: 'answer', safety: 'crisis' }, 'crisis protocol shown');
    const lines = out.text().trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      /^\d\d:\d\d:\d\d INFO {2}ready {2}event=ready {2}url=http:\/\/127\.0\.0\.1:3000 {2}surfaces=\["console"\]$/,
    );
    expect(lines[1]).toMatch(/^\d\d:\d\d:\d\d WARN {2}crisis protocol shown {2}event=answer/);
    expect(out.text()).not.toMatch(/"level"|"pid"|hostname/);
  });

  it('still censors secrets in readable lines', () => {
    const out = captureLog();
    createLogger('info', out.stream, 'readable').info({ slack: { token: 'xoxb-1111' } }, 'x');
    expect(out.text()).not.toContain('xoxb-1111');
    expect(out.text()).toContain('[secret]');
  });

  it('writes JSON lines by default', () => {
    const out = captureLog();
    createLogger('info', out.stream).info({ event: 'ready' }, 'ready');
    expect(JSON.parse(out.text())).toMatchObject({ level: 30, event: 'ready', msg: 'ready' });
  });

  it('passes a line that is not JSON through unchanged', () => {
    expect(formatLine('not json')).toBe('not json\n');
  });
});
