// Learning from requests: a curator's draft for the agency overlay (never the base knowledge),
// linted; and the report's counts of requests (by state, time to answer, topics, drafts).
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { type ActionContext, runAction } from '../../src/commands/actions.ts';
import { renderReport } from '../../src/report/render.ts';
import { buildReport } from '../../src/report/report.ts';
import { createTestServices, type TestServices } from '../support/services.ts';

const START = new Date('2026-11-23T18:00:00Z');
let t: TestServices;
afterEach(async () => t.close());

async function setUp() {
  const drafts = mkdtempSync(join(tmpdir(), 'bb-drafts-'));
  t = await createTestServices(
    { SUPERVISOR_SLACK_CHANNEL: 'CSUPER1', SUPERVISOR_DRAFTS_DIR: drafts },
    START,
  );
  return drafts;
}

const person = (userId: string, supervisor: boolean): ActionContext => ({
  platform: 'slack',
  userId,
  displayName: userId,
  channel: 'C1',
  now: t.services.now(),
  supervisor: async () => supervisor,
});

async function ask(text: string): Promise<string> {
  const p = await runAction(
    t.services,
    { kind: 'supervisor-preview', text, from: 'command' },
    person('U-ASK', false),
  );
  if (p.kind !== 'supervisor-preview') throw new Error(p.kind);
  const sent = await runAction(
    t.services,
    {
      kind: 'supervisor-send',
      draftId: p.preview.draftId,
      text: p.preview.text,
      anonymous: true,
      from: 'command',
      crisisShown: false,
    },
    person('U-ASK', false),
  );
  if (sent.kind !== 'supervisor-sent') throw new Error(sent.kind);
  return sent.requestId;
}

describe('learning from answered requests', () => {
  it('writes a linted draft into the drafts folder and counts it in the report', async () => {
    const drafts = await setUp();
    const gift = await ask(
      'A client wants to give me a twenty dollar gift card for my birthday, can I take it?',
    );
    const other = await ask('May I accept a coffee from a participant?');
    await ask('Is it ok to follow a client on Instagram?');
    // Not answered yet: no draft.
    expect(
      await runAction(
        t.services,
        { kind: 'request-draft', requestId: gift, as: 'example' },
        person('U-DANA', true),
      ),
    ).toMatchObject({ kind: 'request-card', changed: false });
    t.setNow(new Date(START.getTime() + 90 * 60_000));
    await runAction(
      t.services,
      {
        kind: 'request-answer',
        requestId: gift,
        text: 'Decline gift cards kindly; they count as cash.',
      },
      person('U-DANA', true),
    );
    t.setNow(new Date(START.getTime() + 150 * 60_000));
    await runAction(
      t.services,
      { kind: 'request-answer', requestId: other, text: 'A coffee is usually fine. Log it.' },
      person('U-LEE', true),
    );

    const request = await t.services.store.request(gift);
    const example = await runAction(
      t.services,
      { kind: 'request-draft', requestId: gift, as: 'example', topicId: 'gifts' },
      person('U-DANA', true),
    );
    expect(example).toMatchObject({
      kind: 'request-draft',
      problems: [],
      path: join(drafts, 'topics', 'gifts.yaml'),
    });
    const written = readFileSync(join(drafts, 'topics', 'gifts.yaml'), 'utf8');
    expect(parse(written)).toEqual({ id: 'gifts', questions: [request?.text] });
    // Never into the base knowledge.
    expect(existsSync(join(t.services.config.knowledgeDir, 'topics', 'gifts.yaml'))).toBe(true);
    expect(
      readFileSync(join(t.services.config.knowledgeDir, 'topics', 'gifts.yaml'), 'utf8'),
    ).not.toContain(request?.text);
    // A new topic's skeleton: written, and the linter says what is still missing.
    const topic = await runAction(
      t.services,
      { kind: 'request-draft', requestId: other, as: 'topic', topicId: 'coffee-from-participants' },
      person('U-LEE', true),
    );
    expect(topic).toMatchObject({
      kind: 'request-draft',
      path: join(drafts, 'topics', 'coffee-from-participants.yaml'),
    });
    if (topic.kind === 'request-draft')
      expect(topic.problems.join('\n')).toMatch(
        /coffee-from-participants\.yaml.*(keywords|questions)/,
      );

    const report = await buildReport(t.services, {
      from: START,
      to: new Date(START.getTime() + 86_400_000),
    });
    expect(report.requests).toEqual({
      total: 3,
      byState: { open: 1, claimed: 0, answered: 2, closed: 0 },
      medianMinutesToAnswer: 120,
      topics: [
        { topic: 'gifts', title: 'Gifts, tips and favors', count: 2 },
        { topic: 'social-media', title: 'Social media and personal accounts', count: 1 },
      ],
      draftsWaiting: ['coffee-from-participants', 'gifts'],
    });
    const text = renderReport(report);
    expect(text).toContain(
      'Requests to supervisors: 3 (waiting 1, claimed 0, answered 2, closed 0); median time to answer: 2 h',
    );
    expect(text).toContain('Drafts waiting for review (2): coffee-from-participants, gifts');
    // Aggregate only: no question, answer or person in the report.
    expect(JSON.stringify(report)).not.toMatch(/coffee from|Decline gift|U-ASK|U-DANA/i);
  });
});
