// Names that belong to nobody's client: people in the news or in history, characters, brands,
// and buildings, laws, programmes and holidays named after someone. Told two ways: by the
// words around the name (a place, an institution or a work after it; "the", "a", "quoting",
// "by" before it), which holds for names nobody listed, and by a short list of the best known.
import { FAMOUS, FAMOUS_ALONE } from './famous-names.ts';
import { plain } from './name-text.ts';

/** Places and bodies named after a person: never with a possessive ("Maria Lopez's hospital
 * stay" is hers). */
const BUILT =
  'building|bldg|hall|library|museum|memorial|monument|statue|mural|bridge|tunnel|airport|stadium|arena|elementary|middle school|high school|academy|college|university|institute|hospital|medical center|foundation|program(?:me)?s?|initiative|scholarship|fellowship|award|prize|funding|funds|grants?|blvd|boulevard|avenue|ave|street|hwy|highway|freeway|parkway|pkwy|plaza|craft store|quartet|tribute|dealership|branch|effect|syndrome|disease|scale|take on';
/** Works and products, also with a possessive ("Bob Marley's songs", "Jack Daniel's whiskey"). */
const WORK =
  'version|cover|remix|prints?|paintings?|portrait|posters?|tournament|franchise|method|technique|theory|model|approach|research|quotes?|products?|makeup|whiske?y|bourbon|vodka|tequila|rum|beer|motorcycle|cds?|dvds?|vinyl|albums?|songs?|movies?|films?|novels?|poems?|lyrics|biography|memoir|documentary';
/** After a name: a thing named after a person, a work or a product ("the Harriet Tubman
 * building", "a Bob Marley CD", "the Ryan White program", "Jack Daniel's whiskey"). */
const THING_AFTER = new RegExp(
  `^(?:(?:[ \\t]+(?:jr|sr)\\.?)?[ \\t]+(?:${BUILT}|${WORK})|['’]s[ \\t]+(?:${WORK}))\\b`,
  'i',
);
/** The same, capitalised as a proper name: "Cesar Chavez Day", "Kamehameha Hwy", "the Ryan White
 * Act", "Lou Gehrig Field". */
const PROPER_AFTER =
  /^(?:['’]s)?(?:[ \t]+(?:Jr|Sr)\.?)?[ \t]+(?:St|Dr|Way|Drive|Day|Rd|Road|Ln|Lane|Ave|Blvd|Hwy|Park|Field|Center|Centre|Hospital|Medical|School|Elementary|Middle|High|Act|Law|Bill|Code|Rule|Amendment|Award|Prize|Fund|Trust|Foundation|Estate|Hall|Building|Library|Memorial|Bridge|Airport|Stadium|Arena|Station|Square|Plaza|Institute|College|University|Academy|Clinic|Method|Week|Month|Show|Band|Experience)\b/u;

/** Before a name: it is a thing, a work or a public figure ("the", "a", "pull a", "the next",
 * "quoting", "follow", "reincarnation of", "his hero is"). */
const THING_BEFORE =
  /(?:(?<![\p{L}\p{M}])(?:the|a|an)\s+(?:next\s+|new\s+|old\s+|real\s+|original\s+|late\s+|young\s+|whole\s+|famous\s+|little\s+|big\s+)?|\b(?:quot(?:e|es|ed|ing)|cit(?:e|es|ed|ing)|follow(?:s|ed|ing)?|idoli[sz](?:e[sd]?|ing)|admir(?:e[sd]?|ing)|looks? up to|obsessed with|dress(?:ed|es|ing)? (?:up )?(?:as|like)|(?:looks?|sounds?|acts?) (?:just |exactly |a lot |kinda |kind of |totally |so much )?like|compar(?:e[sd]?|ing) (?:him|her|them|my|your|our)sel(?:f|ves) to|reincarnation of|hero is|heroes are|idol is|role model is|inspired by|pull(?:ed|ing)? a|sell(?:s|ing)?|sold|(?:work(?:s|ed|ing)?|coach|specialist|volunteer(?:s|ed|ing)?|employed|intern(?:ing)?) (?:at|for))\s+|\b(?:group|program(?:me)?|class|book|song|album|movie|film|show|series|app|place|store|shop|restaurant|bar|band|podcast|meeting|game|event|building|street|school|center|centre)\s+(?:called|named)\s+['"‘“]?)$/iu;

/** "by" after a capitalised title ("Atomic Habits by James Clear"). Read with case: under the
 * flag i, \p{Lu} takes any letter, and "invited by Maria Lopez" read as a work's author. */
const TITLE_BY = /\p{Lu}[\p{L}'’]*\s+by\s+$/u;

/** "a group called Healing Circle": what follows "called" names a thing, not a person. */
export const CALLED_THING =
  /\b(?:group|program(?:me)?|class|book|song|album|movie|film|show|series|app|place|store|shop|restaurant|bar|band|podcast|meeting|game|event|building|street|school|center|centre|organi[sz]ation|agency|church|team|page|channel|project|initiative|campaign|workshop|course|curriculum|newsletter|flyer|poster|it|its)(?:\s+(?:is|was|are|were|s|'s|’s))?(?:\s+(?:now|also|just))?\s+(?:called|named)\s+['"‘“]?$/i;

/** Words that show a message is in Spanish. */
const SPANISH =
  /[¿¡]|\b(?:que|el|los|las|su|sus|mi|mis|con|por|para|del|le|les|una|está|pero|porque|muy|puedo|tiene)\b/i;

/** A bare article just before a name. */
const ARTICLE_BEFORE = /(?<![\p{L}\p{M}])(?:the|a|an)\s+$/iu;

/** True when the name between start and end is somebody public or a thing named after them.
 * After an honorific a bare article is no sign of a thing: "it's a Mrs. Cho", "there's a Mr.
 * Lopez asking for you". */
export function isPublicName(text: string, start: number, end: number, honorific = false): boolean {
  return isPublicByContext(text, start, end, honorific) || isFamous(text.slice(start, end));
}

/** The words around the name make it somebody public or a thing named after them. */
export function isPublicByContext(
  text: string,
  start: number,
  end: number,
  honorific = false,
): boolean {
  const after = text.slice(end, end + 40);
  if (THING_AFTER.test(after) || PROPER_AFTER.test(after)) return true;
  const before = text.slice(Math.max(0, start - 40), start);
  if (!THING_BEFORE.test(before) && !TITLE_BY.test(before)) return false;
  if (honorific && ARTICLE_BEFORE.test(before)) return false;
  // In Spanish "a" before a person is the personal "a" ("le digo a Reina Castañeda"), no article.
  if (/(?<![\p{L}\p{M}])a\s+$/u.test(before) && SPANISH.test(text)) return false;
  // "follow Kaylee McAllister back": somebody who followed the writer, not a public figure.
  return !(/\bfollow(?:s|ed|ing)?\s+$/i.test(before) && /^\s+back\b/i.test(after));
}

/** A listed public figure, character or brand among the words. */
export function isFamous(words: string): boolean {
  const ws = words
    .split(/[\s.]+/)
    .map((w) => plain(w.replace(/['’]s$/, '')))
    // Lists spell the honorific out: "Mr. Rogers" is "mister rogers".
    .map((w) => (w === 'mr' ? 'mister' : w))
    .filter((w) => /\p{L}/u.test(w));
  if (FAMOUS_ALONE.has(ws.join(' '))) return true;
  // The listed name opens the words or leaves one other beside it: "Martin Luther King", but
  // "Jesus Santos San Juan" is somebody whose surnames are also a saint's name.
  for (let i = 0; i < ws.length - 1; i++) {
    if (FAMOUS.has(`${ws[i]} ${ws[i + 1]}`) && (i === 0 || ws.length <= 3)) return true;
    if (i < ws.length - 2 && FAMOUS.has(`${ws[i]} ${ws[i + 1]} ${ws[i + 2]}`))
      return i === 0 || ws.length <= 4;
  }
  return false;
}
