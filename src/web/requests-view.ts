// "Ask a supervisor" as the console page shows it: the core's outlines passed through as JSON
// (src/core/supervisor/outline.ts), with the few words the page needs for its own controls,
// all from copy.ts. The page lays them out and adds nothing.
import { STATE_LABELS, SUPERVISOR } from '../core/copy.ts';
import type { PreviewOutline, RequestCard } from '../core/supervisor/outline.ts';
import { REQUEST_STATES, type RequestState } from '../core/supervisor/request.ts';
import type { Services } from '../services.ts';

/** The console has no accounts: a name goes with a question only if the person types one. */
export const CONSOLE_WORDS = {
  yourName: 'Your name, as your supervisors will see it (optional)',
  noName: 'no name given',
} as const;

/** The asker's preview, from a typed "ask a supervisor …" or a button. */
export interface SupervisorPreviewView {
  kind: 'supervisor-preview';
  preview: PreviewOutline;
  problem: string | null;
  words: typeof CONSOLE_WORDS;
}

export const previewView = (result: {
  preview: PreviewOutline;
  problem: string | null;
}): SupervisorPreviewView => ({
  kind: 'supervisor-preview',
  preview: result.preview,
  problem: result.problem,
  words: CONSOLE_WORDS,
});

/** The words of the supervisor tab's own controls. */
export const SUPERVISOR_TAB_WORDS = {
  closeReason: SUPERVISOR.closeReasonLabel,
  answerLabel: SUPERVISOR.answerLabel,
  send: SUPERVISOR.send,
  cancel: SUPERVISOR.cancel,
};

/** The answers to a person's own requests, newest first: their private inbox. */
export async function answersView(services: Services, platform: string, userId: string) {
  return { answers: await services.supervisors.inbox({ platform, userId }) };
}

/** The supervisor tab: the cards in one state, and the states as tabs. */
export async function supervisorsView(
  services: Services,
  state: RequestState,
  viewer: { platform: string; userId: string },
) {
  const cards: RequestCard[] = await services.supervisors.list(state, viewer);
  return {
    state,
    states: REQUEST_STATES.map((s) => ({ state: s, label: STATE_LABELS[s] })),
    cards,
    empty: SUPERVISOR.noRequests,
    words: { ...SUPERVISOR_TAB_WORDS, noName: CONSOLE_WORDS.noName },
  };
}
