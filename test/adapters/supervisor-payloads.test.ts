// docs/supervisor-payloads.md: one example of each "Ask a supervisor" payload, Slack and Teams,
// drawn by the real renderers from the core's outlines (never written by hand). The test checks
// the file is what the renderers draw today, every Slack payload within Block Kit's limits and
// every Teams activity under 28 KB. After a change: UPDATE_PAYLOADS=1 npx vitest run
// test/adapters/supervisor-payloads.test.ts, then read the diff.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  answerMessage,
  confirmModal,
  requestCard as slackCard,
  supervisorFormModal,
} from '../../adapters/slack/blocks/supervisor.ts';
import { checkMessage, checkView } from '../../adapters/slack/limits.ts';
import { metadataOf } from '../../adapters/slack/listeners/supervisor.ts';
import { cardMessage } from '../../adapters/teams/cards/elements.ts';
import {
  answerDeliveryCard,
  confirmCard,
  previewData,
  supervisorFormCard,
  requestCard as teamsCard,
} from '../../adapters/teams/cards/supervisor.ts';
import { repoRoot } from '../../src/config.ts';
import {
  answerOutline,
  type PreviewOutline,
  requestCard,
} from '../../src/core/supervisor/outline.ts';
import type { SupervisorRequest } from '../../src/core/supervisor/request.ts';
import { createTestServices, type TestServices } from '../support/services.ts';

const FILE = join(repoRoot, 'docs', 'supervisor-payloads.md');
const TEAMS_MAX_BYTES = 28 * 1024;
type Json = object;

let t: TestServices;
let preview: PreviewOutline;
let crisisPreview: PreviewOutline;
beforeAll(async () => {
  t = await createTestServices({ SUPERVISOR_SLACK_CHANNEL: 'G0SUPERVISE' });
  const draft = (text: string) => {
    const r = t.services.supervisors.preview(text, 'command');
    if (r.kind !== 'supervisor-preview') throw new Error('supervisors should be configured');
    // A fixed id, so the file does not change from run to run.
    return { ...r.preview, draftId: '00000000-0000-4000-8000-000000000000' };
  };
  preview = draft(
    'Maria Lopez (DOB 03/14/1988) offered me a $50 gift card after our last session. Can I accept it?',
  );
  crisisPreview = draft('my client told me she will kill herself tonight, she has pills saved up');
});
afterAll(() => t.close());

const request: SupervisorRequest = {
  id: '7d4f3c2a-1b0e-4c6d-9f8a-2e1d0c9b8a76',
  state: 'open',
  text: '[name] ([date of birth]) offered me a $50 gift card after our last session. Can I accept it?',
  urgent: false,
  topic: { id: 'gifts', title: 'Gifts, tips and favors' },
  confidence: 0.72,
  from: 'command',
  asker: null,
  askedAt: '2026-12-03T17:05:00.000Z',
  claimedBy: null,
  claimedAt: null,
  answer: null,
  closedAt: null,
  closeReason: null,
  helpful: false,
  reannouncedAt: null,
};
const urgent: SupervisorRequest = {
  ...request,
  id: '0b9e8d7c-6a5f-4e3d-8c2b-1a0f9e8d7c6b',
  urgent: true,
  text: 'my client told me she will kill herself tonight, she has pills saved up',
  topic: { id: 'crisis-suicide-risk', title: 'Suicide risk' },
  confidence: 0.93,
  asker: { platform: 'slack', userId: 'U0ASKER01', name: 'pat' },
};
const answered: SupervisorRequest = {
  ...request,
  state: 'answered',
  claimedBy: { userId: 'U0SUPER01', name: 'Dana Reyes' },
  claimedAt: '2026-12-03T17:20:00.000Z',
  answer: {
    text: 'Thank them warmly and decline: our policy caps gifts at $25, and cash cards are never accepted. Log it in the gift register.',
    by: { userId: 'U0SUPER01', name: 'Dana Reyes' },
    at: '2026-12-03T17:31:00.000Z',
  },
};

interface Example {
  title: string;
  platform: 'Slack' | 'Teams';
  how: string;
  payload: Json;
  problems: string[];
  bytes: number;
}

function examples(): Example[] {
  const slack = (title: string, how: string, payload: Json, view = false): Example => ({
    title,
    platform: 'Slack',
    how,
    payload,
    problems: view ? checkView(payload) : checkMessage(payload),
    bytes: Buffer.byteLength(JSON.stringify(payload)),
  });
  const teams = (title: string, how: string, card: unknown): Example => {
    const payload = cardMessage(card as never) as unknown as Json;
    const bytes = Buffer.byteLength(JSON.stringify(payload));
    return {
      title,
      platform: 'Teams',
      how,
      payload,
      problems: bytes < TEAMS_MAX_BYTES ? [] : [`${bytes} bytes`],
      bytes,
    };
  };
  const open = requestCard(request);
  const done = answerOutline(
    { ...answered, answer: answered.answer as NonNullable<SupervisorRequest['answer']> },
    'role',
  );
  return [
    slack(
      "The asker's preview (modal)",
      'views.open, trigger_id of the button or /boundary',
      confirmModal(preview, metadataOf(preview)),
      true,
    ),
    slack(
      'The preview when the crisis protocol fired',
      'views.open',
      confirmModal(crisisPreview, metadataOf(crisisPreview)),
      true,
    ),
    slack("The card in the supervisors' channel", 'chat.postMessage to SUPERVISOR_SLACK_CHANNEL', {
      channel: 'G0SUPERVISE',
      ...slackCard(open),
    }),
    slack('An urgent card, sent with a name', 'chat.postMessage', {
      channel: 'G0SUPERVISE',
      ...slackCard(requestCard(urgent)),
    }),
    slack(
      'The Answer form (modal)',
      'views.open, trigger_id of Answer',
      supervisorFormModal(
        'answer',
        open,
        JSON.stringify({ requestId: request.id, channel: 'G0SUPERVISE', ts: '1764781500.000100' }),
      ),
      true,
    ),
    slack('The card once answered', 'chat.update', {
      channel: 'G0SUPERVISE',
      ts: '1764781500.000100',
      ...slackCard(requestCard(answered)),
    }),
    slack('The answer, to the asker alone', 'conversations.open, then chat.postMessage in the DM', {
      channel: 'D0ASKER01',
      ...answerMessage(done),
    }),
    teams(
      "The asker's preview (card form)",
      'reply in the chat, or the Action.Execute invoke response',
      confirmCard(preview, previewData(preview)),
    ),
    teams(
      "The card in the supervisors' channel",
      'createConversation in SUPERVISOR_TEAMS_CHANNEL',
      teamsCard(open),
    ),
    teams('An urgent card', 'createConversation', teamsCard(requestCard(urgent))),
    teams(
      'The Answer form (for the clicker only)',
      'Action.Execute invoke response',
      supervisorFormCard('answer', open),
    ),
    teams('The card once answered', 'updateActivity', teamsCard(requestCard(answered))),
    teams(
      "The answer, in the asker's personal chat",
      'createConversation (1:1), then sendToConversation',
      answerDeliveryCard(done),
    ),
  ];
}

function document(list: Example[]): string {
  const lines = [
    '# "Ask a supervisor": example payloads',
    '',
    'Generated by `test/adapters/supervisor-payloads.test.ts` from the real renderers and the',
    "core's outlines (`UPDATE_PAYLOADS=1 npx vitest run test/adapters/supervisor-payloads.test.ts`);",
    'the test fails when this file and the renderers differ. Every Slack payload passed the Block',
    "Kit limits check (`adapters/slack/limits.ts`); every Teams activity is under Teams' 28 KB.",
    'The question shown is already redacted: the raw one held a name and a date of birth.',
    '',
    '| payload | platform | how it is sent | bytes |',
    '|---|---|---|---|',
    ...list.map(
      (e) => `| ${e.title} | ${e.platform} | ${e.how} | ${e.bytes.toLocaleString('en-US')} |`,
    ),
  ];
  for (const e of list)
    lines.push(
      '',
      `## ${e.platform}: ${e.title}`,
      '',
      `Sent by ${e.how}.`,
      '',
      '```json',
      JSON.stringify(e.payload, null, 2),
      '```',
    );
  return `${lines.join('\n')}\n`;
}

describe('example payloads', () => {
  it("are within the platforms' limits and identical to docs/supervisor-payloads.md", () => {
    const list = examples();
    for (const e of list) expect(e.problems, `${e.platform}: ${e.title}`).toEqual([]);
    const text = document(list);
    // No identifier from the raw question reaches any payload.
    expect(text).not.toMatch(/Maria|Lopez|03\/14\/1988/);
    if (process.env.UPDATE_PAYLOADS) writeFileSync(FILE, text);
    expect(readFileSync(FILE, 'utf8')).toBe(text);
  });
});
