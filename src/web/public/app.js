// @ts-check
// The console page: a channel with boundary-bot in it, and the curator report tab.
import { getJson, postJson } from './api.js';
import { guidanceCard, quizCard, topicBlock, viewCard } from './cards.js';
import { clock, h } from './dom.js';
import { showReport } from './report.js';
import { answerCard, watchAnswers } from './requests.js';
import { showSupervisors } from './supervisors.js';

/** @typedef {import('./dom.js').Child} Child */

// The page's own elements (index.html): always there.
const list = /** @type {HTMLElement} */ (document.getElementById('messages'));
const form = /** @type {HTMLFormElement} */ (document.getElementById('composer'));
const input = /** @type {HTMLTextAreaElement} */ (document.getElementById('composer-input'));

const SUGGESTIONS = [
  'A client offered me a gift card',
  'Can I friend a client on Facebook?',
  '/boundary topics',
  '/boundary quiz',
  '/boundary quiz practice 5',
  '/boundary quiz progress',
];

/** What the buttons on the cards do. @type {import('./cards.js').Actions} */
const act = {
  ask: (text) => send(text),
  fill(text) {
    input.value = text;
    input.focus();
    grow();
  },
  async topic(id) {
    const { reply } = await postJson('action', { type: 'topic', topicId: id }).catch(fail);
    if (reply) post(botMessage(guidanceCard(reply, act), { private: true }));
  },
  async share(id) {
    const { reply } = await postJson('action', { type: 'share', topicId: id });
    post(
      botMessage([
        h('p', { class: 'shared-note' }, 'You shared this with #local:'),
        topicBlock(reply, null),
      ]),
    );
  },
  feedback: (id, helpful) => postJson('action', { type: 'feedback', topicId: id, helpful }),
  answer: (quizId, choice) => postJson('action', { type: 'quiz-answer', quizId, choice }),
  /** "Ask a supervisor" on a reply: the preview of what would be sent; nothing is sent yet. */
  async askSupervisor(offer) {
    const view = await postJson('supervisor/preview', {
      text: offer.draft,
      from: offer.from,
    }).catch(fail);
    if (view.kind) post(botMessage(viewCard(view, act), { private: true }));
  },
  /** A coach button (a personal or practice answer, ending a test, progress, erase): the new
   * view replaces the card it was on. */
  async coach(action) {
    const { reply } = await postJson('action', { type: 'coach', action }).catch(fail);
    return reply?.kind === 'coach' ? reply.view : null;
  },
  /** The name typed in a preview, offered again in the next one (kept in this page only). */
  name: '',
};

/**
 * @param {Child} content
 * @param {{ private?: boolean, label?: string | null }} [options]
 */
function botMessage(content, { private: isPrivate = false, label = null } = {}) {
  return h(
    'article',
    { class: `msg bot${isPrivate ? ' is-private' : ''}` },
    h(
      'div',
      { class: 'avatar bot', 'aria-hidden': 'true' },
      h('img', { src: '/console/assets/icon.svg', alt: '' }),
    ),
    h(
      'div',
      { class: 'msg-body' },
      h(
        'p',
        { class: 'msg-head' },
        h('span', { class: 'who' }, 'boundary-bot'),
        h('span', { class: 'app-tag' }, 'APP'),
        label && h('span', { class: 'msg-label' }, label),
        h('time', null, clock()),
        isPrivate && h('span', { class: 'private-tag' }, 'Only visible to you'),
      ),
      content,
    ),
  );
}

/** @param {string} text */
function userMessage(text) {
  const body = h('p', { class: 'msg-text' }, text);
  const el = h(
    'article',
    { class: 'msg you' },
    h('div', { class: 'avatar you', 'aria-hidden': 'true' }, 'You'),
    h(
      'div',
      { class: 'msg-body' },
      h('p', { class: 'msg-head' }, h('span', { class: 'who' }, 'You'), h('time', null, clock())),
      body,
    ),
  );
  return { el, body };
}

const calm = matchMedia('(prefers-reduced-motion: reduce)');

/**
 * @template {HTMLElement} E
 * @param {E} el
 * @param {{ scroll?: ScrollLogicalPosition }} [options]
 */
function post(el, { scroll = 'start' } = {}) {
  list.append(el);
  el.scrollIntoView({ block: scroll, behavior: calm.matches ? 'auto' : 'smooth' });
  return el;
}

/** @param {unknown} error */
function fail(error) {
  const problem = error instanceof Error ? error.message : String(error);
  post(botMessage(h('p', { class: 'error' }, `Something went wrong: ${problem}`)));
  return {};
}

/** @param {string} raw */
async function send(raw) {
  const text = raw.trim();
  if (!text) return;
  const mine = userMessage(text);
  post(mine.el, { scroll: 'end' });
  const typing = post(h('p', { class: 'typing' }, 'boundary-bot is typing…'), { scroll: 'end' });
  try {
    const { reply } = await postJson('message', { text });
    // A message that may identify someone is not left on screen either.
    if (
      (reply.kind === 'guidance' &&
        reply.sections.some((/** @type {{ kind: string }} */ s) => s.kind === 'privacy')) ||
      (reply.kind === 'supervisor-preview' && reply.preview.redacted.length > 0)
    ) {
      mine.body.textContent = 'Message hidden: it may have identified someone.';
      mine.body.classList.add('redacted');
    }
    typing.remove();
    post(botMessage(viewCard(reply, act), { private: true }));
  } catch (error) {
    typing.remove();
    fail(error);
  }
}

function grow() {
  input.style.height = 'auto';
  input.style.height = `${Math.min(input.scrollHeight, 160)}px`;
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const text = input.value;
  input.value = '';
  grow();
  void send(text);
});
input.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
    event.preventDefault();
    form.requestSubmit();
  }
});
input.addEventListener('input', grow);

/** @type {HTMLElement} */ (document.getElementById('suggestions')).append(
  ...SUGGESTIONS.map((s) =>
    h('button', { type: 'button', class: 'chip', onclick: () => send(s) }, s),
  ),
);

// Tabs: the channel and the report, with arrow keys between them and #report in the address.
let tabs = /** @type {HTMLElement[]} */ ([...document.querySelectorAll('[role="tab"]')]);
/**
 * @param {HTMLElement} tab
 * @param {boolean} [focus]
 */
function selectTab(tab, focus = false) {
  for (const t of tabs) {
    const on = t === tab;
    t.setAttribute('aria-selected', String(on));
    t.tabIndex = on ? 0 : -1;
    const panel = document.getElementById(t.getAttribute('aria-controls') ?? '');
    if (panel) panel.hidden = !on;
  }
  if (focus) tab.focus();
  const hash = { 'tab-report': '#report', 'tab-supervisors': '#supervisors' }[tab.id];
  history.replaceState(null, '', hash ?? location.pathname);
  if (tab.id === 'tab-report') showReport();
  if (tab.id === 'tab-supervisors') showSupervisors();
}
for (const tab of tabs) {
  tab.addEventListener('click', () => selectTab(tab));
  tab.addEventListener('keydown', (event) => {
    const step = /** @type {Record<string, number>} */ ({ ArrowRight: 1, ArrowLeft: -1 })[
      event.key
    ];
    if (!step) return;
    const next = tabs[(tabs.indexOf(tab) + step + tabs.length) % tabs.length];
    if (next) selectTab(next, true);
  });
}

async function start() {
  try {
    const welcome = await getJson('welcome');
    list.append(botMessage(guidanceCard(welcome.reply, act)));
    // The supervisors' tab exists only when the agency set a supervisor key.
    const supervisorsTab = document.getElementById('tab-supervisors');
    if (supervisorsTab) supervisorsTab.hidden = !welcome.supervisorTab;
    if (!welcome.supervisorTab) tabs = tabs.filter((t) => t !== supervisorsTab);
    const today = await getJson('quiz/today');
    list.append(botMessage(quizCard(today.quiz, today, act)));
    // The person's own daily question ("quiz me daily"), once it has come today.
    const mine = await getJson('quiz/mine');
    if (mine.reply) list.append(botMessage(viewCard(mine.reply, act), { private: true }));
  } catch (error) {
    fail(error);
  }
  const byHash = tabs.find((t) => `#${t.id.slice('tab-'.length)}` === location.hash);
  if (byHash && byHash.id !== 'tab-channel') selectTab(byHash);
  else input.focus();
  // Answers from supervisors arrive privately, in this channel, once each.
  watchAnswers((/** @type {import('../../core/supervisor/outline.ts').AnswerOutline} */ a) =>
    post(botMessage(answerCard(a), { private: true, label: 'Supervisor' }), { scroll: 'end' }),
  );
}

void start();
