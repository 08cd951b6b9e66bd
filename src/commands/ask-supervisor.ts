// "ask a supervisor [question]": the preview of what would go to the agency's supervisors
// (redacted, editable, name or anonymous). Nothing is sent or stored until Send.
import type { PreviewResult } from '../supervisor/service.ts';
import { defineCommand } from './define.ts';

export type AskSupervisorCommand = { kind: 'ask-supervisor'; text: string };

export const askSupervisor = defineCommand<AskSupervisorCommand, PreviewResult>({
  kind: 'ask-supervisor',
  words: ['ask', 'a', 'supervisor'],
  syntax: 'ask a supervisor [your question]',
  example: 'ask a supervisor can I drive a client to an appointment in my own car?',
  what: "send a question to your agency's supervisors (you see it first)",
  parse: (_args, rest) => ({ kind: 'ask-supervisor', text: rest }),
  run: (s, command) => s.supervisors.preview(command.text, 'command'),
});
