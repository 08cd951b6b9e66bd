// Text that may identify a client: found, counted and replaced with placeholders. One
// redact() for the whole bot, so the warning, logs, stored misses and anything else see the
// same detection. The shapes are in identifier-patterns.ts, names in names.ts.
import { stripMarkup } from '../normalize.ts';
import { type IdentifierKind, RULES } from './identifier-patterns.ts';
import { redactNames } from './names.ts';

export type { IdentifierKind } from './identifier-patterns.ts';

const KINDS: IdentifierKind[] = [
  'email',
  'ssn',
  'medi-cal',
  'mrn',
  'dob',
  'phone',
  'address',
  'plate',
  'license',
  'number',
  'handle',
  'name',
];

export interface Redaction {
  /** The text with every identifier replaced by a placeholder such as [phone]. */
  text: string;
  /** Kinds found, each once, in a fixed order. */
  found: IdentifierKind[];
}

/** Replace every identifier with a placeholder. Platform markup is removed first. */
export function redact(raw: string): Redaction {
  const found = new Set<IdentifierKind>();
  let text = stripMarkup(raw);
  for (const { kind, pattern, placeholder, keep, gate } of RULES) {
    if (gate && !gate.test(text)) continue;
    text = text.replace(pattern, (m) => {
      if (keep && !keep(m)) return m;
      found.add(kind);
      return placeholder;
    });
  }
  const names = redactNames(text);
  if (names.found) found.add('name');
  return { text: names.text, found: KINDS.filter((k) => found.has(k)) };
}

/** True when the text seems to hold client identifiers. */
export function hasIdentifiers(text: string): boolean {
  return redact(text).found.length > 0;
}

/** Long pastes: the start is redacted for matching; the rest is only checked, and only when it
 * has something an identifier needs (a digit, an @, two capitalised words in a row, a bracketed
 * "at" or a birth cue). */
const HEAD = 2_000;
const LIMIT = 40_000;
const MAY_IDENTIFY =
  /[\d@]|\p{Lu}[\p{Ll}.]*\s+\p{Lu}\p{Ll}|[[({<]\s*at\s*[\])}>]|\b[Dd]\.?[Oo]\.?[Bb]\b|date of birth|nacimiento/u;

export function scanIdentifiers(text: string): Redaction {
  if (text.length <= HEAD) return redact(text);
  const head = redact(text.slice(0, HEAD));
  const tail = text.slice(HEAD, LIMIT);
  const more = MAY_IDENTIFY.test(tail) ? redact(tail).found : [];
  const found = new Set([...head.found, ...more]);
  return { text: head.text, found: KINDS.filter((k) => found.has(k)) };
}
