// A first name beside another identifier. A first name alone identifies nobody and is kept (and
// never warned about); beside a phone number, an address, a date of birth, an e-mail, a record
// or card number, a handle or a full name it is part of what identifies the person ("Destiny
// gave me her new number [phone]", "Lupe ([date of birth])"), so it goes with them. The
// message already carries the warning: this only changes what is kept.
import { isEnglishWord } from '../dictionary.ts';
import { isGivenPlain, isRomanized, plain } from './name-text.ts';
import {
  CALENDAR,
  GIVEN_WORDS,
  INSTITUTION,
  PLACE_END,
  PLACE_START,
  PLACES,
  STOP,
  TITLE,
} from './name-words.ts';

/** A placeholder of an identifier: the message is about one person in particular. */
const IDENTIFIED =
  /\[(?:name|date of birth|SSN|Medi-Cal ID|record number|phone|email|address|plate|license|number|handle)\]/;
/** A capitalised word (maybe hyphenated, maybe with a possessive), or a Korean name. */
const CANDIDATE =
  /(?<![\p{L}\p{M}'’-])(?:\p{Lu}[\p{Ll}\p{M}]+(?:-\p{L}[\p{Ll}\p{M}]+)?|[\uAC00-\uD7A3]{2,4})(?![\p{L}\p{M}-])/gu;
/** Before a word, a place a name stands in ("tell Kev", "Doña Chayo", "goes by Jenny"). */
const NAME_BEFORE =
  /(?:\b(?:for|with|tell|told|ask|asked|call|called|text|texted|client|clienta|cliente|participant|participante|named|aka|doña|dona|don|señora|señor|sra|sr|goes by|go by|went by|nicknamed|calls (?:her|him|them)self)|\b(?:la|el|a) (?:señora|señor|doña|don))[ \t]+$/i;
/** After it: a possessive, a person's own contact or number, or what a person does. (A word
 * before a plate, a record or a plan's number is as often a car or an insurer: "Silverado
 * [plate]", "Molina [record number]".) */
const NAME_AFTER =
  /^(?:['’]s\b|[ \t]*[(,:]?[ \t]*\[(?:date of birth|phone|email|address|SSN|handle|number)\]|[ \t]+(?:gave|gives|sent|sends|lives|lived|asked|asks|told|tells|keeps|wants|wanted|said|says|called|calls|texted|texts|emailed|messaged|me|got|needs|is|was|has|had)\b)/i;

/** Before a word, a place or an insurer: "lived in Minneapolis, [phone]", "Santa Barbara",
 * "Ins: Amerigroup [SSN]". */
const PLACE_BEFORE =
  /\b(?:in|at|from|near|to|en|de|desde|san|santa|santo|saint|st|ins|insurance|plan|insurer)[.:]?[ \t]+$/i;
/** Labels on a form: "Addr [address]", "Ins: ...". */
const LABEL =
  /^(?:addr|ins|tel|ph|cel|cell|mob|mobile|email|mail|home|work|fax|dob|ssn|cin|mrn|id)$/;

function isOrdinary(word: string): boolean {
  return word.split('-').some((w) => isOrdinaryPart(w));
}

function isOrdinaryPart(w: string): boolean {
  return (
    LABEL.test(w) ||
    STOP.has(w) ||
    CALENDAR.has(w) ||
    INSTITUTION.has(w) ||
    TITLE.has(w) ||
    PLACES.has(w) ||
    PLACE_START.has(w) ||
    PLACE_END.has(w)
  );
}

/** Spans of first names in a message that already names an identifier. */
export function firstNamesBeside(text: string): [number, number][] {
  const spans: [number, number][] = [];
  if (!IDENTIFIED.test(text)) return spans;
  for (const m of text.matchAll(CANDIDATE)) {
    const word = m[0];
    const start = m.index;
    const end = start + word.length;
    const korean = /^[\uAC00-\uD7A3]/.test(word);
    const w = plain(word);
    if (!korean && isOrdinary(w)) continue;
    // Inside a placeholder ("[Medi-Cal ID]").
    if (text[start - 1] === '[' || text[end] === ']') continue;
    const before = text.slice(Math.max(0, start - 20), start);
    if (PLACE_BEFORE.test(before) && !NAME_BEFORE.test(before)) continue;
    const known = isGivenPlain(w) || isRomanized(w);
    const placed = NAME_BEFORE.test(before) || NAME_AFTER.test(text.slice(end, end + 20));
    // A known given name anywhere; a name that is also a word ("Will", "Grace"), one in no
    // dictionary ("Kev", "Chayo") or a Korean one only where a name stands.
    const sure =
      known ||
      (placed &&
        (korean ||
          GIVEN_WORDS.has(w) ||
          (w.length >= 3 && !w.split('-').some((part) => isEnglishWord(part)))));
    if (sure) spans.push([start, end]);
  }
  return spans;
}
