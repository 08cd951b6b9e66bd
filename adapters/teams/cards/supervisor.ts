// "Ask a supervisor" as Adaptive Cards: the asker's confirmation form (the redacted question in
// an editable box, name or anonymous, Send / Cancel), the card in the supervisors' channel
// (Claim / Answer / Close, redrawn in place as the request moves), the answer and close forms,
// and the answer delivered in the asker's personal chat with "Helpful". What people typed (the
// question, the answer, the reason, names) is shown with `literal`, never as markdown.
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
import {
  actionSet,
  type Card,
  card,
  container,
  type Element,
  execute,
  heading,
  literal,
  text,
} from './elements.ts';
import { crisisSection } from './guidance.ts';

/** The verbs of the flow's Action.Execute buttons. */
export const SUP_VERB = {
  ask: 'sup-ask',
  send: 'sup-send',
  cancel: 'sup-cancel',
  claim: 'sup-claim',
  answerForm: 'sup-answer-form',
  closeForm: 'sup-close-form',
  answer: 'sup-answer',
  close: 'sup-close',
  view: 'sup-view',
  helpful: 'sup-helpful',
} as const;

/** The ids of the inputs: Teams merges their values into the action's data. */
export const SUP_INPUT = {
  question: 'question',
  identity: 'identity',
  answer: 'answer',
  reason: 'reason',
} as const;
export const IDENTITY = { name: 'name', anonymous: 'anonymous' } as const;

/** The longest question or answer a person may type (the core refuses longer). */
export const MAX_TYPED = 1_500;

export interface ConfirmInput {
  /** The question after redaction ("" when nothing was typed yet). */
  text: string;
  /** Shown first when the crisis check fired on the question. */
  crisis: CrisisProtocol | null;
  anonymousAllowed: boolean;
  /** Carried back with Send: ids the core needs (never text). */
  data: Record<string, unknown>;
  /** A word on what went wrong with the last try (empty, too long). */
  problem?: string | null;
}

export function confirmCard(c: ConfirmInput): Card {
  const body: Element[] = [];
  if (c.crisis) body.push(crisisSection(c.crisis));
  body.push(
    heading(SUPERVISOR.previewHeading),
    text(SUPERVISOR.previewNote, { isSubtle: true, size: 'Small' }),
  );
  if (c.problem) body.push(text(c.problem, { color: 'Attention', weight: 'Bolder' }));
  body.push({
    type: 'Input.Text',
    id: SUP_INPUT.question,
    label: SUPERVISOR.editLabel,
    isMultiline: true,
    maxLength: MAX_TYPED,
    placeholder: SUPERVISOR.typeQuestion,
    value: c.text.slice(0, MAX_TYPED),
    isRequired: true,
    errorMessage: SUPERVISOR.empty,
  });
  if (c.anonymousAllowed)
    body.push({
      type: 'Input.ChoiceSet',
      id: SUP_INPUT.identity,
      label: SUPERVISOR.askedBy,
      style: 'expanded',
      value: IDENTITY.name,
      choices: [
        { title: SUPERVISOR.withName, value: IDENTITY.name },
        { title: SUPERVISOR.anonymously, value: IDENTITY.anonymous },
      ],
    });
  else body.push(text(SUPERVISOR.anonymousNotAllowed, { isSubtle: true }));
  body.push(
    actionSet([
      { ...execute(SUPERVISOR.send, SUP_VERB.send, c.data), style: 'positive' },
      { ...execute(SUPERVISOR.cancel, SUP_VERB.cancel, {}), associatedInputs: 'none' },
    ]),
  );
  return card(body, {
    fallbackText: c.crisis ? `${c.crisis.title} ${c.crisis.steps[0] ?? ''}` : SUPERVISOR.askButton,
  });
}

/** A one-line card that replaces a form for the person who used it ("Sent", "Not sent"). */
export function doneCard(message: string): Card {
  return card([text(message)], { fallbackText: message });
}

/** Name (or the word for anonymous) of a person on a card. */
const who = (p: { name: string | null } | null) => p?.name || SUPERVISOR.anonymous;

/** The card in the supervisors' channel, as the request stands now. */
export function requestCard(r: SupervisorRequest, o: { reannounced?: boolean } = {}): Card {
  const body: Element[] = [];
  if (r.urgent)
    body.push(
      container([text(`🚨 ${SUPERVISOR.urgent}`, { weight: 'Bolder', size: 'Large' })], {
        style: 'attention',
        bleed: true,
      }),
    );
  body.push(
    heading(o.reannounced ? SUPERVISOR.reannounced : SUPERVISOR.cardHeading),
    literal(r.text),
    ...details(r),
    ...stateElements(r),
  );
  const buttons: Element[] = [];
  const data = { requestId: r.id };
  if (r.state === 'open') buttons.push(execute(SUPERVISOR.claim, SUP_VERB.claim, data));
  if (r.state === 'open' || r.state === 'claimed')
    buttons.push(
      execute(SUPERVISOR.answer, SUP_VERB.answerForm, data),
      execute(SUPERVISOR.close, SUP_VERB.closeForm, data),
    );
  if (buttons.length) body.push(actionSet(buttons));
  return card(body, {
    fallbackText: `${r.urgent ? `${SUPERVISOR.urgent}. ` : ''}${SUPERVISOR.cardHeading}`,
  });
}

function details(r: SupervisorRequest): Element[] {
  const topic = r.topic ? `${r.topic.title}${confidenceText(r.confidence)}` : SUPERVISOR.noTopic;
  // DATE and TIME are drawn in each reader's own time zone by Teams.
  const at = r.askedAt.replace(/\.\d+Z$/, 'Z');
  return [
    text(`${SUPERVISOR.topicGuess}: ${topic}`, {
      size: 'Small',
      isSubtle: true,
      spacing: 'Medium',
    }),
    text(`${SUPERVISOR.askedAt}: {{DATE(${at}, SHORT)}} {{TIME(${at})}}`, {
      size: 'Small',
      isSubtle: true,
      spacing: 'None',
    }),
    literal(`${SUPERVISOR.askedBy}: ${who(r.asker)}`, { size: 'Small', isSubtle: true }),
  ];
}

function stateElements(r: SupervisorRequest): Element[] {
  const note = (value: string) => literal(value, { weight: 'Bolder' });
  switch (r.state) {
    case 'open':
      return [text(STATE_LABELS.open, { weight: 'Bolder', spacing: 'Medium' })];
    case 'claimed':
      return [note(claimedByText(who(r.claimedBy)))];
    case 'answered':
      return [
        container(
          [
            literal(`${SUPERVISOR.answerLabel} (${who(r.answer?.by ?? null)})`, {
              weight: 'Bolder',
            }),
            literal(r.answer?.text ?? ''),
            text(STATE_LABELS.answered, { color: 'Good', weight: 'Bolder' }),
          ],
          { style: 'good', spacing: 'Medium' },
        ),
      ];
    case 'closed':
      return [note(closedText(r.closeReason ?? ''))];
  }
}

/** The request with a box to answer it, or to give the reason for closing it. Only the
 * supervisor who clicked sees it (it is the click's answer); Cancel goes back to the card. */
export function supervisorFormCard(kind: 'answer' | 'close', r: SupervisorRequest): Card {
  const c = requestCard(r);
  const body = c.body.filter((e) => e.type !== 'ActionSet');
  const answer = kind === 'answer';
  body.push(
    {
      type: 'Input.Text',
      id: answer ? SUP_INPUT.answer : SUP_INPUT.reason,
      label: answer ? SUPERVISOR.answerLabel : SUPERVISOR.closeReasonLabel,
      isMultiline: answer,
      maxLength: answer ? MAX_TYPED : 200,
      isRequired: true,
      errorMessage: SUPERVISOR.empty,
    },
    actionSet([
      {
        ...execute(
          answer ? SUPERVISOR.send : SUPERVISOR.close,
          answer ? SUP_VERB.answer : SUP_VERB.close,
          {
            requestId: r.id,
          },
        ),
        style: 'positive',
      },
      {
        ...execute(SUPERVISOR.cancel, SUP_VERB.view, { requestId: r.id }),
        associatedInputs: 'none',
      },
    ]),
  );
  return { ...c, body };
}

/** The answer, in the asker's personal chat, with "Helpful" until they click it. */
export function answerDeliveryCard(r: SupervisorRequest, answerer: string | null): Card {
  const body: Element[] = [
    heading(SUPERVISOR.answerHeading),
    text(SUPERVISOR.yourQuestion, { weight: 'Bolder', spacing: 'Medium' }),
    literal(r.text),
    literal(answeredBy(answerer), { weight: 'Bolder' }),
    literal(r.answer?.text ?? ''),
  ];
  if (r.helpful) body.push(text(SUPERVISOR.thanks, { isSubtle: true }));
  else body.push(actionSet([execute(SUPERVISOR.helpful, SUP_VERB.helpful, { requestId: r.id })]));
  return card(body, { fallbackText: SUPERVISOR.answerHeading });
}
