// docs/slack-gesture-payloads.md: what Slack sends for each new entry point (a sample) and what
// the app answers, drawn by the real renderers from the action layer's results (never written by
// hand). The test checks the file is what the renderers draw today and every payload is within
// Block Kit's limits. After a change: UPDATE_PAYLOADS=1 npx vitest run
// test/adapters/slack/gesture-payloads.test.ts, then read the diff.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ASK_VIEW,
  answerModal,
  askModal,
  forMessage,
  keptMessage,
  SHORTCUT,
  welcomeMessage,
} from '../../../adapters/slack/blocks/gestures.ts';
import type { Block } from '../../../adapters/slack/blocks/kit.ts';
import { SUGGESTED } from '../../../adapters/slack/ids.ts';
import { checkMessage, checkView } from '../../../adapters/slack/limits.ts';
import { type ActionResult, runAction } from '../../../src/commands/actions.ts';
import { repoRoot } from '../../../src/config.ts';
import { GESTURES } from '../../../src/core/copy.ts';
import { createTestServices, type TestServices } from '../../support/services.ts';

const FILE = join(repoRoot, 'docs', 'slack-gesture-payloads.md');
type Json = object;
type Answered = Extract<ActionResult, { kind: 'guidance' }>;

let t: TestServices;
beforeAll(async () => {
  t = await createTestServices({ SUPERVISOR_SLACK_CHANNEL: 'G0SUPERVISE' });
});
afterAll(() => t.close());

async function ask(text: string, from: 'typed' | 'message'): Promise<Answered> {
  const r = await runAction(
    t.services,
    { kind: 'ask', text, from },
    { platform: 'slack', userId: 'U0ASKER01', channel: 'C0TEAM', now: t.services.now() },
  );
  if (r.kind !== 'guidance') throw new Error('expected guidance');
  return r;
}

interface Example {
  title: string;
  how: string;
  payload: Json;
  problems: string[];
  bytes: number;
}

const MESSAGE = 'Maria (DOB 03/14/1988) offered me a $50 gift card after group. Can I take it?';

async function examples(): Promise<Example[]> {
  const sample = (title: string, how: string, payload: Json): Example => ({
    title,
    how,
    payload,
    problems: [],
    bytes: Buffer.byteLength(JSON.stringify(payload)),
  });
  /** `view`: the modal inside the payload (checked as a view); otherwise a message. */
  const out = (title: string, how: string, payload: Json, view?: Json): Example => ({
    ...sample(title, how, payload),
    problems: view ? checkView(view) : checkMessage(payload),
  });
  const picked = await ask(MESSAGE, 'message');
  const typed = await ask('can I drive a client to an appointment in my own car?', 'typed');
  const crisis = await ask(
    'my client said he wants to end his life and has a gun at home',
    'typed',
  );
  const answer = answerModal(typed);
  return [
    sample('"Get boundary guidance" (what Slack sends, abridged)', 'Slack, to /slack/events', {
      type: 'message_action',
      callback_id: SHORTCUT.message,
      trigger_id: '1234.5678.abcd',
      response_url: 'https://hooks.slack.com/app/T0/1234/abcd',
      user: { id: 'U0ASKER01', name: 'pat' },
      channel: { id: 'C0TEAM', name: 'peer-team' },
      message: { type: 'message', user: 'U0AUTHOR1', ts: '1764781500.000100', text: MESSAGE },
    }),
    out(
      'The guidance for the message, to the clicker alone',
      "the shortcut's response_url (ephemeral); a DM from the bot when Slack refuses it",
      {
        response_type: 'ephemeral',
        replace_original: false,
        ...forMessage(picked, { share: true }),
      },
    ),
    sample('"Ask privately" (what Slack sends, abridged)', 'Slack, to /slack/events', {
      type: 'shortcut',
      callback_id: SHORTCUT.global,
      trigger_id: '1234.5678.efgh',
      user: { id: 'U0ASKER01', username: 'pat' },
    }),
    out('The question box', "views.open with the shortcut's trigger_id", askModal(), askModal()),
    out(
      'The answer, replacing the box',
      'the view_submission acknowledgement: response_action "update"',
      { response_action: 'update', view: answer },
      answer,
    ),
    out(
      'The answer when the crisis protocol fired',
      'the view_submission acknowledgement',
      { response_action: 'update', view: answerModal(crisis) },
      answerModal(crisis),
    ),
    out(
      '"Send me this in a DM"',
      'conversations.open, then chat.postMessage in the DM; views.update of the box',
      { channel: 'D0ASKER01', ...keptMessage(answer.blocks as Block[]) },
    ),
    out(
      'The Messages tab, first visit',
      'chat.postMessage in the DM (app_home_opened, tab "messages")',
      {
        channel: 'D0ASKER01',
        ...welcomeMessage(),
      },
    ),
    sample(
      'The suggested prompts (agent messaging)',
      'assistant.threads.setSuggestedPrompts, no thread_ts',
      {
        channel_id: 'D0ASKER01',
        title: GESTURES.tryAsking,
        prompts: SUGGESTED.map((q) => ({ title: q, message: q })),
      },
    ),
  ];
}

function document(list: Example[]): string {
  const lines = [
    '# Slack shortcuts and the Messages tab: example payloads',
    '',
    'Generated by `test/adapters/slack/gesture-payloads.test.ts` from the real renderers and the',
    'action layer (`UPDATE_PAYLOADS=1 npx vitest run test/adapters/slack/gesture-payloads.test.ts`);',
    'the test fails when this file and the renderers differ. Every payload the app sends passed the',
    'Block Kit limits check (`adapters/slack/limits.ts`). The picked message held a name and a date',
    'of birth: neither appears in anything the app sends, and the message is never logged or kept.',
    '',
    '| payload | how it is sent | bytes |',
    '|---|---|---|',
    ...list.map((e) => `| ${e.title} | ${e.how} | ${e.bytes.toLocaleString('en-US')} |`),
  ];
  for (const e of list)
    lines.push(
      '',
      `## ${e.title}`,
      '',
      `Sent by ${e.how}.`,
      '',
      '```json',
      JSON.stringify(e.payload, null, 2),
      '```',
    );
  return `${lines.join('\n')}\n`;
}

describe('Slack gesture payloads', () => {
  it("are within Block Kit's limits and identical to docs/slack-gesture-payloads.md", async () => {
    const list = await examples();
    for (const e of list) expect(e.problems, e.title).toEqual([]);
    const text = document(list);
    // Past the samples of what Slack sends, no identifier from the message reaches a payload.
    const sent = document(list.filter((e) => !e.how.startsWith('Slack, ')));
    expect(sent).not.toMatch(/Maria|03\/14\/1988/);
    expect(text).toContain(ASK_VIEW.answer);
    if (process.env.UPDATE_PAYLOADS) writeFileSync(FILE, text);
    expect(readFileSync(FILE, 'utf8')).toBe(text);
  });
});
