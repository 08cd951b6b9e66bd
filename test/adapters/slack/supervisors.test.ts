// Who counts as a supervisor on Slack: the members of the configured channel, read page by page,
// kept for a minute, and nobody at all when the list cannot be read.
import { webApi } from '@slack/bolt';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MEMBERS_TTL_MS, slackSupervisors } from '../../../adapters/slack/supervisors.ts';
import { type FakeSlack, startFakeSlack } from '../../../adapters/slack/testing/fake-web-api.ts';

let fake: FakeSlack;
let now: Date;
const logs: string[] = [];
const logger = pino({ level: 'info' }, { write: (line: string) => logs.push(line) });

beforeEach(async () => {
  fake = await startFakeSlack();
  now = new Date('2026-12-03T15:00:00Z');
  logs.length = 0;
});
afterEach(() => fake.close());

const check = () =>
  slackSupervisors({
    client: new webApi.WebClient('xoxb-test', {
      slackApiUrl: fake.url,
      retryConfig: { retries: 0 },
    }),
    channel: 'GSUP',
    logger,
    now: () => now,
  });
const memberCalls = () => fake.calls.filter((c) => c.method === 'conversations.members');

describe('Slack supervisors', () => {
  it('knows the channel members, across pages, and nobody else', async () => {
    const people = Array.from({ length: 450 }, (_, i) => `U${String(i).padStart(5, '0')}`);
    fake.setMembers('GSUP', people);
    const s = check();
    expect(await s.isSupervisor('U00000')).toBe(true);
    expect(await s.isSupervisor('U00449')).toBe(true);
    expect(await s.isSupervisor('U99999')).toBe(false);
    expect(memberCalls()).toHaveLength(3); // 200 + 200 + 50, then cached
  });

  it('reads the list again after a minute: someone removed loses the right', async () => {
    fake.setMembers('GSUP', ['USUP1', 'USUP2']);
    const s = check();
    expect(await s.isSupervisor('USUP2')).toBe(true);
    fake.setMembers('GSUP', ['USUP1']);
    now = new Date(now.getTime() + MEMBERS_TTL_MS - 1);
    expect(await s.isSupervisor('USUP2')).toBe(true);
    now = new Date(now.getTime() + 2);
    expect(await s.isSupervisor('USUP2')).toBe(false);
    expect(memberCalls()).toHaveLength(2);
  });

  it('refuses everyone when the list cannot be read, and says why', async () => {
    fake.setMembers('GSUP', ['USUP1']);
    fake.fail('conversations.members', 'missing_scope');
    const s = check();
    expect(await s.isSupervisor('USUP1')).toBe(false);
    expect(logs.join('')).toContain('must be a private channel');
  });

  it('refuses ids that are not Slack user ids without asking', async () => {
    fake.setMembers('GSUP', ['USUP1']);
    const s = check();
    for (const id of ['', 'someone', 'BBOT', '<@USUP1>'])
      expect(await s.isSupervisor(id)).toBe(false);
    expect(memberCalls()).toHaveLength(0);
  });
});
