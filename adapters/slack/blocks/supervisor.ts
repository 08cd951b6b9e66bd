// "Ask a supervisor" in Block Kit: the asker's confirmation modal, the card in the supervisors'
// channel (Claim / Answer / Close, redrawn in place as the request moves), the answer and close
// modals, and the answer delivered to the asker by DM with "Helpful". Only the redacted,
// confirmed question is ever drawn; the words come from core/copy.ts.
import type { types } from '@slack/bolt';
import { SUPERVISOR } from '../../../src/core/copy.ts';
import type { CrisisProtocol } from '../../../src/core/safety/protocol.ts';
import {
  type AnswerOutline,
  type CardButton,
  MAX_ANSWER,
  MAX_QUESTION,
  MAX_REASON,
  type PreviewOutline,
  type RequestCard,
} from '../../../src/core/supervisor/outline.ts';
import type { SupervisorMove } from '../../../src/core/supervisor/request.ts';
import { LIMITS } from '../limits.ts';
import { clip, esc, mention, plain } from '../mrkdwn.ts';
import { crisisBlocks } from './guidance.ts';
import {
  actions,
  type Block,
  type Button,
  context,
  divider,
  header,
  type Message,
  section,
  withinBlockLimit,
} from './kit.ts';

/** Action ids of the buttons; the value is the request id (never text). */
export const SUP = {
  ask: 'sup-ask',
  claim: 'sup-claim',
  answer: 'sup-answer',
  close: 'sup-close',
  helpful: 'sup-helpful',
  delete: 'sup-delete',
  draft: 'sup-draft',
} as const;

/** Callback ids of the modals, and the ids of their inputs. */
export const VIEW = {
  confirm: 'sup-confirm',
  answer: 'sup-answer-form',
  close: 'sup-close-form',
} as const;
export const INPUT = {
  question: { block: 'question', action: 'text' },
  identity: { block: 'identity', action: 'choice' },
  answer: { block: 'answer', action: 'text' },
  reason: { block: 'reason', action: 'text' },
} as const;
export const IDENTITY = { name: 'name', anonymous: 'anonymous' } as const;

/** Long text in as many sections as it takes (a section holds 3,000 characters), cut between
 * words and never inside an entity, so a question near the limit is shown whole. */
export function paragraphs(mrkdwn: string, max: number = LIMITS.sectionText): Block[] {
  const parts: string[] = [];
  let rest = mrkdwn;
  while (rest.length > max) {
    let cut = rest.lastIndexOf(' ', max);
    if (cut < max / 2) cut = max;
    const amp = rest.lastIndexOf('&', cut);
    if (amp > cut - 6 && !rest.slice(amp, cut).includes(';')) cut = amp;
    parts.push(rest.slice(0, cut));
    rest = rest.slice(cut).trimStart();
  }
  if (rest) parts.push(rest);
  return parts.map((p) => section(p));
}

const radio = (value: string, text: string) => ({
  text: { type: 'plain_text' as const, text: plain(text), emoji: true },
  value,
});

/** The asker's preview as a modal: the protocol first when it fired, then exactly what will be
 * sent, in an editable box, and the name-or-anonymous choice when the agency allows it.
 * `metadata` rides along untouched (the draft id and where it was asked; never text). */
export function confirmModal(p: PreviewOutline, metadata: string): types.ModalView {
  const blocks: Block[] = [];
  if (p.crisis) blocks.push(...crisisBlocks(p.crisis));
  blocks.push(section(`*${esc(p.heading)}*`), context(esc(p.note)), {
    type: 'input',
    block_id: INPUT.question.block,
    label: { type: 'plain_text', text: plain(p.labels.edit) },
    element: {
      type: 'plain_text_input',
      action_id: INPUT.question.action,
      multiline: true,
      max_length: MAX_QUESTION,
      ...(p.text ? { initial_value: p.text.slice(0, MAX_QUESTION) } : {}),
    },
  });
  if (p.anonymous.allowed) {
    const withName = radio(IDENTITY.name, p.anonymous.withName);
    blocks.push({
      type: 'input',
      block_id: INPUT.identity.block,
      label: { type: 'plain_text', text: plain(SUPERVISOR.askedBy) },
      element: {
        type: 'radio_buttons',
        action_id: INPUT.identity.action,
        options: [withName, radio(IDENTITY.anonymous, p.anonymous.anonymously)],
        initial_option: withName,
      },
    });
  }
  if (p.anonymous.note) blocks.push(context(esc(p.anonymous.note)));
  return modal(VIEW.confirm, SUPERVISOR.askButton, blocks, {
    submit: p.labels.send,
    close: p.labels.cancel,
    metadata,
  });
}

/** What the modal says once the question is sent (replaces the form): the protocol first
 * when it fired on the question. */
export function sentModal(text: string, crisis: CrisisProtocol | null): types.ModalView {
  return modal(
    VIEW.confirm,
    SUPERVISOR.askButton,
    [...(crisis ? crisisBlocks(crisis) : []), section(`✅ ${esc(text)}`)],
    { close: SUPERVISOR.close },
  );
}

export function modal(
  callbackId: string,
  title: string,
  blocks: Block[],
  o: { submit?: string; close: string; metadata?: string },
): types.ModalView {
  return {
    type: 'modal',
    callback_id: callbackId,
    title: { type: 'plain_text', text: clip(plain(title), LIMITS.modalTitle) },
    ...(o.submit
      ? { submit: { type: 'plain_text', text: clip(o.submit, LIMITS.modalButton) } }
      : {}),
    close: { type: 'plain_text', text: clip(o.close, LIMITS.modalButton) },
    ...(o.metadata ? { private_metadata: o.metadata } : {}),
    blocks: withinBlockLimit(blocks, LIMITS.viewBlocks),
  };
}

const when = (iso: string) => {
  const seconds = Math.floor(new Date(iso).getTime() / 1000);
  // Slack shows it in each reader's own time zone; the fallback is UTC.
  return `<!date^${seconds}^{date_short_pretty} {time}|${iso.slice(0, 16).replace('T', ' ')} UTC>`;
};

/** Who asked: a Slack asker as a mention (Slack draws the name), anyone else by name. */
function asker(c: RequestCard): string {
  const a = c.asker;
  if (!a) return esc(c.anonymousLabel);
  if (a.platform === 'slack' && /^[UW][A-Z0-9]+$/.test(a.userId)) return mention(a.userId);
  return esc(a.name ?? c.anonymousLabel);
}

/** A move on the card as a button: its value is the request id, nothing else. */
const MOVE_ACTION: Record<SupervisorMove, string> = {
  claim: SUP.claim,
  answer: SUP.answer,
  close: SUP.close,
  delete: SUP.delete,
  draft: SUP.draft,
};

function moveButton(c: RequestCard, b: CardButton): Button {
  const button: Button = { text: b.label, actionId: MOVE_ACTION[b.move], value: c.requestId };
  if (b.move === 'claim') button.style = 'primary';
  if (b.move === 'delete') button.style = 'danger';
  return button;
}

/** The card in the supervisors' channel, as the request stands now (core's RequestCard). */
export function requestCard(c: RequestCard): Message {
  const blocks: Block[] = [];
  if (c.urgent) blocks.push(header(`🚨 ${c.urgent}`));
  blocks.push(header(c.heading), ...paragraphs(esc(c.question)));
  blocks.push(
    context(
      esc(c.topic),
      `*${esc(c.askedLabel)}:* ${when(c.askedAt)}`,
      `*${esc(c.askerLabel)}:* ${asker(c)}`,
    ),
  );
  if (c.answer)
    blocks.push(
      section(`*${esc(c.answer.label)}* (${esc(c.answer.by)})`),
      ...paragraphs(esc(c.answer.text)),
    );
  const status = c.closed ?? c.claimed ?? c.stateLabel;
  blocks.push(
    context(`*${esc(c.stateLabel)}*${status === c.stateLabel ? '' : ` · ${esc(status)}`}`),
  );
  blocks.push(...actions(c.buttons.map((b) => moveButton(c, b))));
  return {
    text: esc(`${c.urgent ? `${c.urgent}. ` : ''}${c.heading} (${c.stateLabel})`),
    blocks: withinBlockLimit(blocks),
  };
}

/** The form a supervisor fills to answer (Answer) or to give the reason (Close). */
export function supervisorFormModal(
  kind: 'answer' | 'close',
  c: RequestCard,
  metadata: string,
): types.ModalView {
  const answer = kind === 'answer';
  const input = answer ? INPUT.answer : INPUT.reason;
  return modal(
    answer ? VIEW.answer : VIEW.close,
    answer ? SUPERVISOR.answer : SUPERVISOR.close,
    [
      ...(c.urgent ? [section(`🚨 *${esc(c.urgent)}*`)] : []),
      section(`*${esc(c.heading)}*`),
      ...paragraphs(esc(c.question)),
      {
        type: 'input',
        block_id: input.block,
        label: {
          type: 'plain_text',
          text: answer ? SUPERVISOR.answerLabel : SUPERVISOR.closeReasonLabel,
        },
        element: {
          type: 'plain_text_input',
          action_id: input.action,
          multiline: answer,
          max_length: answer ? MAX_ANSWER : MAX_REASON,
        },
      },
    ],
    { submit: answer ? SUPERVISOR.send : SUPERVISOR.close, close: SUPERVISOR.cancel, metadata },
  );
}

/** The answer, delivered to the asker alone (their DM with the bot), with "Helpful". */
export function answerMessage(a: AnswerOutline): Message {
  const blocks: Block[] = [
    header(`💬 ${a.heading}`),
    section(`*${esc(a.questionLabel)}*`),
    ...paragraphs(esc(a.question)),
    section(`*${esc(a.answeredBy)}*`),
    ...paragraphs(esc(a.answer)),
  ];
  if (a.helpful.done) blocks.push(context(esc(SUPERVISOR.thanks)));
  else
    blocks.push(
      ...actions([{ text: `👍 ${a.helpful.label}`, actionId: SUP.helpful, value: a.requestId }]),
    );
  return { text: esc(`${a.heading}: ${a.answeredBy}`), blocks: withinBlockLimit(blocks) };
}

/** A short reply only the clicker sees (refusals, "Sent", "Deleted"). */
export const privateNote = (text: string): Message => ({
  text: esc(text),
  blocks: [section(esc(text))],
});

/** A preview in a conversation (a mention or DM has no trigger to open a modal with): the
 * protocol first when it fired, then a button that opens the preview for the person. */
export function previewMessage(p: PreviewOutline): Message {
  const blocks: Block[] = [];
  if (p.crisis) blocks.push(...crisisBlocks(p.crisis));
  blocks.push(
    section(`*${esc(p.heading)}*`),
    ...(p.text ? paragraphs(esc(p.text)) : []),
    ...actions([
      {
        text: `🙋 ${SUPERVISOR.askButton}`,
        actionId: `${SUP.ask}:${p.from}`,
        value: `${p.from}|${p.text}`,
        style: 'primary',
      },
    ]),
  );
  return {
    text: p.crisis ? esc(`${p.crisis.title} ${p.crisis.steps[0] ?? ''}`) : esc(p.heading),
    blocks: withinBlockLimit(blocks),
  };
}

/** Cards at most in one list message (each is several blocks; a message holds 50). */
export const LIST_MAX = 5;

/** `requests <state>` for a supervisor: the cards, each with its buttons, newest last. */
export function requestsMessage(r: {
  state: string;
  cards: RequestCard[];
  empty: string;
}): Message {
  if (!r.cards.length) return privateNote(r.empty);
  const shown = r.cards.slice(0, LIST_MAX);
  const blocks: Block[] = shown.flatMap((c, i) => [
    ...(i ? [divider()] : []),
    ...requestCard(c).blocks,
  ]);
  if (r.cards.length > shown.length)
    blocks.push(context(esc(`+${r.cards.length - shown.length} (${r.state})`)));
  return { text: esc(`${r.cards.length} (${r.state})`), blocks: withinBlockLimit(blocks) };
}
