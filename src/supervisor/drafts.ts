// From an answered request, a curator's draft for the agency overlay: a new example question
// for an existing topic, or a new agency topic, written as YAML into the drafts folder (never
// into the base knowledge) and linted with the knowledge loader's own checks.
import type { Services } from '../services.ts';
import type { MoveResult, Supervisor } from './service.ts';

export type DraftResult =
  | { kind: 'request-draft'; path: string; problems: string[]; text: string }
  | MoveResult;

export async function writeDraft(
  _s: Services,
  _requestId: string,
  _as: 'example' | 'topic',
  _topicId: string | null,
  _who: Supervisor,
): Promise<DraftResult> {
  throw new Error('TODO: drafts');
}
