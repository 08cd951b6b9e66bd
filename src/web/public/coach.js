// @ts-check
// The personal exam coach's views (core/coach/outline.ts) as console cards: a question with one
// button an option, the feedback after an answer (with the next practice question or the
// summary), readiness, the practice summary, and the erase confirmation. The words come from
// the server; this file only lays them out, in the outline's order.
import { h, LETTERS } from './dom.js';

/** @typedef {import('../../core/coach/outline.ts').CoachView} CoachView */
/** @typedef {import('../../core/coach/outline.ts').CoachAction} CoachAction */
/** @typedef {import('../../core/coach/outline.ts').QuestionCard} QuestionCard */
/** @typedef {import('../../core/coach/outline.ts').AnswerFeedback} AnswerFeedback */
/** @typedef {import('../../core/coach/outline.ts').ReadinessOutline} ReadinessOutline */
/** @typedef {import('../../core/coach/outline.ts').PracticeSummary} PracticeSummary */

/**
 * What the coach's buttons do (app.js): send a click, open a topic.
 * @typedef {object} CoachActions
 * @property {(action: CoachAction) => Promise<CoachView | null>} coach
 * @property {(id: string) => Promise<void>} topic
 */

/**
 * @param {CoachView} view
 * @param {CoachActions} act
 * @returns {HTMLElement}
 */
export function coachCard(view, act) {
  const card = h('div', { class: 'card coach', 'data-coach': view.kind });
  card.append(...coachParts(view, act, card));
  return card;
}

/**
 * @param {CoachView} view
 * @param {CoachActions} act
 * @param {HTMLElement} card the card, replaced in place after a click
 * @returns {HTMLElement[]}
 */
function coachParts(view, act, card) {
  /** @param {CoachAction} action */
  const click = async (action) => {
    for (const b of card.querySelectorAll('button')) b.disabled = true;
    const next = await act.coach(action);
    if (next) card.replaceChildren(...coachParts(next, act, card));
    else for (const b of card.querySelectorAll('button')) b.disabled = false;
  };
  switch (view.kind) {
    case 'notice':
      return [h('p', null, view.text)];
    case 'question':
      return [questionBlock(view.card, click)];
    case 'feedback':
      return [
        feedbackBlock(view.feedback, act),
        ...(view.next ? [questionBlock(view.next, click)] : []),
        ...(view.summary ? [summaryBlock(view.summary, act)] : []),
      ];
    case 'readiness':
      return [readinessBlock(view.readiness, act)];
    case 'summary':
      return [summaryBlock(view.summary, act)];
    case 'forget-confirm':
      return [
        h('p', null, view.text),
        h(
          'p',
          { class: 'coach-buttons' },
          h(
            'button',
            {
              type: 'button',
              class: 'danger',
              onclick: () => click({ kind: 'coach-forget', confirm: true }),
            },
            view.confirm,
          ),
          h(
            'button',
            { type: 'button', onclick: () => click({ kind: 'coach-forget', confirm: false }) },
            view.cancel,
          ),
        ),
      ];
  }
}

/**
 * @param {QuestionCard} q
 * @param {(action: CoachAction) => Promise<void>} click
 */
function questionBlock(q, click) {
  return h(
    'section',
    { class: 'coach-question' },
    h(
      'p',
      { class: 'quiz-kicker' },
      h('span', { class: 'badge' }, q.heading),
      h('span', null, q.area),
    ),
    q.progress && h('p', { class: 'coach-progress' }, q.progress),
    h('p', { class: 'scenario' }, q.scenario),
    h(
      'div',
      { class: 'options', role: 'group', 'aria-label': 'Answers' },
      q.options.map((text, i) =>
        h(
          'button',
          {
            type: 'button',
            class: 'option',
            'aria-label': `Answer ${LETTERS[i]}: ${text}`,
            onclick: () => click({ ...q.answer, choice: i }),
          },
          h('span', { class: 'letter', 'aria-hidden': 'true' }, LETTERS[i]),
          h('span', { class: 'option-text' }, text),
        ),
      ),
    ),
    q.end &&
      h(
        'p',
        { class: 'coach-buttons' },
        h(
          'button',
          { type: 'button', onclick: () => click(/** @type {CoachAction} */ (q.end?.action)) },
          q.end.label,
        ),
      ),
  );
}

/**
 * @param {AnswerFeedback} f
 * @param {CoachActions} act
 */
function feedbackBlock(f, act) {
  return h(
    'section',
    { class: `coach-feedback ${f.correct ? 'is-right' : 'is-wrong'}` },
    h('p', { class: 'verdict' }, h('strong', null, f.verdict)),
    h('p', null, `${f.chosen.label}: ${f.chosen.text}`),
    f.chosen.why && h('p', { class: 'why-not' }, f.chosen.why),
    !f.correct && h('p', null, `${f.right.label}: ${f.right.text}`),
    h('p', null, h('strong', null, `${f.explanation.label}: `), f.explanation.text),
    h(
      'p',
      { class: 'source' },
      `${f.source.label}: ${f.source.title}${f.source.section ? `, ${f.source.section}` : ''}`,
    ),
    f.next && h('p', null, f.next),
    h(
      'p',
      null,
      h(
        'button',
        { type: 'button', class: 'link', onclick: () => act.topic(f.guidance.topicId) },
        `${f.guidance.label}: ${f.guidance.title}`,
      ),
    ),
  );
}

/**
 * @param {ReadinessOutline} r
 * @param {CoachActions} act
 */
function readinessBlock(r, act) {
  /** @param {{ label: string, rows: { line: string }[] }} table */
  const rows = (table) =>
    table.rows.length
      ? [
          h('h4', null, table.label),
          h(
            'ul',
            null,
            table.rows.map((x) => h('li', null, x.line)),
          ),
        ]
      : [];
  return h(
    'section',
    { class: 'coach-readiness' },
    h('h3', null, r.heading),
    h('p', { class: 'note' }, r.note),
    h('p', null, r.plan),
    h(
      'dl',
      { class: 'coach-summary' },
      r.summary.map((s) => [h('dt', null, s.label), h('dd', null, s.value)]),
    ),
    r.empty && h('p', null, r.empty),
    r.empty ? [] : [...rows(r.areas), ...rows(r.topics)],
    r.review.items.length > 0 && [
      h('h4', null, r.review.label),
      h(
        'ul',
        null,
        r.review.items.map((x) =>
          h(
            'li',
            null,
            h(
              'button',
              { type: 'button', class: 'link', onclick: () => act.topic(x.topicId) },
              x.title,
            ),
            ` (${x.reason})`,
          ),
        ),
      ),
    ],
  );
}

/**
 * @param {PracticeSummary} s
 * @param {CoachActions} act
 */
function summaryBlock(s, act) {
  return h(
    'section',
    { class: 'coach-summary-block' },
    h('h3', null, s.heading),
    h('p', null, h('strong', null, s.score)),
    h('p', null, s.time),
    s.unanswered && h('p', null, s.unanswered),
    h('h4', null, s.areas.label),
    h(
      'ul',
      null,
      s.areas.lines.map((l) => h('li', null, l)),
    ),
    s.wrong.items.length > 0 && [
      h('h4', null, s.wrong.label),
      h(
        'ul',
        { class: 'coach-wrong' },
        s.wrong.items.map((w) =>
          h(
            'li',
            null,
            h('p', null, w.scenario),
            w.chosen && h('p', null, `${s.wrong.chosenLabel}: ${w.chosen}`, w.why && ` (${w.why})`),
            h('p', null, `${s.wrong.rightLabel}: ${w.right}`),
            h(
              'button',
              { type: 'button', class: 'link', onclick: () => act.topic(w.topicId) },
              w.topicTitle,
            ),
          ),
        ),
      ),
    ],
    h('p', { class: 'note' }, s.note),
  );
}
