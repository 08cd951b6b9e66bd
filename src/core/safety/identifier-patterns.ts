// Identifiers with a shape: numbers, dates of birth, contacts, addresses, plates. Each rule is a
// pattern and its placeholder, applied in order (an SSN before a phone number, a plate before a
// licence). Names have no shape and are found in names.ts.
// Left alone on purpose: times, money, ages, years alone, appointment dates (recent or without a
// year), ZIP codes alone, rooms and suites, hotlines (988, 911, 211, toll-free numbers), code
// sections and billing codes.

import { isEnglishWord } from '../dictionary.ts';

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
  | 'handle'
  | 'name';

export interface Rule {
  kind: IdentifierKind;
  pattern: RegExp;
  placeholder: string;
  /** A match that fails this check is left as written. */
  keep?: (match: string) => boolean;
  /** A cheap test the text must pass before the pattern is tried (most questions have no
   * digit, no @ and no birth word, and skip most rules). */
  gate?: RegExp;
}

const DIGIT = /\d/;

const MONTH_EN = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const MONTH_ES = `(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|sept?iembre|setiembre|octubre|noviembre|diciembre)`;
const ORDINAL_WORD =
  '(?:(?:(?:twenty|thirty)[- ]?)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|tenth|eleventh|twelfth|(?:thir|four|fif|six|seven|eigh|nine)teenth|twentieth|thirtieth)';
const DAY_ES_WORD = `(?:primero|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|dieci[a-zé]+|veinte|veinti[a-zé]+|treinta(?: y uno)?)`;
const DAY = String.raw`(?:\d{1,2}(?:st|nd|rd|th|ro|do|ero|º|°)?|${ORDINAL_WORD})`;
/** A year written in words: "nineteen eighty-one", "mil novecientos noventa". */
const YEAR_WORDS = String.raw`(?:nineteen|twenty)[- ](?:hundred|oh[- ]\w+|[a-z]+(?:[- ][a-z]+)?)|(?:mil novecientos|dos mil)(?: [a-z]+){0,3}`;
const YEAR = String.raw`(?:(?:19|20)\d{2}|[’']?\d{2}|${YEAR_WORDS})`;
const YEAR4 = String.raw`(?:19|20)\d{2}`;
/** A year that cannot be a day: four digits, '86, or words. */
const FULL_YEAR = String.raw`(?:${YEAR4}|[’']\d{2}|${YEAR_WORDS})`;
const NUMERIC = String.raw`\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?|\d{4}[/.-]\d{1,2}[/.-]\d{1,2}`;
const ROMAN_MONTH = '(?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)';
/** Unusual shapes of a full date: 05JUN94, Jun-05-1994, 17-VI-1974. */
const ODD_DATE = String.raw`\d{1,2}${MONTH_EN}\d{2,4}|${MONTH_EN}-\d{1,2}-\d{2,4}|\d{1,2}([-./])${ROMAN_MONTH}\1\d{2,4}`;
const WRITTEN = [
  `${DAY}[ -]${MONTH_EN}(?:,?[ -]${YEAR})?`,
  `${MONTH_EN} (?:the )?${DAY}(?:,? ${YEAR})?`,
  `(?:the )?${DAY} of ${MONTH_EN}(?:,? ${YEAR})?`,
  `(?:${DAY}|${DAY_ES_WORD}) de ${MONTH_ES}(?: (?:de|del) ${YEAR})?`,
  `${ODD_DATE}`,
].join('|');
/** Months and full dates as other languages of the state write them: Tagalog ("Marso 15,
 * 1979"), Russian ("14 марта 1968"), Vietnamese ("12 tháng 4 năm 1975"), Korean, Chinese and
 * Japanese ("1990년 5월 3일", "1990年5月3日"). */
const MONTH_TL =
  '(?:enero|pebrero|marso|abril|mayo|hunyo|hulyo|agosto|setyembre|oktubre|nobyembre|disyembre)';
const MONTH_RU =
  '(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)';
const OTHER_DATE = String.raw`(?<![\p{L}\d])(?:${MONTH_TL} \d{1,2},? (?:19|20)\d{2}|\d{1,2}\.? ?${MONTH_RU} ?(?:19|20)\d{2}|\d{1,2} th[áa]ng \d{1,2},? n[ăa]m (?:19|20)\d{2}|(?:19|20)\d{2} ?[년年] ?\d{1,2} ?[월月] ?\d{1,2} ?[일日])(?!\d)`;
/** After a birth cue, a month and year are enough ("born in march 1987", "octubre de 1990"),
 * numbers may be spaced ("bday 03 21 92") or run together as
 * on a form ("DOB 031487", "03141987"). */
const CUED_DATE = String.raw`(?:${MONTH_EN}|${MONTH_ES}),?\s+(?:de\s+|of\s+)?${YEAR4}|${MONTH_EN}\s+of\s+[’']?\d{2}|\d{1,2} \d{1,2} \d{2,4}|(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:(?:19|20)\d{2}|\d{2})`;
/** A date in any common form, with or without a year (used after a birth cue). */
const ANY_DATE = String.raw`(?:${WRITTEN}|${NUMERIC}|${CUED_DATE})\b`;
const BIRTH_CUE = String.raw`(?:cumple \d{1,3}(?: años)?(?: el)?|d\.?o\.?b\.?|date of birth|birth ?date|b-?day|birthday|born(?: on| in)?|fecha de nac(?:imiento|\.)?|f\. ?nac\.?|naci[oó](?: el| en)?|nacid[oa](?: el| en)?|cumpleaños|cumple|turns \d{1,3}(?: on)?)`;

/** Years before this in a full date read as a birth date even without a cue. */
const OLD_YEAR = 2010;

function isOldDate(match: string): boolean {
  if (/nineteen|novecientos/i.test(match)) return true;
  if (/twenty[- ]|dos mil/i.test(match)) return false;
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

/** Two groups of the same length joined by a dash, the second the larger: a range. */
function isRange(match: string): boolean {
  const [a, b, more] = match.split('-');
  if (more !== undefined || a === undefined || b === undefined || a.length !== b.length)
    return false;
  // A range climbs from a number with the same lead, or between round numbers ("93701-93706",
  // "1500-2500"); "5530-8812" is an id read in two groups.
  return Number(b) > Number(a) && (a[0] === b[0] || (a.endsWith('0') && b.endsWith('0')));
}

/** Toll-free prefixes: hotlines, not people. */
const NOT_TOLL_FREE = String.raw`(?!(?:\+?1[-. ]?)?\(?8(?:00|33|44|55|66|77|88)\)?[-. ]?\d)`;

const STREET =
  '(?:st|street|ave|avenue|av|rd|road|blvd|boulevard|dr|drive|ln|lane|way|ct|court|pl|place|cir|circle|ter|terrace|hwy|highway|pkwy|parkway|trl|trail|loop|row|sq|square|aly|alley|terr|concourse|route|rte|expy|expressway|cres|crescent|pike)';
/** Words that show a number and a street word are prose ("2 clients going to court"). */
const NOT_IN_ADDRESS =
  /\s(?:the|a|an|to|on|in|at|of|for|with|my|his|her|their|our|your|and|or|from|by|into|this|that|is|are|was|be|i|we|you|he|she|they|it|people|clients|participants|hours?|hrs?|minutes?|mins?|days?|weeks?|months?|years?|miles?|blocks?|times|more|other|all|go|going|went|get|got|says|say|said|can|can't|cant|will|would|should|must|may|peers|peer|staff)\s/i;
/** After a number, words that make it a time, a date, a count or an amount, not a street. */
const NOT_A_STREET =
  /^(?:Hours?|Minutes?|Days?|Weeks?|Months?|Years?|Times?|People|Clients?|Dollars?|Bucks|Cents|Steps?|Meetings?|Groups?|Sessions?|Lifeline|Line|Hotline|Noon|Midnight|Ave|Am|Pm|Percent|Mg|Pills?|Degrees?|Jan\w*|Feb\w*|Mar\w*|Apr\w*|May|June?|July?|Aug\w*|Sep\w*|Oct\w*|Nov\w*|Dec\w*|Mon\w*|Tue\w*|Wed\w*|Thu\w*|Fri\w*|Sat\w*|Sun\w*|Christmas|Easter|Thanksgiving|Halloween)\b/;
const STREET_AT_END = new RegExp(String.raw`\s${STREET}\b`, 'i');
const UNIT = String.raw`(?:,?\s*(?:apt|apartment|unit|suite|ste|space|sp|rm|room|#)\.?\s*#?\s*[A-Za-z0-9-]+)?`;

const MAIL_PROVIDER = '(?:gmail|yahoo|hotmail|outlook|icloud|aol|proton(?:mail)?|ymail)';
const TLD = '(?:com|org|net|edu|gov|us|io|co|mx|info|biz|me|ca)';
const BRACKET_AT = String.raw`(?:\s*[[({<]\s*(?:at|arroba)\s*[\])}>]\s*|\s+arroba\s+)`;
const DOT = String.raw`(?:\s*[[({<]\s*(?:dot|punto)\s*[\])}>]\s*|\s+(?:dot|punto)\s+|\.)`;

const SOCIAL_SITE =
  'facebook|fb|instagram|tiktok|twitter|x|snapchat|linkedin|youtube|threads|venmo|cash\\.app';
const HANDLE_CUE =
  'ig|insta|instagram|snap|snapchat|tiktok|twitter|venmo|cash ?app|cashapp|discord|onlyfans|twitch|kik|threads|bluesky|reddit|telegram|handle|username|user name|gamertag|usuario';
/** Platforms named anywhere in a message: then a plain @word in it is a handle. */
const PLATFORM = `${HANDLE_CUE}|facebook|fb|youtube|yt|x\\.com|linkedin|social media`;

const DIGIT_WORD =
  '(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|cero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve)';

const DIGIT_GATE = new RegExp(String.raw`\d|\b${DIGIT_WORD}\b`, 'i');
/** The agency's own places: their address and main line identify nobody (unless someone's own
 * place comes between: "our office instead of his place at 15 Sutter Pl"). */
const OWN_PLACE = '(?:agency|office|clinic|program|front desk|headquarters|drop-in center)';
const HANDLE_GATE = new RegExp(
  String.raw`[@$#]|\.com/|\bu\/\w|\b(?:${HANDLE_CUE}|facebook|fb|linkedin|youtube)\b`,
  'i',
);

const NUMBER_WORD = String.raw`(?: ?#| id| number| no\.?| num)`;
/** Cues that name a number of a jail, a court, a chart or a caseload even with no "#" or
 * "number": "booking 23-55190", "inmate 8873312", "docket 24-118832", "case 19-44021". */
const BARE_RECORD_CUE = '(?:booking|inmate|docket|cdcr|mrn|chart|case|caso|participant|patient)';
const RECORD_CUE = `(?:(?:n[uú]mero|no\\.?|num\\.?|#) de (?:expediente|caso|paciente|cliente|miembro|historia(?: cl[ií]nica)?|registro)|expediente(?: cl[ií]nico)?|historia cl[ií]nica|mrn|medical record${NUMBER_WORD}?|chart${NUMBER_WORD}?|record${NUMBER_WORD}|(?:patient|client|participant|member|membership|enrollment|enrolment|intake|roll|consumer|subscriber|insurance|medicaid|medicare|case|booking|inmate|account|acct|policy|claim|docket)${NUMBER_WORD}|(?:caso|expediente|folio)(?: ?#| n[uú]mero| no\\.?| num)|cdcr${NUMBER_WORD}?|hmis(?: id| client id| #| number)?|id${NUMBER_WORD}?|c\\.?i\\.?d|p\\.?i\\.?d|acct|account)`;

export const RULES: Rule[] = [
  {
    // A plain @word in a message that names a platform ("her page is @sobersisterpdx" after
    // "instagram"). Slack's own @channel and @here are not handles.
    kind: 'handle',
    gate: new RegExp(String.raw`^(?=[\s\S]*@[A-Za-z_])(?=[\s\S]*\b(?:${PLATFORM})\b)`, 'i'),
    // Not first in the message, where the bot is addressed ("@ethicsbot ... on facebook?").
    pattern:
      /(?<![\w@.])(?<!^\s*)@(?!(?:channel|here|everyone)\b)(?![A-Za-z0-9_]*bot\b)[A-Za-z_][A-Za-z0-9_.]*[A-Za-z0-9_]/gi,
    placeholder: '[handle]',
  },
  {
    // A plain @word in mixed case ("@RealDeShawnP", "@LifeWithLeroyB"): a handle, not a bot or a
    // colleague addressed.
    kind: 'handle',
    gate: /@/,
    pattern: /(?<![\w@.])@(?=[A-Za-z0-9_]*[a-z][A-Z])[A-Za-z_][A-Za-z0-9_]{3,}/g,
    placeholder: '[handle]',
  },
  {
    // Spelled out letter by letter: "j d o e 8 4 @ g m a i l . c o m".
    kind: 'email',
    gate: /@/,
    pattern: /(?:\b[A-Za-z0-9._-] ){2,}@(?: ?[A-Za-z0-9._-]){3,}\b/g,
    placeholder: '[email]',
  },
  {
    // Profile links and handles: @name, $cashtag, name#1234, and a bare handle named as one.
    kind: 'handle',
    gate: HANDLE_GATE,
    pattern: new RegExp(
      [
        String.raw`\b(?:https?://)?(?:www\.|m\.)?(?:${SOCIAL_SITE})\.com/[^\s),]+`,
        // A plain @word may be a bot or a colleague addressed; a handle has a digit, a dot, an
        // underscore or a hyphen, or a platform named before it.
        String.raw`(?<![\w@.])@(?=[A-Za-z0-9_.-]*[\d._-])[A-Za-z_][A-Za-z0-9_.-]*[A-Za-z0-9_]`,
        String.raw`(?<=\b(?:${HANDLE_CUE})(?:['’]s)?\s*(?:is|es|:|=|as|at)?\s*)@[A-Za-z_][A-Za-z0-9_]+`,
        // A plain @word with the platform named after it: "@hopefulhannah on instagram".
        String.raw`(?<![\w@.])@[A-Za-z_][A-Za-z0-9_.]{2,}(?=\s+(?:on|en)\s+(?:the\s+)?(?:${HANDLE_CUE}|${SOCIAL_SITE})\b)`,
        String.raw`(?<![\w$])\$(?=[A-Za-z0-9_]*[A-Za-z])[A-Za-z][A-Za-z0-9_-]{2,}`,
        String.raw`\b[A-Za-z][A-Za-z0-9_.]{2,}#\d{4}\b`,
        // Trailing underscores belong to the name ("vexx.mode_"); "his snapchat, it's ..." names it too.
        String.raw`(?<=\b(?:${HANDLE_CUE})(?:'s)?\s*(?:is|es|:|=|as|,?\s*it(?:['’]?s| is))?\s*)(?=[a-z0-9._]*(?:[._][a-z0-9]|\d))[a-z][a-z0-9._]{3,}[a-z0-9]_*\b`,
        // After what an account does, in a message that names a platform: "he posts as
        // kingjaylenn_", "a snap add from tonio.vibez" (a dot, a digit or an underscore in it; never
        // a web address).
        String.raw`(?<=\b(?:posts?|posting|posted|goes|going|comments?|commenting|commented|adds?|added|requests?|follows?|followed|dms?|dmed|messaged|texts?) (?:as|by|from)\s+)(?![a-z0-9._]*\.(?:org|com|net|gov|edu|io|us|info|co)\b)(?=[a-z0-9._]*[._\d])[a-z][a-z0-9._]{3,}[a-z0-9]_*(?![\w@.])`,
        // Named as what one's Facebook, LinkedIn or YouTube "is": "her facebook is mariposa.del.valle".
        String.raw`(?<=\b(?:facebook|fb|linkedin|youtube)(?:['’]s)?\s*(?:is|es|:|=)\s*)(?=[a-z0-9._]*(?:[._][a-z0-9]|\d))[a-z][a-z0-9._]{3,}[a-z0-9]\b`,
        // A gamertag or username in mixed case ("xXSoberSamuraiXx") after its cue word.
        String.raw`(?<=\b(?:gamertag|username|user name|screen name|handle|usuario)(?:'s)?\s*(?:is|es|:|=)\s*)(?=[A-Za-z0-9_.]*(?:[a-z][A-Z]|[\d_]))[A-Za-z][A-Za-z0-9_.]{3,}[A-Za-z0-9]\b`,
        // A word with a digit, a dot or an underscore, with the platform named after it:
        // "gh0stmoth on twitch", "xo_kaylee.rose_xo on IG", "marisol.vibes_ on insta".
        String.raw`(?<![\w@.$#])(?=[A-Za-z0-9_.]*[A-Za-z])(?=[A-Za-z]*[\d_.][A-Za-z\d])[A-Za-z0-9][A-Za-z0-9_.]{3,}[A-Za-z0-9]_*(?=\s+(?:on|en)\s+(?:${HANDLE_CUE}|${SOCIAL_SITE})\b)`,
        // A plain @word named as an account, a page or a profile ("the account @bigtonyfresno").
        String.raw`(?<=\b(?:account|acct|page|profile)\s+(?:(?:called|named|is)\s+)?)@[A-Za-z_][A-Za-z0-9_.]*[A-Za-z0-9_]`,
        // What someone's "@" is: "her @ is lil_mami.559".
        String.raw`(?<=(?:^|\s)@\s*(?:is|es|:|=)\s*)@?[A-Za-z0-9_][A-Za-z0-9_.]{2,}[A-Za-z0-9_]`,
        // A Reddit user: "u/recovering_rae_ca" (a subreddit, "r/...", is a place, not a person).
        String.raw`(?<![\w/])u\/[A-Za-z0-9_-]{3,}`,
        // An underscore and a digit in one word, with a platform named: "m_lopez_2003".
        String.raw`(?<![\w@.$#])(?=[A-Za-z0-9]*_)(?=\w*\d)[A-Za-z][A-Za-z0-9_]{3,}(?![\w@])`,
      ].join('|'),
      'gi',
    ),
    placeholder: '[handle]',
  },
  {
    // A profile's name quoted after what names it: "su perfil se llama 'Chuy El Compa Zavala'",
    // "her account is called \"Big Mike Torres\"" (never "cuenta como 'family contact'", counts
    // as). A group's or a page's name is left alone.
    kind: 'handle',
    gate: /\b(?:profiles?|perfil|accounts?|cuenta)\b/i,
    pattern:
      /(?<=\b(?:his|her|their|my|your|the|an?|su|mi|tu|la|una?)\s+(?:[\p{L}]+\s+)?(?:profiles?|perfil|accounts?|cuenta)\s+(?:names?\s+)?(?:(?:is|es)\s+)?(?:(?:se\s+llama|is\s+called|called|named)\s+)?)(?:'[^'\n]{3,40}'|"[^"\n]{3,40}"|“[^”\n]{3,40}”|‘[^’\n]{3,40}’)/giu,
    placeholder: '[handle]',
  },
  {
    // A word in a handle's mixed case, starting lowercase ("xXsoberSamXx", "lilMissRecovery"),
    // as the sender of something on a platform: "a snap from ...", "a dm from ...". Case
    // matters here: "a snap from Danny" is a first name ("iPhone", "eBay" are brands).
    kind: 'handle',
    gate: HANDLE_GATE,
    pattern: new RegExp(
      String.raw`(?<=\b(?:${HANDLE_CUE}|dms?|pm|follow request|friend request|request|message|story|reel|post|comment)s?\s+(?:from|by)\s+)[a-z][a-z0-9_.]{3,}[a-z0-9]\b`,
      'gi',
    ),
    placeholder: '[handle]',
    // A dotted or numbered name is a handle too ("a post by mikey.reentry.life"), a web address
    // is not.
    keep: (m) =>
      (/^[a-z][A-Za-z0-9_.]*[A-Z]/.test(m) && !/^[ie][A-Z]/.test(m)) ||
      (/[._\d]/.test(m) && !/\.(?:com|org|net|gov|edu|io|us)$/i.test(m)),
  },
  {
    // A profile's hyphenated slug, as LinkedIn writes it, after a request, a message or a
    // profile, in a message that names a platform: "linkedin request from
    // jrodriguez-peer-recovery". Words joined by hyphens ("mother-in-law") are prose.
    kind: 'handle',
    gate: new RegExp(String.raw`\b(?:${PLATFORM})\b`, 'i'),
    pattern:
      /(?<=\b(?:requests?|invites?|invitations?|messages?|dms?|profiles?|pages?|accounts?|url|link)\s+(?:from|by|is|as|:)?\s*)(?=[a-z0-9-]*\d|(?:[a-z0-9]+-){2})[a-z][a-z0-9]*(?:-[a-z0-9]+)+\b(?!-)/g,
    placeholder: '[handle]',
    keep: (m) => m.split('-').some((part) => part.length > 2 && !isEnglishWord(part)),
  },
  {
    kind: 'email',
    gate: /@/,
    // With a domain, or a mail provider alone ("maria_l88@gmail").
    pattern: new RegExp(
      String.raw`[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}|\b[A-Za-z0-9._%+-]+@${MAIL_PROVIDER}\b`,
      'gi',
    ),
    placeholder: '[email]',
  },
  {
    // Written out: "jrod [at] example [dot] net", "maria.lopez at gmail dot com", "lupe at
    // yahoo". A plain word before " at " counts only when it looks like a handle (a dot, an
    // underscore or a digit), a mail provider follows, or the domain is spelled with " dot ".
    kind: 'email',
    // What each way needs: "arroba" or a bracketed "at", a mail provider after "at", or a domain's
    // ending after a dot (".", "dot", "punto" or a bracketed one).
    gate: new RegExp(
      String.raw`arroba|[[({<]\s*at\s*[\])}>]|\sat\s+${MAIL_PROVIDER}\b|(?:\.|\s(?:dot|punto)\s+|[\])}>]\s*)${TLD}\b`,
      'i',
    ),
    pattern: new RegExp(
      [
        String.raw`\b[A-Za-z0-9._%+-]+${BRACKET_AT}[A-Za-z0-9-]+(?:${DOT}[A-Za-z0-9-]+)*`,
        String.raw`\b[A-Za-z0-9%+-]*[._\d][A-Za-z0-9._%+-]*\s+at\s+[A-Za-z0-9-]+(?:${DOT}[A-Za-z0-9-]+)*${DOT}${TLD}\b`,
        // "jay dot rod at outlook dot com": the name may be spelled with " dot " too.
        String.raw`\b(?:[A-Za-z0-9._%+-]+\s+(?:dot|punto)\s+)*[A-Za-z0-9._%+-]+\s+at\s+${MAIL_PROVIDER}\b(?:${DOT}${TLD}\b)?`,
        String.raw`\b(?:[A-Za-z0-9._%+-]+\s+(?:dot|punto)\s+)*[A-Za-z0-9._%+-]+\s+at\s+[A-Za-z0-9-]+(?:\s+dot\s+[A-Za-z0-9-]+)*\s+dot\s+${TLD}\b`,
      ].join('|'),
      'gi',
    ),
    placeholder: '[email]',
  },
  {
    kind: 'dob',
    gate: /born|birth|d\.?o\.?b|b-?day|naci|cumple|fecha|turns/i,
    pattern: new RegExp(
      // A recovery birthday ("her 2 year recovery birthday is may 18") is a clean date, not a birth.
      String.raw`(?<!\b(?:recovery|clean|sober|sobriety|program|aa|na)[ \t-]+)\b${BIRTH_CUE}\s*(?:(?:is|was|of|on|es|el|fue|de)\s+|[:\-]\s*)*${ANY_DATE}`,
      'gi',
    ),
    placeholder: '[date of birth]',
  },
  {
    // A full date with an old year is a birth date, cue or not.
    kind: 'dob',
    gate: /\d|nineteen|twenty|novecientos|dos mil/i,
    pattern: new RegExp(
      String.raw`\b(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{1,2}-\d{1,2}|${ODD_DATE}|${DAY}[ -]${MONTH_EN}[ ,-]+${FULL_YEAR}|${MONTH_EN} (?:the )?${DAY},? ${FULL_YEAR}|(?:the )?${DAY} of ${MONTH_EN},? ${FULL_YEAR}|(?:${DAY}|${DAY_ES_WORD}) de ${MONTH_ES} (?:de|del) ${FULL_YEAR})\b`,
      'gi',
    ),
    placeholder: '[date of birth]',
    keep: isOldDate,
  },
  {
    kind: 'dob',
    gate: /\d ?(?:[년年]|th[áa]ng)|[а-я]{3}|marso|pebrero|hunyo|hulyo|setyembre|oktubre|nobyembre|disyembre|enero|abril|mayo|agosto/iu,
    pattern: new RegExp(OTHER_DATE, 'giu'),
    placeholder: '[date of birth]',
    keep: isOldDate,
  },
  {
    // A year of birth beside a birthday already found ("cumple 80 el 2 de febrero (nació en
    // 1945)"): with it, the date is whole. A birth year alone identifies nobody and is kept.
    kind: 'dob',
    gate: /\[date of birth\]/,
    pattern:
      /\b(?:born|naci[oó]|nacid[oa]|b\.)(?: in| en| el año| en el año)?\s+(?:19|20)\d{2}\b/gi,
    placeholder: '[date of birth]',
  },
  // "DOB" on its own (not inside a placeholder already made), unless it names the field or the
  // topic rather than somebody's: "the DOB field", "Name? Initials? Date of birth?", "ask for a
  // date of birth".
  {
    kind: 'dob',
    gate: /d\.?o\.?b|birth|nacimiento/i,
    pattern:
      /(?<!\[)(?<!\b(?:the|a|an|any|no|what|which|whose|for|include|including|collect|collecting|put|write|writing|does|do|is|(?:name|names|initials|address|phone|ssn|email|age|gender)\s*[,/])\s*)\b(?:d\.?o\.?b|date of birth|fecha de nacimiento)\b(?!\])(?!\s*(?:\?|fields?|box|line|section|column|questions?|blank|requirement|rules?|policy|counts?|or\b|and\b|\/|,\s*(?:name|address|phone|ssn|email|initials|age|gender|and|or)\b))/gi,
    placeholder: '[date of birth]',
  },
  {
    kind: 'ssn',
    gate: DIGIT,
    pattern:
      /\b\d{3}([- .])\d{2}\1\d{4}\b|\b(?:ssn|ss#|social(?: security)?(?: number| no\.?| #)?)\s*(?:is\s+|[:#]\s*)?\d{9}\b|(?<![\d-])\b\d{9}\b(?![\d-])/gi,
    placeholder: '[SSN]',
  },
  {
    // "last 4 of her social are 5678"
    kind: 'ssn',
    gate: DIGIT,
    pattern:
      /\blast (?:4|four)(?: digits)?(?: of)?(?: (?:her|his|their|the|my))? (?:social(?: security)?|ssn|ss#?)(?: (?:is|are|was|were))?\s*:?\s*\d{4}\b/gi,
    placeholder: '[SSN]',
  },
  {
    // Masked or partial: xxx-xx-4412, 219-46-XXXX, "ssn ending 7730", "last four 5678",
    // "ending in 0921 is her SSN", "social last 4 (3391)", "last four are 2 2 9 8".
    // Each look-behind comes after the word or digits it looks back from: tried at every
    // position of a long message, look-behinds first cost ~0.5 ms; after, only where that word is.
    kind: 'ssn',
    gate: /ssn|social|ss#|last (?:4|four)|[uú]ltimos|end|termina|[x*#]{3}|x{4}/i,
    pattern: new RegExp(
      [
        String.raw`[x*#]{3}(?<![\w*#][x*#]{3})[- ]?[x*#]{2}[- ]?\d{4}\b|\b\d{3}[- ]\d{2}[- ][x*#]{4}(?![\w*#])`,
        String.raw`\blast (?:4|four)(?: digits)?(?:(?: of)?(?: (?:her|his|their|the|my))? (?:social(?: security)?|ssn|ss#?))?(?: (?:is|are|was|were))?\s*[:(]?\s*\d(?: ?\d){3}\b\)?`,
        String.raw`\b(?:ending|ends)(?<=\b(?:ssn|social(?: security)?|ss#?)\b[^.?!\n\d]{0,25}\b(?:ending|ends))(?: in| with)?\s*[:(]?\s*\d(?: ?\d){3}\b`,
        String.raw`\bending(?: in| with)? \d{4}\b(?=[^.?!\n]{0,25}\b(?:ssn|social)\b)`,
        // Named as the last four a little before: "last 4 of ss to pick up her meds, it's 3057",
        // "last four (it's 6621)", "los últimos 4 de su seguro social son 1948".
        String.raw`(?<![\d$])\b\d{4}\b(?<=(?:\blast (?:4|four)(?=\s*(?:digits|numbers|of\b|\(|[:,-]|(?:is|are|were|was)\b))|(?<![A-Za-zÀ-ÿ])[uú]ltimos (?:4|cuatro)(?=\s*(?:d[ií]gitos|n[uú]meros|de\b|\(|[:,])))[^.?!\n]{0,40}?\d{4})(?![\d%])`,
        // Spanish: "seguro social terminación 7720", "su social termina en 4410", "SSN que
        // termina con 0192".
        String.raw`\b(?:terminaci[oó]n|termina(?:do)?|que termina)(?<=\b(?:ssn|social(?: security)?|seguro social|ss#?)\b[^.?!\n\d]{0,25}\b(?:terminaci[oó]n|termina(?:do)?|que termina))(?: en| con| de)?\s*[:(]?\s*\d(?: ?\d){3}\b`,
        // The end of a card or account number: "EBT ends in 4471", "card ending 9921".
        String.raw`\b(?:ending|ends|termina)(?<=\b(?:card|ebt|account|acct|cuenta|tarjeta)\b[^.?!\n\d]{0,15}\b(?:ending|ends|termina))(?: in| with| en)?\s*\d{4}\b`,
      ].join('|'),
      'gi',
    ),
    placeholder: '[SSN]',
  },
  {
    kind: 'medi-cal',
    gate: DIGIT,
    pattern:
      /\b\d{8}[A-Za-z]\b|\b(?:CIN|medi-?cal (?:id|number|no\.?|#))\s*[:#]?\s*(?:is\s+)?(?=[A-Za-z]*\d)[A-Za-z0-9]{6,}(?:\s[A-Za-z]\b)?/gi,
    placeholder: '[Medi-Cal ID]',
  },
  {
    kind: 'mrn',
    gate: DIGIT,
    pattern: new RegExp(
      String.raw`\b${RECORD_CUE}\s*(?:[:#=]\s*|is\s+|es\s+)*(?=[A-Za-z-]*\d)[A-Za-z0-9][A-Za-z0-9-]{3,}\b`,
      'gi',
    ),
    placeholder: '[record number]',
    // A year ("case from 2019") or a short count is not a record number.
    keep: (m) => !/\s(?:19|20)\d{2}$|\s\d{1,3}$/.test(m),
  },
  {
    // An ID in capitals and digits after "#" ("#YD0093"): a record, never a hashtag in words.
    kind: 'mrn',
    gate: /#/,
    pattern: /(?<![\w#])#(?=[A-Z]{1,4}-?\d{3,}\b)[A-Z]{1,4}-?\d{3,}\b/g,
    placeholder: '[record number]',
  },
  {
    // After a bare cue, a number of five digits or more, maybe in groups ("booking 23-55190").
    kind: 'mrn',
    gate: DIGIT,
    pattern: new RegExp(
      String.raw`(?<=\b${BARE_RECORD_CUE}\s*(?:[:#]\s*)?)(?=(?:[A-Za-z-]*\d){5})[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*\b`,
      'gi',
    ),
    placeholder: '[record number]',
    // Years are when, not who: "the case 2019-2020".
    keep: (m) => !m.split('-').every((g) => /^(?:19|20)\d{2}$/.test(g)),
  },
  {
    // Up to three words may sit between a record's name and its number ("her case number
    // memorized, 22-047713"): five digits or more, never a year nor another kind of number.
    kind: 'mrn',
    gate: /\b(?:case|chart|record|booking|docket|inmate|mrn|caso|expediente)\b/i,
    pattern:
      /(?<=\b(?:case|chart|record|booking|docket|inmate|mrn|caso|expediente)(?: number| no\.?| ?#)?(?:[ \t,:]+(?!(?:phone|cell|tel|dob|born|ssn|zip|address|is)\b)[A-Za-z]+){1,3}[ \t,:]+)(?=(?:[A-Za-z-]*\d){5})[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*\b/gi,
    placeholder: '[record number]',
    keep: (m) => !m.split('-').every((g) => /^(?:19|20)\d{2}$/.test(g)),
  },
  {
    kind: 'plate',
    gate: DIGIT,
    pattern:
      /\b(?:license plate|plate|placa|tag)(?: number| no\.?| #)?\s*(?:is\s+|[:#]\s*)?(?:[A-Z]{2}\s+)?(?=[A-Za-z-]*\d)(?=[\d-]*[A-Za-z])[A-Za-z0-9](?:-?[A-Za-z0-9]){4,7}\b/gi,
    placeholder: '[plate]',
  },
  {
    // A few words may sit between the cue and the plate ("tx plate HZT 9032", "placas de Baja
    // California AFN-12-34", "vanity plate says SOBR4EVR"); the plate itself is in capitals.
    kind: 'plate',
    gate: /plate|placa|tag/i,
    pattern:
      /(?<=\b(?:[Pp]lates?|[Pp]lacas?|[Tt]ag)\b[^.?!\n\d]{0,30}?)['"‘“]?\b(?=[A-Z0-9 -]*\d)(?=[A-Z0-9 -]*[A-Z])[A-Z0-9]{1,4}(?:[ -]?[A-Z0-9]{1,4}){1,3}\b['"’”]?/g,
    placeholder: '[plate]',
    keep: (m) => {
      // A state before the plate ("TX MKL-8832") is not part of it.
      const chars = m
        .replace(/^['"‘“]?[A-Z]{2} (?=[A-Z0-9]{2,4}[ -]?[A-Z0-9])/, '')
        .replace(/[^A-Z0-9]/g, '');
      return chars.length >= 5 && chars.length <= 8;
    },
  },
  {
    // A vanity plate may hold no digit ("personalized plate is LUVMYKDZ", "her plate reads
    // GRLBOSS"): capitals right after the cue and "is", "says", "reads" or a colon.
    kind: 'plate',
    gate: /plate|placa|tag/i,
    pattern:
      /(?<=\b(?:[Pp]lates?|[Pp]lacas?|[Tt]ags?)\s*(?:(?:is|are|says|say|reads|read|dice|es)\s+|:\s*)['"‘“]?)[A-Z][A-Z0-9]{3,7}\b/g,
    placeholder: '[plate]',
    keep: (m) =>
      !/^(?:LOL|LMAO|OMG|WTF|SMH|FULL|HERS|HIS|MINE|FAKE|EXPIRED|GONE|NEW|OLD|CALIFORNIA|TEXAS)$/.test(
        m,
      ),
  },
  // The California format (7ABC123, 7ABC 123) needs no cue.
  { kind: 'plate', gate: DIGIT, pattern: /\b\d[A-Z]{3}[ -]?\d{3}\b/g, placeholder: '[plate]' },
  {
    kind: 'license',
    gate: DIGIT,
    pattern:
      /\b(?:driver'?s? licen[cs]e|licen[cs]e|licencia(?: de conducir)?|c?dl|id card)\b(?: number| no\.?| #)?\s*(?:is\s+|[:#]\s*)?(?=[A-Za-z]*\d)[A-Za-z]?\d{5,}\b|\b[A-Z]\d{7}\b/gi,
    placeholder: '[license]',
  },
  {
    // Where a message speaks of such numbers ("we go by CDCR numbers"), capitals and digits
    // alone ("BK4471") are one; never a bill ("AB 1234", "SB803") or a highway ("I-80").
    kind: 'mrn',
    gate: /\b(?:cdcr|booking|inmate|mrn|chart|record|case|client id|member id)\b/i,
    pattern: /\b(?!(?:AB|SB|HR|I)\d)[A-Z]{1,3}\d{4,7}\b/g,
    placeholder: '[record number]',
  },
  {
    kind: 'phone',
    gate: DIGIT,
    pattern: new RegExp(
      [
        // International: +44 20 7946 0958, 0052 55 1234 5678.
        String.raw`(?:\+|\b00[ -]?)\d{1,3}(?:[-. ]?\(?\d{1,5}\)?){2,6}`,
        // North American: (559) 555-0142, 559.555.0142, 1-209-555-0127, 5595550123, 555-0123.
        String.raw`${NOT_TOLL_FREE}(?:\b1[-. ]?)?(?:\(\d{3}\)\s*|\b\d{3}[-. ])\d{3}[-. ]\d{4}\b`,
        String.raw`${NOT_TOLL_FREE}\b1?\d{10}\b`,
        String.raw`${NOT_TOLL_FREE}(?:\(\d{3}\)\s*|\b\d{3}[-. ])\d{7}\b`,
        // Spaces around the separators, as a phone keyboard or a hurry leaves them: 562 - 555 - 0182.
        String.raw`${NOT_TOLL_FREE}\b\d{3}[ \t]*[-.][ \t]*\d{3}[ \t]*[-.][ \t]*\d{4}\b`,
        // Slashes: 323/555/0171.
        String.raw`${NOT_TOLL_FREE}\b\d{3}\/\d{3}\/\d{4}\b`,
        // Seven digits alone, unless named as the agency's or the office's own line, or after a
        // toll-free prefix ("(800) 854-7771").
        String.raw`(?<![\d.-])(?<!\(?\b8(?:00|33|44|55|66|77|88)\)?[-. ]?)(?<!\b${OWN_PLACE}(?:['’]s)?\s+(?:main\s+)?(?:line|number|phone)\b[^.?!\n\d]{0,12})\b\d{3}[-.]\d{4}\b(?!\.\d)`,
        // A letter O for a zero: 818-555-O1O9.
        String.raw`\b\d{3}[-. ]\d{3}[-. ](?=[\dOo]*[Oo])[\dOo]{4}\b`,
      ].join('|'),
      'g',
    ),
    placeholder: '[phone]',
    keep: (m) => m.replace(/[^\dOo]/g, '').length >= 7,
  },
  {
    kind: 'address',
    gate: DIGIT,
    pattern: new RegExp(
      String.raw`(?<![\w.,:/-])(?<!\b(?:our|the)\s+${OWN_PLACE}\b(?:(?!\b(?:his|her|their|hers|theirs)\b)[^.?!\n\d]){0,25})\d{1,6}(?:\s+1\/2|½)?\s+(?:[A-Za-z0-9.'’-]+\s+){1,4}${STREET}\b\.?${UNIT}|\b\d{1,6}\s+(?:calle|avenida|camino)\s+[A-Za-z0-9'’-]+(?:\s+[A-Z][A-Za-z'’-]+)*${UNIT}|\b(?:calle|avenida)\s+[A-Z][A-Za-z'’-]+(?:\s+[A-Z][A-Za-z'’-]+)*\s+#?\d{1,6}\b`,
      'gi',
    ),
    placeholder: '[address]',
    keep: (m) => !NOT_IN_ADDRESS.test(m.slice(0, m.search(STREET_AT_END) + 1)),
  },
  {
    kind: 'address',
    gate: DIGIT,
    pattern:
      /\b(?:p\.?\s?o\.?|post office)\s*box\s*(?:is\s+|number\s+|#\s*|:\s*)?\d+\b|\bpob\s*#?\s*\d+\b|\bapartado(?: postal)?\s*#?\s*\d+\b|\b(?:(?:rr|rural route|hc|star route|route|rte|rt\.?)\s*#?\s*\d+|star route|rural route),?\s*box\s*#?\s*\d+[A-Za-z]?\b/gi,
    placeholder: '[address]',
  },
  {
    // A number and a capitalised name after a word for where someone lives ("lives at 1423
    // Elm", "staying at 88 Harbor View"): the street word is often left out.
    kind: 'address',
    gate: DIGIT,
    pattern:
      /(?<=\b(?:[Ll]ives?|[Ll]iving|[Ss]tay(?:s|ing)?|[Mm]oved|[Aa]ddress(?: is)?|[Hh]ouse is|[Pp]lace is|[Vv]ive|[Vv]ivo)\s+(?:at|on|to|in|en)?\s*|\b[Aa]ddress\s*[(:]\s*)(?<!\b(?:our|the) (?:agency|office|clinic|program|headquarters)\b[^.?!\n\d]{0,25})\d{1,6}\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}/g,
    placeholder: '[address]',
  },
  {
    // A number and a capitalised name after a word for where something is ("behind 4410 Maple",
    // "at 2200 Broadway"): a street address with its suffix left out. Times, counts and dates
    // are not ("at 10 Tuesday", "by 2025 Christmas", "at 11 AM").
    kind: 'address',
    gate: DIGIT,
    pattern:
      /(?<=\b(?:at|behind|near|outside|across from|in front of|next to|camp(?:s|ed|ing)? (?:at|on|by))\s+)(?<!\b(?:our|the) (?:agency|office|clinic|program|headquarters)\b[^.?!\n\d]{0,25})\d{2,6}\s+[A-Z][a-z]{2,}(?:\s+[A-Z][a-z]{2,})?\b(?![,.]?\s*\d)/g,
    placeholder: '[address]',
    keep: (m) => !NOT_A_STREET.test(m.replace(/^\d+\s+/, '')) && !/^(?:[2-9]11|988)\s/.test(m),
  },
  {
    // Numbered roads: "3300 Route 9", "12 Highway 99", the Central Valley's "21500 Ave 12".
    kind: 'address',
    gate: DIGIT,
    pattern:
      /(?<![\w.,:/-])(?<!\b(?:bus|line|no\.?|number|#)\s*)\d{2,6}\s+(?:state |county |us )?(?:route|rte|highway|hwy|road|rd\.?|avenue|ave\.?)\s+\d{1,4}\b/gi,
    placeholder: '[address]',
  },
  {
    // Mexican and Latin American forms: "calle 5 de mayo #43", "Calle 45 #23-14", "lote 14,
    // manzana 3", "colonia Las Flores", "col. centro".
    kind: 'address',
    gate: /calle|avenida|av\.|carrera|cra|privada|callej|lote|manzana|mz|colonia|col\.|fracc/i,
    pattern:
      /\b(?:calle|avenida|av\.|carrera|cra\.?|privada|callej[oó]n)\s+[\p{L}\d ]{1,25}?\s*#\s*\d+(?:-\d+)?[A-Za-z]?\b|\b(?:lote|manzana|mz|mza)\.?\s*#?\s*\d+\b|\b(?:colonia|col\.|fracc(?:ionamiento)?\.?)\s+(?:centro\b|\p{Lu}[\p{L}]+(?:\s+(?:de\s+|del\s+)?\p{Lu}[\p{L}]+)*)/giu,
    placeholder: '[address]',
  },
  {
    // The city, state and ZIP after a street address: "[address], Bakersfield CA 93309".
    kind: 'address',
    gate: /\[address\]/,
    pattern:
      /\[address\],?\s*(?:[A-Z][a-z]+\s+){1,3}?,?\s*(?:[A-Z]{2}|California|Calif\.?)\.?,?\s+\d{5}(?:-\d{4})?\b/g,
    placeholder: '[address]',
  },
  {
    // A unit or a neighbourhood written beside an address: "Apt 14C at [address]",
    // "[address], Barrio San José".
    kind: 'address',
    gate: /\[address\]/,
    pattern:
      /\b(?:[Aa]pt|[Aa]partment|[Uu]nit|[Ss]uite|[Ss]te|[Ss]pace|[Ss]p|[Rr]m|[Rr]oom)\.?\s*#?\s*[A-Za-z0-9-]*\d[A-Za-z0-9-]*\s*(?:,|at|in|of)?\s*\[address\]|\[address\],?\s*(?:[Bb]arrio|[Cc]olonia|[Cc]ol\.)\s+\p{Lu}[\p{L}]+(?:\s+\p{Lu}[\p{L}]+)*/gu,
    placeholder: '[address]',
  },
  {
    // Digits in words and figures mixed, as a number is read out: "four-oh-eight, 555,
    // oh-one-six-six", "702 five five five 0134": seven digits or more in all.
    kind: 'number',
    gate: new RegExp(String.raw`\b${DIGIT_WORD}\b`, 'i'),
    pattern: new RegExp(
      String.raw`(?<![\w-])(?:${DIGIT_WORD}|\d{1,4})(?:[\s,.-]{1,3}(?:${DIGIT_WORD}|\d{1,4})){2,}(?![\w-])`,
      'gi',
    ),
    placeholder: '[number]',
    keep: (m) => {
      const groups = m.split(/[\s,.-]+/).filter(Boolean);
      const digits = groups.reduce((n, g) => n + (/^\d+$/.test(g) ? g.length : 1), 0);
      return (
        digits >= 7 && groups.some((g) => /^\d+$/.test(g)) && groups.some((g) => /^\D/.test(g))
      );
    },
  },
  {
    // A number of five digits or more written after "#" beside a person ("Lenny #44193"): an id.
    // A numbered form, ticket or order is an organisation's.
    kind: 'number',
    gate: /#\s?\d{5}/,
    pattern:
      /(?<!\b(?:grant|award|contract|form|ticket|invoice|order|ref|reference|model|serial|issue|pr|item|sku|po)\b[^.?!\n]{0,12})(?<![\w&])#\s?\d{5,}\b/gi,
    placeholder: '[number]',
  },
  {
    // Digits read out one at a time ("4 1 5 - 5 5 5 - 0 1 3 8") or in words ("five two nine,
    // six one, eight eight zero three", "cinco seis siete...").
    kind: 'number',
    gate: DIGIT_GATE,
    pattern: new RegExp(
      String.raw`(?<![\w-])\d(?: (?:[-.] )?\d){6,}(?![\w])|\b${DIGIT_WORD}(?:[\s,.-]+${DIGIT_WORD}){6,}\b`,
      'gi',
    ),
    placeholder: '[number]',
  },
  {
    // Letters and five digits or more in one token: case, docket, booking and card numbers,
    // VINs, ids of other states and countries (FSB2301447, 2:24-cv-01187, RT-77421-Q). A number
    // named as a grant, form, ticket or certificate is an organisation's; 1-800-950-NAMI is a
    // hotline.
    kind: 'number',
    // Five digits with only letters, ":", "/" or "-" between them, as the token needs.
    gate: /\d(?:[A-Za-z:/-]*\d){4}/,
    pattern:
      /(?<![\w@$/.:-])(?<!\b(?:grant|award|contract|form|ticket|cert|certification|reference|ref|invoice|version|model|serial)\b[^.?!\n]{0,20})(?!(?:1-)?8(?:00|33|44|55|66|77|88)-)(?=[A-Za-z0-9:/-]*[A-Za-z])(?=(?:[A-Za-z:/-]*\d){5})[A-Za-z0-9]+(?:[-:/][A-Za-z0-9]+)*(?![\w@-])/g,
    placeholder: '[number]',
    // Doses and counts with a unit are not ids ("10000mg").
    keep: (m) =>
      !/^\d+(?:mg|mcg|ml|k|st|nd|rd|th|am|pm|x|s)$/i.test(m) &&
      // A time or a span of hours: "1:00-4:00pm", "9:30am-12:15pm".
      !/^\d{1,2}(?::\d{2})?(?:am|pm)?(?:-\d{1,2}(?::\d{2})?(?:am|pm)?)?$/i.test(m),
  },
  {
    // Groups of digits that add up to eight or more (a card, an id read in groups, a phone
    // abroad): 5077 1234 5678 9012, 40 6721 8834, 88291-054, 4417.2290.5531. Years in a row are
    // years; two groups with a dot are a decimal.
    kind: 'number',
    gate: DIGIT,
    pattern: new RegExp(
      String.raw`${NOT_TOLL_FREE}(?<![\w$.,/-])\d{2,5}(?:(?:[ -]\d{2,5}){1,4}|(?:\.\d{2,5}){2,4})(?![\w/-]|[.,]\d)`,
      'g',
    ),
    placeholder: '[number]',
    keep: (m) =>
      m.replace(/\D/g, '').length >= 8 &&
      // A date, or a date and a time ("2024-03-14 09:12"), is a timestamp.
      !/^\d{4}-\d{1,2}-\d{1,2}(?: \d{1,2})?$/.test(m) &&
      // A range ("zips 93701-93706").
      !isRange(m) &&
      !m.split(/[ -]/).every((g) => /^(?:19|20)\d{2}$/.test(g)),
  },
  {
    // Any other long run of digits is somebody's number.
    kind: 'number',
    gate: DIGIT,
    pattern: new RegExp(String.raw`${NOT_TOLL_FREE}(?<![\d$.,])\b\d{7,}\b(?![.,]\d)`, 'g'),
    placeholder: '[number]',
  },
];
