// The "Ask a supervisor" views as plain text: the terminal console, and the text a surface sends
// beside its card (notifications, screen readers). Same parts, same order as the outlines.
import { SUPERVISOR } from '../copy.ts';
import type { CrisisProtocol } from '../safety/protocol.ts';
import type { AnswerOutline, PreviewOutline, RequestCard } from './outline.ts';

function protocolText(p: CrisisProtocol): string[] {
  return [
    p.title,
    ...p.steps.map((s, i) => `${i + 1}. ${s}`),
    ...p.contacts.map((c) => `${c.label}: ${c.value}`),
    '',
  ];
}

/** The preview: the protocol first when it fired, then exactly what would be sent. */
export function previewText(p: PreviewOutline, problem: string | null = null): string {
  return [
    ...(p.crisis ? protocolText(p.crisis) : []),
    ...(problem ? [problem, ''] : []),
    p.heading,
    p.note,
    ...(p.urgent ? [SUPERVISOR.urgent] : []),
    '',
    p.text ? `> ${p.text}` : '',
    '',
    ...(p.anonymous.note ? [p.anonymous.note] : []),
  ].join('\n');
}

/** A request's card, for a supervisor; `who` renders the asker (a mention, a name). */
export function cardText(
  c: RequestCard,
  who: (a: NonNullable<RequestCard['asker']>) => string = (a) => a.name ?? a.userId,
): string {
  return [
    ...(c.urgent ? [`!! ${c.urgent}`] : []),
    `${c.heading} [${c.stateLabel}] (${c.requestId})`,
    `> ${c.question}`,
    c.topic,
    `${c.askedLabel}: ${c.askedAt}`,
    `${c.askerLabel}: ${c.asker ? who(c.asker) : c.anonymousLabel}`,
    ...(c.claimed ? [c.claimed] : []),
    ...(c.answer ? [`${c.answer.label} (${c.answer.by}): ${c.answer.text}`] : []),
    ...(c.closed ? [c.closed] : []),
  ].join('\n');
}

/** The answer as the asker receives it. */
export function answerText(a: AnswerOutline): string {
  return [a.heading, `${a.questionLabel}: ${a.question}`, '', a.answer, '', a.answeredBy].join(
    '\n',
  );
}
