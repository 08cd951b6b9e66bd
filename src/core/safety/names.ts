// Full names, with or without a role word near them ("for Maria Lopez", "Quinn Vale wants..."),
// told apart from other capitalised words: places, organisations, months, sentence openers and
// first names alone are left as written.
//
// A run of capitalised words is a name when it has two name words or more (an initial may stand
// for one) and
// - holds no word of an organisation, programme, law, title or brand, is not a place (a place
//   word first or last, or place names only), and no function word, month or weekday splits it;
// - and at least one word is clearly a name: a known given name, or a word in no English
//   dictionary (most surnames). A run of dictionary words ("Peer Support", "Grace Period") is a
//   name only when it pairs a known given name with a known surname ("Grace Bell", "Mary Smith");
//   one other dictionary word may stand beside a clear name ("Quinn Vale").
// A word capitalised only because it opens a sentence ("Yesterday Keisha...") is left out of the
// run. In lowercase ("for maria lopez") a name needs a cue word before it, a known given name
// and then a surname or a word in no dictionary.
import { isEnglishWord } from '../dictionary.ts';
import {
  CALENDAR,
  GIVEN,
  GIVEN_WORDS,
  INSTITUTION,
  PLACE_END,
  PLACE_START,
  PLACES,
  STOP,
  SURNAMES,
  TITLE,
} from './name-words.ts';

const PLACEHOLDER = '[name]';
const TOKEN = /[\p{L}\p{M}](?:[\p{L}\p{M}'’-]*[\p{L}\p{M}])?\.?/gu;
const CAPITALISED =
  /^(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|\p{Lu}['’])?\p{Lu}[\p{Ll}\p{M}]+(?:-(?:Mc|Mac|\p{Lu}['’])?\p{Lu}[\p{Ll}\p{M}]+)*$/u;
const INITIAL = /^\p{Lu}\.?$/u;
const HONORIFIC = /^(?:Mr|Mrs|Ms|Mx|Sra|Srta|Señora|Señor|Señorita|[Ôô]ng|[Bb]à)\.?$/;
/** Abbreviations with a period that do not end a sentence ("St. Vincent", "King Jr. Day"). */
const ABBREVIATION = /^(?:St|Mt|Ft|Jr|Sr)$/;
const PARTICLE = new Set(['de', 'del', 'la', 'las', 'los', 'da', 'di', 'van', 'von', 'du', 'le']);
/** Words after which capitalised words are a person's name ("participant Devon Marsh"). */
const ROLE = new Set(
  'client participant patient mentee consumer member resident youth guy named called aka cliente participante'.split(
    ' ',
  ),
);
/** A placeholder right after a run: "Devon Marsh (DOB ...)", "Rashad Mbeki 213-555-0175". */
const NEXT_IDENTIFIER =
  /^\s*[,(:-]?\s*\[(?:date of birth|SSN|Medi-Cal ID|record number|phone|email|address)\]/;
const SENTENCE_END = /[.!?:;\n"“(\-–—•]\s*$/;

interface Token {
  /** The word as written, without a trailing period or possessive 's. */
  word: string;
  start: number;
  end: number;
  /** A period followed it (an initial, an honorific or the end of a sentence). */
  dot: boolean;
  /** Nothing but a sentence boundary (or the start of the text) comes before it. */
  opens: boolean;
}

const plain = (w: string) => {
  const lower = w.toLowerCase();
  // Most words are plain ASCII letters: skip the Unicode normalisation.
  return /^[a-z-]*$/.test(lower)
    ? lower
    : lower.normalize('NFD').replace(/\p{M}/gu, '').replace(/['’]/g, '');
};

function tokens(text: string): Token[] {
  const out: Token[] = [];
  let last = 0;
  for (const m of text.matchAll(TOKEN)) {
    let word = m[0];
    const dot = word.endsWith('.');
    if (dot) word = word.slice(0, -1);
    word = word.replace(/['’]s$/, '');
    const start = m.index;
    const before = text.slice(last, start);
    const prev = out[out.length - 1];
    const opens = prev
      ? SENTENCE_END.test(before) ||
        (prev.dot && !INITIAL.test(prev.word) && !ABBREVIATION.test(prev.word))
      : /^[\s\W]*$/.test(before);
    out.push({ word, start, end: start + word.length, dot, opens });
    last = start + m[0].length;
  }
  return out;
}

/** Only spaces between two words, and no sentence end after the first. */
function joined(text: string, a: Token, b: Token): boolean {
  if (a.dot && !INITIAL.test(a.word) && !HONORIFIC.test(`${a.word}.`) && !ABBREVIATION.test(a.word))
    return false;
  return /^[ \t]+$/.test(text.slice(a.end + (a.dot ? 1 : 0), b.start));
}

type Kind =
  | 'initial'
  | 'split'
  | 'blocks'
  | 'title'
  | 'given'
  | 'given-word'
  | 'family'
  | 'surname'
  | 'odd'
  | 'word';

function kindOf(t: Token): Kind {
  const w = plain(t.word);
  const raw = t.word.toLowerCase();
  // "I" and "A" are words unless written as initials ("Lamar Q. Devereaux").
  if (INITIAL.test(t.word) && (t.dot || !STOP.has(w))) return 'initial';
  if (STOP.has(w) || STOP.has(raw) || CALENDAR.has(w) || CALENDAR.has(raw)) return 'split';
  if (INSTITUTION.has(w) || w.split('-').some((part) => INSTITUTION.has(part))) return 'blocks';
  if (TITLE.has(w)) return 'title';
  // Jr, Sr, II, III: part of a name, but not a name word.
  if (/^(?:jr|sr|ii|iii|iv)$/.test(w)) return 'initial';
  if (GIVEN.has(w) || GIVEN.has(w.split('-')[0] as string)) return 'given';
  if (GIVEN_WORDS.has(w)) return 'given-word';
  if (SURNAMES.has(w)) return isEnglishWord(w) ? 'surname' : 'family';
  // A double surname ("Johnson-Reed"): each part a known surname or in no dictionary.
  if (w.includes('-') && w.split('-').every((p) => SURNAMES.has(p) || !isEnglishWord(p)))
    return 'family';
  return w.split('-').every((part) => isEnglishWord(part)) ? 'word' : 'odd';
}

function isPlace(run: Token[]): boolean {
  const words = run.map((t) => plain(t.word));
  return (
    PLACE_START.has(words[0] as string) ||
    PLACE_END.has(words[words.length - 1] as string) ||
    words.every((w) => PLACES.has(w) || PLACE_END.has(w))
  );
}

/** How sure a capitalised run must be. */
interface Reading {
  /** After a role word or a label, or just before another identifier: any two words will do. */
  context: boolean;
  /** The message capitalises most words, so a dictionary word proves nothing. */
  titleCase: boolean;
  /** The run was written in capitals: only a known given name makes it a name. */
  capitals: boolean;
}

/** True when a run of capitalised words (split words already removed) is a person's name. */
function isName(run: Token[], kinds: Kind[], how: Reading): boolean {
  const named = kinds.filter((k) => k !== 'initial').length;
  if (named === 0 || (named === 1 && !kinds.includes('initial'))) return false;
  if (kinds.includes('blocks') || isPlace(run)) return false;
  const words = kinds.filter((k) => k === 'word').length;
  // In capitals or Title Case every word looks like a name: a dictionary word never is one.
  if ((how.capitals || how.titleCase) && words > 0) return false;
  if (how.context) return true;
  if (how.capitals && !kinds.includes('given')) return false;
  const clear = kinds.filter((k) => k === 'given' || k === 'family' || k === 'odd').length;
  if (clear > 0) return words <= (how.titleCase ? 0 : 1);
  // Dictionary words only: a known given name with a known surname.
  return (
    words === 0 &&
    kinds.some((k) => k === 'given-word') &&
    kinds.some((k) => k === 'surname' || k === 'given-word')
  );
}

/** Just before a run: a role word, or a label ("Client: ", "her name is "). */
const LABEL_BEFORE =
  /\b(?:name|nombre|client|cliente|participant|participante|patient|paciente|pt|mentee|member|resident)(?:['’]s)?(?: name)?\s*(?::|\bis\b|\bes\b)\s*['"‘“]?$/i;
/** Just after a run: the person is public or the words are a brand ("Joe Rogan's podcast",
 * "a Taylor Swift fan", "a Bob Marley shirt", "Marie Callender's pie"). */
const PUBLIC_AFTER =
  /^(?:['’]s)?\s+(?:new\s+|old\s+|latest\s+|first\s+|famous\s+|ted\s+)?(?:books?|memoir|biography|podcasts?|shows?|albums?|songs?|music|lyrics|movies?|films?|documentar(?:y|ies)|biopic|interviews?|videos?|concerts?|tours?|quotes?|talks?|speech|shirts?|t-shirts?|hoodies?|jackets?|jeans|shoes|sneakers|perfume|cologne|bags?|purses?|posters?|specials?|channel|fans?|pies?|brand|coupons?|restaurant|store)\b/i;
/** Just before a run: "a fan of", "listening to", "watching". */
const PUBLIC_BEFORE =
  /\b(?:fans? of|listen(?:s|ed|ing)? to|watch(?:es|ed|ing)?|read(?:s|ing)?|drink(?:s|ing)?|drank|wear(?:s|ing)?|(?:works?|working|job|shop(?:s|ping)?) (?:at|for)|(?:book|song|album|podcast|film|movie|article|video|talk|poem|quote)s? by)\s+$/i;
/** "like Maya Angelou said": quoting somebody known. */
const QUOTING_BEFORE = /\b(?:like|as)\s+$/i;
const QUOTING_AFTER = /^\s+(?:once\s+)?(?:said|says|put it|wrote|sang|sings)\b/i;
/** Words that show the message is about people in the news or on stage. */
const CELEBRITY =
  /\b(?:celebrit(?:y|ies)|famous|singer|actor|actress|rapper|musician|comedian|athlete|movie star|pop star|rock star|tv star|biopic)\b/i;
/** Nickname prefixes, as "Big" in "Big Mike". */
const NICK_PREFIX = /^(?:Lil|Big)$/;
/** The conventional stand-ins for an unknown person. */
const STAND_IN = /^(?:john|jane|baby) doe$/i;

/** Words written in capitals (two letters or more) read as if capitalised: "JESSICA MONROE". */
const CAPITALS_WORD = /(?<![\p{L}\p{M}])\p{Lu}{2,}(?:[-'’]\p{Lu}+)*(?![\p{L}\p{M}])/gu;
const TWO_CAPITALS = /\p{Lu}{2,}[,]?[ \t]+\p{Lu}{2,}/u;

/** The text with words in capitals written as capitalised ones, and where those are. */
function fromCapitals(text: string): { text: string; capitals: Set<number> } {
  const capitals = new Set<number>();
  if (!TWO_CAPITALS.test(text)) return { text, capitals };
  const out = text.replace(CAPITALS_WORD, (w, at: number) => {
    capitals.add(at);
    return w.replace(/(\p{Lu})(\p{Lu}*)/gu, (_m, a: string, b: string) => a + b.toLowerCase());
  });
  return { text: out, capitals };
}

function isTitleCase(all: Token[]): boolean {
  const long = all.filter((t) => t.word.length > 3);
  return (
    long.length >= 4 && long.filter((t) => /^\p{Lu}/u.test(t.word)).length / long.length >= 0.6
  );
}

/** Two capitalised words in a row (an initial or a particle may sit between): what every
 * capitalised name needs. Most messages have none and skip the word-by-word reading. */
const TWO_CAPITALISED =
  /\p{Lu}[\p{L}\p{M}'’-]*\.?[ \t]+(?:(?:de|del|la|las|los|da|di|van|von|du|le)[ \t]+)?\p{Lu}/u;

/** Spans [start, end) of capitalised names. */
function capitalisedNames(original: string): [number, number][] {
  const { text, capitals } = fromCapitals(original);
  if (!TWO_CAPITALISED.test(text)) return [];
  const all = tokens(text);
  const titleCase = isTitleCase(all);
  const celebrity = CELEBRITY.test(text);
  const spans: [number, number][] = [];
  let i = 0;
  while (i < all.length) {
    const first = all[i] as Token;
    // "Ms. Haskins", "Mr Lopez": an honorific and the capitalised words after it.
    if (HONORIFIC.test(first.word) && all[i + 1] && joined(text, first, all[i + 1] as Token)) {
      let j = i + 1;
      while (
        all[j] &&
        CAPITALISED.test((all[j] as Token).word) &&
        !['split', 'blocks', 'title'].includes(kindOf(all[j] as Token)) &&
        (j === i + 1 || joined(text, all[j - 1] as Token, all[j] as Token))
      )
        j++;
      if (j > i + 1) {
        spans.push([first.start, (all[j - 1] as Token).end]);
        i = j;
        continue;
      }
    }
    if (!CAPITALISED.test(first.word) && !INITIAL.test(first.word)) {
      i++;
      continue;
    }
    // The longest run of capitalised words (and particles between them) joined by spaces.
    let j = i + 1;
    while (all[j] && joined(text, all[j - 1] as Token, all[j] as Token)) {
      const w = (all[j] as Token).word;
      const next = all[j + 1];
      // "de", "del", "de los" between two names: "María de los Ángeles Fuentes".
      const after = all[j + 2];
      const particle =
        PARTICLE.has(w) &&
        next &&
        joined(text, all[j] as Token, next) &&
        (CAPITALISED.test(next.word) ||
          (PARTICLE.has(next.word) &&
            after !== undefined &&
            CAPITALISED.test(after.word) &&
            joined(text, next, after)));
      if (!particle && !CAPITALISED.test(w) && !INITIAL.test(w)) break;
      j++;
    }
    const run = all.slice(i, j).filter((t) => !PARTICLE.has(t.word));
    // Split at function words, months, weekdays and titles; test each piece.
    let piece: Token[] = [];
    const pieces: Token[][] = [];
    for (const t of run) {
      const kind = kindOf(t);
      if (kind === 'split' || kind === 'title') {
        // "Cesar Chavez Day" is a holiday.
        if (plain(t.word) !== 'day') pieces.push(piece);
        piece = [];
      } else piece.push(t);
    }
    pieces.push(piece);
    for (let p of pieces) {
      const head = p[0];
      if (!head) continue;
      const tail = p[p.length - 1] as Token;
      const before = all[all.indexOf(head) - 1];
      const context =
        (before !== undefined && ROLE.has(plain(before.word)) && joined(text, before, head)) ||
        LABEL_BEFORE.test(text.slice(Math.max(0, head.start - 40), head.start)) ||
        NEXT_IDENTIFIER.test(text.slice(tail.end));
      if (isPlace(p)) continue;
      // A dictionary word before a given name is not a surname: "Yesterday Keisha", "Big
      // Mike", "Trader Joe's".
      while (
        !context &&
        p[1] &&
        (kindOf(p[0] as Token) === 'word' || NICK_PREFIX.test((p[0] as Token).word)) &&
        isGivenKind(p[1])
      ) {
        p = p.slice(1);
      }
      if (!p.length) continue;
      const start = (p[0] as Token).start;
      const end = (p[p.length - 1] as Token).end;
      const words = p.map((t) => t.word).join(' ');
      const how: Reading = {
        context,
        titleCase,
        capitals: p.some((t) => capitals.has(t.start)),
      };
      if (!isName(p, p.map(kindOf), how)) continue;
      // People in the news, brands and stand-ins are nobody's client.
      if (
        !context &&
        (celebrity ||
          STAND_IN.test(words) ||
          PUBLIC_AFTER.test(text.slice(end)) ||
          (QUOTING_BEFORE.test(text.slice(Math.max(0, start - 10), start)) &&
            QUOTING_AFTER.test(text.slice(end))) ||
          PUBLIC_BEFORE.test(text.slice(Math.max(0, start - 30), start)))
      )
        continue;
      spans.push([start, end]);
    }
    i = j;
  }
  return spans;
}

function isGivenKind(t: Token): boolean {
  const k = kindOf(t);
  return k === 'given' || k === 'given-word';
}

// "Name: Lopez, Maria" (surname first, as on forms).
const SURNAME_FIRST =
  /\b((?:name|client|participant|patient|member|pt|nombre)\s*:\s*)(\p{Lu}[\p{Ll}'’-]+),\s*(\p{Lu}[\p{Ll}'’-]+)/giu;

// Lowercase names after a cue word: "a letter for maria lopez", "saw jose ramirez".
const LOWER_CUE =
  /\b(?:client|participant|member|consumer|patient|mentee|resident|youth|guy|lady|girl|boy|kid|son|daughter|named|called|aka|for|with|to|from|about|saw|see|met|meet|visit|visited|tell|told|ask|asked|text|texted|call|help|helping|drive|drove|cliente|participante|para|con|mr|mrs|ms|intake)[.:]?\s+$/iu;
const WORD = /[\p{L}\p{M}][\p{L}\p{M}'’-]*/gu;
const EVERYDAY_SURNAMES = new Set(
  'young long white black green brown gray grey hill king wood woods rose stone hunt bell west price rice grant lane ray cross park mark may will little hall page case short strong best good love rich bass cash chase cook day early fox frost hope lamb lee mills moss nash noble north oliver person pope power powers reed rich ross sharp snow spring stout summers swift walker ward waters webb wise wolf'.split(
    ' ',
  ),
);

/** A word that can be a surname in lowercase: in no English dictionary (or a hyphenated one
 * with a part in none: "nguyen-park"), and no function word, month, place or organisation. */
function surnameLike(word: string): boolean {
  const s = plain(word);
  if (s.length < 3 || /^\p{Lu}/u.test(word)) return false;
  // Spanish verbs: a stressed final vowel ("platicó"), a gerund ("llorando").
  if (/[áéíóú]$/.test(word.toLowerCase()) || /(?:ando|iendo|yendo)$/.test(s)) return false;
  if (s.length >= 5 && isTypo(s)) return false;
  const parts = s.split('-');
  if (parts.some((w) => STOP.has(w) || CALENDAR.has(w) || INSTITUTION.has(w) || PLACES.has(w)))
    return false;
  return parts.some((w) => w.length > 1 && !isEnglishWord(w));
}

/** Two letters swapped in an English word ("wnats"): a typo, not a surname. Short words are
 * left out: swapping two letters of "feld" makes "fled". */
function isTypo(w: string): boolean {
  for (let i = 0; i < w.length - 1; i++) {
    const swapped = w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2);
    if (swapped !== w && isEnglishWord(swapped)) return true;
  }
  return false;
}

const isGiven = (w: string) => GIVEN.has(plain(w)) || GIVEN.has(plain(w).split('-')[0] as string);

/** Lowercase full names, with or without a cue: a known given name, maybe middle names, an
 * initial or a particle, then a surname in no dictionary ("hector villalobos", "raymond j
 * esparza", "maria del carmen soto-vega", "pedro gutierrez lozano"). A surname that is also a
 * word ("bell", "baker") counts only after a cue word or before another identifier. */
function lowercaseNames(text: string): [number, number][] {
  // Most messages hold no given name at all: find that out before reading word by word.
  let any = false;
  for (const m of text.matchAll(WORD)) {
    const w = plain(m[0]);
    if (GIVEN.has(w) || GIVEN_WORDS.has(w) || GIVEN.has(w.split('-')[0] as string)) {
      any = true;
      break;
    }
  }
  if (!any) return [];
  const words = [...text.matchAll(WORD)].map((m) => ({
    w: m[0].replace(/['’]s$/, ''),
    start: m.index,
    end: m.index + m[0].replace(/['’]s$/, '').length,
  }));
  const spans: [number, number][] = [];
  // Only spaces between two words, or a period after an initial ("maria g. lopez").
  const spaced = (i: number) =>
    words[i + 1] !== undefined &&
    ((words[i] as { w: string }).w.length === 1 ? /^\.?[ \t]+$/ : /^[ \t]+$/).test(
      text.slice((words[i] as { end: number }).end, (words[i + 1] as { start: number }).start),
    );
  for (let i = 0; i < words.length; i++) {
    const first = words[i] as { w: string; start: number; end: number };
    const given = isGiven(first.w);
    if (!given && !GIVEN_WORDS.has(plain(first.w))) continue;
    // Middle names, initials and particles.
    let j = i;
    let middles = 0;
    while (spaced(j) && middles < 3) {
      const next = (words[j + 1] as { w: string }).w;
      const n = plain(next);
      if (/^\p{Lu}/u.test(next)) break;
      if (isGiven(next) || (next.length === 1 && !STOP.has(n)) || PARTICLE.has(n)) {
        j++;
        middles++;
      } else break;
    }
    if (!spaced(j)) continue;
    const last = words[j + 1] as { w: string; start: number; end: number };
    // A given name that is also a word ("felicia", "jesus") needs a known given name after it,
    // or a surname in no dictionary.
    if (!given && !words.slice(i + 1, j + 1).some((m) => isGiven(m.w)) && !surnameLike(last.w))
      continue;
    let end = last.end;
    if (surnameLike(last.w)) {
      // A second surname: "gutierrez lozano".
      const after = words[j + 2];
      if (after && spaced(j + 1) && surnameLike(after.w)) end = after.end;
    } else {
      const s = plain(last.w);
      const cued =
        LOWER_CUE.test(text.slice(Math.max(0, first.start - 12), first.start)) ||
        NEXT_IDENTIFIER.test(text.slice(last.end)) ||
        middles > 0;
      // A known given name and a known surname ("marisol vega"), unless the surname is an
      // everyday word that often follows a name ("maria green card", "jose young").
      const surname = SURNAMES.has(s) && (cued || (given && !EVERYDAY_SURNAMES.has(s)));
      if (!surname || /^\p{Lu}/u.test(last.w)) continue;
    }
    // Capitalised pairs were judged by capitalisedNames ("for Cesar Chavez Day" is a holiday).
    if (/^\p{Lu}/u.test(first.w) && middles === 0 && /^\p{Lu}/u.test(last.w)) continue;
    spans.push([first.start, end]);
    i = j + 1;
  }
  return spans;
}

// "Okonkwo, Chidi —", "Cheng, Wei (preferred name", "lopez, ana -", "KIM, MIN-JUN": a surname, a
// comma and a given name, then a dash, a bracket, a quote or the end, as a form or a list
// writes it.
const COMMA_PAIR =
  /(?<![\p{L}\p{M}])([\p{L}\p{M}][\p{L}\p{M}'’-]+),[ \t]+([\p{L}\p{M}][\p{L}\p{M}'’-]+)(?=([ \t]*(?:[-—–([:'"’”]|$))?)/gu;

function surnameFirst(text: string): [number, number][] {
  const spans: [number, number][] = [];
  if (!text.includes(',')) return spans;
  for (const m of fromCapitals(text).text.matchAll(COMMA_PAIR)) {
    const [surname, given] = [plain(m[1] as string), plain(m[2] as string)];
    // Written in capitals, as a record system prints it, no mark needs to follow.
    const capitals = text.slice(m.index, m.index + m[0].length) === m[0].toUpperCase();
    if (m[3] === undefined && !capitals) continue;
    const ordinary = (w: string) =>
      STOP.has(w) || CALENDAR.has(w) || INSTITUTION.has(w) || TITLE.has(w) || PLACES.has(w);
    if (ordinary(surname) || ordinary(given) || PLACE_END.has(given)) continue;
    const odd = (w: string) => !w.split('-').some((part) => isEnglishWord(part));
    const surnameOk = SURNAMES.has(surname) || odd(surname);
    const givenOk =
      isGiven(given) ||
      (odd(given) && odd(surname)) ||
      (GIVEN_WORDS.has(given) && (odd(surname) || SURNAMES.has(surname))) ||
      (capitals && SURNAMES.has(surname));
    if (surnameOk && givenOk) spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
}

// "Terrence 'Tee' Boyd", "marcus 'big m' delacroix": a nickname in quotes between two names.
const NICKNAME =
  /(?<![\p{L}\p{M}'’-])([\p{L}\p{M}][\p{L}\p{M}'’-]+)[ \t]+['"‘“]([^'"‘“’”\n]{1,15})['"’”][ \t]+([\p{L}\p{M}][\p{L}\p{M}'’-]+)/gu;

function nicknames(text: string): [number, number][] {
  const spans: [number, number][] = [];
  if (!/['"‘“][^'"‘“’”\n]{1,15}['"’”]/.test(text)) return spans;
  for (const m of text.matchAll(NICKNAME)) {
    const [first, last] = [m[1] as string, m[3] as string];
    const f = plain(first);
    // "client 'Nando' Gutiérrez": the nickname and the surname.
    if (ROLE.has(f) && (CAPITALISED.test(last) || surnameLike(last)) && !STOP.has(plain(last))) {
      spans.push([m.index + first.length, m.index + m[0].length]);
      continue;
    }
    if (STOP.has(f) || INSTITUTION.has(f) || TITLE.has(f)) continue;
    const capitalised = CAPITALISED.test(first) && CAPITALISED.test(last);
    if ((capitalised && !STOP.has(plain(last))) || (isGiven(first) && surnameLike(last)))
      spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
}

const NAME_LIKE: Kind[] = ['given', 'given-word', 'family', 'surname', 'odd'];
const LOWER_PAIR = /\b([\p{Ll}'’-]+)(?=\s+([\p{Ll}'’-]+))/gu;

/** After redaction: could the text still hold a name the rules were not sure of? Two
 * capitalised name-like words anywhere (sentence openers aside), or a known given name followed
 * by a word in no dictionary ("talked to maria hernandes"). */
export function mayHoldName(text: string): boolean {
  let capitalised = 0;
  for (const t of tokens(text)) {
    if (t.opens || !CAPITALISED.test(t.word)) continue;
    if (NAME_LIKE.includes(kindOf(t)) && !PLACES.has(plain(t.word)) && ++capitalised >= 2)
      return true;
  }
  for (const m of text.matchAll(LOWER_PAIR)) {
    const given = plain(m[1] as string);
    const next = plain(m[2] as string);
    if (
      GIVEN.has(given) &&
      next.length > 2 &&
      !STOP.has(next) &&
      !CALENDAR.has(next) &&
      !next.split('-').some((part) => isEnglishWord(part))
    )
      return true;
  }
  return false;
}

// "mr. okafor", "ms haskins", "señora martínez": an honorific in lowercase and a surname.
const LOWER_HONORIFIC =
  /\b((?:mr|mrs|ms|mx|miss|sra|srta|señora|señor|señorita)\.?\s+)([\p{L}][\p{Ll}\p{M}'’-]{2,})/gu;

// "j. rodriguez", "client Lopez": an initial or a role word and a known surname that is no
// given name and no everyday word.
const INITIAL_SURNAME =
  /\b((?:[a-z]\.|(?:client|participant|patient|mentee|cliente|participante))\s+)([\p{L}][\p{Ll}\p{M}'’-]{2,})/giu;

// "last name Kowalski", "apellido: Ruiz": a surname named as one, even alone.
const LAST_NAME =
  /\b((?:last name|surname|family name|apellido)(?:\s+is|\s*:)?\s+)([\p{L}\p{M}][\p{L}\p{M}'’-]{1,})/giu;

/** Replace every full name with [name]; true in `found` when one was. */
export function redactNames(text: string): { text: string; found: boolean } {
  let found = false;
  let out = text.replace(SURNAME_FIRST, (_m, lead: string) => {
    found = true;
    return `${lead}${PLACEHOLDER}`;
  });
  out = out.replace(LOWER_HONORIFIC, (m, lead: string, word: string) => {
    const w = plain(word);
    const capitalised =
      /^\p{Lu}/u.test(word) &&
      !STOP.has(w) &&
      !CALENDAR.has(w) &&
      !INSTITUTION.has(w) &&
      !PLACES.has(w);
    if (!capitalised && !surnameLike(word) && !(SURNAMES.has(w) && !EVERYDAY_SURNAMES.has(w)))
      return m;
    found = true;
    return `${lead}${PLACEHOLDER}`;
  });
  out = out.replace(INITIAL_SURNAME, (m, lead: string, word: string) => {
    const w = plain(word);
    const known = SURNAMES.has(w) && !EVERYDAY_SURNAMES.has(w) && !isEnglishWord(w);
    if (!known || GIVEN.has(w) || GIVEN_WORDS.has(w)) return m;
    found = true;
    return `${lead}${PLACEHOLDER}`;
  });
  out = out.replace(LAST_NAME, (m, lead: string, word: string) => {
    if (STOP.has(plain(word))) return m;
    found = true;
    return `${lead}${PLACEHOLDER}`;
  });
  for (const find of [nicknames, surnameFirst, capitalisedNames, lowercaseNames]) {
    const spans = find(out);
    if (spans.length) found = true;
    for (const [start, end] of spans.reverse()) {
      out = `${out.slice(0, start)}${PLACEHOLDER}${out.slice(end)}`;
    }
  }
  return { text: out, found };
}
