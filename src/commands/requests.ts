// "requests [open|claimed|answered|closed]": the requests to supervisors in a state, as cards.
// Supervisors only: whether this person is one is asked of the surface.
import { SUPERVISOR } from '../core/copy.ts';
import type { RequestCard } from '../core/supervisor/outline.ts';
import { parseState, type RequestState } from '../core/supervisor/request.ts';
import { defineCommand, mistake } from './define.ts';

export type RequestsCommand = { kind: 'requests'; state: RequestState };

export type RequestsResult =
  | { kind: 'requests'; state: RequestState; cards: RequestCard[]; empty: string }
  | { kind: 'not-supervisor'; text: string };

export const requests = defineCommand<RequestsCommand, RequestsResult>({
  kind: 'requests',
  words: ['requests'],
  syntax: 'requests [open|claimed|answered|closed]',
  example: 'requests open',
  what: 'for supervisors: the questions sent to you, by state',
  parse: (args) => {
    if (args.length > 1) return mistake('"requests" takes one state at most.');
    const state = parseState(args[0]);
    return state
      ? { kind: 'requests', state }
      : mistake('The state is open, claimed, answered or closed.');
  },
  run: async (s, command, ctx) => {
    if (!(ctx.supervisor && (await ctx.supervisor())))
      return { kind: 'not-supervisor', text: SUPERVISOR.notSupervisor };
    const viewer = { platform: ctx.platform, userId: ctx.userId };
    const cards = await s.supervisors.list(command.state, viewer);
    return { kind: 'requests', state: command.state, cards, empty: SUPERVISOR.noRequests };
  },
});
