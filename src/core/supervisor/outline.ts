// What each "Ask a supervisor" view holds, in order, for every surface: the asker's preview,
// the supervisors' card and the answer delivered back. Renderers turn these into Block Kit,
// Adaptive Cards or text and never add, drop or reorder a part; the words come from copy.ts.
import {
  answeredBy,
  claimedByText,
  closedText,
  confidenceText,
  STATE_LABELS,
  SUPERVISOR,
} from '../copy.ts';
import type { IdentifierKind } from '../safety/identifiers.ts';
import type { CrisisProtocol } from '../safety/protocol.ts';
import {
  type EscalationSource,
  type RequestState,
  refusal,
  type SupervisorMove,
  type SupervisorRequest,
} from './request.ts';

/** The longest question a request holds (a Slack button value and a card must carry it). */
export const MAX_QUESTION = 1_500;
export const MAX_ANSWER = 3_000;
export const MAX_REASON = 200;

/** The asker's preview: exactly what will be sent, editable, before anything is stored. */
export interface PreviewOutline {
  /** Sent back with Send: a replayed Send creates no second request. */
  draftId: string;
  /** The crisis protocol, when it fired on this text: shown first, before the form. */
  crisis: CrisisProtocol | null;
  heading: string;
  note: string;
  /** The question after redaction, for the edit box (empty: the person types one). */
  text: string;
  /** The kinds of identifier replaced (never the identifiers). */
  redacted: IdentifierKind[];
  /** The crisis check fired: the card will say urgent. */
  urgent: boolean;
  from: EscalationSource;
  /** The name-or-anonymous choice: `allowed` false means only "with my name" is offered. */
  anonymous: { allowed: boolean; withName: string; anonymously: string; note: string | null };
  labels: { edit: string; send: string; cancel: string };
}

/** A move a supervisor can make on a card, with its label. */
export interface CardButton {
  move: SupervisorMove;
  label: string;
}

/** The card in the supervisors' place (and the console's supervisor tab). */
export interface RequestCard {
  requestId: string;
  /** Urgent cards say so first. */
  urgent: string | null;
  heading: string;
  question: string;
  /** "Topic the bot guessed: Gifts (72% sure)". */
  topic: string;
  askedAt: string;
  askedLabel: string;
  /** null: anonymous (render `anonymousLabel`); otherwise who asked, for a mention. */
  asker: { platform: string; userId: string; name: string | null } | null;
  askerLabel: string;
  anonymousLabel: string;
  state: RequestState;
  stateLabel: string;
  /** "Claimed by Dana", when claimed. */
  claimed: string | null;
  /** The answer given, when answered. */
  answer: { label: string; text: string; by: string } | null;
  /** "Closed: duplicate", when closed without an answer. */
  closed: string | null;
  /** The moves still possible for a supervisor, in order; a surface shows them as buttons.
   * Permission is checked again on the click. */
  buttons: CardButton[];
}

/** The answer as the asker receives it, privately. */
export interface AnswerOutline {
  requestId: string;
  heading: string;
  questionLabel: string;
  question: string;
  answer: string;
  /** "Answered by a supervisor" or "Answered by Dana" (the agency's choice). */
  answeredBy: string;
  helpful: { label: string; done: boolean };
}

const MOVE_LABELS: Record<SupervisorMove, string> = {
  claim: SUPERVISOR.claim,
  answer: SUPERVISOR.answer,
  close: SUPERVISOR.close,
  delete: SUPERVISOR.delete,
  draft: SUPERVISOR.makeDraft,
};

/** What each state offers, before the per-person check on the click. */
const MOVES: Record<RequestState, SupervisorMove[]> = {
  open: ['claim', 'answer', 'close', 'delete'],
  claimed: ['answer', 'close', 'delete'],
  answered: ['draft', 'delete'],
  closed: ['delete'],
};

export function requestCard(
  r: SupervisorRequest,
  o: { reannounce?: boolean; viewer?: { userId: string } } = {},
): RequestCard {
  const moves = MOVES[r.state].filter((m) => !o.viewer || refusal(r, m, o.viewer) === null);
  return {
    requestId: r.id,
    urgent: r.urgent ? SUPERVISOR.urgent : null,
    heading: o.reannounce ? SUPERVISOR.reannounced : SUPERVISOR.cardHeading,
    question: r.text,
    topic: r.topic
      ? `${SUPERVISOR.topicGuess}: ${r.topic.title}${confidenceText(r.confidence)}`
      : SUPERVISOR.noTopic,
    askedAt: r.askedAt,
    askedLabel: SUPERVISOR.askedAt,
    asker: r.asker,
    askerLabel: SUPERVISOR.askedBy,
    anonymousLabel: SUPERVISOR.anonymous,
    state: r.state,
    stateLabel: STATE_LABELS[r.state],
    // Supervisors see each other's names: "others see who claimed it".
    claimed: r.claimedBy ? claimedByText(r.claimedBy.name ?? r.claimedBy.userId) : null,
    answer: r.answer
      ? {
          label: SUPERVISOR.answerLabel,
          text: r.answer.text,
          by: r.answer.by.name ?? r.answer.by.userId,
        }
      : null,
    closed: r.state === 'closed' && r.closeReason ? closedText(r.closeReason) : null,
    buttons: moves.map((move) => ({ move, label: MOVE_LABELS[move] })),
  };
}

export function answerOutline(
  r: SupervisorRequest & { answer: NonNullable<SupervisorRequest['answer']> },
  showAnswerer: 'role' | 'name',
): AnswerOutline {
  return {
    requestId: r.id,
    heading: SUPERVISOR.answerHeading,
    questionLabel: SUPERVISOR.yourQuestion,
    question: r.text,
    answer: r.answer.text,
    answeredBy: answeredBy(showAnswerer === 'name' ? r.answer.by.name : null),
    helpful: { label: SUPERVISOR.helpful, done: r.helpful },
  };
}
