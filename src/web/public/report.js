// @ts-check
// The curator report tab: a date range, then counts per topic and per exam area. No person is
// identified in any of it; unanswered questions appear (redacted) only while collection is on.
import { getJson } from './api.js';
import { h } from './dom.js';

/** @typedef {import('../../report/report.ts').Report} Report */
/** @typedef {import('../../report/report.ts').QuizAccuracy} QuizAccuracy */
/** @typedef {import('./dom.js').Child} Child */

// The page's own elements (index.html): always there.
const form = /** @type {HTMLFormElement} */ (document.getElementById('report-form'));
const from = /** @type {HTMLInputElement} */ (document.getElementById('report-from'));
const to = /** @type {HTMLInputElement} */ (document.getElementById('report-to'));
const out = /** @type {HTMLElement} */ (document.getElementById('report'));
let loaded = false;

form.addEventListener('submit', (event) => {
  event.preventDefault();
  void load();
});

/** Called when the tab opens: the first time, the last 30 days (the server's default). */
export function showReport() {
  if (!loaded) void load();
}

async function load() {
  loaded = true;
  if (from.value && to.value && from.value > to.value) {
    out.replaceChildren(
      h('p', { class: 'error' }, 'The first day must not be after the last day.'),
    );
    return;
  }
  const query = new URLSearchParams();
  if (from.value) query.set('from', from.value);
  if (to.value) query.set('to', to.value);
  out.setAttribute('aria-busy', 'true');
  try {
    /** @type {Report} */
    const r = await getJson(`report?${query}`);
    from.value = r.range.firstDay;
    to.value = r.range.lastDay;
    out.replaceChildren(...render(r));
  } catch (error) {
    const problem = error instanceof Error ? error.message : String(error);
    out.replaceChildren(h('p', { class: 'error' }, problem));
  } finally {
    out.removeAttribute('aria-busy');
  }
}

/** @param {number | null | undefined} a */
const percent = (a) => (a === null || a === undefined ? '–' : `${Math.round(a * 100)}%`);

/** @param {Report} report */
function render(report) {
  const q = report.questions;
  return [
    h(
      'p',
      { class: 'report-range' },
      `${report.range.firstDay} to ${report.range.lastDay} (${report.range.zone}), both days included.`,
    ),
    h(
      'dl',
      { class: 'report-figures' },
      figure('Questions', q.total),
      figure('Answered with a topic', q.answered),
      figure('Not matched', q.noMatch),
      figure('Crisis protocol', q.crisis),
      figure('Quiz answers', report.quiz.answered),
      figure('Quiz accuracy', percent(report.quiz.accuracy)),
    ),
    section('Questions and feedback per topic', topicsTable(report)),
    section('Quiz accuracy per exam area', quizTable(report.quiz.byArea, 'Exam area')),
    section('Quiz accuracy per topic', quizTable(report.quiz.byTopic, 'Topic')),
    section('Unanswered questions', misses(report.misses)),
    section('Topics due for review', reviews(report.reviews)),
  ];
}

/**
 * @param {string} label
 * @param {string | number} value
 */
function figure(label, value) {
  return h('div', null, h('dt', null, label), h('dd', null, String(value)));
}

/**
 * @param {string} title
 * @param {Child} body
 */
function section(title, body) {
  return h('section', { class: 'report-section' }, h('h2', null, title), body);
}

/**
 * @param {string[]} head
 * @param {(string | number)[][]} rows
 * @param {string} empty
 */
function table(head, rows, empty) {
  if (!rows.length) return h('p', { class: 'muted' }, empty);
  const numeric = head.map((_, i) => i > 0);
  return h(
    'div',
    { class: 'table-wrap' },
    h(
      'table',
      null,
      h(
        'thead',
        null,
        h(
          'tr',
          null,
          head.map((c, i) => h('th', { scope: 'col', class: numeric[i] ? 'num' : null }, c)),
        ),
      ),
      h(
        'tbody',
        null,
        rows.map((row) =>
          h(
            'tr',
            null,
            row.map((cell, i) =>
              i === 0
                ? h('th', { scope: 'row' }, String(cell))
                : h('td', { class: 'num' }, String(cell)),
            ),
          ),
        ),
      ),
    ),
  );
}

// What is asked and whether it helped, side by side: a topic with feedback but no questions
// in the range still shows.
/** @param {Report} report */
function topicsTable(report) {
  /** @type {Map<string, { title: string, count: number, helpful: number, notHelpful: number }>} */
  const rows = new Map();
  for (const t of report.questions.byTopic)
    rows.set(t.topic, { title: t.title, count: t.count, helpful: 0, notHelpful: 0 });
  for (const f of report.feedback) {
    const row = rows.get(f.topic) ?? { title: f.title, count: 0, helpful: 0, notHelpful: 0 };
    row.helpful = f.helpful;
    row.notHelpful = f.notHelpful;
    rows.set(f.topic, row);
  }
  return table(
    ['Topic', 'Questions', 'Helpful', 'Not helpful'],
    [...rows.values()].map((x) => [x.title, x.count, x.helpful, x.notHelpful]),
    'No questions or feedback in this range.',
  );
}

/**
 * @param {QuizAccuracy[]} list
 * @param {string} label
 */
function quizTable(list, label) {
  return table(
    [label, 'Answered', 'Correct', 'Accuracy'],
    list.map((e) => [e.title, e.answered, e.correct, percent(e.accuracy)]),
    'No quiz answers in this range.',
  );
}

/** @param {Report['misses']} missed */
function misses(missed) {
  if (!missed.collected)
    return h(
      'p',
      { class: 'muted' },
      'Collection is off (COLLECT_MISSES=off): questions the bot could not answer are not kept.',
    );
  if (!missed.items.length) return h('p', { class: 'muted' }, 'None in this range.');
  return h(
    'div',
    null,
    h('p', { class: 'small muted' }, `${missed.total} in this range, identifiers removed.`),
    h(
      'ul',
      { class: 'report-list' },
      missed.items.map((x) => h('li', null, h('time', { datetime: x.at }, x.day), ' ', x.text)),
    ),
  );
}

// Topics whose last review is a year old or more: the knowledge stays true only if checked.
/** @param {Report['reviews']} review */
function reviews(review) {
  if (!review.due.length)
    return h(
      'p',
      { class: 'muted' },
      `All ${review.topics} topics reviewed in the last ${review.months} months.`,
    );
  return h(
    'div',
    null,
    h(
      'p',
      { class: 'small muted' },
      `Not reviewed in the last ${review.months} months, as of ${review.today}.`,
    ),
    table(
      ['Topic', 'Last reviewed', 'By'],
      review.due.map((d) => [d.title, d.reviewedOn, d.by]),
      '',
    ),
  );
}
