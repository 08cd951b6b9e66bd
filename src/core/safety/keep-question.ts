// What a log line or a stored unanswered question may keep of a question, when an operator
// has opted in: the redacted words when nothing in them still looks like it could identify
// someone; otherwise only the topic guess. Redaction can miss a format it does not know, so
// anything it could not be sure of is not kept.
import type { Guidance } from '../guidance.ts';
import { redact } from './identifiers.ts';
import { mayHoldName } from './names.ts';

const PLACEHOLDERS = /\[[^\]]{1,20}\]/g;
/** Residue that may still identify someone after redaction. */
const RISKY = [
  // Seven digits or more in a row, with or without separators (an id, a phone, a full date).
  /\d(?:[\s()./-]{0,2}\d){6,}/,
  // An @, or an e-mail written out.
  /@|[[({<]\s*(?:at|dot)\s*[\])}>]|\w\s+(?:dot|punto)\s+\w|\sarroba\s/i,
  // A cue for an identifier with a number left beside it: the value took a form not caught.
  /\b(?:born|birth|dob|b-?day|naci[oó]|nacimiento|ssn|social|cin|mrn|chart|record|case|license|licen[cs]ia|plate|placa|address|direcci[oó]n|lives? at|box|phone|cell|tel|number|n[uú]mero|id)\b[^.?!\n]{0,30}\d/i,
];

/** True when the redacted text may still identify someone. */
export function risky(redacted: string): boolean {
  const rest = redacted.replace(PLACEHOLDERS, ' ');
  return RISKY.some((r) => r.test(rest)) || mayHoldName(rest);
}

/** The topic the reply answers, else the nearest ones: what a withheld question keeps. */
export function topicGuess(g: Pick<Guidance, 'topic' | 'alternatives'>): string[] {
  return g.topic ? [g.topic.id] : g.alternatives.map((a) => a.id);
}

/** The words to keep (at most `max` characters), or a note with the topic guess instead. */
export function questionToKeep(raw: string, topics: readonly string[], max: number): string {
  const { text } = redact(raw);
  if (!risky(text)) return text.slice(0, max);
  return topics.length
    ? `[question withheld; topic guess: ${topics.slice(0, 3).join(', ')}]`
    : '[question withheld]';
}
