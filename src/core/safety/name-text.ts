// Small pieces every reader of names shares: how a word is compared, what a capitalised word
// looks like, the words around a name that make it one, and names written in capitals.
import { isEnglishWord } from '../dictionary.ts';
import { GIVEN } from './name-words.ts';

export const PLACEHOLDER = '[name]';

/** A word as compared with the word lists: lowercase, no accents, no apostrophes. */
export const plain = (w: string) => {
  const lower = w.toLowerCase();
  // Most words are plain ASCII letters and hyphens: skip the Unicode normalisation.
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if ((c < 97 || c > 122) && c !== 45)
      return lower.normalize('NFD').replace(/\p{M}/gu, '').replace(/['’ʻ]/g, '');
  }
  return lower;
};

/** A capitalised word, as names are written: Lopez, McAllister, O'Brien, Rivers-McKay, a glottal
 * stop written inside a Polynesian name (Fa'alogo, Ka'ahanui; a contraction such as "Don't" is
 * not one), and a short syllable after a hyphen as in Korean given names (Jun-ho, Ji-woo). */
export const CAPITALISED =
  /^(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|\p{Lu}['’ʻ])?\p{Lu}[\p{Ll}\p{M}]+(?:['’ʻ](?!(?:t|re|ve|ll|d|m|s)$)[\p{Ll}\p{M}]{2,})*(?:-(?:Mc|Mac|\p{Lu}['’])?\p{Lu}[\p{Ll}\p{M}]+)*(?:-\p{Ll}{1,4})?$/u;
/** A word that begins with a capital, in title case or in capitals ("Park", "PARK"). */
export const startsUpper = (word: string): boolean => /^\p{Lu}/u.test(word);
/** Small words between the parts of a name: "de la Cruz", "van Dyke". */
export const PARTICLE = new Set(
  // Spanish, Portuguese, Italian, Dutch, French; Filipino "dela"; Arabic "bin", "ibn", "al".
  'de del la las los da di dos das van von der den ter du le dela delos bin ibn bint binti al abu'.split(
    ' ',
  ),
);
/** Words after which capitalised words are a person's name ("participant Devon Marsh"). */
export const ROLE = new Set(
  'client participant patient pt mentee consumer member resident youth guy named called aka cliente participante'.split(
    ' ',
  ),
);
/** A placeholder right after a run: "Devon Marsh (DOB ...)", "Rashad Mbeki 213-555-0175". */
export const NEXT_IDENTIFIER =
  /^\s*[,(:-]?\s*\[(?:date of birth|SSN|Medi-Cal ID|record number|phone|email|address)\]/;

/** A surname told by its ending, in no dictionary: Armenian "-yan", "-ian" ("hovsepyan",
 * "hakopian"), Georgian "-shvili", "-dze", Greek "-poulos", "-akis", Ukrainian "-enko", "-chuk",
 * Slavic "-ovich", Romanian "-escu", Turkish "-oglu". Sure enough to stand for a listed surname. */
const ENDINGS = 'yan|ian|shvili|dze|poulos|akis|enko|chuk|ovich|evich|escu|oglu';
const SURNAME_ENDING = new RegExp(`^[a-z]{3,}(?:${ENDINGS})$`);
/** Some word of the text may end as such a surname: most texts skip the word-by-word test. */
export const MAY_HOLD_SHAPED = new RegExp(`\\p{L}{3}(?:${ENDINGS})\\b`, 'iu');
export const isSurnameShaped = (w: string) => {
  const s = plain(w);
  return SURNAME_ENDING.test(s) && !isEnglishWord(s);
};

/** Native surnames of two ordinary words, a colour, a number or a deed and an animal or a thing
 * of the sky ("Two Bulls", "Iron Shell", "Red Elk", "Kills Crow"): a surname after a given name. */
const NATIVE_FIRST =
  /^(?:red|white|black|yellow|blue|gray|grey|little|running|standing|spotted|lone|sitting|walking|iron|kills|many|two|three|four|crazy|bad|brave|swift|chasing|plenty|high|good)$/;
const SECOND_WORDS =
  '(?:horses?|birds?|bears?|wolf|wolves|eagles?|hawks?|feathers?|clouds?|elk|fox|deer|buffalo|owls?|thunder|shield|robe|hair|crows?|calf|bulls?|heart|shell|moon|stars?|hands?|horns?|lance|wings?|arrows?|tail|eyes|water|rivers?|rocks?|winds?|sky|mountains?|trees?|sun|snow|rain|lightning)';
const NATIVE_SECOND = new RegExp(`^${SECOND_WORDS}$`);
export const isNativeSurname = (a: string, b: string) =>
  NATIVE_FIRST.test(plain(a)) && NATIVE_SECOND.test(plain(b));
/** A text with none of those second words in lowercase, and no accented letter `plain` could
 * make into one, holds no Native surname: most messages, told apart with one scan. */
const SECOND_ANYWHERE = new RegExp(
  `${SECOND_WORDS}|[\\u00c0-\\u024f\\u0300-\\u036f\\u1e00-\\u1eff]`,
);
export const mayHoldNativeSurname = (text: string) => SECOND_ANYWHERE.test(text);

/** A known given name, or a hyphenated one that starts with one ("brittany-lynn"), of a word
 * already plain. */
export const isGivenPlain = (p: string) =>
  GIVEN.has(p) || (p.includes('-') && GIVEN.has(p.slice(0, p.indexOf('-'))));
/** The same of any word. */
export const isGiven = (w: string) => isGivenPlain(plain(w));

/** Words written in capitals (two letters or more) read as if capitalised: "JESSICA MONROE". */
// An Irish or Italian prefix is one capital and an apostrophe: "O'MALLEY", "D'ANGELO".
const CAPITALS_WORD =
  /(?<![\p{L}\p{M}])(?:\p{Lu}['’])?\p{Lu}{2,}(?:[-'’]\p{Lu}+)*(?![\p{L}\p{M}])/gu;
const TWO_CAPITALS = /\p{Lu}{2,}[,]?[ \t]+(?:\p{Lu}['’])?\p{Lu}{2,}/u;

/** The text with words in capitals written as capitalised ones, and where those are. */
export function fromCapitals(text: string): { text: string; capitals: Set<number> } {
  const capitals = new Set<number>();
  if (!TWO_CAPITALS.test(text)) return { text, capitals };
  const out = text.replace(CAPITALS_WORD, (w, at: number) => {
    capitals.add(at);
    // A possessive stays one: "LEDESMA'S" is "Ledesma's", not "Ledesma'S".
    return w
      .replace(/(\p{Lu})(\p{Lu}*)/gu, (_m, a: string, b: string) => a + b.toLowerCase())
      .replace(/(['’])S$/, '$1s');
  });
  return { text: out, capitals };
}

/** A given name of two romanised syllables joined by a hyphen, as Korean and some Chinese
 * names are written: "Jun-ho", "Ji-woo", "Soo-ah", "Mei-ling". */
const SYLLABLE =
  '(?:[bcdghjklmnprstwy]|ch|hy|ky|gy|my|ny)?(?:[aeiou]{1,2}|y[aeiou]{1,2}|w[aeiou]{1,2})(?:ng|n|m|l|k|p|t|h)?';
const ROMANIZED = new RegExp(`^${SYLLABLE}-${SYLLABLE}$`);
/** English words joined by a hyphen that look like syllables ("co-op", "re-up", "hip-hop"). */
const HYPHEN_PREFIX =
  /^(?:co|re|pre|non|un|anti|mid|ex|self|hip|yo|so|no|ha|uh|oh|mm|hm|bye|in|up|on|be)-|-(?:up|in|on|out|off|ups)$/;

/** A romanised two-syllable given name in no dictionary ("jun-ho", "Sung-Ho"). */
export const isRomanized = (w: string) => {
  // Most words have no hyphen: skip the rest.
  if (!w.includes('-')) return false;
  const p = plain(w);
  return ROMANIZED.test(p) && !isEnglishWord(p.replace('-', '')) && !HYPHEN_PREFIX.test(p);
};
