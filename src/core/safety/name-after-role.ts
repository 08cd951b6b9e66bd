// Lowercase full names placed by who the person is, when neither word is a known given name:
// set off by commas after the role ("client's landlord, ofelia marquez, owns it", "his boss on
// the site, hank borowski, called me"), or right after "client" with a verb after ("client tj
// moreau works nights"). The surname must look like one (`surnameLike`); after "client" the first
// name must be in no dictionary too.
import { isEnglishWord } from '../dictionary.ts';
import { surnameLike } from './name-forms.ts';
import { plain } from './name-text.ts';
import { CALENDAR, PLACES, STOP } from './name-words.ts';

const KIN_OR_ROLE =
  '(?:boss|landlord|landlady|manager|supervisor|foreman|owner|employer|mom|mother|dad|father|stepdad|stepmom|uncle|aunt|tia|tio|cousin|brother|sister|grandma|grandmother|grandpa|grandfather|husband|wife|boyfriend|girlfriend|partner|ex|neighbou?r|roommate|caseworker|case manager|social worker|po|probation officer|parole officer|sponsor|son|daughter|pastor|teacher|coach|client|participant|resident|mentee|patient)';
// Lowercase letters, accented ones too, without the Unicode flag (the patterns run on every message).
const WORD = "[a-zà-öø-ÿ][a-zà-öø-ÿ'’-]*";
/** The role, up to three more words, a comma, two lowercase words, a comma. */
const APPOSED = new RegExp(
  `\\b${KIN_OR_ROLE}(?:['’]s)?(?:[ \\t]+[a-zà-öø-ÿ\\d]+){0,3},[ \\t]+(${WORD})[ \\t]+(${WORD}),`,
  'dg',
);
/** "client tj moreau works ...": a role word, two words in no dictionary, what a person does. */
const AFTER_CLIENT = new RegExp(
  `\\b(?:client|participant|resident|mentee|patient|cliente|participante)[ \\t]+(${WORD})[ \\t]+(${WORD})(?=[ \\t]+(?:works|worked|wants|wanted|said|says|asked|asks|keeps|kept|is|was|has|had|told|tells|called|calls|texted|texts|got|gets|needs|lives|lived|came|comes|showed|shows|gave|gives|offered)\\b)`,
  'dg',
);

const nameWord = (w: string) => {
  const p = plain(w);
  return p.length >= 2 && !STOP.has(p) && !CALENDAR.has(p) && !PLACES.has(p);
};
/** What each form needs, tested first with plain scans (most messages have neither): two words
 * between commas; a role word before a lowercase word. */
const TWO_WORDS_IN_COMMAS = /,[ \t]+[^\s,]+[ \t]+[^\s,]+,/;
const CLIENT_BEFORE_LOWER =
  /\b(?:client|participant|resident|mentee|patient|cliente|participante)[ \t]+[a-zà-öø-ÿ]/;
const FORMS = [
  [APPOSED, TWO_WORDS_IN_COMMAS, false],
  [AFTER_CLIENT, CLIENT_BEFORE_LOWER, true],
] as const;

export function namesAfterRole(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const [pattern, gate, firstOdd] of FORMS) {
    if (!gate.test(text)) continue;
    for (const m of text.matchAll(pattern)) {
      const first = m[1] as string;
      const last = m[2] as string;
      if (!nameWord(first) || !surnameLike(last)) continue;
      if (firstOdd && isEnglishWord(plain(first))) continue;
      const [start] = m.indices?.[1] ?? [m.index];
      const [, end] = m.indices?.[2] ?? [0, m.index + m[0].length];
      spans.push([start, end]);
    }
  }
  return spans;
}
