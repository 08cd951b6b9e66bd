// The whole "Ask a supervisor" flow in the terminal console, without credentials: ask,
// preview (redacted), edit, send; a supervisor unlocks with the key, lists, claims, answers;
// the answer reaches the asker's inbox once; "Helpful". And the real `npm run console`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { newSupervisorSession, supervisorReply } from '../../src/cli/console-supervisor.ts';
import { repoRoot } from '../../src/config.ts';
import { createRequestDispatcher } from '../../src/schedule/requests.ts';
import { consoleRequestPoster } from '../../src/supervisor/console-poster.ts';
import { createTestServices, type TestServices } from '../support/services.ts';

const KEY = 'console-supervisor-key-0123';
let t: TestServices;
afterEach(async () => t.close());

describe('the console flow', () => {
  it('runs ask, preview, send, claim, answer, inbox and helpful in one place', async () => {
    t = await createTestServices({ SUPERVISOR_CONSOLE_KEY: KEY });
    const s = t.services;
    const dispatcher = createRequestDispatcher({
      store: s.store,
      settings: s.config.supervisors,
      posters: { console: consoleRequestPoster },
      instance: 'test',
    });
    const asker = newSupervisorSession('local:sam');
    const say = (line: string, who = asker) => supervisorReply(s, line, who, dispatcher);

    const preview = await say(
      'ask a supervisor Jane Doe (555-201-3344) offered me tickets to a game',
    );
    expect(preview).toContain('This is what your supervisors will see');
    expect(preview).not.toMatch(/Jane|Doe|555/);
    expect(await say('what now')).toMatch(/waiting/);
    const edited = await say(
      'edit A client offered me two tickets to a game, call her at 555-201-3344. Can I go?',
    );
    expect(edited).not.toMatch(/201-3344/);
    expect(await say('send anonymously')).toBe(
      "Sent to your supervisors. You'll get the answer here, privately.",
    );
    expect(await say('send')).toBeNull(); // nothing pending any more: not a flow line

    const supervisor = newSupervisorSession('local:dana');
    expect(await say('requests', supervisor)).toBe(
      'Only the supervisors configured for this bot can do that.',
    );
    expect(await say('claim 1', supervisor)).toBe(
      'Only the supervisors configured for this bot can do that.',
    );
    expect(await say('supervisor wrong-key-wrong-key', supervisor)).toBe(
      'That is not the supervisor key.',
    );
    expect(await say(`supervisor ${KEY}`, supervisor)).toMatch(/Supervisor mode on/);
    const list = await say('requests', supervisor);
    expect(list).toMatch(/^\[1\] A question for supervisors \[Waiting\]/);
    expect(list).toContain('From: Anonymous');
    expect(list).not.toMatch(/201-3344/);
    expect(await say('claim 1', supervisor)).toContain('Claimed by local:dana');
    expect(
      await say('answer 1 Thank her; accepting tickets is a gift over our limit.', supervisor),
    ).toMatch(/\[Answered\]/);

    const inbox = await say('inbox');
    expect(inbox).toContain('Your supervisor answered');
    expect(inbox).toContain('Thank her; accepting tickets is a gift over our limit.');
    expect(inbox).toContain('Answered by a supervisor');
    expect(await say('helpful 1')).toMatch(/Thanks/);
    // Delivered once: the outbox holds one sent card and one sent answer.
    const outbox = await s.store.db
      .selectFrom('request_outbox')
      .select(['kind', 'status'])
      .execute();
    expect(outbox.map((o) => `${o.kind}:${o.status}`).sort()).toEqual([
      'announce:sent',
      'answer:sent',
    ]);
  });

  it('shows the crisis protocol first in the preview and sends it marked urgent', async () => {
    t = await createTestServices({ SUPERVISOR_CONSOLE_KEY: KEY });
    const asker = newSupervisorSession('local:sam');
    const preview = await supervisorReply(
      t.services,
      'ask a supervisor my client said she will kill herself tonight, she has the pills',
      asker,
    );
    expect(preview?.indexOf('988')).toBeGreaterThanOrEqual(0);
    expect(preview?.indexOf('988')).toBeLessThan(
      preview?.indexOf('This is what your supervisors will see') ?? 0,
    );
    expect(await supervisorReply(t.services, 'send', asker)).toMatch(/^Sent/);
    expect(
      (await t.services.store.db.selectFrom('requests').select('urgent').executeTakeFirst())
        ?.urgent,
    ).toBe(1);
  });
});

describe('npm run console', () => {
  it('runs the flow end to end with a supervisor key and no credentials', () => {
    const sqlitePath = join(mkdtempSync(join(tmpdir(), 'bb-console-')), 'bot.sqlite');
    const run = (input: string) =>
      spawnSync('npm', ['run', '--silent', 'console'], {
        cwd: repoRoot,
        input,
        encoding: 'utf8',
        env: {
          ...process.env,
          NO_COLOR: '1',
          SQLITE_PATH: sqlitePath,
          SUPERVISOR_CONSOLE_KEY: KEY,
          LOG_LEVEL: 'silent',
        },
      });
    const r = run(
      `ask a supervisor can I give a client a ride to court?\nsend\nsupervisor ${KEY}\nrequests\nanswer 1 Yes, with your lead's approval and a logged trip.\ninbox\nexit\n`,
    );
    expect(r.status).toBe(0);
    const out = r.stdout;
    const sent = out.indexOf('Sent to your supervisors.');
    const listed = out.indexOf('[1] A question for supervisors [Waiting]');
    const inbox = out.indexOf('Your supervisor answered');
    expect(sent).toBeGreaterThan(0);
    expect(listed).toBeGreaterThan(sent);
    expect(inbox).toBeGreaterThan(listed);
    expect(out.slice(inbox)).toContain("Yes, with your lead's approval and a logged trip.");
  }, 90_000);

  it('says whom to ask when no supervisors are set up', () => {
    const r = spawnSync('npm', ['run', '--silent', 'console'], {
      cwd: repoRoot,
      input: 'ask a supervisor can I hug a client?\nexit\n',
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', SUPERVISOR_CONTACT: 'Call Pat at ext. 4100' },
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('nothing was sent or stored. Call Pat at ext. 4100');
  }, 60_000);
});
