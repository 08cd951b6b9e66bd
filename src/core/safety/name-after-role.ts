// Lowercase full names placed by who the person is, when neither word is a known given name:
// set off by commas after the role ("client's landlord, ofelia marquez, owns it", "his boss on
// the site, hank borowski, called me"), or right after "client" with a verb after ("client tj
// moreau works nights"). The surname must be in no dictionary; after "client" the first name too.
import { isEnglishWord } from '../dictionary.ts';
import { plain } from './name-text.ts';
import { CALENDAR, PLACES, STOP } from './name-words.ts';

const KIN_OR_ROLE =
  '(?:boss|landlord|landlady|manager|supervisor|foreman|owner|employer|mom|mother|dad|father|stepdad|stepmom|uncle|aunt|tia|tio|cousin|brother|sister|grandma|grandmother|grandpa|grandfather|husband|wife|boyfriend|girlfriend|partner|ex|neighbou?r|roommate|caseworker|case manager|social worker|po|probation officer|parole officer|sponsor|son|daughter|pastor|teacher|coach|client|participant|resident|mentee|patient)';
const WORD = "[\\p{Ll}][\\p{Ll}\\p{M}'’-]*";
/** The role, up to three more words, a comma, two lowercase words, a comma. */
const APPOSED = new RegExp(
  `\\b${KIN_OR_ROLE}(?:['’]s)?(?:[ \\t]+[\\p{Ll}\\d]+){0,3},[ \\t]+(${WORD})[ \\t]+(${WORD}),`,
  'dgu',
);
/** "client tj moreau works ...": a role word, two words in no dictionary, what a person does. */
const AFTER_CLIENT = new RegExp(
  `\\b(?:client|participant|resident|mentee|patient|cliente|participante)[ \\t]+(${WORD})[ \\t]+(${WORD})(?=[ \\t]+(?:works|worked|wants|wanted|said|says|asked|asks|keeps|kept|is|was|has|had|told|tells|called|calls|texted|texts|got|gets|needs|lives|lived|came|comes|showed|shows|gave|gives|offered)\\b)`,
  'dgu',
);

const nameWord = (w: string) => {
  const p = plain(w);
  return p.length >= 2 && !STOP.has(p) && !CALENDAR.has(p) && !PLACES.has(p);
};
const inNoDictionary = (w: string) =>
  plain(w)
    .split('-')
    .every((part) => part.length >= 3 && !isEnglishWord(part));

export function namesAfterRole(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const [pattern, firstOdd] of [
    [APPOSED, false],
    [AFTER_CLIENT, true],
  ] as const) {
    for (const m of text.matchAll(pattern)) {
      const first = m[1] as string;
      const last = m[2] as string;
      if (!nameWord(first) || !nameWord(last) || !inNoDictionary(last)) continue;
      if (firstOdd && isEnglishWord(plain(first))) continue;
      const [start] = m.indices?.[1] ?? [m.index];
      const [, end] = m.indices?.[2] ?? [0, m.index + m[0].length];
      spans.push([start, end]);
    }
  }
  return spans;
}
