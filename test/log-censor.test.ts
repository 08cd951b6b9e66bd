import { describe, expect, it } from 'vitest';
import { createLogger } from '../src/log.ts';
import { censorSecrets } from '../src/log-censor.ts';
import { captureLog } from './support/log-capture.ts';

describe('secrets in log lines', () => {
  it('censors secret fields at the top and one or two objects down, in JSON lines', () => {
    const out = captureLog();
    createLogger('info', out.stream).info(
      {
        token: 'xoxb-top',
        slack: { signingSecret: 'sig-1', nested: { password: 'pw-2', keep: 'k' } },
        list: [{ authorization: 'Bearer abc' }],
        event: 'x',
      },
      'line',
    );
    const line = JSON.parse(out.text());
    expect(out.text()).not.toMatch(/xoxb-top|sig-1|pw-2|Bearer abc/);
    expect(line).toMatchObject({
      token: '[secret]',
      slack: { signingSecret: '[secret]', nested: { password: '[secret]', keep: 'k' } },
      list: [{ authorization: '[secret]' }],
      event: 'x',
    });
  });

  it('censors a child logger binding', () => {
    const out = captureLog();
    createLogger('info', out.stream).child({ cookie: 'c=1' }).warn({ event: 'y' }, 'line');
    expect(out.text()).not.toContain('c=1');
    expect(JSON.parse(out.text()).cookie).toBe('[secret]');
  });

  it("never changes the caller's object and keeps an error's message", () => {
    const err = Object.assign(new Error('boom'), { token: 't-1' });
    const fields = { err, config: { secret: 's-1' } };
    const censored = censorSecrets(fields);
    expect(fields.config.secret).toBe('s-1');
    expect(err.token).toBe('t-1');
    expect(censored.config.secret).toBe('[secret]');
    expect(censored.err).toBeInstanceOf(Error);
    expect(censored.err.message).toBe('boom');
    expect((censored.err as unknown as { token: string }).token).toBe('[secret]');
    // Nothing secret: the same object, not a copy.
    const plain = { event: 'z', n: { m: 1 } };
    expect(censorSecrets(plain)).toBe(plain);
  });
});
