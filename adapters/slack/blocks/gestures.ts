// Asking in one gesture, in Block Kit: the private question box (global shortcut), the answer
// that replaces it (the outline as the guidance message draws it, protocol first), the guidance
// for a picked message (message shortcut), and the suggested questions of a first conversation
// (Messages tab, App Home). Words from core/copy.ts; ids and values never carry what was typed.
import type { types } from '@slack/bolt';
import type { ActionResult } from '../../../src/commands/actions.ts';
import {
  GESTURES,
  GREETING,
  HELP_INTRO,
  HOW_TO_ASK,
  NOT_A_RULEBOOK,
} from '../../../src/core/copy.ts';
import { ACTION, actionId, SUGGESTED } from '../ids.ts';
import { LIMITS } from '../limits.ts';
import { esc } from '../mrkdwn.ts';
import { guidanceMessage } from './guidance.ts';
import { COMMAND } from './help.ts';
import { actions, type Block, context, type Message, section, withinBlockLimit } from './kit.ts';
import { modal } from './supervisor.ts';

/** Callback ids: the shortcuts (as in manifest.json) and the two faces of the question box. */
export const SHORTCUT = {
  message: 'boundary_message_guidance',
  global: 'boundary_ask_privately',
} as const;
export const ASK_VIEW = { question: 'boundary-ask', answer: 'boundary-answer' } as const;
export const ASK_INPUT = { block: 'question', action: 'text' } as const;

type Answered = Extract<ActionResult, { kind: 'guidance' }>;

/** The private question box. */
export function askModal(): types.ModalView {
  return modal(
    ASK_VIEW.question,
    GESTURES.boxTitle,
    [
      {
        type: 'input',
        block_id: ASK_INPUT.block,
        label: { type: 'plain_text', text: GESTURES.boxLabel },
        hint: { type: 'plain_text', text: GESTURES.boxHint },
        element: {
          type: 'plain_text_input',
          action_id: ASK_INPUT.action,
          multiline: true,
          max_length: LIMITS.textInput,
        },
      },
    ],
    { submit: GESTURES.ask, close: GESTURES.close },
  );
}

/** The answer in the box: the outline (crisis protocol first), then "Send me this in a DM"
 * (the box and an ephemeral message vanish) and the supervisor route. */
export function answerModal(r: Answered): types.ModalView {
  const g = r.guidance;
  const msg = guidanceMessage(g, {
    privacyInline: true,
    share: false,
    topicsCommand: `${COMMAND} topics`,
    escalate: r.escalate,
    surface: 'view',
  });
  const offered = msg.blocks.some((b) =>
    b.type === 'actions'
      ? b.elements.some((e) => e.action_id?.startsWith(ACTION.askSupervisor))
      : false,
  );
  const route = !offered && r.route ? r.route : null;
  // Worth keeping: a topic, or the protocol. The copy is the box itself (see shortcuts.ts).
  const keep = g.topic !== null || g.crisis !== null;
  const buttons = [
    ...(keep
      ? [
          {
            text: `✉️ ${GESTURES.sendToDm}`,
            actionId: actionId(ACTION.sendToDm, 'answer'),
            value: 'answer',
          },
        ]
      : []),
    ...(route
      ? [
          {
            text: `🙋 ${route.label}`,
            actionId: actionId(ACTION.askSupervisor, route.from),
            value: `${route.from}|${route.draft}`,
          },
        ]
      : []),
  ];
  return modal(ASK_VIEW.answer, GESTURES.boxTitle, [...msg.blocks, ...actions(buttons)], {
    close: GESTURES.close,
  });
}

/** The guidance for a message someone picked: shown to them alone, its text never repeated. */
export function forMessage(r: Answered, o: { share: boolean }): Message {
  const crisis = r.guidance.crisis !== null;
  const msg = guidanceMessage(r.guidance, {
    privacyInline: true,
    privacyText: GESTURES.messagePrivacy,
    share: o.share && !crisis,
    topicsCommand: `${COMMAND} topics`,
    escalate: r.escalate,
  });
  // The protocol stays first; the note on whose eyes this is for follows it (or leads).
  const cut = crisis ? msg.blocks.findIndex((b) => b.type === 'divider') + 1 : 0;
  const note = context(`👁️ ${esc(GESTURES.forMessage)}`);
  return {
    text: msg.text,
    blocks: withinBlockLimit([...msg.blocks.slice(0, cut), note, ...msg.blocks.slice(cut)]),
  };
}

/** The answer box as a message for the person's DM: its blocks, without "Send me this". */
export function keptMessage(blocks: Block[]): Message {
  const kept = blocks.filter(
    (b) =>
      !(b.type === 'actions' && b.elements.some((e) => e.action_id?.startsWith(ACTION.sendToDm))),
  );
  const head = kept.find((b) => b.type === 'header');
  const text = head?.type === 'header' ? head.text.text : GESTURES.boxTitle;
  return { text: esc(text), blocks: withinBlockLimit(kept) };
}

/** The suggested questions as buttons: a click answers that question (its index travels). */
export function suggestedBlocks(): Block[] {
  return [
    section(`*${esc(GESTURES.tryAsking)}*`),
    ...actions(
      SUGGESTED.map((q, i) => ({
        text: q,
        actionId: actionId(ACTION.askExample, i),
        value: String(i),
      })),
    ),
  ];
}

/** The Messages tab, the first time it is opened: how to ask, and three questions to try. */
export function welcomeMessage(): Message {
  return {
    text: esc(`${GREETING} ${HOW_TO_ASK}`),
    blocks: [
      section(esc(`${GREETING} ${HELP_INTRO}`)),
      context(esc(NOT_A_RULEBOOK)),
      ...suggestedBlocks(),
    ],
  };
}
