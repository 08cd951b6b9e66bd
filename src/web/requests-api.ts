// "Ask a supervisor" in the web console. The asker's side (preview, send, cancel, their
// answers, "Helpful") is open to the person at the console, known by their cookie. The
// supervisors' side (the list and every move) needs the supervisor key in a header on every
// call: without it, or with a wrong one, 403 before the body is read, and nothing changes.
// The core decides everything; this file only decodes requests into Actions and passes the
// outlines through. Nothing here logs what was typed.
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { type Action, type ActionResult, runAction } from '../commands/actions.ts';
import { BUTTON_GONE, CONSOLE_SUPERVISOR } from '../commands/text.ts';
import { REQUEST_STATES, type RequestState } from '../core/supervisor/request.ts';
import { sendJson } from '../server/http.ts';
import type { Route } from '../server/surface.ts';
import type { Services } from '../services.ts';
import { CHANNEL, PLATFORM, readJson } from './api.ts';
import { personId } from './person.ts';
import { answersView, previewView, supervisorsView } from './requests-view.ts';
import { isSupervisor } from './supervisor-key.ts';

/** The person's id as requests keep it: a digest of the console cookie, so a card, a claim or
 * a stored address never shows other supervisors a value they could set as that person's
 * cookie. */
function requestsId(req: IncomingMessage, res: ServerResponse): string {
  return createHash('sha256')
    .update(`requests:${personId(req, res)}`)
    .digest('hex')
    .slice(0, 24);
}

/** A display name typed at the console (the console has no accounts). */
const NAME = z.string().trim().max(60).optional();
const FROM = z.enum(['miss', 'low-confidence', 'not-helpful', 'choices', 'command']);
const ID = z.string().min(1).max(100);
/** Longer than any stored text: the core cuts and refuses with its own words. */
const TEXT = z.string().max(8_000);

const PreviewBody = z.object({ text: TEXT.default(''), from: FROM });
const SendBody = z.object({
  draftId: ID,
  text: TEXT,
  anonymous: z.boolean(),
  from: FROM,
  crisisShown: z.boolean(),
  name: NAME,
});
const HelpfulBody = z.object({ requestId: ID });
const MoveBody = z.discriminatedUnion('move', [
  z.object({ move: z.literal('claim'), requestId: ID, name: NAME }),
  z.object({ move: z.literal('answer-form'), requestId: ID, name: NAME }),
  z.object({ move: z.literal('answer'), requestId: ID, text: TEXT, name: NAME }),
  z.object({ move: z.literal('close'), requestId: ID, reason: TEXT, name: NAME }),
  z.object({ move: z.literal('delete'), requestId: ID, name: NAME }),
  z.object({
    move: z.literal('draft'),
    requestId: ID,
    as: z.enum(['example', 'topic']),
    topicId: z.string().max(100).nullish(),
    name: NAME,
  }),
]);
type Move = z.infer<typeof MoveBody>;

function moveAction(m: Move): Action {
  switch (m.move) {
    case 'claim':
      return { kind: 'request-claim', requestId: m.requestId };
    case 'answer-form':
      return { kind: 'request-answer-form', requestId: m.requestId };
    case 'answer':
      return { kind: 'request-answer', requestId: m.requestId, text: m.text };
    case 'close':
      return { kind: 'request-close', requestId: m.requestId, reason: m.reason };
    case 'delete':
      return { kind: 'request-delete', requestId: m.requestId };
    case 'draft':
      return {
        kind: 'request-draft',
        requestId: m.requestId,
        as: m.as,
        topicId: m.topicId ?? null,
      };
  }
}

/** The status a result is answered with: refusals 403, unknown ids 404, else 200. */
function statusOf(result: ActionResult): number {
  if (result.kind === 'not-supervisor') return 403;
  if (result.kind === 'request-gone' || result.kind === 'gone') return 404;
  return 200;
}

/** What is wrong with a body, in words that never quote it. */
const problem = (error: z.ZodError) =>
  `"${String(error.issues[0]?.path[0] ?? 'body')}" is missing or not valid.`;

export function createRequestsApi(services: Services) {
  const key = () => services.config.supervisors.consoleKey;
  const ctx = (req: IncomingMessage, userId: string, name?: string | null) => ({
    platform: PLATFORM,
    userId,
    channel: CHANNEL,
    now: services.now(),
    displayName: name || null,
    // Asked again by the action layer before every move: the key on this very request.
    supervisor: async () => isSupervisor(req, key()),
  });
  const refuse = (res: ServerResponse) =>
    sendJson(res, 403, {
      error: key() ? CONSOLE_SUPERVISOR.wrongKey : CONSOLE_SUPERVISOR.noKey,
    });

  async function act(
    req: IncomingMessage,
    res: ServerResponse,
    action: Action,
    userId: string,
    name?: string | null,
  ) {
    const result = await runAction(services, action, ctx(req, userId, name));
    const status = statusOf(result);
    if (result.kind === 'supervisor-preview') return sendJson(res, status, previewView(result));
    sendJson(res, status, status === 404 && !('text' in result) ? { error: BUTTON_GONE } : result);
  }

  /** A body read and checked, or an error already sent (null). */
  async function body<T>(req: IncomingMessage, res: ServerResponse, schema: z.ZodType<T>) {
    const json = await readJson(req, res);
    if (!json) return null;
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      sendJson(res, 400, { error: problem(parsed.error) });
      return null;
    }
    return parsed.data;
  }

  const handlers = {
    /** "Ask a supervisor" pressed on a reply: the preview; nothing stored. */
    async preview(req: IncomingMessage, res: ServerResponse) {
      const userId = requestsId(req, res);
      const b = await body(req, res, PreviewBody);
      if (b)
        await act(req, res, { kind: 'supervisor-preview', text: b.text, from: b.from }, userId);
    },

    /** Send in the preview: the only call that stores a request (once per draftId). */
    async send(req: IncomingMessage, res: ServerResponse) {
      const userId = requestsId(req, res);
      const b = await body(req, res, SendBody);
      if (!b) return;
      const { name, ...send } = b;
      // A name goes only with a question sent with the name.
      await act(
        req,
        res,
        { kind: 'supervisor-send', ...send },
        userId,
        send.anonymous ? null : name,
      );
    },

    async cancel(req: IncomingMessage, res: ServerResponse) {
      sendJson(
        res,
        200,
        await runAction(services, { kind: 'supervisor-cancel' }, ctx(req, requestsId(req, res))),
      );
    },

    /** The answers to this person's own requests: their private inbox in the console. */
    async answers(req: IncomingMessage, res: ServerResponse) {
      const userId = requestsId(req, res);
      sendJson(res, 200, await answersView(services, PLATFORM, userId));
    },

    async helpful(req: IncomingMessage, res: ServerResponse) {
      const userId = requestsId(req, res);
      const b = await body(req, res, HelpfulBody);
      if (b) await act(req, res, { kind: 'request-helpful', requestId: b.requestId }, userId);
    },

    /** The supervisors' list, by state. Key first: nothing is read without it. */
    async list(req: IncomingMessage, res: ServerResponse) {
      if (!isSupervisor(req, key())) return refuse(res);
      const userId = requestsId(req, res);
      const word = new URL(req.url ?? '/', 'http://console').searchParams.get('state') ?? 'open';
      if (!(REQUEST_STATES as readonly string[]).includes(word))
        return sendJson(res, 400, { error: `"state" must be ${REQUEST_STATES.join(', ')}.` });
      sendJson(
        res,
        200,
        await supervisorsView(services, word as RequestState, { platform: PLATFORM, userId }),
      );
    },

    /** A supervisor's move. Key first, then the body; the core checks the key again. */
    async move(req: IncomingMessage, res: ServerResponse) {
      if (!isSupervisor(req, key())) return refuse(res);
      const userId = requestsId(req, res);
      const b = await body(req, res, MoveBody);
      if (b) await act(req, res, moveAction(b), userId, b.name);
    },
  };

  const routes: Route[] = [
    { method: 'POST', path: '/console/api/supervisor/preview', handler: handlers.preview },
    { method: 'POST', path: '/console/api/supervisor/send', handler: handlers.send },
    { method: 'POST', path: '/console/api/supervisor/cancel', handler: handlers.cancel },
    { method: 'GET', path: '/console/api/supervisor/answers', handler: handlers.answers },
    { method: 'POST', path: '/console/api/supervisor/helpful', handler: handlers.helpful },
    { method: 'GET', path: '/console/api/requests', handler: handlers.list },
    { method: 'POST', path: '/console/api/requests/move', handler: handlers.move },
  ];
  return routes;
}
