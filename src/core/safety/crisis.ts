// Does a message need the crisis protocol before anything else? Phrase patterns over the
// message's lowercase words, after everyday idioms ("this paperwork is killing me", "shoot me
// an email") are blanked out. Tuned for recall: a missed crisis costs far more than a
// protocol shown once too often, but a false alarm on idioms teaches people to ignore it.
import { toWords } from '../normalize.ts';
import type { CrisisKind } from '../types.ts';
import { ABOUT, IDIOMS, NOW, OPIOID_SIGNS, PAST, PATTERNS, STRONG_NOW } from './crisis-patterns.ts';

export interface CrisisCheck {
  crisis: boolean;
  /** Every kind that matched, most urgent first. */
  kinds: CrisisKind[];
}

const URGENCY: CrisisKind[] = ['medical', 'overdose', 'violence', 'suicide', 'self-harm', 'abuse'];

function kindsIn(sentence: string): Set<CrisisKind> {
  let t = ` ${sentence} `;
  for (const idiom of IDIOMS) t = t.replace(idiom, ' ');
  const kinds = new Set<CrisisKind>();
  for (const [kind, pattern] of PATTERNS) if (pattern.test(t)) kinds.add(kind);
  // "doing fine now" tells that it is over, not that it is happening now.
  const present = t.replace(/\b(?:fine|ok|okay|well|better|good|great|stable) now\b/g, ' ');
  const strong = STRONG_NOW.test(present);
  const now = strong || NOW.test(present);
  // Emergency signs with an opioid clue: an overdose, so the naloxone step is shown too.
  if (kinds.has('medical') && OPIOID_SIGNS.test(t)) kinds.add('overdose');
  if (kinds.size && ((PAST.test(t) && !now) || (ABOUT.test(t) && !strong))) kinds.clear();
  return kinds;
}

/** Long pastes: the start is read in full, the rest only when it holds a danger word. */
const HEAD = 2_000;
const LIMIT = 40_000;
const DANGER_WORD =
  /suicid|kill|die|dead|overdos|\bod|gun|knife|weapon|breath|respon|seiz|bleed|pill|cut|hurt|harm|abus|hit|beat|end it|goodbye|bridge|blue|wake/i;

export function detectCrisis(text: string): CrisisCheck {
  const head = text.length > HEAD ? text.slice(0, HEAD) : text;
  const tail = text.length > HEAD ? text.slice(HEAD, LIMIT) : '';
  const kinds = new Set<CrisisKind>();
  for (const part of tail && DANGER_WORD.test(tail) ? [head, tail] : [head]) {
    for (const sentence of part.split(/[.!?\n]+/)) {
      for (const k of kindsIn(toWords(sentence).join(' '))) kinds.add(k);
    }
  }
  return { crisis: kinds.size > 0, kinds: URGENCY.filter((k) => kinds.has(k)) };
}
