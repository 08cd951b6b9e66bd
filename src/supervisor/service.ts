// "Ask a supervisor", platform-neutral: previews, confirmed sends, the supervisors' moves and
// the asker's "Helpful". The commands and the action layer call it after the surface has
// decoded a click; permission ("is this person a supervisor?") is asked of the surface by the
// action layer before any move. Every change is a conditional update in the store, so a
// replayed or forged click changes nothing it should not.
import { randomUUID } from 'node:crypto';
import type { Bot } from '../bot.ts';
import { noSupervisorsText, REFUSALS, SUPERVISOR } from '../core/copy.ts';
import type { Guidance } from '../core/guidance.ts';
import { detectCrisis } from '../core/safety/crisis.ts';
import { redact } from '../core/safety/identifiers.ts';
import type { CrisisProtocol } from '../core/safety/protocol.ts';
import {
  type EscalationOffer,
  escalationOffer,
  notHelpfulOffer,
} from '../core/supervisor/offer.ts';
import {
  type AnswerOutline,
  answerOutline,
  MAX_ANSWER,
  MAX_QUESTION,
  MAX_REASON,
  type PreviewOutline,
  type RequestCard,
  requestCard,
} from '../core/supervisor/outline.ts';
import {
  type EscalationSource,
  type Refusal,
  type RequestState,
  refusal,
  type SupervisorMove,
} from '../core/supervisor/request.ts';
import { workingHoursAfter } from '../core/supervisor/working-hours.ts';
import type { Store, StoredRequest } from '../store/store.ts';
import { placeFor, type SupervisorSettings, supervisorsConfigured } from './settings.ts';

/** The person asking, as the surface knows them. */
export interface Asker {
  platform: string;
  userId: string;
  /** Display name; stored only when they send with their name. */
  name?: string | null;
  /** Platform data to reach them privately later (Teams conversation reference), JSON. */
  reference?: string | null;
}

/** A supervisor, already checked by the surface (ActionContext.supervisor). */
export interface Supervisor {
  platform: string;
  userId: string;
  name?: string | null;
}

/** What Send carries back from the preview. */
export interface SendInput {
  draftId: string;
  /** The edited question (redacted again before anything is stored). */
  text: string;
  anonymous: boolean;
  from: EscalationSource;
  /** The preview that led here showed the crisis protocol (it is shown again otherwise). */
  crisisShown: boolean;
}

export type PreviewResult =
  | { kind: 'supervisor-preview'; preview: PreviewOutline; problem: string | null }
  /** No supervisors' place is configured: whom to ask instead; nothing stored. */
  | { kind: 'supervisor-unavailable'; text: string };

export type SendResult =
  | PreviewResult
  /** Stored and queued for the supervisors' place; `crisis` leads the reply when it fired. */
  | { kind: 'supervisor-sent'; requestId: string; crisis: CrisisProtocol | null; text: string };

/** The result of a supervisor's move, or of a click that could not be made. */
export type MoveResult =
  /** The card as it is now; `notice` says why nothing changed (stale click), else null. */
  | { kind: 'request-card'; card: RequestCard; notice: string | null; changed: boolean }
  | { kind: 'request-deleted'; requestId: string; text: string }
  | { kind: 'request-gone'; text: string }
  | { kind: 'not-supervisor'; text: string };

const DRAFT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export interface SupervisorServiceOptions {
  store: Store;
  settings: SupervisorSettings;
  /** SUPERVISOR_CONTACT: whom to ask when no supervisors' place is set. */
  contact: string | undefined;
  bot: Pick<Bot, 'guide'>;
  now: () => Date;
}

export function createSupervisorService(o: SupervisorServiceOptions) {
  const s = o.settings;
  const configured = supervisorsConfigured(s);
  const unavailable = (): PreviewResult => ({
    kind: 'supervisor-unavailable',
    text: noSupervisorsText(o.contact ?? null),
  });

  function previewOf(
    text: string,
    from: EscalationSource,
    draftId: string,
    problem: string | null,
  ): PreviewResult {
    const typed = text.trim();
    const { text: redacted, found } = redact(typed);
    const g = typed ? o.bot.guide.answer(typed) : null;
    const urgent = Boolean(g?.crisis) || (redacted ? detectCrisis(redacted).crisis : false);
    return {
      kind: 'supervisor-preview',
      problem,
      preview: {
        draftId,
        crisis: g?.crisis ?? null,
        heading: SUPERVISOR.previewHeading,
        note: typed ? SUPERVISOR.previewNote : SUPERVISOR.typeQuestion,
        text: redacted.trim().slice(0, MAX_QUESTION),
        redacted: found,
        urgent,
        from,
        anonymous: {
          allowed: s.anonymous,
          withName: SUPERVISOR.withName,
          anonymously: SUPERVISOR.anonymously,
          note: s.anonymous ? null : SUPERVISOR.anonymousNotAllowed,
        },
        labels: { edit: SUPERVISOR.editLabel, send: SUPERVISOR.send, cancel: SUPERVISOR.cancel },
      },
    };
  }

  const card = (r: StoredRequest, viewer?: { userId: string }) =>
    requestCard(r, viewer ? { viewer } : {});

  async function moved(
    id: string,
    who: Supervisor,
    move: SupervisorMove,
    change: (r: StoredRequest) => Promise<boolean>,
  ): Promise<MoveResult> {
    const before = await o.store.request(id);
    if (!before) return { kind: 'request-gone', text: SUPERVISOR.gone };
    const refused = refusal(before, move, who);
    const changed = refused === null && (await change(before));
    const after = await o.store.request(id);
    if (!after) return { kind: 'request-gone', text: SUPERVISOR.gone };
    // Lost a race (another supervisor or instance moved first): say what happened now.
    const why: Refusal | null = changed ? null : (refused ?? refusal(after, move, who));
    return {
      kind: 'request-card',
      card: card(after, who),
      notice: changed ? null : REFUSALS[why ?? 'already-closed'],
      changed,
    };
  }

  return {
    settings: s,
    /** A supervisors' place is set: asking sends; otherwise it says whom to ask. */
    configured,

    /** "Ask a supervisor" for a reply to `text` (null when not offered). */
    offer(text: string, g: Guidance): EscalationOffer | null {
      return escalationOffer(g, text, configured);
    },
    /** "Ask a supervisor" after "Not helpful". */
    notHelpfulOffer(): EscalationOffer | null {
      return notHelpfulOffer(configured);
    },

    /** The preview of what would be sent: nothing is stored. */
    preview(text: string, from: EscalationSource): PreviewResult {
      if (!configured) return unavailable();
      return previewOf(text.slice(0, 40_000), from, randomUUID(), null);
    },

    /** Send the confirmed question: redacted again, crisis checked again, stored once. */
    async send(input: SendInput, asker: Asker): Promise<SendResult> {
      if (!configured) return unavailable();
      const draftId = DRAFT_ID.test(input.draftId) ? input.draftId : randomUUID();
      const typed = input.text.trim();
      if (!typed) return previewOf('', input.from, draftId, SUPERVISOR.empty);
      if (typed.length > MAX_QUESTION)
        return previewOf(typed, input.from, draftId, SUPERVISOR.tooLong);
      const shown = previewOf(typed, input.from, draftId, null);
      if (shown.kind !== 'supervisor-preview') return shown;
      const p = shown.preview;
      // The protocol is shown before anything urgent is queued.
      if (p.crisis && !input.crisisShown) return shown;
      if (!p.text) return previewOf('', input.from, draftId, SUPERVISOR.empty);
      const anonymous = input.anonymous && s.anonymous;
      const g = o.bot.guide.answer(p.text);
      const guess = g.topic ?? g.choices[0] ?? g.alternatives[0] ?? null;
      const place = placeFor(s, asker.platform);
      if (!place) return unavailable();
      const now = o.now();
      await o.store.createRequest({
        id: draftId,
        text: p.text,
        urgent: p.urgent,
        topic: guess ? { id: guess.id, title: guess.title } : null,
        confidence: guess ? g.confidence : null,
        from: input.from,
        asker: {
          platform: asker.platform,
          userId: asker.userId,
          name: asker.name ?? null,
          reference: asker.reference ?? null,
        },
        anonymous,
        place,
        askedAt: now,
        remindAt:
          s.remindAfterHours > 0
            ? workingHoursAfter(now, s.remindAfterHours, s.workingHours)
            : null,
      });
      return {
        kind: 'supervisor-sent',
        requestId: draftId,
        crisis: p.crisis,
        text: SUPERVISOR.sent,
      };
    },

    /** Requests in a state, as cards, for a supervisor. */
    async list(state: RequestState, viewer: Supervisor): Promise<RequestCard[]> {
      return (await o.store.requests(state)).map((r) => card(r, viewer));
    },

    async card(id: string, viewer?: Supervisor): Promise<RequestCard | null> {
      const r = await o.store.request(id);
      return r ? card(r, viewer) : null;
    },

    claim(id: string, who: Supervisor): Promise<MoveResult> {
      return moved(id, who, 'claim', () =>
        o.store.claimRequest(id, { userId: who.userId, name: who.name ?? null }, o.now()),
      );
    },

    /** Answer (redacted before it is stored); the answer is queued for the asker once. */
    answer(id: string, who: Supervisor, text: string): Promise<MoveResult> {
      const answer = redact(text.trim()).text.trim().slice(0, MAX_ANSWER);
      if (!answer) return this.card(id, who).then((c) => refusedCard(c, SUPERVISOR.empty));
      return moved(id, who, 'answer', () =>
        o.store.answerRequest(id, { userId: who.userId, name: who.name ?? null }, answer, o.now()),
      );
    },

    close(id: string, who: Supervisor, reason: string): Promise<MoveResult> {
      const why = redact(reason.trim()).text.trim().slice(0, MAX_REASON) || SUPERVISOR.close;
      return moved(id, who, 'close', () =>
        o.store.closeRequest(id, { userId: who.userId, name: who.name ?? null }, why, o.now()),
      );
    },

    async remove(id: string): Promise<MoveResult> {
      return (await o.store.deleteRequest(id))
        ? { kind: 'request-deleted', requestId: id, text: SUPERVISOR.deleted }
        : { kind: 'request-gone', text: SUPERVISOR.gone };
    },

    /** "Helpful" on the delivered answer, by the asker only; counted once. */
    async helpful(
      id: string,
      asker: Asker,
    ): Promise<{ kind: 'request-helpful'; counted: boolean; text: string } | MoveResult> {
      const r = await o.store.request(id);
      if (r?.state !== 'answered') return { kind: 'request-gone', text: SUPERVISOR.gone };
      if (r.askerAddress.platform !== asker.platform || r.askerAddress.userId !== asker.userId)
        return { kind: 'not-supervisor', text: SUPERVISOR.notYours };
      const counted = await o.store.markRequestHelpful(id, asker);
      return { kind: 'request-helpful', counted, text: SUPERVISOR.thanks };
    },

    /** The answers waiting for this asker (the console's inbox), newest first. */
    async inbox(asker: Asker): Promise<AnswerOutline[]> {
      const rows = await o.store.answeredFor(asker);
      return rows.flatMap((r) =>
        r.answer ? [answerOutline({ ...r, answer: r.answer }, s.showAnswerer)] : [],
      );
    },

    /** The answer as the asker sees it (for a surface drawing it again). */
    async answerFor(id: string): Promise<AnswerOutline | null> {
      const r = await o.store.request(id);
      return r?.answer ? answerOutline({ ...r, answer: r.answer }, s.showAnswerer) : null;
    },
  };
}

function refusedCard(c: RequestCard | null, notice: string): MoveResult {
  return c
    ? { kind: 'request-card', card: c, notice, changed: false }
    : { kind: 'request-gone', text: SUPERVISOR.gone };
}

export type SupervisorService = ReturnType<typeof createSupervisorService>;
