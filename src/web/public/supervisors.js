// @ts-check
// The supervisors' tab: opened with the supervisor key (kept in this page's memory only, sent
// in a header with every call), the requests by state as cards, and the moves on each card.
// The server checks the key on every call and the core decides each move; a card is drawn
// again from what the server answers.
import { getJson, postJson } from './api.js';
import { h } from './dom.js';
import { present } from './requests.js';

/** @typedef {import('../../core/supervisor/outline.ts').RequestCard} RequestCard */
/** @typedef {Awaited<ReturnType<typeof import('../requests-view.ts').supervisorsView>>} ListView */
/** @typedef {ListView['words']} Words */
/** @typedef {(body: Record<string, unknown>) => Promise<void>} After */

const keyForm = /** @type {HTMLFormElement} */ (document.getElementById('supervisor-key-form'));
const keyInput = /** @type {HTMLInputElement} */ (document.getElementById('supervisor-key'));
const nameInput = /** @type {HTMLInputElement} */ (document.getElementById('supervisor-name'));
const states = /** @type {HTMLElement} */ (document.getElementById('supervisor-states'));
const list = /** @type {HTMLElement} */ (document.getElementById('supervisor-list'));

let key = '';
let state = 'open';

const headers = () => ({ 'x-supervisor-key': key });

keyForm.addEventListener('submit', async (event) => {
  event.preventDefault();
  key = keyInput.value;
  await load();
});

/** Called when the tab opens. */
export function showSupervisors() {
  if (key) void load();
  else keyInput.focus();
}

async function load() {
  list.setAttribute('aria-busy', 'true');
  try {
    /** @type {ListView} */
    const view = await getJson(`requests?state=${state}`, headers());
    keyForm.hidden = true;
    keyInput.value = '';
    drawStates(view);
    list.replaceChildren(
      ...(view.cards.length
        ? view.cards.map((c) => requestCard(c, view.words))
        : [h('p', { class: 'muted' }, view.empty)]),
    );
  } catch (error) {
    // A wrong key shows nothing but the refusal; the form stays for another try.
    key = '';
    keyForm.hidden = false;
    states.hidden = true;
    list.replaceChildren(
      h('p', { class: 'error', role: 'alert' }, /** @type {Error} */ (error).message),
    );
  } finally {
    list.removeAttribute('aria-busy');
  }
}

/** @param {ListView} view */
function drawStates(view) {
  states.hidden = false;
  states.replaceChildren(
    ...view.states.map((s) =>
      h(
        'button',
        {
          type: 'button',
          class: 'chip',
          'aria-pressed': String(s.state === view.state),
          onclick: () => {
            state = s.state;
            void load();
          },
        },
        s.label,
      ),
    ),
  );
}

/**
 * A move on a card, with this supervisor's name; the server answers with the core's result.
 * @param {Record<string, unknown>} body
 */
async function move(body) {
  return postJson(
    'requests/move',
    { ...body, name: nameInput.value.trim() || undefined },
    headers(),
  );
}

/**
 * @param {RequestCard} c
 * @param {Words} words
 */
function requestCard(c, words) {
  const el = h('article', { class: 'card request-card', 'data-request': c.requestId });
  fill(el, c, words, null);
  return el;
}

/** @param {string} iso */
const when = (iso) => new Date(iso).toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' });

/**
 * Draws a card (again) from what the server sent, with a notice for a click that changed nothing.
 * @param {HTMLElement} el
 * @param {RequestCard} c
 * @param {Words} words
 * @param {string | null} notice
 */
function fill(el, c, words, notice) {
  const place = h('div', { class: 'move-form' });
  const status = h('p', { class: 'feedback-status', role: 'status' }, notice ?? '');
  /** @type {After} */
  const after = async (body) => {
    try {
      const result = await move(body);
      if (result.kind === 'request-card') fill(el, result.card, words, result.notice);
      else if (result.kind === 'request-answer-form') answerForm(el, result, words);
      else if (result.kind === 'request-deleted') el.replaceChildren(h('p', null, result.text));
      else if (result.kind === 'request-draft')
        status.textContent = [result.text, result.path, ...result.problems].join(' ');
      else status.textContent = result.text ?? '';
    } catch (error) {
      status.textContent = /** @type {Error} */ (error).message;
    }
  };
  const buttons = c.buttons.map((b) =>
    h(
      'button',
      {
        type: 'button',
        class: b.move === 'delete' ? 'ghost danger' : 'ghost',
        'data-move': b.move,
        onclick: () => {
          if (b.move === 'claim') return after({ move: 'claim', requestId: c.requestId });
          if (b.move === 'answer') return after({ move: 'answer-form', requestId: c.requestId });
          if (b.move === 'close') return closeForm(c, words, place, after);
          if (b.move === 'delete') return after({ move: 'delete', requestId: c.requestId });
          if (b.move === 'draft')
            return after({ move: 'draft', requestId: c.requestId, as: 'example' });
        },
      },
      b.label,
    ),
  );
  const asker = c.asker ? c.asker.name || words.noName : c.anonymousLabel;
  el.classList.toggle('is-urgent', Boolean(c.urgent));
  el.replaceChildren(
    ...present(
      c.urgent && h('p', { class: 'urgent', role: 'alert' }, `⚠ ${c.urgent}`),
      h(
        'p',
        { class: 'request-kicker' },
        h('span', { class: `badge state-${c.state}` }, c.stateLabel),
        h('span', null, c.heading),
      ),
      h('blockquote', { class: 'question' }, c.question),
      h(
        'ul',
        { class: 'request-facts' },
        h('li', null, c.topic),
        h('li', null, `${c.askedLabel}: `, h('time', { datetime: c.askedAt }, when(c.askedAt))),
        h('li', null, `${c.askerLabel}: ${asker}`),
        c.claimed && h('li', { class: 'claimed' }, c.claimed),
        c.closed && h('li', null, c.closed),
      ),
      c.answer &&
        h(
          'div',
          { class: 'given-answer' },
          h('p', { class: 'small' }, `${c.answer.label} (${c.answer.by})`),
          h('p', null, c.answer.text),
        ),
      buttons.length > 0 && h('div', { class: 'feedback' }, buttons),
      place,
      status,
    ),
  );
}

/**
 * @param {HTMLElement} el
 * @param {{ card: RequestCard, label: string }} result
 * @param {Words} words
 */
function answerForm(el, result, words) {
  const c = result.card;
  fill(el, c, words, null);
  const slot = /** @type {HTMLElement} */ (el.querySelector('.move-form'));
  const id = `answer-${c.requestId}`;
  const box = h('textarea', { id, rows: '5', maxlength: '3000', required: true });
  const form = h(
    'form',
    { class: 'preview-form' },
    h('label', { for: id, class: 'field-label' }, result.label),
    box,
    h(
      'div',
      { class: 'feedback' },
      h('button', { type: 'submit', class: 'primary' }, words.send),
      h(
        'button',
        { type: 'button', class: 'ghost', onclick: () => slot.replaceChildren() },
        words.cancel,
      ),
    ),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    for (const b of form.querySelectorAll('button')) b.disabled = true;
    try {
      const r = await move({ move: 'answer', requestId: c.requestId, text: box.value });
      if (r.kind === 'request-card') fill(el, r.card, words, r.notice);
    } catch (error) {
      for (const b of form.querySelectorAll('button')) b.disabled = false;
      slot.append(h('p', { class: 'error' }, /** @type {Error} */ (error).message));
    }
  });
  slot.replaceChildren(form);
  box.focus();
}

/**
 * @param {RequestCard} c
 * @param {Words} words
 * @param {HTMLElement} place
 * @param {After} after
 */
function closeForm(c, words, place, after) {
  const id = `reason-${c.requestId}`;
  const reason = h('input', { type: 'text', id, maxlength: '200', required: true });
  const form = h(
    'form',
    { class: 'preview-form' },
    h('label', { for: id, class: 'field-label' }, words.closeReason),
    reason,
    h(
      'div',
      { class: 'feedback' },
      h(
        'button',
        { type: 'submit', class: 'primary' },
        c.buttons.find((b) => b.move === 'close')?.label,
      ),
      h(
        'button',
        { type: 'button', class: 'ghost', onclick: () => place.replaceChildren() },
        words.cancel,
      ),
    ),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void after({ move: 'close', requestId: c.requestId, reason: reason.value });
  });
  place.replaceChildren(form);
  reason.focus();
}
