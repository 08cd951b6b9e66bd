// A question sent to the agency's supervisors, as the core sees it: its states, who may do
// what to it, and what a click may change. Pure: no database, no platform. The store keeps the
// same fields; the service in src/supervisor/ applies these rules with conditional updates so
// two instances (or a replayed click) cannot both win.

/** Where an "Ask a supervisor" started: the reply it was offered on, or typed directly. */
export type EscalationSource = 'miss' | 'low-confidence' | 'not-helpful' | 'choices' | 'command';

/** open: sent, nobody has it yet; claimed: a supervisor is on it; answered: the answer went
 * back (the request is closed); closed: closed with a reason, no answer. A deleted request is
 * gone from the store. The draft a person previews is never stored. */
export type RequestState = 'open' | 'claimed' | 'answered' | 'closed';
export const REQUEST_STATES: readonly RequestState[] = ['open', 'claimed', 'answered', 'closed'];

/** Who a person is on a surface: the platform's own user id, and a display name when known. */
export interface Person {
  platform: string;
  userId: string;
  /** The surface's display name, kept only when the asker chose to send with their name, and
   * for the supervisor who claimed or answered (shown when the agency shows names). */
  name?: string | null;
}

/** A stored request: the redacted, confirmed question only, never what was first typed. */
export interface SupervisorRequest {
  id: string;
  state: RequestState;
  /** The question after redaction, as the asker confirmed it. */
  text: string;
  /** The crisis check fired on the confirmed text: the card says urgent. */
  urgent: boolean;
  /** The topic the bot guessed for it, and how sure it was (null when none). */
  topic: { id: string; title: string } | null;
  confidence: number | null;
  from: EscalationSource;
  /** Null when sent anonymously (the asker's address is still kept to deliver the answer,
   * never shown). */
  asker: { platform: string; userId: string; name: string | null } | null;
  askedAt: string;
  claimedBy: { userId: string; name: string | null } | null;
  claimedAt: string | null;
  /** The answer, redacted, and who gave it. */
  answer: { text: string; by: { userId: string; name: string | null }; at: string } | null;
  closedAt: string | null;
  closeReason: string | null;
  /** The asker clicked "Helpful" on the answer. */
  helpful: boolean;
  /** The card was re-announced (at most once). */
  reannouncedAt: string | null;
}

/** What a supervisor may do to a request. */
export type SupervisorMove = 'claim' | 'answer' | 'close' | 'delete' | 'draft';

/** Why a move is refused: the request moved on, or someone else holds it. */
export type Refusal =
  | 'not-supervisor'
  | 'claimed-by-other'
  | 'already-answered'
  | 'already-closed'
  | 'not-answered';

/**
 * Whether `who` (a supervisor) may make `move` on `r` now. null: allowed. Claim: only while
 * open (a second claim by the same person is allowed and changes nothing). Answer and close:
 * while open, or claimed by this person. Delete: any supervisor, any state. Draft: answered.
 */
export function refusal(
  r: Pick<SupervisorRequest, 'state' | 'claimedBy'>,
  move: SupervisorMove,
  who: { userId: string },
): Refusal | null {
  if (move === 'delete') return null;
  if (move === 'draft') return r.state === 'answered' ? null : 'not-answered';
  if (r.state === 'answered') return 'already-answered';
  if (r.state === 'closed') return 'already-closed';
  if (r.state === 'claimed' && r.claimedBy?.userId !== who.userId) return 'claimed-by-other';
  return null;
}

/** The states `requests <state>` lists; "open" by default. */
export function parseState(word: string | undefined): RequestState | null {
  const w = (word ?? 'open').toLowerCase();
  return (REQUEST_STATES as readonly string[]).includes(w) ? (w as RequestState) : null;
}
