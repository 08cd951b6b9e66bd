// The personal exam coach in Block Kit: a question (the daily one or a practice test's) with a
// button per option, the feedback after an answer (the explanation, why the chosen option is
// wrong, the source, a button to the topic's guidance), the readiness view and the practice
// summary. Parts and order follow core/coach/outline.ts; the words come from it. These are
// only ever shown to the person they are about: a DM, an ephemeral reply, their App Home.

import type { types } from '@slack/bolt';
import { answerAction } from '../../../src/commands/coach-payload.ts';
import { letter } from '../../../src/commands/text.ts';
import type {
  AnswerFeedback,
  CoachAction,
  CoachView,
  PracticeSummary,
  QuestionCard,
  ReadinessOutline,
} from '../../../src/core/coach/outline.ts';
import { coachText } from '../../../src/core/coach/render-text.ts';
import { COACH } from '../../../src/core/copy.ts';
import { ACTION, actionId } from '../ids.ts';
import { LIMITS } from '../limits.ts';
import { clip, esc, plain } from '../mrkdwn.ts';
import {
  actions,
  type Block,
  type Button,
  context,
  divider,
  fields,
  header,
  type Message,
  section,
  withinBlockLimit,
} from './kit.ts';
import { paragraphs } from './supervisor.ts';

/** A coach button: its value is the action's JSON (ids, an index, a choice; never text). */
const coachButton = (
  text: string,
  suffix: string,
  action: CoachAction,
  style?: Button['style'],
): Button => ({
  text,
  actionId: actionId(ACTION.coach, suffix),
  value: JSON.stringify(action),
  ...(style ? { style } : {}),
});

/** A topic's guidance, opened by the existing topic button. */
const topicButton = (title: string, topicId: string, suffix: string): Button => ({
  text: title,
  actionId: actionId(ACTION.topic, suffix),
  value: topicId,
});

export function questionBlocks(c: QuestionCard): Block[] {
  const options = c.options.map((o, i) => `*${letter(i)}.* ${esc(o)}`).join('\n');
  const buttons = c.options.map((_, i) =>
    coachButton(letter(i), `answer-${i}`, answerAction(c.answer, i)),
  );
  if (c.end) buttons.push(coachButton(c.end.label, 'end', c.end.action, 'danger'));
  const where = [c.progress, c.area].filter(Boolean).join(' · ');
  return [
    header(`📝 ${c.heading}`),
    ...(where ? [context(esc(where))] : []),
    ...paragraphs(esc(c.scenario)),
    section(options),
    ...actions(buttons),
  ];
}

export function feedbackBlocks(f: AnswerFeedback): Block[] {
  const blocks: Block[] = [];
  if (f.repeat) blocks.push(context(esc(COACH.repeat)));
  blocks.push(
    section(`${f.correct ? '✅' : '❌'} *${esc(f.verdict)}*`),
    section(`*${esc(f.chosen.label)}:* ${esc(f.chosen.text)}`),
  );
  if (f.chosen.why) blocks.push(section(esc(f.chosen.why)));
  if (!f.correct) blocks.push(section(`*${esc(f.right.label)}:* ${esc(f.right.text)}`));
  blocks.push(
    ...paragraphs(`*${esc(f.explanation.label)}:* ${esc(f.explanation.text)}`),
    context(
      `${esc(f.source.label)}: ${esc(f.source.title)}${f.source.section ? `, ${esc(f.source.section)}` : ''}`,
    ),
  );
  if (f.next) blocks.push(context(esc(f.next)));
  blocks.push(
    ...actions([
      topicButton(`📖 ${f.guidance.label}: ${f.guidance.title}`, f.guidance.topicId, 'coach'),
    ]),
  );
  return blocks;
}

/** Rows as lines, in as many sections as it takes. */
const rowLines = (label: string, lines: string[]): Block[] =>
  lines.length ? paragraphs(`*${esc(label)}*\n${lines.map((l) => `• ${esc(l)}`).join('\n')}`) : [];

export function readinessBlocks(r: ReadinessOutline): Block[] {
  const blocks: Block[] = [header(`📊 ${r.heading}`), context(esc(r.note)), section(esc(r.plan))];
  if (r.summary.length)
    blocks.push(fields(r.summary.map((s) => `*${esc(s.label)}*\n${esc(s.value)}`)));
  if (r.empty) blocks.push(section(esc(r.empty)));
  else
    blocks.push(
      ...rowLines(
        r.areas.label,
        r.areas.rows.map((x) => x.line),
      ),
      ...rowLines(
        r.topics.label,
        r.topics.rows.map((x) => x.line),
      ),
    );
  if (r.review.items.length)
    blocks.push(
      section(
        `*${esc(r.review.label)}*\n${r.review.items.map((x) => `• *${esc(x.title)}*: ${esc(x.reason)}`).join('\n')}`,
      ),
      ...actions(r.review.items.map((x, i) => topicButton(x.title, x.topicId, `review-${i}`))),
    );
  return blocks;
}

/** A wrong or unanswered item, with a button to its topic's guidance. */
function wrongItem(
  s: PracticeSummary['wrong'],
  w: PracticeSummary['wrong']['items'][number],
  i: number,
): Block {
  const lines = [
    `*${esc(w.topicTitle)}*: ${esc(clip(w.scenario, 600))}`,
    w.chosen === null ? null : `❌ ${esc(s.chosenLabel)}: ${esc(w.chosen)}`,
    w.why ? `_${esc(w.why)}_` : null,
    `✅ ${esc(s.rightLabel)}: ${esc(w.right)}`,
  ].filter((l): l is string => l !== null);
  return {
    type: 'section',
    text: { type: 'mrkdwn', text: clip(lines.join('\n'), LIMITS.sectionText) },
    accessory: {
      type: 'button',
      text: { type: 'plain_text', text: clip(plain(COACH.readGuidance), LIMITS.buttonText) },
      action_id: actionId(ACTION.topic, `wrong-${i}`),
      value: w.topicId,
    },
  } satisfies types.SectionBlock;
}

/** The summary in at most `max` blocks: the list of wrong items is cut to fit, the note kept. */
export function summaryBlocks(s: PracticeSummary, max: number = LIMITS.messageBlocks): Block[] {
  const blocks: Block[] = [
    header(`🏁 ${s.heading}`),
    section(`*${esc(s.score)}*`),
    context(esc(s.time)),
  ];
  if (s.unanswered) blocks.push(context(esc(s.unanswered)));
  blocks.push(...rowLines(s.areas.label, s.areas.lines));
  if (s.wrong.items.length)
    blocks.push(
      section(`*${esc(s.wrong.label)}*`),
      ...s.wrong.items.map((w, i) => wrongItem(s.wrong, w, i)),
    );
  // The note last, kept when the list is cut to fit.
  const note = context(esc(s.note));
  return [...withinBlockLimit(blocks, max - 1), note];
}

function viewBlocks(v: CoachView): Block[] {
  switch (v.kind) {
    case 'notice':
      return [section(esc(v.text))];
    case 'question':
      return questionBlocks(v.card);
    case 'feedback': {
      const blocks = feedbackBlocks(v.feedback);
      // Practice: the next question under the feedback, or the summary ending the test.
      if (v.next) blocks.push(divider(), ...questionBlocks(v.next));
      if (v.summary)
        blocks.push(
          divider(),
          ...summaryBlocks(v.summary, LIMITS.messageBlocks - blocks.length - 1),
        );
      return blocks;
    }
    case 'readiness':
      return readinessBlocks(v.readiness);
    case 'summary':
      return summaryBlocks(v.summary);
    case 'forget-confirm':
      return [
        section(esc(v.text)),
        ...actions([
          coachButton(v.confirm, 'forget-yes', { kind: 'coach-forget', confirm: true }, 'danger'),
          coachButton(v.cancel, 'forget-no', { kind: 'coach-forget', confirm: false }),
        ]),
      ];
  }
}

/** Any coach view as one message; the fallback text is the view's first line (notifications). */
export function coachMessage(v: CoachView): Message {
  const first = coachText(v).split('\n')[0] ?? '';
  return { text: esc(clip(first, 300)), blocks: withinBlockLimit(viewBlocks(v)) };
}
