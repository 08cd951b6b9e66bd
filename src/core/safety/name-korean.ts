// Korean names romanised, surname first, in any case: "Ha Eun-ji", "park jae hyun", "kim
// min-jun", "PARK YOUNG HO". Here the cue is the shape: a Korean surname and a given name of two
// syllables, joined by a hyphen or written apart. Both syllables must be common given-name
// syllables, neither a function word; written apart in lowercase, at least one in no dictionary
// ("lee won young" stays prose), while in capitals or title case the three words are a name
// whatever the dictionary says ("Park Young Ho"). "Oh" is a surname only so written, or before a
// hyphenated given name ("oh sung-min"; "oh min young" stays an exclamation).
import { isEnglishWord } from '../dictionary.ts';
import { plain, startsUpper } from './name-text.ts';
import { STOP } from './name-words.ts';

const SURNAMES = new Set(
  `kim gim lee yi rhee park pak bak choi choe jung jeong chung kang cho jo yoon yun jang chang lim
  han seo suh shin sin kwon gwon hwang ahn song yoo ryu hong jeon chun ko moon mun yang son sohn bae
  baek paik heo huh nam noh roh ha kwak seong cha joo woo min jin chae won bang gong hyun pyo yeo
  byun byeon eom uhm seok`.split(/\s+/),
);
/** Surnames that are also everyday words: capitalised, or with a hyphenated given name. */
const WORD_SURNAMES = new Set(['oh']);

const SYLLABLES = new Set(
  `ae bin beom bo bok byung chae chan chang cheol chul chun dae dong eun eui gi gil gook gun guk
  gwang gyu ha hae han hee heon ho hoon hwa hwan hye hyo hyuk hyun hyung il ja jae jeong ji jin
  jong joo joon ju jun jung ki kook kwang kyu kyung mi min myung na nam ra rae ri rin sang seo
  seok seon seung sik sol soo sook su suk sun sung tae won woo woong yeon yeong yong yoo young yu
  yul yun yoon`.split(/\s+/),
);

/** A surname, then either "eun-ji" or "jae hyun", read from every word on (a lookahead). */
const KOREAN =
  /(?<![\p{L}\p{M}'’-])(?=((\p{L}+)[ \t]+(\p{L}+)(?:-(\p{L}+)|[ \t]+(\p{L}+)))(?=['’]s\b|[^\p{L}\p{M}'’-]|$))/gu;
/** Most texts hold no Korean surname as a word: one scan tells them apart. */
const MAY_HOLD = new RegExp(`\\b(?:${[...SURNAMES, ...WORD_SURNAMES].join('|')})\\b`, 'i');

const syllable = (w: string) => SYLLABLES.has(w) && !STOP.has(w);

export function koreanNames(text: string): [number, number][] {
  const spans: [number, number][] = [];
  if (!MAY_HOLD.test(text)) return spans;
  let end = 0;
  for (const m of text.matchAll(KOREAN)) {
    if (m.index < end) continue;
    const surname = plain(m[2] as string);
    const words = [m[2], m[3], m[4] ?? m[5]] as string[];
    const capitalised = words.every(startsUpper);
    const apart = m[5] !== undefined;
    if (!SURNAMES.has(surname) && !(WORD_SURNAMES.has(surname) && (capitalised || !apart)))
      continue;
    const first = plain(m[3] as string);
    const second = plain((m[4] ?? m[5]) as string);
    if (!syllable(first) || !syllable(second)) continue;
    // Apart and in lowercase, one syllable in no dictionary; hyphenated, the shape is enough.
    if (apart && !capitalised && isEnglishWord(first) && isEnglishWord(second)) continue;
    end = m.index + (m[1] as string).length;
    spans.push([m.index, end]);
  }
  return spans;
}
