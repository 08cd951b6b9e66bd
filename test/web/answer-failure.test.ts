// The web console when answering a question fails: the page still gets a reply that leads with
// 911, 988 and the supervisor, nothing of the question is logged, and the server goes on.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Guidance } from '../../src/core/guidance.ts';
import { createConsoleSurface } from '../../src/web/index.ts';
import { serveSurface } from '../support/http.ts';
import { part, topicIdOf } from '../support/outline.ts';
import { createTestServices, type TestServices } from '../support/services.ts';

let t: TestServices;
let server: { url: string; close: () => Promise<void> };

beforeEach(async () => {
  t = await createTestServices();
  server = await serveSurface(t.services, await createConsoleSurface(t.services));
  const { guide } = t.services.bot;
  const answer = guide.answer;
  vi.spyOn(guide, 'answer').mockImplementation((text, context) => {
    if (text.includes('matcher')) throw new TypeError('x.split is not a function');
    // The view fails: a topic without sources.
    if (text.includes('view')) return { ...answer('gift card'), topic: {} } as unknown as Guidance;
    return answer(text, context);
  });
});
afterEach(async () => {
  await server.close();
  await t.close();
});

async function say(text: string) {
  const res = await fetch(`${server.url}/console/api/message`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ text }),
  });
  // biome-ignore lint/suspicious/noExplicitAny: checked field by field
  return { status: res.status, json: (await res.json()) as any };
}

describe('the console API when answering fails', () => {
  it('replies with the fallback protocol and answers the next question', async () => {
    for (const text of [
      'the matcher breaks on: I want to kill myself tonight',
      'the view breaks on: I want to kill myself tonight',
    ]) {
      const { status, json } = await say(text);
      expect(status).toBe(200);
      const crisis = part(json.reply, 'crisis')?.protocol;
      expect(crisis?.steps[0]).toMatch(/911/);
      expect(JSON.stringify(crisis)).toMatch(/988/);
      expect(crisis?.steps.join(' ')).toMatch(/supervisor/);
    }
    const logs = t.logs.join('\n');
    expect(logs).toContain('"event":"answer-failed"');
    expect(logs).not.toMatch(/kill myself/);
    const next = await say('a client offered me a gift card');
    expect(topicIdOf(next.json.reply)).toBe('gifts');
  });

  it('a failing command other than a question still fails as a request', async () => {
    vi.spyOn(t.services.quiz, 'deal').mockRejectedValue(new Error('store down'));
    const { status, json } = await say('/boundary quiz');
    expect(status).toBe(500);
    expect(json.error).toBe('request failed');
  });
});
