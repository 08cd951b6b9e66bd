// The console's JSON API: a message (question or /boundary command), a button action, today's
// quiz card and the curator report. Everything goes through the shared commands; nothing
// here logs or keeps what the person typed.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { type Action, type ActionResult, runAction } from '../commands/actions.ts';
import { type Command, parseCommand } from '../commands/parse.ts';
import { answerQuiz, runCommand } from '../commands/run.ts';
import { BUTTON_GONE } from '../commands/text.ts';
import { coachText } from '../core/coach/render-text.ts';
import type { QuizQuestion } from '../core/types.ts';
import { errorText } from '../error-text.ts';
import { dayRange, isDate } from '../report/range.ts';
import { buildReport } from '../report/report.ts';
import { readBody, sendJson } from '../server/http.ts';
import type { Services } from '../services.ts';
import type { Quiz } from '../store/store.ts';
import { personId } from './person.ts';
import {
  fallbackView,
  gradedView,
  guidanceView,
  PREFIX,
  quizView,
  resultView,
  topicOnlyView,
} from './view.ts';

export const PLATFORM = 'console';
export const CHANNEL = 'local';
/** A question is a few sentences; this leaves room and stops anything silly early. */
export const MAX_TEXT = 2_000;
const BODY_LIMIT = 16_384;
/** "ask a supervisor …" is the same words as in a Teams chat: a command, with or without the prefix. */
const ASK_SUPERVISOR_TYPED = /^ask a supervisor(\s|$)/i;
/** A year and a day: enough for an annual report, small enough to stay quick. */
const MAX_DAYS = 367;
const DAY_MS = 86_400_000;

type Json = Record<string, unknown>;

/** A JSON object body, or an error already sent (null). Parse errors are not logged: their
 * message can quote the body. */
export async function readJson(req: IncomingMessage, res: ServerResponse): Promise<Json | null> {
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json') {
    sendJson(res, 415, { error: 'Send JSON (content-type: application/json).' });
    return null;
  }
  const raw = await readBody(req, BODY_LIMIT);
  try {
    const body: unknown = JSON.parse(raw);
    if (body && typeof body === 'object' && !Array.isArray(body)) return body as Json;
  } catch {
    // answered below
  }
  sendJson(res, 400, { error: 'The body must be a JSON object.' });
  return null;
}

function topicTitle(s: Services, id: string): string {
  return s.bot.kb.topicsById.get(id)?.title ?? id;
}

async function quizCard(services: Services, quiz: Quiz, question: QuizQuestion) {
  const { total } = await services.quiz.results(quiz.id);
  return quizView(quiz, question, total);
}

/** The console's buttons: what a click sends. */
const ClickBody = z.discriminatedUnion('type', [
  z.object({ type: z.literal('topic'), topicId: z.string() }),
  z.object({ type: z.literal('share'), topicId: z.string() }),
  z.object({ type: z.literal('feedback'), topicId: z.string(), helpful: z.boolean() }),
  z.object({ type: z.literal('quiz-answer'), quizId: z.string(), choice: z.number().int() }),
  z.object({
    type: z.literal('coach'),
    action: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('coach-answer'), itemId: z.string(), choice: z.number().int() }),
      z.object({
        kind: z.literal('practice-answer'),
        sessionId: z.string(),
        index: z.number().int(),
        choice: z.number().int(),
      }),
      z.object({ kind: z.literal('practice-end'), sessionId: z.string() }),
      z.object({ kind: z.literal('coach-progress') }),
      z.object({ kind: z.literal('coach-forget'), confirm: z.boolean() }),
    ]),
  }),
]);

const CLICK_PROBLEMS: Record<string, string> = {
  helpful: '"helpful" must be true or false.',
  choice: '"choice" must be an option number.',
  topicId: '"topicId" must be a topic id.',
  quizId: '"quizId" must be a quiz id.',
};

function toAction(click: z.infer<typeof ClickBody>): Action {
  switch (click.type) {
    case 'topic':
    case 'share':
      return { kind: click.type, topicId: click.topicId };
    case 'feedback':
      return { kind: 'feedback', topicId: click.topicId, helpful: click.helpful };
    case 'quiz-answer':
      return { kind: 'quiz-answer', quizId: click.quizId, choice: click.choice };
    case 'coach':
      return click.action;
  }
}

/** What is wrong with a click's body, in words that never quote it. */
function clickProblem(error: z.ZodError): string {
  const field = String(error.issues[0]?.path[0] ?? '');
  return CLICK_PROBLEMS[field] ?? '"type" must be topic, feedback, quiz-answer, share or coach.';
}

/** A click's result as the console shows it: status and JSON body. */
function clickReply(services: Services, result: ActionResult): [number, Json] {
  switch (result.kind) {
    case 'topic':
    case 'share':
      // "share" posts the topic (never the question) to the channel for everyone.
      return [
        200,
        {
          reply: topicOnlyView(result.topic),
          visibility: result.kind === 'share' ? 'channel' : 'private',
        },
      ];
    case 'feedback-recorded':
      // After "Not helpful", when supervisors are configured: the page offers the button.
      return [
        200,
        { ok: true, ...(result.askSupervisor ? { askSupervisor: result.askSupervisor } : {}) },
      ];
    case 'graded':
      return [
        200,
        {
          graded: gradedView(result.graded, topicTitle(services, result.graded.question.topic)),
          answers: result.card.total,
        },
      ];
    case 'coach':
      return [200, { reply: { kind: 'coach', view: result.view, text: coachText(result.view) } }];
    default:
      // Gone, or a result the console's buttons cannot ask for.
      return [404, { error: BUTTON_GONE }];
  }
}

export function createApi(services: Services) {
  const ctx = (userId: string) => ({
    platform: PLATFORM,
    userId,
    channel: CHANNEL,
    now: services.now(),
    // Every reply on the page is seen by this person only ("Only visible to you").
    privacy: 'direct' as const,
  });

  return {
    /** The bot's greeting: what to ask, and how many topics there are. Not counted as an ask. */
    async welcome(req: IncomingMessage, res: ServerResponse) {
      personId(req, res);
      const reply = guidanceView(services.bot.guide.answer('help'));
      // `supervisorTab`: the supervisor key is set, so the page shows the tab that asks for it.
      const supervisorTab = services.config.supervisors.places.console;
      sendJson(res, 200, { channel: CHANNEL, prefix: PREFIX, reply, supervisorTab });
    },

    async message(req: IncomingMessage, res: ServerResponse) {
      const userId = personId(req, res);
      const body = await readJson(req, res);
      if (!body) return;
      const text = typeof body.text === 'string' ? body.text.trim() : '';
      if (!text) return sendJson(res, 400, { error: 'Type a question or a command.' });
      if (text.length > MAX_TEXT)
        return sendJson(res, 400, { error: `Keep it under ${MAX_TEXT} characters.` });
      let command: Command | undefined;
      try {
        command = /^\/boundary(\s|$)/i.test(text)
          ? parseCommand(text.slice(PREFIX.length))
          : ASK_SUPERVISOR_TYPED.test(text)
            ? parseCommand(text)
            : text.startsWith('/')
              ? {
                  kind: 'usage' as const,
                  problem: `Commands start with "${PREFIX}".`,
                  syntax: 'help',
                  example: 'help',
                }
              : { kind: 'ask' as const, text };
        const result = await runCommand(services, command, ctx(userId));
        if (command.kind !== 'ask')
          services.logger.info(
            { event: 'console-command', command: command.kind },
            'console command',
          );
        const reply =
          result.kind === 'quiz'
            ? {
                kind: 'quiz' as const,
                quiz: await quizCard(services, result.quiz, result.question),
              }
            : resultView(result, userId);
        sendJson(res, 200, { reply });
      } catch (error) {
        // A question that could not be answered may be about someone in danger: it gets the
        // fallback reply. Other commands fail as any request does.
        if ((command && command.kind !== 'ask') || res.headersSent) throw error;
        services.logger.error(
          { event: 'answer-failed', surface: PLATFORM, err: errorText(error) },
          'could not answer: the fallback reply was given',
        );
        sendJson(res, 200, { reply: fallbackView(services.bot.fallback()) });
      }
    },

    async action(req: IncomingMessage, res: ServerResponse) {
      const userId = personId(req, res);
      const body = await readJson(req, res);
      if (!body) return;
      const click = ClickBody.safeParse(body);
      if (!click.success) return sendJson(res, 400, { error: clickProblem(click.error) });
      const result = await runAction(services, toAction(click.data), ctx(userId));
      const [status, json] = clickReply(services, result);
      sendJson(res, status, json);
    },

    /** The channel's card for today, with this person's own result when they answered. */
    async quizToday(req: IncomingMessage, res: ServerResponse) {
      const userId = personId(req, res);
      const now = services.now();
      const { quiz, question } = await services.quiz.daily(PLATFORM, CHANNEL, now);
      const mine = await services.store.answerOf(quiz.id, userId);
      // Grading an answer already given records nothing new: it returns the first one.
      const graded = mine ? await answerQuiz(services, quiz.id, userId, mine.choice, now) : null;
      const previous = await services.quiz.previous(quiz);
      sendJson(res, 200, {
        quiz: await quizCard(services, quiz, question),
        mine: graded
          ? gradedView(graded.graded, topicTitle(services, graded.graded.question.topic))
          : null,
        previous: previous
          ? {
              topicTitle: topicTitle(services, previous.question.topic),
              correct: previous.counts[previous.question.correct] ?? 0,
              total: previous.total,
            }
          : null,
      });
    },

    /** This person's daily question today ("quiz me daily"), once delivered: the question, or
     * the feedback when answered. `reply` is null when there is none. */
    async quizMine(req: IncomingMessage, res: ServerResponse) {
      const userId = personId(req, res);
      const view = await services.coach.todaysView({ platform: PLATFORM, userId }, services.now());
      sendJson(res, 200, {
        reply: view && { kind: 'coach', view, text: coachText(view) },
      });
    },

    /** The curator report for whole local days, "to" included (default: the last 30 days). */
    async report(req: IncomingMessage, res: ServerResponse) {
      personId(req, res);
      const query = new URL(req.url ?? '/', 'http://console').searchParams;
      const from = query.get('from') || undefined;
      const to = query.get('to') || undefined;
      if ((from && !isDate(from)) || (to && !isDate(to)))
        return sendJson(res, 400, { error: 'Dates must be real days written YYYY-MM-DD.' });
      if (from && to && from > to)
        return sendJson(res, 400, { error: 'The first day must not be after the last day.' });
      const range = dayRange({ from, to }, services.now(), services.config.quizZone);
      // Counted in calendar days: the instants differ by an hour more across a DST change.
      const days = (Date.parse(range.lastDay) - Date.parse(range.firstDay)) / DAY_MS + 1;
      if (days > MAX_DAYS)
        return sendJson(res, 400, { error: `The range can be at most ${MAX_DAYS} days.` });
      sendJson(res, 200, await buildReport(services, range));
    },
  };
}
