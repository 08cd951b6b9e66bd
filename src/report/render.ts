// The curator report as plain text, for the terminal (npm run report).
import type { QuizAccuracy, Report } from './report.ts';

const percent = (a: number | null) => (a === null ? '-' : `${Math.round(a * 100)}%`);

function table(head: string[], rows: (string | number)[][]): string[] {
  const all = [head, ...rows.map((r) => r.map(String))];
  const widths = head.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
  // First column left-aligned (names), the rest right-aligned (numbers).
  return all.map((r) =>
    `  ${r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ')}`.trimEnd(),
  );
}

function quizRows(list: QuizAccuracy[]) {
  return list.map((e) => [e.title, e.answered, e.correct, percent(e.accuracy)]);
}

export function renderReport(r: Report): string {
  const q = r.questions;
  const lines = [
    `Curator report, ${r.range.firstDay} to ${r.range.lastDay} (${r.range.zone})`,
    '',
    `Questions: ${q.total} (answered ${q.answered}, not matched ${q.noMatch}, help ${q.help}, crisis protocol ${q.crisis})`,
  ];

  // Questions and feedback side by side, per topic: what is asked and whether it helped.
  const feedback = new Map(r.feedback.map((f) => [f.topic, f]));
  const topics = [
    ...q.byTopic.map((t) => ({ id: t.topic, title: t.title, count: t.count })),
    ...r.feedback
      .filter((f) => !q.byTopic.some((t) => t.topic === f.topic))
      .map((f) => ({ id: f.topic, title: f.title, count: 0 })),
  ];
  if (topics.length) {
    lines.push('');
    lines.push(
      ...table(
        ['Topic', 'Asked', 'Helpful', 'Not helpful'],
        topics.map((t) => [
          t.title,
          t.count,
          feedback.get(t.id)?.helpful ?? 0,
          feedback.get(t.id)?.notHelpful ?? 0,
        ]),
      ),
    );
  }

  lines.push('', `Quiz: ${r.quiz.answered} answers, ${percent(r.quiz.accuracy)} correct`);
  if (r.quiz.answered) {
    lines.push(
      '',
      ...table(['Exam area', 'Answers', 'Correct', 'Accuracy'], quizRows(r.quiz.byArea)),
    );
    lines.push('', ...table(['Topic', 'Answers', 'Correct', 'Accuracy'], quizRows(r.quiz.byTopic)));
  }

  lines.push('');
  if (!r.misses.collected) {
    lines.push(
      'Unanswered questions: not collected (set COLLECT_MISSES=on to keep them, redacted).',
    );
  } else {
    lines.push(`Unanswered questions (redacted): ${r.misses.total}`);
    if (r.misses.items.length < r.misses.total)
      lines.push(`  (the latest ${r.misses.items.length} shown)`);
    for (const m of r.misses.items) lines.push(`  ${m.day}  ${m.text.replace(/\s+/g, ' ')}`);
  }

  const s = r.requests;
  const minutes = s.medianMinutesToAnswer;
  const wait =
    minutes === null ? '-' : minutes < 120 ? `${minutes} min` : `${Math.round(minutes / 60)} h`;
  lines.push(
    '',
    `Requests to supervisors: ${s.total} (waiting ${s.byState.open}, claimed ${s.byState.claimed}, answered ${s.byState.answered}, closed ${s.byState.closed}); median time to answer: ${wait}`,
  );
  if (s.topics.length)
    lines.push(
      '',
      ...table(
        ['Topic most escalated', 'Requests'],
        s.topics.map((t) => [t.title, t.count]),
      ),
    );
  lines.push(
    s.draftsWaiting.length
      ? `Drafts waiting for review (${s.draftsWaiting.length}): ${s.draftsWaiting.join(', ')}`
      : 'Drafts waiting for review: none',
  );

  const v = r.reviews;
  lines.push('');
  if (!v.due.length) {
    lines.push(`Topic reviews: all ${v.topics} topics reviewed in the last ${v.months} months.`);
  } else {
    lines.push(
      `Topics not reviewed in the last ${v.months} months (as of ${v.today}): ${v.due.length}`,
    );
    lines.push(
      '',
      ...table(
        ['Topic', 'Last reviewed', 'By'],
        v.due.map((d) => [d.title, d.reviewedOn, d.by]),
      ),
    );
  }
  return `${lines.join('\n')}\n`;
}
