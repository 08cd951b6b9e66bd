// The terminal console's "Ask a supervisor": the asker's preview, edit and send, their inbox of
// answers, and, after "supervisor <key>", the supervisors' list, claim, answer, close, delete
// and drafts. The same actions every surface calls; the console only types them. After each
// change the console delivers what is due for its own place (the rest is left to the server).
import { runAction } from '../commands/actions.ts';
import { parseCommand } from '../commands/parse.ts';
import { runCommand } from '../commands/run.ts';
import { CONSOLE_SUPERVISOR, SUPERVISOR, supervisorResultText } from '../commands/text.ts';
import type { PreviewOutline } from '../core/supervisor/outline.ts';
import { answerText, cardText, previewText } from '../core/supervisor/render-text.ts';
import type { RequestDispatcher } from '../schedule/requests.ts';
import type { Services } from '../services.ts';

export interface SupervisorSession {
  /** The console's person (their inbox is theirs only). */
  userId: string;
  /** The preview waiting for send, edit or cancel. */
  pending: PreviewOutline | null;
  /** Unlocked with the supervisor key. */
  supervisor: boolean;
  /** The request ids of the last list, for "claim 2". */
  listed: string[];
  /** The ids of the last inbox, for "helpful 1". */
  inbox: string[];
}

export const newSupervisorSession = (userId: string): SupervisorSession => ({
  userId,
  pending: null,
  supervisor: false,
  listed: [],
  inbox: [],
});

/** The reply to a line of the "Ask a supervisor" flow, or null when the line is not one. */
export async function supervisorReply(
  s: Services,
  line: string,
  session: SupervisorSession,
  dispatcher?: RequestDispatcher,
): Promise<string | null> {
  const text = line.trim();
  const [word = '', ...rest] = text.split(/\s+/);
  const verb = word.toLowerCase();
  const after = text.slice(word.length).trim();
  const ctx = {
    platform: 'console',
    userId: session.userId,
    displayName: session.userId,
    channel: 'console',
    now: s.now(),
    supervisor: async () => session.supervisor,
  };
  const deliver = async () => {
    await dispatcher?.tick(s.now());
  };

  if (session.pending) {
    const p = session.pending;
    if (/^send( anonymously)?$/i.test(text)) {
      const r = await runAction(
        s,
        {
          kind: 'supervisor-send',
          draftId: p.draftId,
          text: p.text,
          anonymous: /anonymously/i.test(text),
          from: p.from,
          // The console printed the protocol with the preview.
          crisisShown: p.crisis !== null,
        },
        ctx,
      );
      if (r.kind === 'supervisor-preview') {
        session.pending = r.preview;
        return `${previewText(r.preview, r.problem)}\n${CONSOLE_SUPERVISOR.previewHelp(r.preview.anonymous.allowed)}`;
      }
      session.pending = null;
      await deliver();
      return r.kind === 'supervisor-sent' ? r.text : supervisorResultText(r as never);
    }
    if (verb === 'edit' && after) {
      const r = await runAction(s, { kind: 'supervisor-preview', text: after, from: p.from }, ctx);
      if (r.kind !== 'supervisor-preview') return supervisorResultText(r as never);
      // Keep the draft id: a Send replayed from the first preview still makes one request.
      session.pending = { ...r.preview, draftId: p.draftId };
      return `${previewText(r.preview, r.problem)}\n${CONSOLE_SUPERVISOR.previewHelp(r.preview.anonymous.allowed)}`;
    }
    if (verb === 'cancel') {
      session.pending = null;
      return SUPERVISOR.cancelled;
    }
    return CONSOLE_SUPERVISOR.pending;
  }

  const command = parseCommand(text);
  if (command.kind === 'ask-supervisor') {
    const r = await runCommand(s, command, ctx);
    if (r.kind !== 'supervisor-preview') return supervisorResultText(r as never);
    session.pending = r.preview;
    return `${previewText(r.preview, r.problem)}\n${CONSOLE_SUPERVISOR.previewHelp(r.preview.anonymous.allowed)}`;
  }
  if (verb === 'inbox') {
    const answers = await s.supervisors.inbox({ platform: 'console', userId: session.userId });
    session.inbox = answers.map((a) => a.requestId);
    if (!answers.length) return CONSOLE_SUPERVISOR.inboxEmpty;
    return `${answers.map((a, i) => `[${i + 1}] ${answerText(a)}`).join('\n\n')}\n\n${CONSOLE_SUPERVISOR.inboxHelp}`;
  }
  if (verb === 'helpful' && rest.length === 1) {
    const id = session.inbox[Number(rest[0]) - 1];
    if (!id) return CONSOLE_SUPERVISOR.inboxHelp;
    const r = await runAction(s, { kind: 'request-helpful', requestId: id }, ctx);
    return 'text' in r ? r.text : SUPERVISOR.gone;
  }
  if (verb === 'supervisor' && rest.length === 1) {
    const key = s.config.supervisors.consoleKey;
    if (!key) return CONSOLE_SUPERVISOR.noKey;
    session.supervisor = rest[0] === key;
    return session.supervisor ? CONSOLE_SUPERVISOR.unlock : CONSOLE_SUPERVISOR.wrongKey;
  }
  if (command.kind === 'requests') {
    const r = await runCommand(s, command, ctx);
    if (r.kind !== 'requests') return supervisorResultText(r as never);
    session.listed = r.cards.map((c) => c.requestId);
    if (!r.cards.length) return r.empty;
    return r.cards.map((c, i) => `[${i + 1}] ${cardText(c)}`).join('\n\n');
  }
  const moves = ['claim', 'answer', 'close', 'delete', 'draft', 'new-topic'];
  if (!moves.includes(verb) || !rest.length) return null;
  if (!session.supervisor) return SUPERVISOR.notSupervisor;
  const requestId = session.listed[Number(rest[0]) - 1];
  if (!requestId) return CONSOLE_SUPERVISOR.pickNumber;
  const tail = rest.slice(1).join(' ');
  const action =
    verb === 'claim'
      ? ({ kind: 'request-claim', requestId } as const)
      : verb === 'answer'
        ? ({ kind: 'request-answer', requestId, text: tail } as const)
        : verb === 'close'
          ? ({ kind: 'request-close', requestId, reason: tail } as const)
          : verb === 'delete'
            ? ({ kind: 'request-delete', requestId } as const)
            : verb === 'draft'
              ? ({
                  kind: 'request-draft',
                  requestId,
                  as: 'example',
                  topicId: tail || null,
                } as const)
              : ({ kind: 'request-draft', requestId, as: 'topic', topicId: tail || null } as const);
  const r = await runAction(s, action, ctx);
  await deliver();
  switch (r.kind) {
    case 'request-card':
      return [r.notice, cardText(r.card)].filter(Boolean).join('\n');
    case 'request-draft':
      return [r.text, r.path, ...r.problems.map((p) => `  ${p}`)].join('\n');
    default:
      return 'text' in r ? String(r.text) : SUPERVISOR.gone;
  }
}
