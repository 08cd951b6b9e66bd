// The bot's replies as cards. `act` carries what the buttons do (see app.js).
import { h, LETTERS, plural } from './dom.js';

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
    default:
      return noticeCard(view);
  }
}

// The crisis protocol first, then the privacy warning, then the guidance (as in every surface).
export function guidanceCard(v, act) {
  return h(
    'div',
    { class: 'card guidance' },
    v.crisis && crisisBlock(v.crisis),
    v.possible && h('p', { class: 'possible', role: 'alert' }, v.possible),
    v.privacy && h('p', { class: 'privacy', role: 'note' }, v.privacy),
    v.topic && topicBlock(v.topic, act),
    v.notice && h('p', { class: 'notice' }, v.notice),
    v.miss && missBlock(v.miss, act),
    v.choices && choiceRow(v.choices.label, v.choices.topics, act),
    v.help && helpBlock(v.help, act),
    v.topic && feedbackRow(v.topic, act),
  );
}

function crisisBlock(c) {
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

// The first screen (answer, top steps, reflection), then the rest behind "More" (a native
// disclosure: keyboard and screen readers know it, and nothing is fetched again).
export function topicBlock(t, act) {
  const m = t.more;
  return h(
    'section',
    { class: 'topic' },
    h('h3', { class: 'topic-title' }, t.title),
    h('p', { class: t.answerIsPrinciple ? 'answer principle' : 'answer' }, t.answer),
    h('h4', null, 'What to do'),
    h(
      'ol',
      { class: 'steps' },
      t.steps.map((s) => h('li', { value: String(s.n) }, s.text)),
    ),
    h(
      'div',
      { class: 'reflect' },
      h('p', { class: 'reflect-label' }, 'Reflect'),
      h('p', { class: 'reflect-text' }, t.reflection),
    ),
    h(
      'details',
      { class: 'more' },
      h('summary', null, 'More'),
      m.principle && h('p', { class: 'principle' }, h('strong', null, 'In general: '), m.principle),
      m.steps.length > 0 && [
        h('h4', null, 'Also'),
        h(
          'ol',
          { class: 'steps' },
          m.steps.map((s) => h('li', { value: String(s.n) }, s.text)),
        ),
      ],
      m.nuance.length > 0 && [
        h('h4', null, 'When it changes'),
        h(
          'ul',
          { class: 'nuance' },
          m.nuance.map((n) => h('li', null, h('strong', null, n.when), ' ', n.then)),
        ),
      ],
      m.agencyPolicy &&
        h(
          'p',
          { class: 'agency' },
          h('strong', null, "Check your agency's policy: "),
          m.agencyPolicy,
        ),
      h(
        'p',
        { class: 'sources' },
        h('span', { class: 'sources-label' }, 'Sources: '),
        m.sources.map((s, i) => [i ? '; ' : '', h('cite', null, s.title), `, ${s.section}`]),
      ),
      m.related.length > 0 && act && choiceRow('Related:', m.related, act),
    ),
  );
}

// An honest miss: no answer, what the bot covers, and how to reach a person.
function missBlock(m, act) {
  return h(
    'section',
    { class: 'miss' },
    m.lines.map((line) => h('p', { class: 'notice' }, line)),
    h('p', { class: 'supervisor' }, h('strong', null, m.supervisor)),
    h(
      'p',
      { class: 'small' },
      h(
        'button',
        { type: 'button', class: 'link', onclick: () => act.ask(m.topicsCommand) },
        m.topicsCommand,
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

function feedbackRow(topic, act) {
  const status = h('span', { class: 'feedback-status', role: 'status' });
  const vote = (helpful) => async () => {
    for (const b of buttons) b.disabled = true;
    try {
      await act.feedback(topic.id, helpful);
      status.textContent = helpful
        ? 'Thanks! Glad it helped.'
        : 'Thanks. Curators will look at this topic.';
      (helpful ? up : down).setAttribute('aria-pressed', 'true');
    } catch (error) {
      for (const b of buttons) b.disabled = false;
      status.textContent = error.message;
    }
  };
  const up = h('button', { type: 'button', class: 'ghost', onclick: vote(true) }, 'Helpful');
  const down = h('button', { type: 'button', class: 'ghost', onclick: vote(false) }, 'Not helpful');
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
  return h(
    'div',
    { class: 'feedback', role: 'group', 'aria-label': 'Was this helpful?' },
    up,
    down,
    share,
    status,
  );
}

function helpBlock(help, act) {
  return h(
    'section',
    { class: 'help' },
    h(
      'p',
      null,
      'Ask me about a boundary or ethics situation at work, in your own words. I give you the principle, practical steps, a question to reflect on and the standard behind it.',
    ),
    h('p', { class: 'choice-label' }, 'For example:'),
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
      `All ${help.topicCount} topics: `,
      h(
        'button',
        { type: 'button', class: 'link', onclick: () => act.ask(help.topicsCommand) },
        help.topicsCommand,
      ),
      ' · Daily practice: ',
      h(
        'button',
        { type: 'button', class: 'link', onclick: () => act.ask('/boundary quiz') },
        '/boundary quiz',
      ),
    ),
    h(
      'p',
      { class: 'small muted' },
      "I'm a guide, not a rulebook: your agency's policy and your supervisor have the last word.",
    ),
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
