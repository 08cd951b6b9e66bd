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
} from './name-words.ts';

const PLACEHOLDER = '[name]';
const TOKEN = /[\p{L}\p{M}][\p{L}\p{M}'’-]*\.?/gu;
const CAPITALISED =
  /^(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|\p{Lu}['’])?\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)*$/u;
const INITIAL = /^\p{Lu}\.?$/u;
const HONORIFIC = /^(?:Mr|Mrs|Ms|Mx|Sra|Srta)\.?$/;
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

const plain = (w: string) =>
  w.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/['’]/g, '');

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
      ? SENTENCE_END.test(before) || (prev.dot && !INITIAL.test(prev.word))
      : /^[\s\W]*$/.test(before);
    out.push({ word, start, end: start + word.length, dot, opens });
    last = start + m[0].length;
  }
  return out;
}

/** Only spaces between two words, and no sentence end after the first. */
function joined(text: string, a: Token, b: Token): boolean {
  if (a.dot && !INITIAL.test(a.word) && !HONORIFIC.test(`${a.word}.`)) return false;
  return /^[ \t]+$/.test(text.slice(a.end + (a.dot ? 1 : 0), b.start));
}

type Kind =
  | 'initial'
  | 'split'
  | 'blocks'
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
  if (INSTITUTION.has(w)) return 'blocks';
  if (GIVEN.has(w)) return 'given';
  if (GIVEN_WORDS.has(w)) return 'given-word';
  if (SURNAMES.has(w)) return isEnglishWord(w) ? 'surname' : 'family';
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

/** True when a run of capitalised words (split words already removed) is a person's name.
 * In context (after a role word, or just before another identifier) any two words will do. */
function isName(run: Token[], kinds: Kind[], context: boolean): boolean {
  const named = kinds.filter((k) => k !== 'initial').length;
  if (named === 0 || (named === 1 && !kinds.includes('initial'))) return false;
  if (kinds.includes('blocks') || isPlace(run)) return false;
  if (context) return true;
  const clear = kinds.filter((k) => k === 'given' || k === 'family' || k === 'odd').length;
  const words = kinds.filter((k) => k === 'word').length;
  if (clear > 0) return words <= 1;
  // Dictionary words only: a known given name with a known surname.
  return (
    words === 0 &&
    kinds.some((k) => k === 'given-word') &&
    kinds.some((k) => k === 'surname' || k === 'given-word')
  );
}

/** Two capitalised words in a row (an initial or a particle may sit between): what every
 * capitalised name needs. Most messages have none and skip the word-by-word reading. */
const TWO_CAPITALISED =
  /\p{Lu}[\p{L}\p{M}'’-]*\.?[ \t]+(?:(?:de|del|la|las|los|da|di|van|von|du|le)[ \t]+)?\p{Lu}/u;

/** Spans [start, end) of capitalised names. */
function capitalisedNames(text: string): [number, number][] {
  if (!TWO_CAPITALISED.test(text)) return [];
  const all = tokens(text);
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
        !['split', 'blocks'].includes(kindOf(all[j] as Token)) &&
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
      const particle =
        PARTICLE.has(w) &&
        next &&
        CAPITALISED.test(next.word) &&
        joined(text, all[j] as Token, next);
      if (!particle && !CAPITALISED.test(w) && !INITIAL.test(w)) break;
      j++;
    }
    const run = all.slice(i, j).filter((t) => !PARTICLE.has(t.word));
    // Split at function words, months and weekdays; test each piece.
    let piece: Token[] = [];
    const pieces: Token[][] = [];
    for (const t of run) {
      if (kindOf(t) === 'split') {
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
        NEXT_IDENTIFIER.test(text.slice(tail.end));
      // A dictionary word that opens a sentence may be capitalised only for that ("Yesterday
      // Keisha"), unless a known surname follows ("Sierra Lopez").
      if (!context && head.opens && kindOf(head) === 'word' && p[1] && kindOf(p[1]) !== 'family')
        p = p.slice(1);
      const kinds = p.map(kindOf);
      if (p.length && isName(p, kinds, context)) {
        spans.push([(p[0] as Token).start, (p[p.length - 1] as Token).end]);
      }
    }
    i = j;
  }
  return spans;
}

// "Name: Lopez, Maria" (surname first, as on forms).
const SURNAME_FIRST =
  /\b((?:name|client|participant|patient|member|pt|nombre)\s*:\s*)(\p{Lu}[\p{Ll}'’-]+),\s*(\p{Lu}[\p{Ll}'’-]+)/giu;

// Lowercase names after a cue word: "a letter for maria lopez", "saw jose ramirez".
const LOWER_CUE =
  /\b(?:client|participant|member|consumer|patient|mentee|resident|youth|guy|lady|girl|boy|kid|son|daughter|named|called|aka|for|with|to|from|about|saw|see|met|meet|visit|visited|tell|told|ask|asked|text|texted|call|help|helping|drive|drove|cliente|participante|para|con)\s+/giu;
const TWO_WORDS = /([\p{L}'’-]+)\s+([\p{L}'’-]+)/uy;

function lowercaseNames(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const cue of text.matchAll(LOWER_CUE)) {
    TWO_WORDS.lastIndex = cue.index + cue[0].length;
    const m = TWO_WORDS.exec(text);
    // Capitalised pairs were judged by capitalisedNames ("for Cesar Chavez Day" is a holiday).
    const bothCapitalised = m && /^\p{Lu}/u.test(m[1] as string) && /^\p{Lu}/u.test(m[2] as string);
    if (m && !bothCapitalised && lowercaseName(m[1] as string, m[2] as string)) {
      spans.push([m.index, m.index + m[0].length]);
    }
  }
  return spans;
}

function lowercaseName(given: string, surname: string): boolean {
  const g = plain(given);
  const s = plain(surname);
  if (!GIVEN.has(g)) return false;
  // A surname that is also a word ("young", "long") is too often just that word in lowercase.
  if (s.length < 3 || STOP.has(s) || CALENDAR.has(s) || INSTITUTION.has(s) || PLACES.has(s))
    return false;
  return (
    !s.split('-').some((part) => isEnglishWord(part)) || (SURNAMES.has(s) && !isEnglishWord(s))
  );
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

/** Replace every full name with [name]; true in `found` when one was. */
export function redactNames(text: string): { text: string; found: boolean } {
  let found = false;
  let out = text.replace(SURNAME_FIRST, (_m, lead: string) => {
    found = true;
    return `${lead}${PLACEHOLDER}`;
  });
  for (const find of [capitalisedNames, lowercaseNames]) {
    const spans = find(out);
    if (spans.length) found = true;
    for (const [start, end] of spans.reverse()) {
      out = `${out.slice(0, start)}${PLACEHOLDER}${out.slice(end)}`;
    }
  }
  return { text: out, found };
}
