// "Ask a supervisor" in Block Kit: the asker's confirmation modal, the card in the supervisors'
// channel (Claim / Answer / Close, redrawn in place as the request moves), the answer and close
// modals, and the answer delivered to the asker by DM with "Helpful". Only the redacted,
// confirmed question is ever drawn; the words come from core/copy.ts.
import {
  answeredBy,
  claimedByText,
  closedText,
  confidenceText,
  STATE_LABELS,
  SUPERVISOR,
} from '../../../src/core/copy.ts';
import type { CrisisProtocol } from '../../../src/core/safety/protocol.ts';
import type { SupervisorRequest } from '../../../src/core/supervisor/request.ts';
import { LIMITS } from '../limits.ts';
import { clip, esc, mention, plain } from '../mrkdwn.ts';
import { crisisBlocks } from './guidance.ts';
import {
  actions,
  type Block,
  type Button,
  context,
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

/** The longest question or answer a person may type in a modal (the core refuses longer). */
export const MAX_TYPED = 1_500;

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

const quote = (text: string) => esc(text);

/** What the asker confirms: the redacted question (editable), and who it is from. */
export interface ConfirmInput {
  /** The question after redaction ("" when they asked from a button with nothing typed). */
  text: string;
  /** Shown first when the crisis check fired on the question. */
  crisis: CrisisProtocol | null;
  /** The agency lets people send without their name. */
  anonymousAllowed: boolean;
  /** Carried through the modal untouched: ids the core needs back (never text). */
  metadata: string;
}

const radio = (value: string, text: string) => ({
  text: { type: 'plain_text', text: plain(text), emoji: true },
  value,
});

export function confirmModal(c: ConfirmInput): Record<string, unknown> {
  const blocks: Block[] = [];
  if (c.crisis) blocks.push(...crisisBlocks(c.crisis));
  blocks.push(
    section(`*${esc(SUPERVISOR.previewHeading)}*`),
    context(esc(SUPERVISOR.previewNote)),
    {
      type: 'input',
      block_id: INPUT.question.block,
      label: { type: 'plain_text', text: SUPERVISOR.editLabel },
      element: {
        type: 'plain_text_input',
        action_id: INPUT.question.action,
        multiline: true,
        max_length: MAX_TYPED,
        ...(c.text ? { initial_value: c.text.slice(0, MAX_TYPED) } : {}),
        placeholder: { type: 'plain_text', text: clip(SUPERVISOR.typeQuestion, 150) },
      },
    },
  );
  if (c.anonymousAllowed) {
    const withName = radio(IDENTITY.name, SUPERVISOR.withName);
    blocks.push({
      type: 'input',
      block_id: INPUT.identity.block,
      label: { type: 'plain_text', text: SUPERVISOR.askedBy },
      element: {
        type: 'radio_buttons',
        action_id: INPUT.identity.action,
        options: [withName, radio(IDENTITY.anonymous, SUPERVISOR.anonymously)],
        initial_option: withName,
      },
    });
  } else blocks.push(context(esc(SUPERVISOR.anonymousNotAllowed)));
  return modal(VIEW.confirm, SUPERVISOR.askButton, blocks, {
    submit: SUPERVISOR.send,
    close: SUPERVISOR.cancel,
    metadata: c.metadata,
  });
}

/** What the modal says once the question is sent (replaces the form). */
export function sentModal(text: string): Record<string, unknown> {
  return modal(VIEW.confirm, SUPERVISOR.askButton, [section(esc(text))], {
    close: SUPERVISOR.close,
  });
}

export function modal(
  callbackId: string,
  title: string,
  blocks: Block[],
  o: { submit?: string; close: string; metadata?: string },
): Record<string, unknown> {
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

/** A person on a card: the Slack mention for a Slack user, the name otherwise. */
const who = (p: { userId: string; name: string | null }, platform = 'slack') =>
  platform === 'slack' && /^[UW][A-Z0-9]+$/.test(p.userId)
    ? mention(p.userId)
    : esc(p.name ?? SUPERVISOR.anonymous);

/** The card in the supervisors' channel, as the request stands now. */
export function requestCard(r: SupervisorRequest, o: { reannounced?: boolean } = {}): Message {
  const blocks: Block[] = [];
  if (r.urgent) blocks.push(header(`🚨 ${SUPERVISOR.urgent}`));
  blocks.push(
    header(o.reannounced ? `⏰ ${SUPERVISOR.reannounced}` : `🙋 ${SUPERVISOR.cardHeading}`),
    ...paragraphs(quote(r.text)),
  );
  const topic = r.topic
    ? `${esc(r.topic.title)}${confidenceText(r.confidence)}`
    : esc(SUPERVISOR.noTopic);
  const from = r.asker ? who(r.asker, r.asker.platform) : esc(SUPERVISOR.anonymous);
  blocks.push(
    context(
      `*${esc(SUPERVISOR.topicGuess)}:* ${topic}`,
      `*${esc(SUPERVISOR.askedAt)}:* ${when(r.askedAt)}`,
      `*${esc(SUPERVISOR.askedBy)}:* ${from}`,
    ),
  );
  blocks.push(...stateBlocks(r));
  const buttons: Button[] = [];
  if (r.state === 'open')
    buttons.push({ text: SUPERVISOR.claim, actionId: SUP.claim, value: r.id, style: 'primary' });
  if (r.state === 'open' || r.state === 'claimed')
    buttons.push(
      { text: SUPERVISOR.answer, actionId: SUP.answer, value: r.id },
      { text: SUPERVISOR.close, actionId: SUP.close, value: r.id },
    );
  blocks.push(...actions(buttons));
  const lead = r.urgent ? `${SUPERVISOR.urgent}. ` : '';
  return {
    text: esc(`${lead}${SUPERVISOR.cardHeading} (${STATE_LABELS[r.state]})`),
    blocks: withinBlockLimit(blocks),
  };
}

function stateBlocks(r: SupervisorRequest): Block[] {
  switch (r.state) {
    case 'open':
      return [context(`*${esc(STATE_LABELS.open)}*`)];
    case 'claimed':
      return r.claimedBy ? [context(`✋ ${claimedByText(who(r.claimedBy))}`)] : [];
    case 'answered':
      if (!r.answer) return [context(`✅ *${esc(STATE_LABELS.answered)}*`)];
      return [
        section(`*${esc(SUPERVISOR.answerLabel)}* (${who(r.answer.by)})`),
        ...paragraphs(esc(r.answer.text)),
        context(`✅ *${esc(STATE_LABELS.answered)}*`),
      ];
    case 'closed':
      return [context(`🗂️ ${esc(closedText(r.closeReason ?? ''))}`)];
  }
}

/** The form a supervisor fills to answer (Answer) or to close with a reason (Close). */
export function supervisorFormModal(
  kind: 'answer' | 'close',
  r: SupervisorRequest,
  metadata: string,
): Record<string, unknown> {
  const input = kind === 'answer' ? INPUT.answer : INPUT.reason;
  return modal(
    kind === 'answer' ? VIEW.answer : VIEW.close,
    kind === 'answer' ? SUPERVISOR.answer : SUPERVISOR.close,
    [
      ...(r.urgent ? [section(`🚨 *${esc(SUPERVISOR.urgent)}*`)] : []),
      section(`*${esc(SUPERVISOR.yourQuestion)}*`),
      ...paragraphs(quote(r.text)),
      {
        type: 'input',
        block_id: input.block,
        label: {
          type: 'plain_text',
          text: kind === 'answer' ? SUPERVISOR.answerLabel : SUPERVISOR.closeReasonLabel,
        },
        element: {
          type: 'plain_text_input',
          action_id: input.action,
          multiline: kind === 'answer',
          max_length: kind === 'answer' ? MAX_TYPED : 200,
        },
      },
    ],
    {
      submit: kind === 'answer' ? SUPERVISOR.send : SUPERVISOR.close,
      close: SUPERVISOR.cancel,
      metadata,
    },
  );
}

/** The answer, delivered to the asker alone (their DM with the bot), with "Helpful". */
export function answerMessage(r: SupervisorRequest, answerer: string | null): Message {
  const answer = r.answer;
  const blocks: Block[] = [
    header(`💬 ${SUPERVISOR.answerHeading}`),
    section(`*${esc(SUPERVISOR.yourQuestion)}*`),
    ...paragraphs(quote(r.text)),
    section(`*${esc(answeredBy(answerer))}*`),
    ...paragraphs(esc(answer?.text ?? '')),
  ];
  if (!r.helpful)
    blocks.push(
      ...actions([{ text: `👍 ${SUPERVISOR.helpful}`, actionId: SUP.helpful, value: r.id }]),
    );
  else blocks.push(context(esc(SUPERVISOR.thanks)));
  return {
    text: esc(`${SUPERVISOR.answerHeading}: ${answeredBy(answerer)}`),
    blocks: withinBlockLimit(blocks),
  };
}

/** A short reply only the clicker sees (refusals, "Sent", "Deleted"). */
export const privateNote = (text: string): Message => ({
  text: esc(text),
  blocks: [section(esc(text))],
});
