// The coach's views as plain text: the terminal console, notification text and every
// surface's fallback. Follows the outlines' order; adds nothing.
import { COACH } from '../copy.ts';
import type {
  AnswerFeedback,
  CoachView,
  PracticeSummary,
  QuestionCard,
  ReadinessOutline,
} from './outline.ts';

export function questionText(c: QuestionCard): string {
  return [
    c.heading,
    ...(c.progress ? [c.progress] : []),
    `${c.area}: ${c.scenario}`,
    ...c.options.map((o, i) => `${i + 1}. ${o}`),
  ].join('\n');
}

export function feedbackText(f: AnswerFeedback): string {
  return [
    ...(f.repeat ? [COACH.repeat] : []),
    f.verdict,
    `${f.chosen.label}: ${f.chosen.text}`,
    ...(f.chosen.why ? [f.chosen.why] : []),
    ...(f.correct ? [] : [`${f.right.label}: ${f.right.text}`]),
    `${f.explanation.label}: ${f.explanation.text}`,
    `${f.source.label}: ${f.source.title}${f.source.section ? `, ${f.source.section}` : ''}`,
    ...(f.next ? [f.next] : []),
    `${f.guidance.label}: ${f.guidance.title}`,
  ].join('\n');
}

export function readinessText(r: ReadinessOutline): string {
  const lines = [r.heading, r.note, r.plan];
  lines.push(r.summary.map((s) => `${s.label}: ${s.value}`).join(' · '));
  if (r.empty) lines.push(r.empty);
  else {
    lines.push('', r.areas.label, ...r.areas.rows.map((x) => `- ${x.line}`));
    lines.push('', r.topics.label, ...r.topics.rows.map((x) => `- ${x.line}`));
  }
  if (r.review.items.length)
    lines.push('', r.review.label, ...r.review.items.map((x) => `- ${x.title} (${x.reason})`));
  return lines.join('\n');
}

export function summaryText(s: PracticeSummary): string {
  const lines = [s.heading, s.score, s.time];
  if (s.unanswered) lines.push(s.unanswered);
  lines.push('', s.areas.label, ...s.areas.lines.map((l) => `- ${l}`));
  if (s.wrong.items.length) {
    lines.push('', s.wrong.label);
    for (const w of s.wrong.items)
      lines.push(
        `- ${w.topicTitle}: ${w.scenario}`,
        ...(w.chosen ? [`  ${COACH.youChose}: ${w.chosen}${w.why ? ` (${w.why})` : ''}`] : []),
        `  ${COACH.bestAnswer}: ${w.right}`,
      );
  }
  lines.push('', s.note);
  return lines.join('\n');
}

export function coachText(v: CoachView): string {
  switch (v.kind) {
    case 'notice':
      return v.text;
    case 'question':
      return questionText(v.card);
    case 'feedback':
      return [
        feedbackText(v.feedback),
        ...(v.next ? ['', questionText(v.next)] : []),
        ...(v.summary ? ['', summaryText(v.summary)] : []),
      ].join('\n');
    case 'readiness':
      return readinessText(v.readiness);
    case 'summary':
      return summaryText(v.summary);
    case 'forget-confirm':
      return v.text;
  }
}
