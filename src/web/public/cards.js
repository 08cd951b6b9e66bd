// The bot's replies as cards. `act` carries what the buttons do (see app.js).
import { h, LETTERS, plural } from './dom.js';
import { askSupervisorButton, previewCard } from './requests.js';

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
    default:
      return noticeCard(view);
  }
}

// The reply's outline comes from the server with its words (core/outline.ts): this file only
// lays each section out, in the order given. The topic's parts are grouped in one <section>.
const TOPIC_PARTS = new Set(['heading', 'answer', 'steps', 'reflection', 'more']);

export function guidanceCard(v, act) {
  const more = v.sections.find((s) => s.kind === 'more');
  const out = [];
  let topic = null;
  for (const s of v.sections) {
    if (TOPIC_PARTS.has(s.kind)) {
      if (!topic) {
        topic = h('section', { class: 'topic' });
        out.push(topic);
      }
      topic.append(...[sectionNodes(s, act, v)].flat(Infinity).filter(Boolean));
    } else out.push(sectionNodes(s, act, v));
  }
  return h(
    'div',
    { class: 'card guidance' },
    out,
    more && act && feedbackRow({ id: more.topicId }, v.buttons, act, more.askSupervisor),
  );
}

/** One topic alone (a shared topic): `v` is a guidance view holding that topic's sections. */
export function topicBlock(v, act) {
  return h(
    'section',
    { class: 'topic' },
    v.sections.map((s) => sectionNodes(s, act, null)),
  );
}

const stepList = (steps) =>
  h(
    'ol',
    { class: 'steps' },
    steps.map((s) => h('li', { value: String(s.n) }, s.text)),
  );

function sectionNodes(s, act, v) {
  switch (s.kind) {
    case 'crisis':
      return crisisBlock(s.protocol);
    case 'possible-danger':
      return h('p', { class: 'possible', role: 'alert' }, s.text);
    case 'privacy':
      return h('p', { class: 'privacy', role: 'note' }, s.text);
    case 'heading':
      return h('h3', { class: 'topic-title' }, s.title);
    case 'answer':
      return h('p', { class: s.isPrinciple ? 'answer principle' : 'answer' }, s.text);
    case 'steps':
      return [h('h4', null, s.label), stepList(s.steps)];
    case 'reflection':
      return h(
        'div',
        { class: 'reflect' },
        h('p', { class: 'reflect-label' }, s.label),
        h('p', { class: 'reflect-text' }, s.text),
      );
    case 'more':
      // A native disclosure: keyboard and screen readers know it, and nothing is fetched again.
      return h(
        'details',
        { class: 'more' },
        h('summary', null, s.label),
        s.sections.map((m) => moreNodes(m, act)),
      );
    case 'notice':
      return h('p', { class: 'notice' }, s.text);
    case 'miss':
      return missBlock(s, v?.commands.topics, act);
    case 'choices':
      return [
        choiceRow(s.label, s.topics, act),
        s.askSupervisor && act && h('p', null, askSupervisorButton(s.askSupervisor, act)),
      ];
    case 'help':
      return helpBlock(s, v?.commands, act);
    default:
      return null;
  }
}

function moreNodes(s, act) {
  switch (s.kind) {
    case 'principle':
      return h('p', { class: 'principle' }, h('strong', null, `${s.label} `), s.text);
    case 'steps':
      return [h('h4', null, s.label), stepList(s.steps)];
    case 'nuance':
      return [
        h('h4', null, s.label),
        h(
          'ul',
          { class: 'nuance' },
          s.items.map((n) => h('li', null, h('strong', null, n.when), ' ', n.then)),
        ),
      ];
    case 'agency-policy':
      return h('p', { class: 'agency' }, h('strong', null, `${s.label} `), s.text);
    case 'sources':
      return h(
        'p',
        { class: 'sources' },
        h('span', { class: 'sources-label' }, `${s.label}: `),
        s.sources.map((c, i) => [i ? '; ' : '', h('cite', null, c.title), `, ${c.section}`]),
      );
    case 'related':
      return act && choiceRow(`${s.label}:`, s.topics, act);
    default:
      return null;
  }
}

export function crisisBlock(c) {
  return h(
    'section',
    { class: 'crisis', role: 'alert', 'aria-label': c.title },
    h('h3', null, h('span', { 'aria-hidden': 'true' }, '⚠ '), c.title),
    h(
      'ol',
      null,
      c.steps.map((s) => h('li', null, s)),
    ),
    c.contacts.length > 0 &&
      h(
        'ul',
        { class: 'contacts', 'aria-label': 'Contacts' },
        c.contacts.map((x) =>
          h('li', null, h('span', { class: 'contact-label' }, x.label), h('strong', null, x.value)),
        ),
      ),
  );
}

// An honest miss: no answer, what the bot covers, and how to reach a person.
function missBlock(m, topicsCommand, act) {
  return h(
    'section',
    { class: 'miss' },
    h('p', { class: 'notice' }, m.answer),
    h('p', { class: 'notice' }, m.covers),
    h('p', { class: 'supervisor' }, h('strong', null, m.supervisor)),
    m.askSupervisor && act && h('p', null, askSupervisorButton(m.askSupervisor, act)),
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

function feedbackRow(topic, words, act, offer) {
  const status = h('span', { class: 'feedback-status', role: 'status' });
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
      status.textContent = error.message;
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

function topicsCard(v, act) {
  return h(
    'div',
    { class: 'card' },
    h('h3', null, `${v.topics.length} topics`),
    h(
      'div',
      { class: 'examples' },
      v.topics.map((t) =>
        h('button', { type: 'button', class: 'chip', onclick: () => act.topic(t.id) }, t.title),
      ),
    ),
  );
}

function usageCard(v, act) {
  return h(
    'div',
    { class: 'card usage' },
    h('p', null, h('strong', null, "That command didn't work. "), v.problem),
    h('p', null, 'Syntax: ', h('code', null, v.syntax)),
    h(
      'p',
      null,
      'Example: ',
      h(
        'button',
        { type: 'button', class: 'link code', onclick: () => act.fill(v.example) },
        v.example,
      ),
    ),
  );
}

function noticeCard(v) {
  return h(
    'div',
    { class: 'card notice-card' },
    h('h3', null, v.title),
    v.lines.map((l) => h('p', null, l)),
  );
}

/** A quiz card; the result of a click appears inside it, for the person who clicked only. */
export function quizCard(q, state, act) {
  const result = h('div', { class: 'quiz-result', 'aria-live': 'polite' });
  const count = h('span', { class: 'quiz-count' }, plural(q.answers, 'answer'));
  const options = q.options.map((text, i) =>
    h(
      'button',
      {
        type: 'button',
        class: 'option',
        'aria-label': `Answer ${LETTERS[i]}: ${text}`,
        onclick: async () => {
          for (const o of options) o.disabled = true;
          try {
            const r = await act.answer(q.id, i);
            count.textContent = plural(r.answers, 'answer');
            showGraded(r.graded);
          } catch (error) {
            result.replaceChildren(h('p', { class: 'error' }, error.message));
          } finally {
            for (const o of options) o.disabled = false;
          }
        },
      },
      h('span', { class: 'letter', 'aria-hidden': 'true' }, LETTERS[i]),
      h('span', { class: 'option-text' }, text),
    ),
  );
  const showGraded = (g) => {
    options.forEach((o, i) => {
      o.classList.toggle('correct', i === g.correctChoice);
      o.classList.toggle('wrong', i === g.choice && !g.correct);
      o.setAttribute('aria-pressed', String(i === g.choice));
    });
    result.replaceChildren(gradedBlock(g, q));
  };
  if (state?.mine) showGraded(state.mine);
  return h(
    'div',
    { class: 'card quiz', 'data-quiz': q.id },
    h(
      'p',
      { class: 'quiz-kicker' },
      h('span', { class: 'badge' }, q.kind === 'daily' ? "Today's quiz" : 'Practice question'),
      h('span', null, q.area),
    ),
    h('p', { class: 'scenario' }, q.scenario),
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

function gradedBlock(g, q) {
  return h(
    'div',
    { class: `graded ${g.correct ? 'is-correct' : 'is-wrong'}` },
    h('p', { class: 'private-tag' }, 'Only visible to you'),
    h(
      'p',
      { class: 'verdict' },
      g.correct ? '✓ Correct' : `✗ Not quite: the answer is ${LETTERS[g.correctChoice]}.`,
    ),
    !g.first &&
      h(
        'p',
        { class: 'small' },
        `You had already answered ${LETTERS[g.choice]}; your first answer counts.`,
      ),
    g.whyNot && h('p', { class: 'why-not' }, g.whyNot),
    h('p', null, g.explanation),
    h('p', { class: 'small' }, g.topicLine),
    h(
      'p',
      { class: 'sources' },
      h('span', { class: 'sources-label' }, 'Source: '),
      h('cite', null, g.source.title),
      `, ${g.source.section}`,
    ),
    q.kind === 'daily' &&
      g.streak > 0 &&
      h('p', { class: 'streak' }, `Streak: ${plural(g.streak, 'day')} in a row`),
  );
}
