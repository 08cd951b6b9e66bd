// @ts-check
// The bot's replies as cards. `act` carries what the buttons do (see app.js).

import { coachCard } from './coach.js';
import { append, h, LETTERS, plural } from './dom.js';
import { askSupervisorButton, previewCard } from './requests.js';

/** @typedef {import('../view.ts').View} View */
/** @typedef {import('../view.ts').GuidanceView} GuidanceView */
/** @typedef {import('../view.ts').QuizView} QuizView */
/** @typedef {import('../view.ts').GradedView} GradedView */
/** @typedef {import('../../core/outline.ts').Section} Section */
/** @typedef {import('../../core/outline.ts').MoreSection} MoreSection */
/** @typedef {import('../../core/guidance.ts').TopicRef} TopicRef */
/** @typedef {import('../../core/safety/protocol.ts').CrisisProtocol} CrisisProtocol */
/** @typedef {import('./dom.js').Child} Child */
/** @typedef {import('../../core/supervisor/offer.ts').EscalationOffer} EscalationOffer */

/**
 * What the buttons on the cards do (app.js); null where a card offers no buttons.
 * @typedef {object} Actions
 * @property {(text: string) => void} ask
 * @property {(text: string) => void} fill
 * @property {(id: string) => Promise<void>} topic
 * @property {(id: string) => Promise<void>} share
 * @property {(id: string, helpful: boolean) => Promise<{ askSupervisor?: EscalationOffer }>} feedback
 * @property {(quizId: string, choice: number) => Promise<{ graded: GradedView, answers: number }>} answer
 * @property {(offer: EscalationOffer) => Promise<void>} askSupervisor
 * @property {(action: import('../../core/coach/outline.ts').CoachAction) => Promise<import('../../core/coach/outline.ts').CoachView | null>} coach
 * @property {string} name the name typed in a supervisor preview (this page only)
 */

/**
 * Today's card as the server sends it: the person's own result when they answered.
 * @typedef {object} QuizState
 * @property {GradedView | null} mine
 * @property {{ topicTitle: string, correct: number, total: number } | null} previous
 */

/**
 * @param {View} view
 * @param {Actions} act
 */
export function viewCard(view, act) {
  switch (view.kind) {
    case 'guidance':
      return guidanceCard(view, act);
    case 'topics':
      return topicsCard(view, act);
    case 'quiz':
      return quizCard(view.quiz, null, act);
    case 'usage':
      return usageCard(view, act);
    case 'supervisor-preview':
      return previewCard(view, act);
    case 'coach':
      return coachCard(view.view, act);
    default:
      return noticeCard(view);
  }
}

// The reply's outline comes from the server with its words (core/outline.ts): this file only
// lays each section out, in the order given. The topic's parts are grouped in one <section>.
const TOPIC_PARTS = new Set(['heading', 'answer', 'steps', 'reflection', 'more']);

/**
 * @param {GuidanceView} view
 * @param {Actions | null} act
 */
export function guidanceCard(view, act) {
  const more = view.sections.find((s) => s.kind === 'more');
  /** @type {Child[]} */
  const out = [];
  /** @type {HTMLElement | null} */
  let topic = null;
  for (const s of view.sections) {
    if (TOPIC_PARTS.has(s.kind)) {
      if (!topic) {
        topic = h('section', { class: 'topic' });
        out.push(topic);
      }
      append(topic, sectionNodes(s, act, view));
    } else out.push(sectionNodes(s, act, view));
  }
  return h(
    'div',
    { class: 'card guidance' },
    out,
    more && act && feedbackRow({ id: more.topicId }, view.buttons, act, more.askSupervisor),
  );
}

/**
 * One topic alone (a shared topic): `view` holds that topic's sections.
 * @param {GuidanceView} view
 * @param {Actions | null} act
 */
export function topicBlock(view, act) {
  return h(
    'section',
    { class: 'topic' },
    view.sections.map((s) => sectionNodes(s, act, null)),
  );
}

/** @param {{ n: number, text: string }[]} steps */
const stepList = (steps) =>
  h(
    'ol',
    { class: 'steps' },
    steps.map((s) => h('li', { value: String(s.n) }, s.text)),
  );

/**
 * @param {Section} part
 * @param {Actions | null} act
 * @param {GuidanceView | null} view
 * @returns {Child}
 */
function sectionNodes(part, act, view) {
  switch (part.kind) {
    case 'crisis':
      return crisisBlock(part.protocol);
    case 'possible-danger':
      return h('p', { class: 'possible', role: 'alert' }, part.text);
    case 'privacy':
      return h('p', { class: 'privacy', role: 'note' }, part.text);
    case 'heading':
      return h('h3', { class: 'topic-title' }, part.title);
    case 'answer':
      return h('p', { class: part.isPrinciple ? 'answer principle' : 'answer' }, part.text);
    case 'steps':
      return [h('h4', null, part.label), stepList(part.steps)];
    case 'reflection':
      return h(
        'div',
        { class: 'reflect' },
        h('p', { class: 'reflect-label' }, part.label),
        h('p', { class: 'reflect-text' }, part.text),
      );
    case 'more':
      // A native disclosure: keyboard and screen readers know it, and nothing is fetched again.
      return h(
        'details',
        { class: 'more' },
        h('summary', null, part.label),
        part.sections.map((m) => moreNodes(m, act)),
      );
    case 'notice':
      return h('p', { class: 'notice' }, part.text);
    // A whole reply's parts, with buttons: never in a topic shown alone (v and act are null).
    case 'miss':
      return view && act && missBlock(part, view.commands.topics, act);
    case 'choices':
      return (
        act && [
          choiceRow(part.label, part.topics, act),
          part.askSupervisor && h('p', null, askSupervisorButton(part.askSupervisor, act)),
        ]
      );
    case 'help':
      return view && act && helpBlock(part, view.commands, act);
    default:
      return null;
  }
}

/**
 * @param {MoreSection} part
 * @param {Actions | null} act
 * @returns {Child}
 */
function moreNodes(part, act) {
  switch (part.kind) {
    case 'principle':
      return h('p', { class: 'principle' }, h('strong', null, `${part.label} `), part.text);
    case 'steps':
      return [h('h4', null, part.label), stepList(part.steps)];
    case 'nuance':
      return [
        h('h4', null, part.label),
        h(
          'ul',
          { class: 'nuance' },
          part.items.map((n) => h('li', null, h('strong', null, n.when), ' ', n.then)),
        ),
      ];
    case 'agency-policy':
      return h('p', { class: 'agency' }, h('strong', null, `${part.label} `), part.text);
    case 'sources':
      return h(
        'p',
        { class: 'sources' },
        h('span', { class: 'sources-label' }, `${part.label}: `),
        part.sources.map((c, i) => [i ? '; ' : '', h('cite', null, c.title), `, ${c.section}`]),
      );
    case 'related':
      return act && choiceRow(`${part.label}:`, part.topics, act);
    default:
      return null;
  }
}

/** @param {CrisisProtocol} protocol */
export function crisisBlock(protocol) {
  return h(
    'section',
    { class: 'crisis', role: 'alert', 'aria-label': protocol.title },
    h('h3', null, h('span', { 'aria-hidden': 'true' }, '⚠ '), protocol.title),
    h(
      'ol',
      null,
      protocol.steps.map((s) => h('li', null, s)),
    ),
    protocol.contacts.length > 0 &&
      h(
        'ul',
        { class: 'contacts', 'aria-label': 'Contacts' },
        protocol.contacts.map((x) =>
          h('li', null, h('span', { class: 'contact-label' }, x.label), h('strong', null, x.value)),
        ),
      ),
  );
}

// An honest miss: no answer, what the bot covers, and how to reach a person.
/**
 * @param {Extract<Section, { kind: 'miss' }>} miss
 * @param {string} topicsCommand
 * @param {Actions} act
 */
function missBlock(miss, topicsCommand, act) {
  return h(
    'section',
    { class: 'miss' },
    h('p', { class: 'notice' }, miss.answer),
    h('p', { class: 'notice' }, miss.covers),
    h('p', { class: 'supervisor' }, h('strong', null, miss.supervisor)),
    miss.askSupervisor && act && h('p', null, askSupervisorButton(miss.askSupervisor, act)),
    h(
      'p',
      { class: 'small' },
      h(
        'button',
        { type: 'button', class: 'link', onclick: () => act.ask(topicsCommand) },
        topicsCommand,
      ),
    ),
  );
}

/**
 * @param {string} label
 * @param {TopicRef[]} topics
 * @param {Actions} act
 */
function choiceRow(label, topics, act) {
  return h(
    'div',
    { class: 'choice-row' },
    h('span', { class: 'choice-label' }, label),
    topics.map((t) =>
      h('button', { type: 'button', class: 'chip', onclick: () => act.topic(t.id) }, t.title),
    ),
  );
}

/**
 * @param {{ id: string }} topic
 * @param {GuidanceView['buttons']} words
 * @param {Actions} act
 * @param {EscalationOffer} [offer] "Ask a supervisor" under a low-confidence answer
 */
function feedbackRow(topic, words, act, offer) {
  const status = h('span', { class: 'feedback-status', role: 'status' });
  /** @param {boolean} helpful */
  const vote = (helpful) => async () => {
    for (const b of buttons) b.disabled = true;
    try {
      const result = await act.feedback(topic.id, helpful);
      // After "Not helpful", when supervisors are configured: a person can take it from here.
      if (result?.askSupervisor && !row.querySelector('.ask-supervisor'))
        status.before(askSupervisorButton(result.askSupervisor, act));
      status.textContent = helpful
        ? 'Thanks! Glad it helped.'
        : 'Thanks. Curators will look at this topic.';
      (helpful ? up : down).setAttribute('aria-pressed', 'true');
    } catch (error) {
      for (const b of buttons) b.disabled = false;
      status.textContent = /** @type {Error} */ (error).message;
    }
  };
  const up = h('button', { type: 'button', class: 'ghost', onclick: vote(true) }, words.helpful);
  const down = h(
    'button',
    { type: 'button', class: 'ghost', onclick: vote(false) },
    words.notHelpful,
  );
  const share = h(
    'button',
    {
      type: 'button',
      class: 'ghost',
      onclick: async () => {
        share.disabled = true;
        await act.share(topic.id).catch(() => {
          share.disabled = false;
        });
      },
    },
    'Share with #local',
  );
  const buttons = [up, down];
  const row = h(
    'div',
    { class: 'feedback', role: 'group', 'aria-label': 'Was this helpful?' },
    up,
    down,
    share,
    offer && askSupervisorButton(offer, act),
    status,
  );
  return row;
}

/**
 * @param {Extract<Section, { kind: 'help' }>} help
 * @param {GuidanceView['commands']} commands
 * @param {Actions} act
 */
function helpBlock(help, commands, act) {
  return h(
    'section',
    { class: 'help' },
    h('p', null, help.intro),
    h('p', { class: 'choice-label' }, `${help.examplesLabel}:`),
    h(
      'div',
      { class: 'examples' },
      help.examples.map((e) =>
        h('button', { type: 'button', class: 'chip', onclick: () => act.ask(e) }, e),
      ),
    ),
    h(
      'p',
      { class: 'small' },
      `${help.topicsLabel} `,
      h(
        'button',
        { type: 'button', class: 'link', onclick: () => act.ask(commands.topics) },
        commands.topics,
      ),
      ' · Daily practice: ',
      h(
        'button',
        { type: 'button', class: 'link', onclick: () => act.ask(commands.quiz) },
        commands.quiz,
      ),
    ),
    h('p', { class: 'small muted' }, help.note),
  );
}

/**
 * @param {{ topics: TopicRef[] }} view
 * @param {Actions} act
 */
function topicsCard(view, act) {
  return h(
    'div',
    { class: 'card' },
    h('h3', null, `${view.topics.length} topics`),
    h(
      'div',
      { class: 'examples' },
      view.topics.map((t) =>
        h('button', { type: 'button', class: 'chip', onclick: () => act.topic(t.id) }, t.title),
      ),
    ),
  );
}

/**
 * @param {{ problem: string, syntax: string, example: string }} usage
 * @param {Actions} act
 */
function usageCard(usage, act) {
  return h(
    'div',
    { class: 'card usage' },
    h('p', null, h('strong', null, "That command didn't work. "), usage.problem),
    h('p', null, 'Syntax: ', h('code', null, usage.syntax)),
    h(
      'p',
      null,
      'Example: ',
      h(
        'button',
        { type: 'button', class: 'link code', onclick: () => act.fill(usage.example) },
        usage.example,
      ),
    ),
  );
}

/** @param {{ title: string, lines: string[] }} notice */
function noticeCard(notice) {
  return h(
    'div',
    { class: 'card notice-card' },
    h('h3', null, notice.title),
    notice.lines.map((l) => h('p', null, l)),
  );
}

/** A quiz card; the result of a click appears inside it, for the person who clicked only. */
/**
 * @param {QuizView} quiz
 * @param {QuizState | null} state
 * @param {Actions} act
 */
export function quizCard(quiz, state, act) {
  const result = h('div', { class: 'quiz-result', 'aria-live': 'polite' });
  const count = h('span', { class: 'quiz-count' }, plural(quiz.answers, 'answer'));
  const options = quiz.options.map((text, i) =>
    h(
      'button',
      {
        type: 'button',
        class: 'option',
        'aria-label': `Answer ${LETTERS[i]}: ${text}`,
        onclick: async () => {
          for (const o of options) o.disabled = true;
          try {
            const r = await act.answer(quiz.id, i);
            count.textContent = plural(r.answers, 'answer');
            showGraded(r.graded);
          } catch (error) {
            result.replaceChildren(
              h('p', { class: 'error' }, /** @type {Error} */ (error).message),
            );
          } finally {
            for (const o of options) o.disabled = false;
          }
        },
      },
      h('span', { class: 'letter', 'aria-hidden': 'true' }, LETTERS[i]),
      h('span', { class: 'option-text' }, text),
    ),
  );
  /** @param {GradedView} g */
  const showGraded = (g) => {
    options.forEach((o, i) => {
      o.classList.toggle('correct', i === g.correctChoice);
      o.classList.toggle('wrong', i === g.choice && !g.correct);
      o.setAttribute('aria-pressed', String(i === g.choice));
    });
    result.replaceChildren(gradedBlock(g, quiz));
  };
  if (state?.mine) showGraded(state.mine);
  return h(
    'div',
    { class: 'card quiz', 'data-quiz': quiz.id },
    h(
      'p',
      { class: 'quiz-kicker' },
      h('span', { class: 'badge' }, quiz.kind === 'daily' ? "Today's quiz" : 'Practice question'),
      h('span', null, quiz.area),
    ),
    h('p', { class: 'scenario' }, quiz.scenario),
    h('div', { class: 'options', role: 'group', 'aria-label': 'Answers' }, options),
    result,
    h(
      'p',
      { class: 'quiz-foot' },
      count,
      state?.previous &&
        ` · Yesterday (${state.previous.topicTitle}): ${state.previous.correct} of ${plural(state.previous.total, 'answer')} correct`,
    ),
  );
}

/**
 * @param {GradedView} graded
 * @param {QuizView} quiz
 */
function gradedBlock(graded, quiz) {
  return h(
    'div',
    { class: `graded ${graded.correct ? 'is-correct' : 'is-wrong'}` },
    h('p', { class: 'private-tag' }, 'Only visible to you'),
    h(
      'p',
      { class: 'verdict' },
      graded.correct ? '✓ Correct' : `✗ Not quite: the answer is ${LETTERS[graded.correctChoice]}.`,
    ),
    !graded.first &&
      h(
        'p',
        { class: 'small' },
        `You had already answered ${LETTERS[graded.choice]}; your first answer counts.`,
      ),
    graded.whyNot && h('p', { class: 'why-not' }, graded.whyNot),
    h('p', null, graded.explanation),
    h('p', { class: 'small' }, graded.topicLine),
    h(
      'p',
      { class: 'sources' },
      h('span', { class: 'sources-label' }, 'Source: '),
      h('cite', null, graded.source.title),
      `, ${graded.source.section}`,
    ),
    quiz.kind === 'daily' &&
      graded.streak > 0 &&
      h('p', { class: 'streak' }, `Streak: ${plural(graded.streak, 'day')} in a row`),
  );
}
