// "Ask a supervisor" as Adaptive Cards: the asker's confirmation form (the redacted question in
// an editable box, name or anonymous, Send / Cancel), the card in the supervisors' channel
// (its moves as buttons, redrawn in place as the request moves), the answer and close forms,
// and the answer delivered in the asker's personal chat with "Helpful". They map the core's
// outlines (core/supervisor/outline.ts) part by part. What people typed (the question, the
// answer, the reason, names) is shown with `literal`, never as markdown.
import { SUPERVISOR } from '../../../src/core/copy.ts';
import {
  type AnswerOutline,
  MAX_ANSWER,
  MAX_QUESTION,
  MAX_REASON,
  type PreviewOutline,
  type RequestCard,
} from '../../../src/core/supervisor/outline.ts';
import type { SupervisorMove } from '../../../src/core/supervisor/request.ts';
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
  delete: 'sup-delete',
  draft: 'sup-draft',
} as const;

/** The ids of the inputs: Teams merges their values into the action's data. */
export const SUP_INPUT = {
  question: 'question',
  identity: 'identity',
  answer: 'answer',
  reason: 'reason',
} as const;
export const IDENTITY = { name: 'name', anonymous: 'anonymous' } as const;

/** The preview's Send carries these back (ids and flags, never text) with the inputs. */
export function previewData(p: { draftId: string; from: string; crisis: unknown }) {
  return { draftId: p.draftId, from: p.from, crisisShown: p.crisis !== null };
}

/** The asker's preview: the protocol first when it fired, then exactly what will be sent.
 * Send carries `data` back (the draft id and where it was asked; never text) with the inputs. */
export function confirmCard(
  p: PreviewOutline,
  data: Record<string, unknown>,
  problem?: string,
): Card {
  const body: Element[] = [];
  if (p.crisis) body.push(crisisSection(p.crisis));
  body.push(heading(p.heading), text(p.note, { isSubtle: true, size: 'Small' }));
  if (problem) body.push(text(problem, { color: 'Attention', weight: 'Bolder' }));
  body.push({
    type: 'Input.Text',
    id: SUP_INPUT.question,
    label: p.labels.edit,
    isMultiline: true,
    maxLength: MAX_QUESTION,
    placeholder: SUPERVISOR.typeQuestion,
    value: p.text.slice(0, MAX_QUESTION),
    isRequired: true,
    errorMessage: SUPERVISOR.empty,
  });
  if (p.anonymous.allowed)
    body.push({
      type: 'Input.ChoiceSet',
      id: SUP_INPUT.identity,
      label: SUPERVISOR.askedBy,
      style: 'expanded',
      value: IDENTITY.name,
      choices: [
        { title: p.anonymous.withName, value: IDENTITY.name },
        { title: p.anonymous.anonymously, value: IDENTITY.anonymous },
      ],
    });
  if (p.anonymous.note) body.push(text(p.anonymous.note, { isSubtle: true }));
  body.push(
    actionSet([
      { ...execute(p.labels.send, SUP_VERB.send, data), style: 'positive' },
      { ...execute(p.labels.cancel, SUP_VERB.cancel, {}), associatedInputs: 'none' },
    ]),
  );
  return card(body, {
    fallbackText: p.crisis ? `${p.crisis.title} ${p.crisis.steps[0] ?? ''}` : p.heading,
  });
}

/** A one-line card that replaces a form for the person who used it ("Sent", "Not sent"). */
export function doneCard(message: string): Card {
  return card([text(message)], { fallbackText: message });
}

const MOVE_VERB: Record<SupervisorMove, string> = {
  claim: SUP_VERB.claim,
  answer: SUP_VERB.answerForm,
  close: SUP_VERB.closeForm,
  delete: SUP_VERB.delete,
  draft: SUP_VERB.draft,
};

/** The card in the supervisors' channel, as the request stands now (core's RequestCard). */
export function requestCard(c: RequestCard): Card {
  const body: Element[] = [];
  if (c.urgent)
    body.push(
      container([text(`🚨 ${c.urgent}`, { weight: 'Bolder', size: 'Large' })], {
        style: 'attention',
        bleed: true,
      }),
    );
  // DATE and TIME are drawn in each reader's own time zone by Teams.
  const at = c.askedAt.replace(/\.\d+Z$/, 'Z');
  body.push(
    heading(c.heading),
    literal(c.question),
    text(c.topic, { size: 'Small', isSubtle: true, spacing: 'Medium' }),
    text(`${c.askedLabel}: {{DATE(${at}, SHORT)}} {{TIME(${at})}}`, {
      size: 'Small',
      isSubtle: true,
      spacing: 'None',
    }),
    literal(`${c.askerLabel}: ${c.asker ? (c.asker.name ?? c.anonymousLabel) : c.anonymousLabel}`, {
      size: 'Small',
      isSubtle: true,
    }),
  );
  if (c.answer)
    body.push(
      container(
        [
          literal(`${c.answer.label} (${c.answer.by})`, { weight: 'Bolder' }),
          literal(c.answer.text),
        ],
        { style: 'good', spacing: 'Medium' },
      ),
    );
  body.push(literal(c.closed ?? c.claimed ?? c.stateLabel, { weight: 'Bolder' }));
  const data = { requestId: c.requestId };
  if (c.buttons.length)
    body.push(actionSet(c.buttons.map((b) => execute(b.label, MOVE_VERB[b.move], data))));
  return card(body, { fallbackText: `${c.urgent ? `${c.urgent}. ` : ''}${c.heading}` });
}

/** The request with a box to answer it, or to give the reason for closing it. Only the
 * supervisor who clicked sees it (it is the click's answer); Cancel goes back to the card. */
export function supervisorFormCard(kind: 'answer' | 'close', c: RequestCard): Card {
  const base = requestCard(c);
  const body = base.body.filter((e) => e.type !== 'ActionSet');
  const answer = kind === 'answer';
  const data = { requestId: c.requestId };
  body.push(
    {
      type: 'Input.Text',
      id: answer ? SUP_INPUT.answer : SUP_INPUT.reason,
      label: answer ? SUPERVISOR.answerLabel : SUPERVISOR.closeReasonLabel,
      isMultiline: answer,
      maxLength: answer ? MAX_ANSWER : MAX_REASON,
      isRequired: true,
      errorMessage: SUPERVISOR.empty,
    },
    actionSet([
      {
        ...execute(
          answer ? SUPERVISOR.send : SUPERVISOR.close,
          answer ? SUP_VERB.answer : SUP_VERB.close,
          data,
        ),
        style: 'positive',
      },
      { ...execute(SUPERVISOR.cancel, SUP_VERB.view, data), associatedInputs: 'none' },
    ]),
  );
  return { ...base, body };
}

/** The answer, in the asker's personal chat, with "Helpful" until they click it. */
export function answerDeliveryCard(a: AnswerOutline): Card {
  const body: Element[] = [
    heading(a.heading),
    text(a.questionLabel, { weight: 'Bolder', spacing: 'Medium' }),
    literal(a.question),
    literal(a.answeredBy, { weight: 'Bolder' }),
    literal(a.answer),
  ];
  if (a.helpful.done) body.push(text(SUPERVISOR.thanks, { isSubtle: true }));
  else
    body.push(actionSet([execute(a.helpful.label, SUP_VERB.helpful, { requestId: a.requestId })]));
  return card(body, { fallbackText: a.heading });
}

/** Cards at most in one list (Teams refuses a message over about 28 KB). */
export const LIST_MAX = 8;

/** `requests <state>` for a supervisor: each request's card, with its buttons. */
export function requestsCard(r: { state: string; cards: RequestCard[]; empty: string }): Card {
  if (!r.cards.length) return doneCard(r.empty);
  const shown = r.cards.slice(0, LIST_MAX);
  const body: Element[] = shown.map((c, i) =>
    container(requestCard(c).body, i ? { separator: true, spacing: 'Large' } : {}),
  );
  if (r.cards.length > shown.length)
    body.push(text(`+${r.cards.length - shown.length} (${r.state})`, { isSubtle: true }));
  return card(body, { fallbackText: `${r.cards.length} (${r.state})` });
}
