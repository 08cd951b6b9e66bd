// @ts-check
// "Ask a supervisor" for the person at the console: the preview of exactly what will be sent
// (editable, name or anonymous, Send / Cancel), and the answers that come back privately.
// Everything shown comes from the server's outline, in its order; this file only lays it out.
import { getJson, postJson } from './api.js';
import { crisisBlock } from './cards.js';
import { h } from './dom.js';

/** @typedef {import('../../core/supervisor/offer.ts').EscalationOffer} EscalationOffer */
/** @typedef {import('../../core/supervisor/outline.ts').AnswerOutline} AnswerOutline */
/** @typedef {import('../requests-view.ts').SupervisorPreviewView} PreviewView */
/** @typedef {import('./cards.js').Actions} Actions */
/** @typedef {import('./dom.js').Child} Child */

/**
 * The nodes given, without the absent ones (replaceChildren would write "null").
 * @param {...(Node | null | undefined | false | '')} nodes
 * @returns {Node[]}
 */
export const present = (...nodes) => /** @type {Node[]} */ (nodes.filter(Boolean));

/**
 * The "Ask a supervisor" button for an offer ({ from, label, draft }) on a reply.
 * @param {EscalationOffer} offer
 * @param {Actions} act
 */
export function askSupervisorButton(offer, act) {
  return h(
    'button',
    { type: 'button', class: 'ghost ask-supervisor', onclick: () => act.askSupervisor(offer) },
    offer.label,
  );
}

/** The preview card. `view` is { preview, problem, words }; the card replaces itself in place
 * with the next step (the preview again, sent, or not sent).
 * @param {PreviewView} view
 * @param {Actions} act
 */
export function previewCard(view, act) {
  const card = h('div', { class: 'card supervisor-preview' });
  draw(card, view, view.words, act);
  return card;
}

/**
 * @param {HTMLElement} card
 * @param {Pick<PreviewView, 'preview' | 'problem'>} view
 * @param {PreviewView['words']} words
 * @param {Actions} act
 */
function draw(card, view, words, act) {
  const p = view.preview;
  const id = `q-${p.draftId}`;
  const box = h('textarea', { id, class: 'question-box', rows: '4', maxlength: '1500' });
  box.value = p.text;
  const name = h('input', {
    type: 'text',
    id: `n-${p.draftId}`,
    maxlength: '60',
    autocomplete: 'name',
  });
  name.value = act.name ?? '';
  /** @type {(value: string, label: string, checked: boolean) => HTMLLabelElement} */
  const radio = (value, label, checked) =>
    h(
      'label',
      { class: 'choice' },
      h('input', { type: 'radio', name: `who-${p.draftId}`, value, checked }),
      ` ${label}`,
    );
  const withName = radio('name', p.anonymous.withName, !p.anonymous.allowed);
  const nameField = h('label', { class: 'name-field' }, `${words.yourName} `, name);
  const status = h('p', { class: 'feedback-status', role: 'status' });
  const anonymous = () =>
    p.anonymous.allowed &&
    /** @type {HTMLInputElement | null} */ (
      card.querySelector(`input[name="who-${p.draftId}"]:checked`)
    )?.value === 'anon';
  const send = h('button', { type: 'submit', class: 'primary' }, p.labels.send);
  const cancel = h('button', { type: 'button', class: 'ghost' }, p.labels.cancel);
  const form = h(
    'form',
    { class: 'preview-form' },
    h('label', { for: id, class: 'field-label' }, p.labels.edit),
    box,
    h(
      'fieldset',
      { class: 'who' },
      p.anonymous.allowed
        ? [withName, radio('anon', p.anonymous.anonymously, true)]
        : [withName, h('p', { class: 'small' }, p.anonymous.note)],
    ),
    nameField,
    h('div', { class: 'feedback' }, send, cancel),
    status,
  );
  const showName = () => {
    nameField.hidden = anonymous();
  };
  for (const r of form.querySelectorAll('input[type="radio"]'))
    r.addEventListener('change', showName);
  showName();
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    send.disabled = cancel.disabled = true;
    act.name = name.value.trim();
    try {
      const result = await postJson('supervisor/send', {
        draftId: p.draftId,
        text: box.value,
        anonymous: anonymous(),
        from: p.from,
        // Send from a preview that showed the protocol says so; otherwise the server shows it.
        crisisShown: Boolean(p.crisis),
        name: anonymous() ? undefined : act.name || undefined,
      });
      if (result.kind === 'supervisor-preview') draw(card, result, words, act);
      else if (result.kind === 'supervisor-sent') {
        card.replaceChildren(
          ...present(
            result.crisis && crisisBlock(result.crisis),
            h('p', { class: 'sent' }, result.text),
          ),
        );
      } else card.replaceChildren(h('p', { class: 'notice' }, result.text));
    } catch (error) {
      send.disabled = cancel.disabled = false;
      status.textContent = /** @type {Error} */ (error).message;
    }
  });
  cancel.addEventListener('click', async () => {
    send.disabled = cancel.disabled = true;
    const result = await postJson('supervisor/cancel', {}).catch((error) => ({
      text: error.message,
    }));
    card.replaceChildren(h('p', { class: 'notice' }, result.text));
  });
  card.replaceChildren(
    ...present(
      // The crisis protocol first, before the form: nothing urgent is queued unseen.
      p.crisis && crisisBlock(p.crisis),
      h('h3', null, p.heading),
      h('p', { class: 'small' }, p.note),
      view.problem && h('p', { class: 'error', role: 'alert' }, view.problem),
      form,
    ),
  );
}

/**
 * A supervisor's answer, delivered privately, with "Helpful".
 * @param {AnswerOutline} a
 */
export function answerCard(a) {
  const status = h('span', { class: 'feedback-status', role: 'status' });
  const helpful = h(
    'button',
    { type: 'button', class: 'ghost', 'aria-pressed': String(a.helpful.done) },
    a.helpful.label,
  );
  helpful.disabled = a.helpful.done;
  helpful.addEventListener('click', async () => {
    helpful.disabled = true;
    try {
      const result = await postJson('supervisor/helpful', { requestId: a.requestId });
      helpful.setAttribute('aria-pressed', 'true');
      status.textContent = result.text;
    } catch (error) {
      helpful.disabled = false;
      status.textContent = /** @type {Error} */ (error).message;
    }
  });
  return h(
    'div',
    { class: 'card supervisor-answer', 'data-request': a.requestId },
    h('h3', null, a.heading),
    h('p', { class: 'small' }, a.questionLabel),
    h('blockquote', { class: 'question' }, a.question),
    h('p', { class: 'answer' }, a.answer),
    h('p', { class: 'small answered-by' }, a.answeredBy),
    h('div', { class: 'feedback' }, helpful, status),
  );
}

/**
 * The asker's inbox: answers appear once each, now and whenever one arrives.
 * @param {(answer: AnswerOutline) => void} show
 */
export function watchAnswers(show, everyMs = 3_000) {
  const seen = new Set();
  const check = async () => {
    if (document.hidden) return;
    /** @type {{ answers: AnswerOutline[] }} */
    const { answers } = await getJson('supervisor/answers').catch(() => ({ answers: [] }));
    for (const a of [...answers].reverse()) {
      if (seen.has(a.requestId)) continue;
      seen.add(a.requestId);
      show(a);
    }
  };
  void check();
  setInterval(check, everyMs);
  document.addEventListener('visibilitychange', check);
}
