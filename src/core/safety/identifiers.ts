// Text that may identify a client: found, counted and replaced with placeholders. One
// redact() for the whole bot, so logs, stored misses and anything else see the same text.
// Not identifiers: times, dollar amounts, statute citations, appointment dates alone, first
// names alone, crisis numbers (988, 911, 5150).
import { stripMarkup } from '../normalize.ts';

export type IdentifierKind =
  | 'email'
  | 'ssn'
  | 'medi-cal'
  | 'mrn'
  | 'dob'
  | 'phone'
  | 'address'
  | 'name';

const DATE = String.raw`(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4})`;
const NAME = String.raw`[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?(?:\s+[A-Z]\.?)?\s+(?:(?:de|del|la|van|von|da|di|le|mc|o')\s*)?[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?`;
// Words that introduce a person. Matched in either case, while names must be capitalised.
const ROLE = `(?:${'client clients participant participants member consumer patient peer mentee resident youth guy lady woman man kid named called aka'
  .split(' ')
  .map((w) => `[${w[0]?.toUpperCase()}${w[0]}]${w.slice(1)}`)
  .join('|')}|[Pp]erson [Ii] (?:serve|support|work with)|[Nn]ame(?: is|'s|:))`;
const STREET =
  '(?:st|street|ave|avenue|rd|road|blvd|boulevard|dr|drive|ln|lane|way|ct|court|pl|place|cir|circle|ter|terrace|hwy|highway|pkwy|parkway|trl|trail)';
// Two capitalised words that are not a person's name.
const NOT_NAMES =
  /^(?:Medi Cal|Peer Support|Social Security|Penal Code|Civil Code|Behavioral Health|Mental Health|Adult Protective|Child Protective|Code Of|Good Morning|Thank You|Happy Birthday|Los Angeles|San \w+|Santa \w+)$/i;

const RULES: [IdentifierKind, RegExp, string][] = [
  ['email', /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g, '[email]'],
  [
    'ssn',
    /\b\d{3}[- ]\d{2}[- ]\d{4}\b|\b(?:ssn|social security(?: number| no\.?| #)?)\s*[:#]?\s*\d{9}\b/gi,
    '[SSN]',
  ],
  [
    'medi-cal',
    /\b\d{8}[A-Za-z]\b|\b(?:CIN|medi-?cal (?:id|number|no\.?|#))\s*[:#]?\s*(?=[A-Za-z]*\d)[A-Za-z0-9]{6,}\b/gi,
    '[Medi-Cal ID]',
  ],
  [
    'mrn',
    /\b(?:MRN|medical record (?:number|no\.?|#)|chart (?:number|no\.?|#)|record #)\s*[:#]?\s*(?:is\s+)?(?=[A-Za-z-]*\d)[A-Za-z0-9-]{4,}\b/gi,
    '[record number]',
  ],
  [
    'dob',
    new RegExp(
      String.raw`\b(?:d\.?o\.?b\.?|date of birth|birth ?date|birthday|born(?: on)?)\s*(?:is|was|of)?\s*[:\-]?\s*${DATE}`,
      'gi',
    ),
    '[date of birth]',
  ],
  // "DOB" on its own (not inside a placeholder already made).
  ['dob', /(?<!\[)\b(?:d\.?o\.?b|date of birth)\b(?!\])/gi, '[date of birth]'],
  [
    'phone',
    /(?!(?:\+?1[-. ]?)?\(?8(?:00|33|44|55|66|77|88)\)?[-. ])(?:\+?1[-. ]?)?(?:\(\d{3}\)\s*|\b\d{3}[-. ])\d{3}[-. ]\d{4}\b|\b\d{10}\b|(?<![\d-])\b\d{3}-\d{4}\b/g,
    '[phone]',
  ],
  [
    'address',
    new RegExp(
      String.raw`\b\d{1,6}\s+(?:[A-Za-z0-9.'’-]+\s+){1,4}${STREET}\b\.?(?:,?\s*(?:apt|apartment|unit|suite|ste|#)\.?\s*[A-Za-z0-9-]+)?`,
      'gi',
    ),
    '[address]',
  ],
];

const KINDS: IdentifierKind[] = [
  'email',
  'ssn',
  'medi-cal',
  'mrn',
  'dob',
  'phone',
  'address',
  'name',
];

export interface Redaction {
  /** The text with every identifier replaced by a placeholder such as [phone]. */
  text: string;
  /** Kinds found, each once, in the order of RULES. */
  found: IdentifierKind[];
}

/** Replace every identifier with a placeholder. Platform markup is removed first. */
export function redact(raw: string): Redaction {
  const found = new Set<IdentifierKind>();
  let text = stripMarkup(raw);
  for (const [kind, pattern, placeholder] of RULES) {
    text = text.replace(pattern, () => {
      found.add(kind);
      return placeholder;
    });
  }
  // Full names: introduced by a role ("my client Maria Lopez") or next to a date of birth.
  const byRole = new RegExp(String.raw`(\b${ROLE}\s*[:,]?\s+)(${NAME})\b`, 'g');
  const beforeDob = new RegExp(String.raw`\b(${NAME})(\s*[,(]?\s*\[date of birth\])`, 'g');
  const name = (m: string, lead: string, who: string) => {
    if (NOT_NAMES.test(who.replace(/\s+/g, ' '))) return m;
    found.add('name');
    return `${lead}[name]`;
  };
  text = text.replace(byRole, name).replace(beforeDob, (m, who: string, rest: string) => {
    if (NOT_NAMES.test(who.replace(/\s+/g, ' '))) return m;
    found.add('name');
    return `[name]${rest}`;
  });
  return { text, found: KINDS.filter((k) => found.has(k)) };
}

/** True when the text seems to hold client identifiers. */
export function hasIdentifiers(text: string): boolean {
  return redact(text).found.length > 0;
}

/** Long pastes: the start is redacted for matching; the rest is only checked, and only when it
 * has something an identifier needs (a digit, an @, or two capitalised words in a row). */
const HEAD = 2_000;
const LIMIT = 40_000;
const MAY_IDENTIFY = /[\d@]|[A-Z][a-z]+\s+[A-Z][a-z]+|\b[Dd]\.?[Oo]\.?[Bb]\b|date of birth/;

export function scanIdentifiers(text: string): Redaction {
  if (text.length <= HEAD) return redact(text);
  const head = redact(text.slice(0, HEAD));
  const tail = text.slice(HEAD, LIMIT);
  const more = MAY_IDENTIFY.test(tail) ? redact(tail).found : [];
  const found = new Set([...head.found, ...more]);
  return { text: head.text, found: KINDS.filter((k) => found.has(k)) };
}
