// Names in the forms a capitalised run misses: lowercase ("hector villalobos"), surname first
// ("Okafor, Chidi"), a quoted nickname ("Terrence 'Tee' Boyd"), and a surname named alone
// after an honorific, an initial, a role word or "last name".
import { isEnglishWord } from '../dictionary.ts';
import {
  CAPITALISED,
  fromCapitals,
  isGiven,
  isGivenPlain,
  isNativeSurname,
  isRomanized,
  isSurnameShaped,
  MAY_HOLD_SHAPED,
  mayHoldNativeSurname,
  NEXT_IDENTIFIER,
  PARTICLE,
  PLACEHOLDER,
  plain,
  ROLE,
  startsUpper,
} from './name-text.ts';
import {
  ACRONYMS,
  CALENDAR,
  GIVEN,
  GIVEN_WORDS,
  INSTITUTION,
  PLACE_END,
  PLACES,
  STOP,
  SURNAMES,
  TITLE,
} from './name-words.ts';
import { isPublicName } from './public-names.ts';

// "Name: Lopez, Maria" (surname first, as on forms).
const SURNAME_FIRST =
  /\b((?:name|client|participant|patient|member|pt|nombre)\s*:\s*)(\p{Lu}[\p{Ll}'’-]+),\s*(\p{Lu}[\p{Ll}'’-]+)/giu;

/** Just before a name: a word that makes the person a client. */
export const ROLE_BEFORE =
  /\b(?:client|participant|member|consumer|patient|mentee|resident|named|called|aka|cliente|participante)[.:]?\s+$/i;

/** Spanish object pronouns, "la", "los" and "las" articles too: the word after one is a verb or a
 * noun ("no la deja salir", "la niña del grupo"), never a given name in lowercase. */
const CLITIC = new Set(['me', 'te', 'se', 'lo', 'la', 'le', 'nos', 'los', 'las', 'les']);
// Lowercase names after a cue word: "a letter for maria lopez", "saw jose ramirez".
const LOWER_CUE =
  /\b(?:client|participant|member|consumer|patient|mentee|resident|youth|guy|lady|girl|boy|kid|son|daughter|buddy|friend|cousin|neighbou?r|roommate|coworker|sponsor|sponsee|boyfriend|girlfriend|husband|wife|named|called|aka|for|with|to|from|about|saw|see|met|meet|visit|visited|tell|told|ask|asked|text|texted|call|help|helping|drive|drove|cliente|participante|para|con|mr|mrs|ms|intake)[.:]?\s+$/iu;
/** Before a lowercase name: a verb done to a person, or a word for one ("tell", "my cousin"). */
const PERSON_CUE_WORDS =
  /\b(?:client|participant|member|consumer|patient|mentee|resident|named|called|aka|cliente|participante|tell|told|ask|asked|text|texted|call|called|saw|met|visit|visited|drive|drove|help|helping|buddy|friend|cousin|neighbou?r|roommate|coworker|co-worker|sponsor|sponsee|ex|boyfriend|girlfriend|bf|gf|husband|wife|partner|brother|sister|uncle|aunt|nephew|niece|son|daughter|mom|dad|guy|lady|girl|boy|kid)\s+/i;
const PERSON_CUE = new RegExp(`${PERSON_CUE_WORDS.source}$`, 'i');
const WORD = /[\p{L}\p{M}][\p{L}\p{M}'’-]*/gu;
/** Right after a name: what a person does or is ("... told me", "... is 72", "...'s son"), maybe
 * after a word on who they are in brackets ("... (she's 15) told me"). */
const PERSON_DOES =
  /^(?:\s*\((?:she|he|they|her|his|age|edad|\d)[^()\n]{0,25}\))?(?:['’]s\b|\s+(?:(?:just|also|still|keeps?|always|never)\s+)?(?:told|tells|asked|asks|says|said|wants|wanted|keeps|texted|texts|called|calls|is|was|has|had|needs|came|comes|showed|shows|gave|gives|offered|invited|begged|left|sent|sends|brought|brings|messaged|emailed|dmed|posted|mentioned|mentions|wrote|writes|won't|wont|doesn't|doesnt|didn't|didnt|can't|cant)\b)/i;
/** "you're", "isn't": a contraction, not a surname in no dictionary. */
const CONTRACTION = /\p{L}(?:['’](?:re|ve|ll|d|m|t)|n['’]t)$/iu;
const EVERYDAY_SURNAMES = new Set(
  'young long white black green brown gray grey hill king wood woods rose stone hunt bell west price rice grant lane ray cross park mark may will little hall page case short strong best good love rich bass cash chase cook day early fox frost hope lamb lee mills moss nash noble north oliver person pope power powers reed rich ross sharp snow spring stout summers swift walker ward waters webb wise wolf'.split(
    ' ',
  ),
);

/** A word that can be a surname in lowercase: in no English dictionary (or a hyphenated one
 * with a part in none: "nguyen-park"), and no function word, month, place or organisation. */
export function surnameLike(word: string, typoToo = false): boolean {
  const s = plain(word);
  if (s.length < 3 || /^\p{Lu}/u.test(word) || CONTRACTION.test(word)) return false;
  // Spanish verbs: a stressed final vowel ("platicó"), a gerund ("llorando").
  // An infinitive with a pronoun on it ("decirme", "llamarle").
  if (/[áéíóú]$/.test(word.toLowerCase()) || /(?:ando|iendo|yendo)$/.test(s)) return false;
  if (/(?:ar|er|ir)(?:me|te|le|les|lo|la|los|las|nos|se)$/.test(s)) return false;
  if (!typoToo && s.length >= 5 && isTypo(s)) return false;
  const parts = s.split('-');
  if (isDoubleSurname(s) || isPrefixedSurname(s)) return true;
  if (parts.some((w) => STOP.has(w) || CALENDAR.has(w) || INSTITUTION.has(w) || PLACES.has(w)))
    return false;
  return parts.some((w) => w.length > 1 && !isEnglishWord(w));
}

/** Two surnames joined by a hyphen ("rivera-castellanos", "ramirez-solis"): one a known
 * surname, the other one too or in no dictionary, neither a function word, unless both are
 * known surnames ("nguyen-le": "le" alone is an article). */
export function isDoubleSurname(word: string): boolean {
  const parts = plain(word).split('-');
  const bothKnown = parts.every((p) => SURNAMES.has(p));
  return (
    parts.length === 2 &&
    parts.some((p) => SURNAMES.has(p)) &&
    parts.every(
      (p) =>
        p.length > 1 && (bothKnown || (!STOP.has(p) && (SURNAMES.has(p) || !isEnglishWord(p)))),
    )
  );
}

/** Al-Anon and Alateen are fellowships, not surnames. */
const NOT_ARABIC_SURNAME = new Set(['anon', 'ateen', 'teen']);

/** A surname with its article or particle written on: Arabic "el-sayed", "al-hassan",
 * "abu-bakr"; fused Spanish and Filipino "delacruz", "delosreyes", "decastro" (the rest a known
 * surname). */
export function isPrefixedSurname(word: string): boolean {
  const s = plain(word);
  const arabic = /^(?:al|el|abu|abd|abdel|bin|ibn)-([a-z]{3,})$/.exec(s);
  if (arabic) {
    const rest = arabic[1] as string;
    return !STOP.has(rest) && !NOT_ARABIC_SURNAME.has(rest) && !CALENDAR.has(rest);
  }
  const fused = /^(?:dela|delas|delos|della|del|de|da|di|dos)([a-z]{4,})$/.exec(s);
  return (
    fused !== null &&
    SURNAMES.has(fused[1] as string) &&
    !EVERYDAY_SURNAMES.has(fused[1] as string) &&
    !isEnglishWord(s)
  );
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

/** Lowercase full names, with or without a cue: a known given name, maybe middle names, an
 * initial or a particle, then a surname in no dictionary ("hector villalobos", "raymond j
 * esparza", "maria del carmen soto-vega", "pedro gutierrez lozano"). A surname that is also a
 * word ("bell", "baker") counts only after a cue word or before another identifier. */
export function lowercaseNames(text: string): [number, number][] {
  // Most messages hold no given name at all: find that out before reading word by word.
  // The words alone, not a match object each: this runs on every message.
  const any = text.match(WORD)?.some((word) => {
    const w = plain(word);
    return isGivenPlain(w) || GIVEN_WORDS.has(w) || isRomanized(w);
  });
  if (!any) return [];
  const words = [...text.matchAll(WORD)].map((m) => {
    const w = m[0].replace(/['’]s$/, '');
    return { w, start: m.index, end: m.index + w.length };
  });
  const spans: [number, number][] = [];
  // Only spaces between two words, or a period after an initial ("maria g. lopez").
  const spaced = (i: number) =>
    words[i + 1] !== undefined &&
    ((words[i] as { w: string }).w.length === 1 ? /^\.?[ \t]+$/ : /^[ \t]+$/).test(
      text.slice((words[i] as { end: number }).end, (words[i + 1] as { start: number }).start),
    );
  for (let i = 0; i < words.length; i++) {
    const first = words[i] as { w: string; start: number; end: number };
    // Surname first, as Chinese and Korean names are written ("li wei", "kim min-jun"): a known
    // surname, a given name in no English dictionary, and the person then does something.
    const second = words[i + 1];
    const sur = plain(first.w);
    if (
      second &&
      SURNAMES.has(sur) &&
      !EVERYDAY_SURNAMES.has(sur) &&
      spaced(i) &&
      /^\p{Ll}/u.test(first.w) &&
      ((isGiven(second.w) && !isEnglishWord(plain(second.w))) || isRomanized(second.w)) &&
      PERSON_DOES.test(text.slice(second.end, second.end + 30))
    ) {
      spans.push([first.start, second.end]);
      i++;
      continue;
    }
    // The same with a given name of two syllables written apart ("chen mei ling's daughter").
    const third = words[i + 2];
    if (
      second &&
      third &&
      SURNAMES.has(sur) &&
      !EVERYDAY_SURNAMES.has(sur) &&
      spaced(i) &&
      spaced(i + 1) &&
      /^\p{Ll}/u.test(first.w) &&
      isGiven(second.w) &&
      !isEnglishWord(plain(second.w)) &&
      (isGiven(third.w) || GIVEN_WORDS.has(plain(third.w))) &&
      third.w.length <= 5 &&
      PERSON_DOES.test(text.slice(third.end, third.end + 30))
    ) {
      spans.push([first.start, third.end]);
      i += 2;
      continue;
    }
    if (i > 0 && CLITIC.has(plain((words[i - 1] as { w: string }).w)) && spaced(i - 1)) continue;
    // A romanised hyphenated given name ("sung-ho") is as sure as a listed one, and makes a
    // surname that is also a word ("lee", "park") a surname.
    const romanized = isRomanized(first.w);
    const given = isGivenPlain(sur) || romanized;
    if (!given && !GIVEN_WORDS.has(sur)) continue;
    // Middle names, initials and particles.
    let j = i;
    let middles = 0;
    while (spaced(j) && middles < 3) {
      const { w: next, end: nextEnd } = words[j + 1] as { w: string; end: number };
      const n = plain(next);
      if (/^\p{Lu}/u.test(next)) break;
      // An initial that is also a word ("a", "i") is one with a period and a surname after it:
      // "devon a. reyes".
      const initial =
        next.length === 1 &&
        (!STOP.has(n) ||
          (text[nextEnd] === '.' &&
            spaced(j + 1) &&
            surnameLike((words[j + 2] as { w: string }).w)));
      // A given name that is also a word ("angel", "rose") is a middle name before a surname:
      // "jose angel rivas".
      const after = words[j + 2];
      const wordMiddle =
        GIVEN_WORDS.has(n) &&
        after !== undefined &&
        spaced(j + 1) &&
        (surnameLike(after.w) ||
          (SURNAMES.has(plain(after.w)) && !EVERYDAY_SURNAMES.has(plain(after.w))));
      if (isGiven(next) || initial || PARTICLE.has(n) || wordMiddle) {
        j++;
        middles++;
      } else break;
    }
    // Given names only, the last of them a surname too, or the first one (surname first): a
    // patronym as many Somali, Arabic and Chinese names are written ("abdirahman hassan farah",
    // "hodan mohamed ali", "chen xiaoling"), when the person then does something or three
    // names are given.
    const next = words[j + 1];
    if (
      middles > 0 &&
      (!next || !spaced(j) || !(surnameLike(next.w) || SURNAMES.has(plain(next.w))))
    ) {
      const tail = words[j] as { w: string; end: number };
      // Two given names after a verb done to a person ("i told ahmed yusuf", "say hi to lourdes
      // santiago"): the second, in no dictionary, is the surname.
      const cued =
        middles === 1 &&
        !isEnglishWord(plain(tail.w)) &&
        LOWER_CUE.test(text.slice(Math.max(0, first.start - 12), first.start));
      const surname =
        cued ||
        (SURNAMES.has(plain(tail.w)) && !EVERYDAY_SURNAMES.has(plain(tail.w))) ||
        (SURNAMES.has(plain(first.w)) && !EVERYDAY_SURNAMES.has(plain(first.w)));
      const acts = PERSON_DOES.test(text.slice(tail.end, tail.end + 30));
      // After a particle the last name is a surname ("abdullah bin rashid invited me").
      const particled = PARTICLE.has(plain((words[j - 1] as { w: string }).w));
      if ((surname && (middles >= 2 || cued || acts)) || (particled && acts)) {
        spans.push([first.start, tail.end]);
        i = j;
        continue;
      }
    }
    if (!spaced(j)) continue;
    const last = words[j + 1] as { w: string; start: number; end: number };
    // After a particle a surname may keep its capital: "anneke de Vries" (never an acronym,
    // nor Spanish "al": "a pedro al DMV").
    const particle = plain((words[j] as { w: string }).w);
    const afterParticle =
      middles > 0 && PARTICLE.has(particle) && particle !== 'al' && /^\p{Lu}\p{Ll}/u.test(last.w);
    const lastW = afterParticle ? last.w.toLowerCase() : last.w;
    // A given name that is also a word ("felicia", "jesus") needs a known given name after it,
    // or a surname in no dictionary.
    // A given name that is a word and a surname that is one too ("joy fields", "hunter stone"),
    // when the person then does something ("... asked me").
    const wordName =
      !given &&
      middles === 0 &&
      GIVEN_WORDS.has(sur) &&
      SURNAMES.has(plain(last.w)) &&
      PERSON_ACTS.test(text.slice(last.end, last.end + 30));
    if (
      !given &&
      !wordName &&
      !words.slice(i + 1, j + 1).some((m) => isGiven(m.w)) &&
      !surnameLike(lastW)
    )
      continue;
    let end = last.end;
    // A surname one swap away from a word ("gebre", "gerbe") reads as a typo, unless a known
    // given name comes before it and the person then does something.
    const acts = given && PERSON_DOES.test(text.slice(last.end, last.end + 30));
    if (surnameLike(lastW) || (acts && surnameLike(lastW, true))) {
      // A second surname: "gutierrez lozano".
      const after = words[j + 2];
      if (after && spaced(j + 1) && surnameLike(after.w)) end = after.end;
    } else {
      const s = plain(last.w);
      const cued =
        LOWER_CUE.test(text.slice(Math.max(0, first.start - 12), first.start)) ||
        NEXT_IDENTIFIER.test(text.slice(last.end)) ||
        middles > 0 ||
        romanized;
      // A known given name and a known surname ("marisol vega"), unless the surname is an
      // everyday word that often follows a name ("maria green card", "jose young").
      const surname = SURNAMES.has(s) && (cued || wordName || (given && !EVERYDAY_SURNAMES.has(s)));
      if (!surname || /^\p{Lu}/u.test(lastW)) continue;
    }
    // People in the news and things named after them ("listening to bob marley"), unless a
    // role word names the person a client.
    if (
      isPublicName(text, first.start, end) &&
      !ROLE_BEFORE.test(text.slice(Math.max(0, first.start - 14), first.start))
    )
      continue;
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

/** Before a name written surname first with nothing after it: a word that names a client. */
const INVERTED_CUE = /\b(?:for|with|client|pt|patient|participant|re|about)[.:]?\s+$/i;
/** After it: what a person does, or the writer going on ("..., Ani I wrote"). */
const WRITER_GOES_ON = /^\s+(?:I|she|he|they)\b/;
const odd = (w: string) => !w.split('-').some((part) => isEnglishWord(part));
/** A second given name after the first, then maybe a mark as after COMMA_PAIR. */
const SECOND_GIVEN = /^[ \t]+(\p{Lu}[\p{Ll}\p{M}'’-]+)(?=([ \t]*(?:[-—–([:'"’”]|$))?)/u;
/** Particles written before a surname: "van der", "de la", "da". */
const PARTICLES_BEFORE =
  /(?<![\p{L}\p{M}])((?:(?:van|von|de|del|der|den|da|di|la|le|ter|ten|dos|das|du)[ \t]+){1,2})$/iu;

export function surnameFirst(text: string): [number, number][] {
  const spans: [number, number][] = [];
  if (!text.includes(',')) return spans;
  const read = fromCapitals(text).text;
  for (const m of read.matchAll(COMMA_PAIR)) {
    const surname = plain(m[1] as string);
    let given = plain(m[2] as string);
    let end = m.index + m[0].length;
    let mark = m[3];
    // "Xiong, Pa Nhia", "Lopez, Maria Elena": a given name of two capitalised words, one of them
    // a known given name, the other no function word.
    const more = SECOND_GIVEN.exec(read.slice(end));
    if (more) {
      const second = plain(more[1] as string);
      if (
        !STOP.has(second) &&
        !CALENDAR.has(second) &&
        !INSTITUTION.has(second) &&
        !PLACES.has(second) &&
        (isGiven(second) || isGiven(given)) &&
        (isGiven(second) || GIVEN_WORDS.has(second) || odd(second))
      ) {
        if (!isGiven(given)) given = second;
        end += more[0].length;
        mark = more[2];
      }
    }
    // "van der Berg, Willem", "de la Cruz, Ana": the surname's particles come first.
    const particles = PARTICLES_BEFORE.exec(read.slice(Math.max(0, m.index - 12), m.index));
    const start = m.index - (particles?.[1]?.length ?? 0);
    // Written in capitals, as a record system prints it, no mark needs to follow.
    const capitals = text.slice(m.index, m.index + m[0].length) === m[0].toUpperCase();
    // With nothing after it ("Kowalski, Brandon wants a ride"): a capitalised surname that is
    // no given name, and a known given name.
    const lower = /^\p{Ll}/u.test(m[1] as string) && /^\p{Ll}/u.test(m[2] as string);
    const bare =
      ((CAPITALISED.test(m[1] as string) && CAPITALISED.test(m[2] as string)) ||
        (lower && SURNAMES.has(surname) && !isEnglishWord(surname))) &&
      GIVEN.has(given) &&
      !isGiven(surname) &&
      !GIVEN_WORDS.has(surname);
    // "Fitzgerald, Cormac asked me", "for Hovsepian, Ani I wrote": a surname in no dictionary
    // first in the message or after a cue word, the given name capitalised, and the person
    // then does something (or the writer goes on about them).
    const lead = text.slice(Math.max(0, start - 12), start);
    const after = text.slice(end, end + 30);
    // First in the message or a sentence ("Documentation question — Chen, Wei-Ling told me").
    const opens = /^[\s\W]*$/.test(lead) || /[—–:;.!?][ \t]*$/.test(lead);
    const cued = INVERTED_CUE.test(lead);
    // A surname that is also a given name ("Chen", "Kim") with a romanised given name after it.
    const surnameFirstOk = !isGiven(surname) || (SURNAMES.has(surname) && isRomanized(given));
    const bothCapitalised = CAPITALISED.test(m[1] as string) && CAPITALISED.test(m[2] as string);
    const inverted =
      (opens || cued) &&
      bothCapitalised &&
      surnameFirstOk &&
      (SURNAMES.has(surname) || odd(surname)) &&
      (PERSON_DOES.test(after) ||
        WRITER_GOES_ON.test(after) ||
        // "coverage for Okonjo, Blessing at 3:30": a cue word, a surname in no dictionary and a
        // given name.
        (cued && odd(surname) && (isGiven(given) || GIVEN_WORDS.has(given))));
    if (mark === undefined && !capitals && !bare && !inverted) continue;
    // "Maya Angelou, Dolores Huerta and ...": a list of full names, not one written surname first.
    const before = /([\p{L}\p{M}'’-]+)[ \t]+$/u.exec(text.slice(Math.max(0, start - 30), start));
    const prev = before?.[1] ?? '';
    if (CAPITALISED.test(prev) && (isGiven(prev) || GIVEN_WORDS.has(plain(prev)))) continue;
    const ordinary = (w: string) =>
      STOP.has(w) || CALENDAR.has(w) || INSTITUTION.has(w) || TITLE.has(w) || PLACES.has(w);
    if (ordinary(surname) || ordinary(given) || PLACE_END.has(given)) continue;
    if (capitals && (ACRONYMS.has(surname) || ACRONYMS.has(given))) continue;
    // In capitals, as a record system prints it, a known given name vouches for the surname
    // ("TAN, MICHELLE").
    const surnameOk = SURNAMES.has(surname) || odd(surname) || (capitals && isGiven(given));
    const givenOk =
      isGiven(given) ||
      // "Tuiasosopo, Pita (bed 6)": a long surname in no dictionary first, both capitalised,
      // then a bracket or a dash as a list or a form writes it.
      (mark !== undefined && bothCapitalised && odd(surname) && surname.length >= 5) ||
      isRomanized(given) ||
      (inverted && odd(surname)) ||
      (odd(given) && odd(surname)) ||
      (GIVEN_WORDS.has(given) && (odd(surname) || SURNAMES.has(surname))) ||
      (capitals && SURNAMES.has(surname));
    if (surnameOk && givenOk) spans.push([start, end]);
  }
  return spans;
}

// "Terrence 'Tee' Boyd", "marcus 'big m' delacroix", "Guadalupe (Lupe) Sandoval": a nickname in
// quotes or brackets between two names.
const NICKNAME =
  /(?<![\p{L}\p{M}'’-])([\p{L}\p{M}][\p{L}\p{M}'’-]+)[ \t]+(?:['"‘“]([^'"‘“’”\n]{1,15})['"’”]|\(([\p{L}][\p{L}\p{M}'’. -]{0,14})\))[ \t]+([\p{L}\p{M}][\p{L}\p{M}'’-]+)/gu;

export function nicknames(text: string): [number, number][] {
  const spans: [number, number][] = [];
  if (!/['"‘“][^'"‘“’”\n]{1,15}['"’”]|\([^()\n]{1,15}\)/.test(text)) return spans;
  for (const m of text.matchAll(NICKNAME)) {
    const [first, last] = [m[1] as string, m[4] as string];
    const f = plain(first);
    // In brackets, a given name must be there ("Guadalupe (Lupe)"), not "Monday (10am) Group".
    if (m[3] !== undefined && !isGiven(first) && !isGiven(m[3])) continue;
    // "client 'Nando' Gutiérrez": the nickname and the surname.
    if (ROLE.has(f) && (CAPITALISED.test(last) || surnameLike(last)) && !STOP.has(plain(last))) {
      spans.push([m.index + first.length, m.index + m[0].length]);
      continue;
    }
    if (STOP.has(f) || INSTITUTION.has(f) || TITLE.has(f)) continue;
    const capitalised = CAPITALISED.test(first) && CAPITALISED.test(last);
    // In lowercase, a known surname counts even when it is also a word ("dwayne 'smoke' carter").
    const surname = surnameLike(last) || SURNAMES.has(plain(last));
    if ((capitalised && !STOP.has(plain(last))) || (isGiven(first) && surname))
      spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
}

// "mr. okafor", "ms haskins", "señora martínez": an honorific in lowercase and a surname. After
// "un" or "una", "señor" is a man and what follows describes him ("un señor tirado atrás").
const LOWER_HONORIFIC =
  /(?<!\b(?:un|una|unos|unas|otro|otra|cada)\s+)\b((?:mr|mrs|ms|mx|miss|sra|srta|señora|señor|señorita)\.?\s+)([\p{L}][\p{Ll}\p{M}'’-]{2,})/gu;

// "j. rodriguez", "client Lopez": an initial or a role word and a known surname that is no
// given name and no everyday word.
const INITIAL_SURNAME =
  /\b((?:[a-z]\.|(?:client|participant|patient|mentee|cliente|participante))\s+)([\p{L}][\p{Ll}\p{M}'’-]{2,})/giu;

// "last name Kowalski", "apellido: Ruiz": a surname named as one, even alone.
const LAST_NAME =
  /\b((?:last name|surname|family name|apellido)(?:\s+is|\s*:)?\s+)([\p{L}\p{M}][\p{L}\p{M}'’-]{1,})/giu;

/** Surnames named alone: after "Name:", an honorific, an initial, a role word, "last name". */
export function redactNamedSurnames(text: string): { text: string; found: boolean } {
  let found = false;
  // Each form needs its cue word; most messages have none and skip the pattern.
  let out = !text.includes(':')
    ? text
    : text.replace(SURNAME_FIRST, (_m, lead: string) => {
        found = true;
        return `${lead}${PLACEHOLDER}`;
      });
  if (/\b(?:mr|mrs|ms|mx|miss|sra|srta|señor)/i.test(out))
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
  if (/\b[a-z]\.\s|client|particip|patient|mentee/i.test(out))
    out = out.replace(INITIAL_SURNAME, (m, lead: string, word: string, at: number, all: string) => {
      const w = plain(word);
      const known =
        (SURNAMES.has(w) && !EVERYDAY_SURNAMES.has(w) && !isEnglishWord(w)) ||
        isDoubleSurname(w) ||
        isSurnameShaped(w);
      if (!known || GIVEN.has(w) || GIVEN_WORDS.has(w)) return m;
      // "Cesar E. Chavez Building": a thing named after someone.
      if (isPublicName(all, at, at + m.length)) return m;
      found = true;
      return `${lead}${PLACEHOLDER}`;
    });
  if (/last name|surname|family name|apellido/i.test(out))
    out = out.replace(LAST_NAME, (m, lead: string, word: string) => {
      if (STOP.has(plain(word))) return m;
      found = true;
      return `${lead}${PLACEHOLDER}`;
    });
  return { text: out, found };
}

// "Nguyen Van Hung", "tran van minh", "Lê Thị Hoa": a Vietnamese surname, the middle name
// "Van" or "Thi" that marks most Vietnamese names, then a given name (or two). The words are
// often English ("Hung", "Long") or Spanish ("le van a..."), so the pattern is the cue; a
// lowercase surname that is also a common word ("le", "do", "ho") does not count.
const VIETNAMESE =
  /(?<![\p{L}\p{M}])(\p{L}[\p{L}\p{M}]{1,5})[ \t]+(v[aă]n|th[iị])[ \t]+(\p{L}[\p{L}\p{M}]*)(?:[ \t]+(\p{L}[\p{L}\p{M}]*))?/giu;
const VIET_SURNAME = new Set(
  'nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly truong dinh luong trinh lam cao mai ta doan'.split(
    ' ',
  ),
);
const VIET_AMBIGUOUS = new Set('le do ho vu vo ly lam cao mai ta'.split(' '));

export function vietnameseNames(text: string): [number, number][] {
  const spans: [number, number][] = [];
  if (!/\b(?:v[aă]n|th[iị])\b/iu.test(text)) return spans;
  for (const m of text.matchAll(VIETNAMESE)) {
    const surname = plain(m[1] as string);
    const given = m[3] as string;
    if (!VIET_SURNAME.has(surname)) continue;
    if (/^\p{Ll}/u.test(m[1] as string) && VIET_AMBIGUOUS.has(surname)) continue;
    if (given.length < 2 || STOP.has(plain(given))) continue;
    let end = m.index + m[0].length;
    // A second given name only when it is no English word ("Nguyen Thi Thu Ha", not "... Said").
    const more = m[4];
    if (more && (isEnglishWord(plain(more)) || STOP.has(plain(more)))) end -= more.length + 1;
    spans.push([m.index, end]);
  }
  return spans;
}

/** What a person does, said right after a name: the verbs of PERSON_DOES, without "is", "has"
 * and a possessive, which follow things as often. */
const PERSON_ACTS =
  /^[ \t]+(?:(?:just|also|still|keeps?|always|never)[ \t]+)?(?:told|tells|asked|asks|says|said|wants|wanted|keeps|texted|texts|called|calls|needs|came|comes|showed|shows|gave|gives|offered|invited|begged|won't|wont|doesn't|doesnt|didn't|didnt|can't|cant)\b/i;
const ACTS_ANYWHERE =
  /\b(?:told|tells|asked|asks|says|said|wants|wanted|keeps|texted|texts|called|calls|needs|came|comes|showed|shows|gave|gives|offered|invited|begged|won't|wont|doesn't|doesnt|didn't|didnt|can't|cant)\b|['’]s\b/i;
/** Two or three lowercase words, read from every word on (a lookahead, so pairs overlap). */
const LOWER_PAIR =
  /(?<![\p{L}\p{M}'’-])(?=((\p{Ll}[\p{Ll}\p{M}'’-]+)[ \t]+(\p{Ll}[\p{Ll}\p{M}'’-]+)(?:[ \t]+(\p{Ll}[\p{Ll}\p{M}]{1,4}))?)(?=(['’]s\b)|[^\p{L}\p{M}'’-]|$))/gu;

/** LOWER_PAIR's first word, alone: the same run of letters, before a space or a tab. */
const PAIR_FIRST = /(?<![\p{L}\p{M}'’-])\p{Ll}[\p{Ll}\p{M}'’-]+(?=[ \t])/gu;
const PAIR_AT = new RegExp(LOWER_PAIR.source, 'uy');

/** LOWER_PAIR's matches, but those whose first word rules out both readings of lowercasePairs:
 * a function word, or, past the Vietnamese reading, a word in the dictionary (a hyphenated one
 * aside). Most pairs of a story are such, and are never read out in full. */
function* pairsToRead(text: string): Generator<RegExpExecArray> {
  for (const w of text.matchAll(PAIR_FIRST)) {
    const a = w[0];
    const sur = plain(a);
    if (STOP.has(sur) || (!VIET_SURNAME.has(sur) && !a.includes('-') && isEnglishWord(sur)))
      continue;
    PAIR_AT.lastIndex = w.index;
    const m = PAIR_AT.exec(text);
    if (m) yield m;
  }
}

/** Lowercase names with no known given name: two words in no dictionary, first in a sentence or
 * after a cue word, then what a person does ("nikos papadakis wants ...", "sela fifita asked
 * me"); and Vietnamese names, a known surname and one or two short given names ("phạm minh
 * tuấn's son"). */
export function lowercasePairs(text: string): [number, number][] {
  const spans: [number, number][] = [];
  // A placeholder ("[date of birth]") may follow a name too.
  if (
    !ACTS_ANYWHERE.test(text) &&
    !PERSON_CUE_WORDS.test(text) &&
    !MAY_HOLD_SHAPED.test(text) &&
    !text.includes('[')
  )
    return spans;
  for (const m of pairsToRead(text)) {
    const [whole, a, b, c] = [m[1] as string, m[2] as string, m[3] as string, m[4]];
    if (STOP.has(plain(b))) continue;
    const sur = plain(a);
    const lead = text.slice(Math.max(0, m.index - 12), m.index);
    const placed =
      /^[\s\W]*$/.test(lead) ||
      /[.!?:;—–][ \t]*$/.test(lead) ||
      LOWER_CUE.test(lead) ||
      ROLE_BEFORE.test(lead);
    // Vietnamese: the surname, then given names of one syllable, then a possessive, a verb or
    // another identifier. Anywhere in a sentence when the surname is no word and every given
    // name a known one ("ok so pham quoc bao keeps ...").
    if (VIET_SURNAME.has(sur) && (!VIET_AMBIGUOUS.has(sur) || a !== sur)) {
      const names = c ? [b, c] : [b];
      const end = m.index + whole.length;
      const after = text.slice(end, end + 30);
      if (
        (placed || (!VIET_AMBIGUOUS.has(sur) && names.every((n) => isGiven(n)))) &&
        names.every((n) => n.length <= 5 && !STOP.has(plain(n))) &&
        (isGiven(b) || !isEnglishWord(plain(b))) &&
        (m[5] !== undefined ||
          PERSON_ACTS.test(after) ||
          PERSON_DOES.test(after) ||
          NEXT_IDENTIFIER.test(after))
      ) {
        spans.push([m.index, end]);
        continue;
      }
    }
    if (!placed) continue;
    const end = m.index + whole.indexOf(b, a.length) + b.length;
    // After a word for a person ("tell", "my cousin", "client"), a word in no dictionary (or
    // initials: "tj", "aj") and a known surname, even with no verb after: "should i tell rico
    // delacruz", "my buddy tavo villanueva", "my guy tj washington". A word that is a place or
    // a Spanish verb may still be a given name there.
    const sa = plain(a);
    const sb = plain(b);
    // A surname told by its ending ("to lusine hovsepyan") needs only the place.
    const shaped = isSurnameShaped(b);
    if (
      (PERSON_CUE.test(lead) || ROLE_BEFORE.test(lead) || shaped) &&
      (sa.length >= 3 || /^(?:[a-z]j|j[a-qs-z])$/.test(sa)) &&
      !isEnglishWord(sa) &&
      !CONTRACTION.test(a) &&
      !CALENDAR.has(sa) &&
      !INSTITUTION.has(sa) &&
      ((SURNAMES.has(sb) && !EVERYDAY_SURNAMES.has(sb) && !isEnglishWord(sb)) ||
        isDoubleSurname(sb) ||
        isPrefixedSurname(sb) ||
        shaped) &&
      !isGiven(b)
    ) {
      spans.push([m.index, end]);
      continue;
    }
    if (
      a.length >= 4 &&
      surnameLike(a) &&
      surnameLike(b) &&
      !isDoubleSurname(a) &&
      PERSON_ACTS.test(text.slice(end, end + 30)) &&
      !isPublicName(text, m.index, end)
    )
      spans.push([m.index, end]);
  }
  return spans;
}

/** A given name and a Native surname of two ordinary words, in lowercase ("shaylene two bulls",
 * "marcus iron shell"), then a possessive or what a person does. The first word is a given name
 * or in no dictionary: "saw two bulls" is a farm. */
const NATIVE_TRIPLE =
  /(?<![\p{L}\p{M}'’-])(?=((\p{Ll}[\p{Ll}\p{M}'’-]{2,})[ \t]+(\p{Ll}+)[ \t]+(\p{Ll}+))(?=['’]s\b|[^\p{L}\p{M}'’-]|$))/gu;

export function nativeNames(text: string): [number, number][] {
  const spans: [number, number][] = [];
  if (!mayHoldNativeSurname(text)) return spans;
  for (const m of text.matchAll(NATIVE_TRIPLE)) {
    const [first, a, b] = [m[2] as string, m[3] as string, m[4] as string];
    if (!isNativeSurname(a, b)) continue;
    const f = plain(first);
    if (STOP.has(f) || CALENDAR.has(f) || CONTRACTION.test(first)) continue;
    if (!isGiven(first) && !GIVEN_WORDS.has(f) && !(f.length >= 4 && odd(f))) continue;
    const end = m.index + (m[1] as string).length;
    if (PERSON_DOES.test(text.slice(end, end + 30))) spans.push([m.index, end]);
  }
  return spans;
}

/** A name told as a name: "her name is Mary Christmas", "client's real name is hope lake", "se
 * llama Rosa Delgado", or two words and a remark in brackets that they are a name ("grace mercy
 * (yes that's really her name)", never a placeholder such as "[name]"). The words may be everyday
 * ones: the message says they are a name. Never the writer's own ("my name is"), nor a public
 * figure. */
const NAME_TOLD =
  /\b(?:(?:his|her|their|the|this|whose|(?:client|participant|member|patient|resident|mentee|guest|kid|son|daughter|mom|dad)['’]?s?) (?:full |real |legal |actual |government |whole )?name (?:is|was)|(?:su|el) nombre (?:completo )?es|se llama)[ \t]+(?:like[ \t]+|literally[ \t]+)?(?=((\p{L}[\p{L}\p{M}'’-]*)[ \t]+(\p{L}[\p{L}\p{M}'’-]*))(?=['’]s\b|[^\p{L}\p{M}'’-]|$))/giu;
const NAME_REMARK =
  /(?<![\p{L}\p{M}'’-])(?=((\p{L}[\p{L}\p{M}'’-]*)[ \t]+(\p{L}[\p{L}\p{M}'’-]*))[ \t]*\((?![^()\n]*\[)[^()\n]{0,30}\bname\b[^()\n]{0,15}\))/giu;

export function statedNames(text: string): [number, number][] {
  const spans: [number, number][] = [];
  if (!/\b(?:name|nombre|llama)\b/i.test(text)) return spans;
  for (const re of [NAME_TOLD, NAME_REMARK]) {
    for (const m of text.matchAll(re)) {
      const [whole, a, b] = [m[1] as string, m[2] as string, m[3] as string];
      const start = (m.index as number) + m[0].length;
      const end = start + whole.length;
      const [pa, pb] = [plain(a), plain(b)];
      if (STOP.has(pa) || STOP.has(pb) || CALENDAR.has(pa) || CONTRACTION.test(a)) continue;
      // In capitals the words are the name; in lowercase, a given name first or a surname last
      // ("her name is tiara jenkins").
      const capitalised = startsUpper(a) && startsUpper(b);
      if (!capitalised && !isGiven(a) && !GIVEN_WORDS.has(pa) && !SURNAMES.has(pb)) continue;
      if (isPublicName(text, start, end)) continue;
      spans.push([start, end]);
    }
  }
  // Both forms may find the same name: keep spans that do not overlap one kept before.
  const kept: [number, number][] = [];
  for (const span of spans.sort((x, y) => x[0] - y[0]))
    if (span[0] >= (kept.at(-1)?.[1] ?? 0)) kept.push(span);
  return kept;
}

/** Hmong clan names that are also English words ("Her", "Hang", "Kong"), capitalised after a
 * capitalised given name in no dictionary: "Toua Her's case", "Kou Hang called". Other clan
 * names (Vang, Xiong, Thao) are surnames the capitalised runs read already. */
const CLAN_PAIR =
  /(?<![\p{L}\p{M}'’-])(\p{Lu}[\p{Ll}\p{M}'’-]+)[ \t]+(?:Her|Hang|Kong|Lo|Cha|Fang|Thor)(?=['’]s\b|[^\p{L}\p{M}'’-]|$)/gu;

export function clanNames(text: string): [number, number][] {
  const spans: [number, number][] = [];
  if (!/ (?:Her|Hang|Kong|Lo|Cha|Fang|Thor)\b/.test(text)) return spans;
  for (const m of text.matchAll(CLAN_PAIR)) {
    const given = m[1] as string;
    const p = plain(given);
    if (STOP.has(p) || CALENDAR.has(p) || CONTRACTION.test(given)) continue;
    if (!isGiven(given) && isEnglishWord(p)) continue;
    const start = m.index as number;
    if (isPublicName(text, start, start + m[0].length)) continue;
    spans.push([start, start + m[0].length]);
  }
  return spans;
}
