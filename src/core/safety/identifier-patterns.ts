// Identifiers with a shape: numbers, dates of birth, contacts, addresses, plates. Each rule is a
// pattern and its placeholder, applied in order (an SSN before a phone number, a plate before a
// licence). Names have no shape and are found in names.ts.
// Left alone on purpose: times, money, ages, years alone, appointment dates (recent or without a
// year), ZIP codes alone, rooms and suites, hotlines (988, 911, 211, toll-free numbers), code
// sections and billing codes.

export type IdentifierKind =
  | 'email'
  | 'ssn'
  | 'medi-cal'
  | 'mrn'
  | 'dob'
  | 'phone'
  | 'address'
  | 'plate'
  | 'license'
  | 'number'
  | 'name';

export interface Rule {
  kind: IdentifierKind;
  pattern: RegExp;
  placeholder: string;
  /** A match that fails this check is left as written. */
  keep?: (match: string) => boolean;
}

const MONTH_EN = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const MONTH_ES = `(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|sept?iembre|setiembre|octubre|noviembre|diciembre)`;
const DAY = String.raw`\d{1,2}(?:st|nd|rd|th)?`;
const YEAR = String.raw`(?:(?:19|20)\d{2}|'?\d{2})`;
const YEAR4 = String.raw`(?:19|20)\d{2}`;
const NUMERIC = String.raw`\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?|\d{4}[/.-]\d{1,2}[/.-]\d{1,2}`;
const WRITTEN = [
  `${DAY}[ -]${MONTH_EN}(?:,?[ -]${YEAR})?`,
  `${MONTH_EN} ${DAY}(?:,? ${YEAR})?`,
  `(?:the )?${DAY} of ${MONTH_EN}(?:,? ${YEAR})?`,
  `${DAY} de ${MONTH_ES}(?: (?:de|del) ${YEAR})?`,
].join('|');
/** A date in any common form, with or without a year (used after a birth cue). */
const ANY_DATE = String.raw`(?:${WRITTEN}|${NUMERIC})\b`;
const BIRTH_CUE = String.raw`(?:d\.?o\.?b\.?|date of birth|birth ?date|b-?day|birthday|born(?: on)?|fecha de nacimiento|f\. ?nac\.?|naci[oó](?: el)?|nacid[oa](?: el)?|cumpleaños|cumple)`;

/** Years before this in a full date read as a birth date even without a cue. */
const OLD_YEAR = 2010;

function isOldDate(match: string): boolean {
  const year = /(?:^|\D)((?:19|20)\d{2})(?!\d)/.exec(match)?.[1] ?? /(\d{2})\s*$/.exec(match)?.[1];
  if (!year) return false;
  const y =
    year.length === 4
      ? Number(year)
      : Number(year) >= 30
        ? 1900 + Number(year)
        : 2000 + Number(year);
  return y < OLD_YEAR;
}

/** Toll-free prefixes: hotlines, not people. */
const NOT_TOLL_FREE = String.raw`(?!(?:\+?1[-. ]?)?\(?8(?:00|33|44|55|66|77|88)\)?[-. ]?\d)`;

const STREET =
  '(?:st|street|ave|avenue|av|rd|road|blvd|boulevard|dr|drive|ln|lane|way|ct|court|pl|place|cir|circle|ter|terrace|hwy|highway|pkwy|parkway|trl|trail|loop|row|sq|square|aly|alley)';
/** Words that show a number and a street word are prose ("2 clients going to court"). */
const NOT_IN_ADDRESS =
  /\s(?:the|a|an|to|on|in|at|of|for|with|my|his|her|their|our|your|and|or|from|by|into|this|that|is|are|was|be|i|we|you|he|she|they|it|people|clients|participants|hours|minutes|days|weeks|months|years|times|more|other|all|go|going|went|get|got)\s/i;
const STREET_AT_END = new RegExp(String.raw`\s${STREET}\b`, 'i');
const UNIT = String.raw`(?:,?\s*(?:apt|apartment|unit|suite|ste|space|sp|rm|room|#)\.?\s*#?\s*[A-Za-z0-9-]+)?`;

const MAIL_PROVIDER = '(?:gmail|yahoo|hotmail|outlook|icloud|aol|proton(?:mail)?|ymail)';
const TLD = '(?:com|org|net|edu|gov|us|io|co|mx|info|biz|me|ca)';
const BRACKET_AT = String.raw`\s*[[({<]\s*at\s*[\])}>]\s*`;
const DOT = String.raw`(?:\s*[[({<]\s*dot\s*[\])}>]\s*|\s+dot\s+|\.)`;

const NUMBER_WORD = String.raw`(?: ?#| id| number| no\.?| num)`;
const RECORD_CUE = `(?:mrn|medical record${NUMBER_WORD}?|chart${NUMBER_WORD}?|record${NUMBER_WORD}|(?:patient|client|participant|member|consumer|subscriber|insurance|medicaid|medicare|case|booking|inmate|account|acct|policy)${NUMBER_WORD}|cdcr${NUMBER_WORD}?|id${NUMBER_WORD}?)`;

export const RULES: Rule[] = [
  {
    kind: 'email',
    pattern: /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g,
    placeholder: '[email]',
  },
  {
    // Written out: "jrod [at] example [dot] net", "maria.lopez at gmail dot com", "lupe at
    // yahoo". A plain word before " at " counts only when it looks like a handle (a dot, an
    // underscore or a digit), a mail provider follows, or the domain is spelled with " dot ".
    kind: 'email',
    pattern: new RegExp(
      [
        String.raw`\b[A-Za-z0-9._%+-]+${BRACKET_AT}[A-Za-z0-9-]+(?:${DOT}[A-Za-z0-9-]+)*`,
        String.raw`\b[A-Za-z0-9%+-]*[._\d][A-Za-z0-9._%+-]*\s+at\s+[A-Za-z0-9-]+(?:${DOT}[A-Za-z0-9-]+)*${DOT}${TLD}\b`,
        String.raw`\b[A-Za-z0-9._%+-]+\s+at\s+${MAIL_PROVIDER}\b(?:${DOT}${TLD}\b)?`,
        String.raw`\b[A-Za-z0-9._%+-]+\s+at\s+[A-Za-z0-9-]+(?:\s+dot\s+[A-Za-z0-9-]+)*\s+dot\s+${TLD}\b`,
      ].join('|'),
      'gi',
    ),
    placeholder: '[email]',
  },
  {
    kind: 'dob',
    pattern: new RegExp(
      String.raw`\b${BIRTH_CUE}\s*(?:(?:is|was|of|on|es|el|fue|de)\s+|[:\-]\s*)*${ANY_DATE}`,
      'gi',
    ),
    placeholder: '[date of birth]',
  },
  {
    // A full date with an old year is a birth date, cue or not.
    kind: 'dob',
    pattern: new RegExp(
      String.raw`\b(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{1,2}-\d{1,2}|${DAY}[ -]${MONTH_EN}[ ,-]+${YEAR4}|${MONTH_EN} ${DAY},? ${YEAR4}|${DAY} de ${MONTH_ES} (?:de|del) ${YEAR4})\b`,
      'gi',
    ),
    placeholder: '[date of birth]',
    keep: isOldDate,
  },
  // "DOB" on its own (not inside a placeholder already made).
  {
    kind: 'dob',
    pattern: /(?<!\[)\b(?:d\.?o\.?b|date of birth|fecha de nacimiento)\b(?!\])/gi,
    placeholder: '[date of birth]',
  },
  {
    kind: 'ssn',
    pattern:
      /\b\d{3}([- .])\d{2}\1\d{4}\b|\b(?:ssn|ss#|social(?: security)?(?: number| no\.?| #)?)\s*(?:is\s+|[:#]\s*)?\d{9}\b|(?<![\d-])\b\d{9}\b(?![\d-])/gi,
    placeholder: '[SSN]',
  },
  {
    // "last 4 of her social are 5678"
    kind: 'ssn',
    pattern:
      /\blast (?:4|four)(?: digits)?(?: of)?(?: (?:her|his|their|the|my))? (?:social(?: security)?|ssn|ss#?)(?: (?:is|are|was|were))?\s*:?\s*\d{4}\b/gi,
    placeholder: '[SSN]',
  },
  {
    kind: 'medi-cal',
    pattern:
      /\b\d{8}[A-Za-z]\b|\b(?:CIN|medi-?cal (?:id|number|no\.?|#))\s*[:#]?\s*(?:is\s+)?(?=[A-Za-z]*\d)[A-Za-z0-9]{6,}(?:\s[A-Za-z]\b)?/gi,
    placeholder: '[Medi-Cal ID]',
  },
  {
    kind: 'mrn',
    pattern: new RegExp(
      String.raw`\b${RECORD_CUE}\s*(?:[:#=]\s*|is\s+)*(?=[A-Za-z-]*\d)[A-Za-z0-9][A-Za-z0-9-]{3,}\b`,
      'gi',
    ),
    placeholder: '[record number]',
    // A year ("case from 2019") or a short count is not a record number.
    keep: (m) => !/\s(?:19|20)\d{2}$|\s\d{1,3}$/.test(m),
  },
  {
    kind: 'plate',
    pattern:
      /\b(?:license plate|plate|placa|tag)(?: number| no\.?| #)?\s*(?:is\s+|[:#]\s*)?(?:[A-Z]{2}\s+)?(?=[A-Za-z-]*\d)(?=[\d-]*[A-Za-z])[A-Za-z0-9](?:-?[A-Za-z0-9]){4,7}\b/gi,
    placeholder: '[plate]',
  },
  // The California format (7ABC123) needs no cue.
  { kind: 'plate', pattern: /\b\d[A-Z]{3}\d{3}\b/g, placeholder: '[plate]' },
  {
    kind: 'license',
    pattern:
      /\b(?:driver'?s? licen[cs]e|licen[cs]e|licencia(?: de conducir)?|c?dl|id card)\b(?: number| no\.?| #)?\s*(?:is\s+|[:#]\s*)?(?=[A-Za-z]*\d)[A-Za-z]?\d{5,}\b|\b[A-Z]\d{7}\b/gi,
    placeholder: '[license]',
  },
  {
    kind: 'phone',
    pattern: new RegExp(
      [
        // International: +44 20 7946 0958, 0052 55 1234 5678.
        String.raw`(?:\+|\b00)\d{1,3}(?:[-. ]?\(?\d{1,5}\)?){2,6}`,
        // North American: (559) 555-0142, 559.555.0142, 1-209-555-0127, 5595550123, 555-0123.
        String.raw`${NOT_TOLL_FREE}(?:\b1[-. ]?)?(?:\(\d{3}\)\s*|\b\d{3}[-. ])\d{3}[-. ]\d{4}\b`,
        String.raw`${NOT_TOLL_FREE}\b1?\d{10}\b`,
        String.raw`${NOT_TOLL_FREE}(?:\(\d{3}\)\s*|\b\d{3}[-. ])\d{7}\b`,
        String.raw`(?<![\d-])\b\d{3}-\d{4}\b`,
      ].join('|'),
      'g',
    ),
    placeholder: '[phone]',
    keep: (m) => m.replace(/\D/g, '').length >= 7,
  },
  {
    kind: 'address',
    pattern: new RegExp(
      String.raw`\b\d{1,6}\s+(?:[A-Za-z0-9.'’-]+\s+){1,4}${STREET}\b\.?${UNIT}|\b\d{1,6}\s+(?:calle|avenida|camino)\s+[A-Za-z0-9'’-]+(?:\s+[A-Z][A-Za-z'’-]+)*${UNIT}|\b(?:calle|avenida)\s+[A-Z][A-Za-z'’-]+(?:\s+[A-Z][A-Za-z'’-]+)*\s+#?\d{1,6}\b`,
      'gi',
    ),
    placeholder: '[address]',
    keep: (m) => !NOT_IN_ADDRESS.test(m.slice(0, m.search(STREET_AT_END) + 1)),
  },
  {
    kind: 'address',
    pattern:
      /\b(?:p\.?\s?o\.?|post office)\s*box\s*#?\s*\d+\b|\bpob\s*#?\s*\d+\b|\bapartado(?: postal)?\s*#?\s*\d+\b/gi,
    placeholder: '[address]',
  },
  {
    // Any other long run of digits is somebody's number.
    kind: 'number',
    pattern: new RegExp(String.raw`${NOT_TOLL_FREE}(?<![\d$.,])\b\d{7,}\b(?![.,]\d)`, 'g'),
    placeholder: '[number]',
  },
];
