// The personal exam coach as Adaptive Cards: a question (the daily one or a practice test's)
// with an Action.Execute per option, the feedback after an answer (the explanation, why the
// chosen option is wrong, the source, a button to the topic's guidance), the readiness view and
// the practice summary. Parts and order follow core/coach/outline.ts; the words come from it.
// Shown only to the person they are about: their personal chat, or their own invoke response.
import { answerAction } from '../../../src/commands/coach-payload.ts';
import { letter } from '../../../src/commands/text.ts';
import type {
  AnswerFeedback,
  CoachView,
  PracticeSummary,
  QuestionCard,
  ReadinessOutline,
} from '../../../src/core/coach/outline.ts';
import { coachText } from '../../../src/core/coach/render-text.ts';
import { COACH } from '../../../src/core/copy.ts';
import {
  actionSet,
  type Card,
  card,
  container,
  type Element,
  execute,
  facts,
  heading,
  text,
  VERB,
} from './elements.ts';

/** Teams refuses a message over about 28 KB: the summary's list of wrong items stops at this
 * many bytes of card JSON (what is left out is counted). */
export const SUMMARY_ITEMS_BYTES = 16_000;

const small = { size: 'Small', isSubtle: true } as const;

const topicButton = (title: string, topicId: string) => execute(title, VERB.topic, { topicId });

export function questionElements(c: QuestionCard): Element[] {
  const buttons = c.options.map((_, i) =>
    execute(letter(i), VERB.coach, answerAction(c.answer, i)),
  );
  if (c.end)
    buttons.push({ ...execute(c.end.label, VERB.coach, c.end.action), style: 'destructive' });
  return [
    heading(c.heading),
    text([c.progress, c.area].filter(Boolean).join(' · '), { ...small, spacing: 'None' }),
    text(c.scenario),
    ...c.options.map((o, i) => text(`**${letter(i)}.** ${o}`, { spacing: 'Small' })),
    actionSet(buttons),
  ];
}

export function feedbackElements(f: AnswerFeedback): Element[] {
  const items: Element[] = [];
  if (f.repeat) items.push(text(COACH.repeat, small));
  items.push(
    text(f.verdict, { weight: 'Bolder', color: f.correct ? 'Good' : 'Attention' }),
    text(`**${f.chosen.label}:** ${f.chosen.text}`),
  );
  if (f.chosen.why) items.push(text(f.chosen.why));
  if (!f.correct) items.push(text(`**${f.right.label}:** ${f.right.text}`));
  items.push(
    text(`**${f.explanation.label}:** ${f.explanation.text}`),
    text(
      `${f.source.label}: ${f.source.title}${f.source.section ? `, ${f.source.section}` : ''}`,
      small,
    ),
  );
  if (f.next) items.push(text(f.next, small));
  items.push(
    actionSet([topicButton(`${f.guidance.label}: ${f.guidance.title}`, f.guidance.topicId)]),
  );
  return [container(items, { style: f.correct ? 'good' : 'emphasis' })];
}

const rows = (label: string, lines: string[]): Element[] =>
  lines.length
    ? [
        text(label, { weight: 'Bolder', spacing: 'Medium' }),
        ...lines.map((l) => text(`- ${l}`, { spacing: 'None' })),
      ]
    : [];

export function readinessElements(r: ReadinessOutline): Element[] {
  const body: Element[] = [heading(r.heading), text(r.note, small), text(r.plan)];
  if (r.summary.length)
    body.push(facts(r.summary.map((s) => ({ title: s.label, value: s.value }))));
  if (r.empty) body.push(text(r.empty));
  else
    body.push(
      ...rows(
        r.areas.label,
        r.areas.rows.map((x) => x.line),
      ),
      ...rows(
        r.topics.label,
        r.topics.rows.map((x) => x.line),
      ),
    );
  if (r.review.items.length)
    body.push(
      text(r.review.label, { weight: 'Bolder', spacing: 'Medium' }),
      ...r.review.items.map((x) => text(`- **${x.title}**: ${x.reason}`, { spacing: 'None' })),
      actionSet(r.review.items.map((x) => topicButton(x.title, x.topicId))),
    );
  return body;
}

function wrongItem(
  s: PracticeSummary['wrong'],
  w: PracticeSummary['wrong']['items'][number],
): Element {
  return container(
    [
      text(`**${w.topicTitle}**: ${w.scenario}`),
      ...(w.chosen === null
        ? []
        : [text(`✗ **${s.chosenLabel}:** ${w.chosen}`, { spacing: 'Small' })]),
      ...(w.why ? [text(w.why, { ...small, spacing: 'None' })] : []),
      text(`✓ **${s.rightLabel}:** ${w.right}`, { spacing: 'Small' }),
      actionSet([topicButton(COACH.readGuidance, w.topicId)]),
    ],
    { separator: true, spacing: 'Medium' },
  );
}

export function summaryElements(s: PracticeSummary): Element[] {
  const body: Element[] = [
    heading(s.heading),
    text(s.score, { weight: 'Bolder' }),
    text(s.time, small),
  ];
  if (s.unanswered) body.push(text(s.unanswered, small));
  body.push(...rows(s.areas.label, s.areas.lines));
  if (s.wrong.items.length) {
    body.push(text(s.wrong.label, { weight: 'Bolder', spacing: 'Medium' }));
    let bytes = 0;
    let shown = 0;
    for (const w of s.wrong.items) {
      const item = wrongItem(s.wrong, w);
      bytes += Buffer.byteLength(JSON.stringify(item));
      if (bytes > SUMMARY_ITEMS_BYTES) break;
      body.push(item);
      shown++;
    }
    if (shown < s.wrong.items.length) body.push(text(`+${s.wrong.items.length - shown}`, small));
  }
  body.push(text(s.note, { ...small, spacing: 'Medium' }));
  return body;
}

function viewElements(v: CoachView): Element[] {
  switch (v.kind) {
    case 'notice':
      return [text(v.text)];
    case 'question':
      return questionElements(v.card);
    case 'feedback': {
      const body = feedbackElements(v.feedback);
      // Practice: the next question under the feedback, or the summary ending the test.
      const after = v.next ? questionElements(v.next) : v.summary ? summaryElements(v.summary) : [];
      if (after.length) body.push(container(after, { separator: true, spacing: 'Large' }));
      return body;
    }
    case 'readiness':
      return readinessElements(v.readiness);
    case 'summary':
      return summaryElements(v.summary);
    case 'forget-confirm':
      return [
        text(v.text),
        actionSet([
          {
            ...execute(v.confirm, VERB.coach, { kind: 'coach-forget', confirm: true }),
            style: 'destructive',
          },
          execute(v.cancel, VERB.coach, { kind: 'coach-forget', confirm: false }),
        ]),
      ];
  }
}

/** Any coach view as one card; the fallback text is the view's first line (notifications). */
export function coachCard(v: CoachView): Card {
  const first = coachText(v).split('\n')[0] ?? '';
  return card(viewElements(v), { fallbackText: first.slice(0, 200) });
}
