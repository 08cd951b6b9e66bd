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
// A dictionary word before a given name is left out of the run ("Yesterday Keisha", "Big
// Mike"); in a message in capitals or Title Case a dictionary word never counts. People in the
// news, brands and things named after people are told mostly by the words around them ("Joe
// Rogan's podcast", "a Taylor Swift fan", "the Harriet Tubman building"), and for the best known
// by a short list (public-names.ts). Names in lowercase, surname first, or with a quoted
// nickname are read in name-forms.ts.

import { isEnglishWord } from '../dictionary.ts';
import { namesAfterRole } from './name-after-role.ts';
import { firstNamesBeside } from './name-beside.ts';
import {
  clanNames,
  lowercaseNames,
  lowercasePairs,
  nativeNames,
  nicknames,
  ROLE_BEFORE,
  redactNamedSurnames,
  statedNames,
  surnameFirst,
  vietnameseNames,
} from './name-forms.ts';
import { koreanNames } from './name-korean.ts';
import {
  CAPITALISED,
  fromCapitals,
  isGivenPlain,
  isNativeSurname,
  isRomanized,
  NEXT_IDENTIFIER,
  PARTICLE,
  PLACEHOLDER,
  plain,
  ROLE,
} from './name-text.ts';
import {
  CALENDAR,
  GIVEN,
  GIVEN_WORDS,
  INSTITUTION,
  OFFICE,
  PEOPLES,
  PLACE_END,
  PLACE_START,
  PLACES,
  STOP,
  SURNAMES,
  TITLE,
} from './name-words.ts';
import { CALLED_THING, isFamous, isPublicByContext, isPublicName } from './public-names.ts';

const TOKEN = /[\p{L}\p{M}](?:[\p{L}\p{M}'’-]*[\p{L}\p{M}])?\.?/gu;
const INITIAL = /^\p{Lu}\.?$/u;
const HONORIFIC = /^(?:Mr|Mrs|Ms|Mx|Sra|Srta|Señora|Señor|Señorita|[Ôô]ng|[Bb]à)\.?$/;
/** Abbreviations with a period that do not end a sentence ("St. Vincent", "King Jr. Day"). */
const ABBREVIATION = /^(?:St|Mt|Ft|Jr|Sr)$/;
const CONTRACTION = /\p{L}(?:['’](?:re|ve|ll|d|m|t)|n['’]t)$/iu;
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
  /** Read as a given name from its place: a month or function word that is also a given name
   * before a surname ("Jan de Vries", "Reina Castañeda"), or initials ("BJ Nwachukwu"). */
  as?: Kind;
}

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
  if (t.as) return t.as;
  const w = plain(t.word);
  const raw = t.word.toLowerCase();
  // "I" and "A" are words unless written as initials ("Lamar Q. Devereaux").
  if (INITIAL.test(t.word) && (t.dot || !STOP.has(w))) return 'initial';
  // A contraction ("you're", "isn't", "I'll") is never a name word.
  if (CONTRACTION.test(t.word)) return 'split';
  if (STOP.has(w) || STOP.has(raw) || CALENDAR.has(w) || CALENDAR.has(raw)) return 'split';
  if (PEOPLES.has(w)) return 'split';
  if (INSTITUTION.has(w) || w.split('-').some((part) => INSTITUTION.has(part))) return 'blocks';
  if (TITLE.has(w)) return 'title';
  // Jr, Sr, II, III: part of a name, but not a name word.
  if (/^(?:jr|sr|ii|iii|iv)$/.test(w)) return 'initial';
  if (isGivenPlain(w)) return 'given';
  if (GIVEN_WORDS.has(w)) return 'given-word';
  if (SURNAMES.has(w)) return isEnglishWord(w) ? 'surname' : 'family';
  // A double surname ("Johnson-Reed"): each part a known surname or in no dictionary, or both
  // parts capitalised and one a known surname ("Abernethy-Gray").
  if (
    w.includes('-') &&
    (w.split('-').every((p) => SURNAMES.has(p) || !isEnglishWord(p)) ||
      (/^\p{Lu}[^-]*-\p{Lu}/u.test(t.word) &&
        w.split('-').some((p) => SURNAMES.has(p)) &&
        !w.split('-').some((p) => STOP.has(p) || p.length < 3)))
  )
    return 'family';
  if (isRomanized(w)) return 'given';
  // A Native surname written as one word, a colour or a deed and an animal or a thing of the
  // sky ("Redbird", "Yellowhorse", "Runningwolf", "Whitecloud"): a surname even when a
  // dictionary lists it.
  if (NATIVE_COMPOUND.test(w)) return 'family';
  return w.split('-').every((part) => isEnglishWord(part)) ? 'word' : 'odd';
}

const NATIVE_COMPOUND =
  /^(?:red|white|black|yellow|blue|gray|grey|little|running|standing|spotted|lone|sitting|walking|iron|kills|many|two|three)(?:horse|bird|bear|wolf|eagle|hawk|feather|cloud|elk|fox|deer|buffalo|owl|thunder|shield|robe|hair|crow|calf)$/;

/** A state named first: "California Welfare", "Texas Children's". */
const STATE_FIRST =
  /^(?:california|nevada|oregon|arizona|texas|florida|ohio|utah|idaho|colorado|illinois|michigan|hawaii|alaska)$/;

function isPlace(run: Token[]): boolean {
  const words = run.map((t) => plain(t.word));
  const last = words[words.length - 1] as string;
  // "Jun-ho Park", "Maria Park": a given name and a surname that is also a place word.
  const surname = words.length === 2 && kindOf(run[0] as Token) === 'given' && SURNAMES.has(last);
  return (
    PLACE_START.has(words[0] as string) ||
    // "Little Saigon", "Little Tokyo", but "Little Mike" is a nickname.
    (words[0] === 'little' && run[1] !== undefined && !isGivenKind(run[1] as Token)) ||
    (STATE_FIRST.test(words[0] as string) && words.length > 1 && run.length === words.length) ||
    (PLACE_END.has(last) && !surname) ||
    // "Van Nuys", "Del Mar": place names with a particle in front.
    (words.some((w) => PLACES.has(w)) &&
      words.every((w) => PLACES.has(w) || PLACE_END.has(w) || PARTICLE.has(w)))
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
  /** The run does what a person does to the writer ("... asked me", "... told me"). */
  actsOnMe: boolean;
  /** A verb follows, as after a person ("... wants", "... said"). */
  acts: boolean;
}

/** True when a run of capitalised words (split words already removed) is a person's name. */
function isName(run: Token[], kinds: Kind[], how: Reading): boolean {
  const named = kinds.filter((k) => k !== 'initial').length;
  if (named === 0 || (named === 1 && !kinds.includes('initial'))) return false;
  if (kinds.includes('blocks') || isPlace(run)) return false;
  const words = kinds.filter((k) => k === 'word').length;
  // "NOAH RED CLOUD SAYS": in capitals, a given name and a Native surname, when a verb follows.
  if (how.capitals && how.acts && isNativeFullName(run)) return true;
  // "my client NACHO FERREIRA": in capitals right after a role word, a word in no dictionary of
  // four letters or more beside one that is also a word.
  if (
    how.capitals &&
    how.context &&
    run.length === 2 &&
    words === 1 &&
    run.some((t, k) => (kinds[k] === 'family' || kinds[k] === 'odd') && t.word.length >= 4)
  )
    return true;
  // In capitals or Title Case every word looks like a name: a dictionary word never is one.
  if ((how.capitals || how.titleCase) && words > 0) return false;
  // After a role word, any two name words will do; dictionary words only are a thing the
  // clients have ("client Success Stories", "participant Exit Survey").
  if (how.context) return words < named;
  // In capitals a known given name is needed, or a known surname with another name word and a
  // verb after them ("LATISHA MONROE WANTS ...").
  if (
    how.capitals &&
    !kinds.includes('given') &&
    !(kinds.includes('given-word') && kinds.includes('family')) &&
    !(kinds.includes('family') && kinds.includes('odd') && how.acts) &&
    // Two words in no dictionary, each of four letters or more ("LUSINE AVETISYAN").
    !(
      kinds.length >= 2 &&
      kinds.every((k) => k === 'family' || k === 'odd') &&
      run.every((t) => t.word.length >= 4 && /[aeiouy]/i.test(t.word))
    )
  )
    return false;
  const clear = kinds.filter((k) => k === 'given' || k === 'family' || k === 'odd').length;
  // "Wanbli Iron Shell asked me": a clear name word and two ordinary ones, when the run acts
  // on the writer.
  // "Raymond Iron Shell said", "Shawna Red Elk and her sister": a known given name and two
  // ordinary words, as many Native surnames are written, in ordinary prose.
  if (kinds.length === 3 && kinds[0] === 'given' && words === 2 && !how.titleCase) return true;
  // "Shaylene Two Bulls is dancing": a first name in no dictionary and a Native surname of two
  // ordinary words, when a verb follows.
  if (
    kinds.length === 3 &&
    (kinds[0] === 'odd' || kinds[0] === 'given-word') &&
    isNativeSurname((run[1] as Token).word, (run[2] as Token).word) &&
    !how.titleCase &&
    how.acts
  )
    return true;
  if (clear > 0) return words <= (how.titleCase ? 0 : how.actsOnMe ? 2 : 1);
  // Dictionary words only: a known given name with a known surname.
  return (
    words === 0 &&
    kinds.some((k) => k === 'given-word') &&
    kinds.some((k) => k === 'surname' || k === 'given-word')
  );
}

/** Just before a run: a role word, or a label ("Client: ", "her name is "). */
const LABEL_BEFORE =
  /\b(?:name|nombre|client|cliente|participant|participante|patient|paciente|pt|mentee|member|resident)(?:['’]s)?(?: name)?\s*(?::|\bis\b|\bes\b)\s*(?:(?:literally|actually|really|just|also|legit|like)\s+)?['"‘“]?$/i;
/** Just after a run: the person is public or the words are a brand ("Joe Rogan's podcast",
 * "a Taylor Swift fan", "a Bob Marley shirt", "Marie Callender's pie"). */
// Without the possessive, a word that is also a verb after a person ("Maria Lopez shows up",
// "talks to me", "books a room") is read as the verb, not as the person's media.
const PUBLIC_AFTER =
  /^(?:['’]s)?\s+(?:new\s+|old\s+|latest\s+|first\s+|famous\s+|ted\s+)?(?:book|memoir|biography|podcasts?|show|albums?|songs?|music|lyrics|movies?|film|documentar(?:y|ies)|biopic|interview|videos?|concerts?|tour|quote|talk|speech|shirts?|t-shirts?|hoodies?|jackets?|jeans|shoes|sneakers|perfume|cologne|bags?|purses?|posters?|murals?|statues?|portraits?|specials?|channel|fan|pies?|brand|coupons?|restaurant|store|writings?|teachings|framework|(?:stuff|work|ideas|research|model|theory) (?:on|about))\b|^(?:['’]s\s+(?:new\s+|old\s+|latest\s+|first\s+|famous\s+|ted\s+)?(?:books|shows|films|interviews|tours|quotes|talks|fans)\b|\s+(?:new\s+|old\s+|latest\s+|first\s+|famous\s+|ted\s+)?(?:books|shows|films|interviews|tours|quotes|talks|fans)\b(?!\s+(?:up|me|us|him|her|them|to|at|in|on|off|out|a|an|the|my|his|their|our|every|all|everyone|about|for|with)\b))|^['’]s\s+(?:On|The|A|An|In|Of|My|Our|Your|How|Why|What|When)\s+\p{Lu}/iu;
/** Just before a run: "a fan of", "listening to", "watching", "a clip of". */
const PUBLIC_BEFORE =
  /\b(?:fans? of|listen(?:s|ed|ing)? to|watch(?:es|ed|ing)?|read(?:s|ing)?|drink(?:s|ing)?|drank|wear(?:s|ing)?|(?:works?|working|job|shop(?:s|ping)?) (?:at|for)|(?:book|song|album|podcast|film|movie|article|video|talk|poem|quote)s? by|(?:clip|video|episode|interview|picture|photo|poster|speech|meme|gif|impression)s? (?:of|from|with))\s+$/i;
/** "Watching Rashad Coleman struggle": one watches a person do something, not a show. */
const WATCHING_BEFORE = /\bwatch(?:es|ed|ing)?\s+$/i;
const DOING_AFTER =
  /^\s+(?:struggl|relaps|go(?:es|ing)? through|fall|suffer|spiral|los(?:e|es|ing)\b|tr(?:y|ies|ying)\b|cry|crie|fight|heal|grow|chang|walk|leav|com(?:e|es|ing)\b|get|do(?:es|ing)?\b)/i;
/** The word just before a run. */
const WORD_BEFORE = /([\p{L}]+)\s+$/u;
/** A run after "a fan of", "watching"... or an elected office: somebody public, unless watched
 * doing something. */
function publicBefore(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 30), start);
  const office = WORD_BEFORE.exec(before)?.[1];
  if (office && OFFICE.has(office.toLowerCase())) return true;
  return (
    PUBLIC_BEFORE.test(before) &&
    !(WATCHING_BEFORE.test(before) && DOING_AFTER.test(text.slice(end, end + 30)))
  );
}
/** Just after a run: the person did something to the writer ("asked me", "told me"). */
const ACTS_ON_ME =
  /^\s+(?:(?:just|also|then|finally|always|keeps?|still)\s+)?(?:asked|told|texted|called|messaged|emailed|invited|gave|offered|begged|asks|tells|texts|calls|invites|gives|offers|begs|wants|wanted|needs|needed|hugged|thanked|hugs|thanks)\s+(?:me|us)\b/i;
/** Just after a run: a verb, as after a person's name. */
const PERSON_AFTER =
  /^\s+(?:(?:just|also|still|keeps?|always|never)\s+)?(?:wants|wanted|said|says|told|tells|asked|asks|keeps|needs|needed|called|calls|texted|texts|came|showed|left|relapsed|died|is|was|has|had)\b/i;
/** Just after a run: the writer serves the person ("... is my client"). */
const CLIENT_AFTER =
  /^\s+(?:is|was)\s+(?:(?:now|also|actually|still)\s+)?(?:my|a|our)\s+(?:client|participant|mentee|patient|peer)\b/i;
/** "like Maya Angelou said": quoting somebody known. */
const QUOTING_BEFORE = /\b(?:like|as)\s+$/i;
/** "William White wrote about recovery capital": an author. Never "talked about": said of
 * someone the worker knows ("Ayaan Warsame talked about wanting to die"). */
const AUTHOR_AFTER =
  /^\s+(?:wrote|writes|has written|talks|speaks) (?:about|a book|the book|books)\b/i;
const QUOTING_AFTER = /^\s+(?:once\s+)?(?:said|says|put it|wrote|sang|sings)\b/i;
/** Words that show the message is about people in the news or on stage. */
const CELEBRITY =
  /\b(?:celebrit(?:y|ies)|famous|singer|actor|actress|rapper|musician|comedian|athlete|movie star|pop star|rock star|tv star|biopic|podcasts?|on (?:tv|the news|the radio)|in the news|documentar(?:y|ies)|episodes?|(?:tv|favou?rite) characters?|memoir|lyrics|poems?|albums?|netflix|hulu|costume|(?:his|her|their) (?:music|writings?|articles?|research|teachings)|idol|meditations|from (?:the |a )?(?:show|movie|series|film))\b/i;
/** Just after a run (no possessive): the run is a place its people live in, or an organisation
 * whose staff is named ("Jordan Downs residents", "Scripps Mercy social worker", "Kaiser
 * Sunset nurse"). */
const PLACE_OR_ORG_AFTER =
  /^[ \t]+(?:residents|neighbou?rhood|projects|apartments|complex|tenants|(?:social|case) ?workers?|case managers?|nurses?|doctors?|counselors?|therapists?|teachers?|staff|discharge planners?|security|pharmacists?|front desk|intake (?:worker|staff|coordinator)s?|er\b|emergency room|icu|psych ward|billing)\b/i;
/** Just after a run: it is named as a programme, a group or a class ("... is the name of the
 * new program", "... es el nombre del programa"). */
const NAMED_THING_AFTER =
  /^['’]?\s+(?:is|es|was|era)\s+(?:the|el|la)\s+(?:name|nombre)\s+(?:of|de|del)\s+(?:(?:the|our|a|la|el|nuestro|nuestra|new)\s+)*(?:program|programa|group|grupo|class|clase|workshop|taller|project|proyecto|initiative|iniciativa|curriculum|campaign|campaña|event|evento|app)\b/i;

/** Months that are also given names. */
const GIVEN_MONTH = /^(?:Jan|April|May|June|August)$/;
/** Two capitals as a first name ("BJ", "AJ"), and the acronyms that are not one. */
const DOUBLE_INITIAL = /^[A-Z]{2}$/;
const ACRONYM =
  /^(?:AA|NA|ER|ED|OT|PT|HR|DA|PD|VA|UC|CA|US|UK|LA|SF|SD|OC|IE|NY|TX|DC|IT|AI|OK|TV|PC|ID|IQ|MD|RN|NP|PA|LP|DV|SA|CM|BH|MH|FB|IG|YT|GF|BF|OG|HS|MS|PS|RE|FW|NB|PM|AM|SW|CO|DR|MR|JR|SR|ST)$/;
/** Nickname prefixes, as "Big" in "Big Mike". */
const NICK_PREFIX = /^(?:Lil|Little|Big)$/;
/** Right after a titled surname: the writer serves the person ("(now on my caseload)", "(he's a
 * vet and ...)", ", my client,", " is my client"), so the title is part of how a client is named. */
const SERVED_AFTER =
  /^(?:['’]s)?(?:\s+(?:is|was)\s+(?:(?:now|also|actually)\s+)?(?:my|a|our)\s+(?:client|participant|mentee|patient)\b|\s*[(,—–-]\s*[^()\n]{0,40}?\b(?:(?:on|in) my (?:caseload|case load|list)|(?:my|the) (?:client|participant|mentee|peer|patient)\b(?!['’]s)|(?:a|he['’]?s a|she['’]?s a|is a) (?:vet|veteran))\b)/i;
/** The conventional stand-ins for an unknown person. */
const STAND_IN =
  /^(?:(?:john|jane|baby) doe|fulano(?: de)? tal|joe (?:schmo|schmoe|shmoe|blow)|john q public)$/i;

/** Most longer words capitalised, sentence openers and given names aside (a short message that
 * opens with a full name is not Title Case). */
function isTitleCase(all: Token[]): boolean {
  const long = all.filter(
    (t) => t.word.length > 3 && !t.opens && !GIVEN.has(plain(t.word)) && !CONTRACTION.test(t.word),
  );
  return (
    long.length >= 2 && long.filter((t) => /^\p{Lu}/u.test(t.word)).length / long.length >= 0.6
  );
}

/** Two capitalised words in a row (an initial or a particle may sit between): what every
 * capitalised name needs. Most messages have none and skip the word-by-word reading. */
const TWO_CAPITALISED =
  /\p{Lu}[\p{L}\p{M}'’-]*\.?[ \t]+(?:(?:de|del|la|las|los|da|di|dos|das|van|von|der|den|ter|du|le|dela|delos|bin|ibn|bint|binti|al|abu)[ \t]+){0,2}\p{Lu}/u;

/** A capitalised name found, and whether it is somebody public. */
interface Run {
  start: number;
  end: number;
  known: boolean;
  /** Known from the words around it, which speak for every name of a list. */
  said: boolean;
  context: boolean;
}
/** Between two names of one list: ", ", " and ", ", and ", " & ", " y ". */
const LIST_GAP = /^(?:,[ \t]*(?:(?:and|&|y)[ \t]+)?|[ \t]+(?:and|&|y)[ \t]+)$/;

/** Spans [start, end) of capitalised names. */
function capitalisedNames(original: string): [number, number][] {
  const { text, capitals } = fromCapitals(original);
  if (!TWO_CAPITALISED.test(text)) return [];
  const all = tokens(text);
  const titleCase = isTitleCase(all);
  const celebrity = CELEBRITY.test(text);
  const spans: [number, number][] = [];
  const runs: Run[] = [];
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
      const end = (all[j - 1] as Token).end;
      if (j > i + 1) {
        // "a clip of Mr. Rogers", "Mr. T's show": somebody public.
        // "Mr. Clean", "Mr. Peanut": an honorific and ordinary words is a brand or a character.
        const brand = all
          .slice(i + 1, j)
          .every(
            (t) =>
              (kindOf(t) === 'word' || kindOf(t) === 'given-word') && !PARTICLE.has(plain(t.word)),
          );
        const known =
          brand ||
          isPublicName(text, first.start, end, true) ||
          PUBLIC_AFTER.test(text.slice(end)) ||
          publicBefore(text, first.start, end);
        if (!known) spans.push([first.start, end]);
        i = j;
        continue;
      }
    }
    // "Dr. Okafor (retired, now on my caseload)", "Sgt. Delgado (he's a vet)": a title with a
    // surname is a professional unless the message says the writer serves the person.
    if (TITLE.has(plain(first.word)) && all[i + 1]) {
      const next = all[i + 1] as Token;
      const gap = text.slice(first.end, next.start);
      const nameEnd = next.end;
      if (
        /^\.?[ \t]+$/.test(gap) &&
        CAPITALISED.test(next.word) &&
        ['family', 'odd', 'surname', 'given'].includes(kindOf(next)) &&
        SERVED_AFTER.test(text.slice(nameEnd, nameEnd + 70)) &&
        !isFamous(text.slice(first.start, nameEnd))
      ) {
        spans.push([first.start, nameEnd]);
        i += 2;
        continue;
      }
    }
    // Initials for a first name ("BJ Nwachukwu", "AJ Mendoza-Pak") before a surname in no
    // dictionary.
    const second = all[i + 1];
    if (
      DOUBLE_INITIAL.test(first.word) &&
      !ACRONYM.test(first.word) &&
      second &&
      joined(text, first, second) &&
      CAPITALISED.test(second.word) &&
      (kindOf(second) === 'family' || kindOf(second) === 'odd')
    )
      first.as = 'initial';
    if (!CAPITALISED.test(first.word) && !INITIAL.test(first.word) && !first.as) {
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
    // Particles go, capitalised too when between two words of the run ("Maria De La Cruz",
    // "Maricel Dela Cruz").
    const span = all.slice(i, j);
    // "St." inside a name is part of a surname ("Marguerite St. Pierre").
    const run = span.filter(
      (t, k) =>
        !PARTICLE.has(t.word) &&
        !(k > 0 && k < span.length - 1 && PARTICLE.has(t.word.toLowerCase())) &&
        !(k > 0 && k < span.length - 1 && /^(?:St|Ste)$/.test(t.word) && t.dot),
    );
    // Split at function words, months, weekdays and titles; test each piece.
    let piece: Token[] = [];
    const pieces: Token[][] = [];
    for (const [k, t] of run.entries()) {
      // A month or function word that is also a given name ("Jan", "June", "Reina", "Will"),
      // right before a surname in no dictionary, is that given name.
      const next = run[k + 1];
      if (
        next &&
        (GIVEN_MONTH.test(t.word) || GIVEN.has(plain(t.word)) || GIVEN_WORDS.has(plain(t.word))) &&
        kindOf(t) === 'split' &&
        (kindOf(next) === 'family' || kindOf(next) === 'odd')
      )
        t.as = 'given-word';
      const kind = kindOf(t);
      if (kind === 'split' || kind === 'title') {
        // "Cesar Chavez Day" is a holiday.
        if (plain(t.word) !== 'day') pieces.push(piece);
        piece = [];
      } else piece.push(t);
    }
    pieces.push(piece);
    for (let p of pieces) {
      // In capitals or Title Case every word is capitalised: the words of the sentence around a
      // name are left off its edges ("CLIENT HAMZA ISSE WARSAME SAYS", "YESENIA CARRILLO TOLD").
      if (titleCase || p.some((t) => capitals.has(t.start))) {
        // ...unless a role word in lowercase stands right before two capitalised words ("my client
        // NACHO FERREIRA got hired"): the run starts after it.
        const role = all[all.indexOf(p[0] as Token) - 1];
        const afterRole =
          p.length === 2 &&
          role !== undefined &&
          ROLE.has(role.word) &&
          joined(text, role, p[0] as Token) &&
          ['family', 'odd'].includes(kindOf(p[1] as Token));
        while (p.length > 1 && kindOf(p[0] as Token) === 'word' && !afterRole) p = p.slice(1);
        // ...but a given name and a Native surname stay whole ("NOAH RED CLOUD SAYS").
        while (p.length > 1 && kindOf(p[p.length - 1] as Token) === 'word' && !isNativeFullName(p))
          p = p.slice(0, -1);
      }
      const head = p[0];
      if (!head) continue;
      const tail = p[p.length - 1] as Token;
      const before = all[all.indexOf(head) - 1];
      // "St. Vincent de Paul", "Saint Francis": a saint's name, so a church, a charity or a place.
      if (
        before !== undefined &&
        /^(?:St|Ste|Saint)$/.test(before.word) &&
        joined(text, before, head)
      )
        continue;
      const lead = text.slice(Math.max(0, head.start - 40), head.start);
      const context =
        (before !== undefined &&
          ROLE.has(plain(before.word)) &&
          joined(text, before, head) &&
          !CALLED_THING.test(lead)) ||
        (LABEL_BEFORE.test(text.slice(Math.max(0, head.start - 40), head.start)) &&
          !quotesSpeech(text, head, tail)) ||
        NEXT_IDENTIFIER.test(text.slice(tail.end)) ||
        CLIENT_AFTER.test(text.slice(tail.end, tail.end + 40));
      if (isPlace(p)) continue;
      // "Jordan Downs residents", "Scripps Mercy social worker": a place or an organisation.
      if (!context && PLACE_OR_ORG_AFTER.test(text.slice(p[p.length - 1]?.end ?? 0))) continue;
      // "Seguimiento Familiar es el nombre del programa": the name of a programme or a group.
      if (!context && NAMED_THING_AFTER.test(text.slice(tail.end, tail.end + 60))) continue;
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
        actsOnMe: ACTS_ON_ME.test(text.slice(end, end + 40)),
        acts: PERSON_AFTER.test(text.slice(end, end + 30)),
      };
      // "Tran Van Minh": the Vietnamese middle name "Van" after a surname is part of the name,
      // not the English word.
      const kinds = p.map((t, k) =>
        k > 0 &&
        k < p.length - 1 &&
        plain(t.word) === 'van' &&
        SURNAMES.has(plain((p[k - 1] as Token).word))
          ? 'initial'
          : kindOf(t),
      );
      if (!isName(p, kinds, how)) continue;
      // People in the news, brands and stand-ins are nobody's client: told by the words around
      // the name (which speak for a whole list of names) or by the list of the best known.
      const said =
        !context &&
        (celebrity ||
          STAND_IN.test(words) ||
          PUBLIC_AFTER.test(text.slice(end)) ||
          AUTHOR_AFTER.test(text.slice(end, end + 30)) ||
          (QUOTING_BEFORE.test(text.slice(Math.max(0, start - 10), start)) &&
            QUOTING_AFTER.test(text.slice(end))) ||
          publicBefore(text, start, end) ||
          isPublicByContext(text, start, end));
      // The words as written, particles too ("Bessel van der Kolk").
      const known = said || (!context && (isFamous(words) || isFamous(text.slice(start, end))));
      // "moving to Morgan Hill", "lives in Addis Ababa", "en la Cruz Roja": a place or a thing.
      if (!context && (isPlaceAfterPreposition(text, p, kinds) || isSpanishThing(text, p, kinds)))
        continue;
      if (!context && namedAsOrganisation(text, words)) continue;
      runs.push({ start, end, known, said, context });
    }
    i = j;
  }
  // "Cesar Chavez, Dolores Huerta and Larry Itliong murals": names in one list share what is
  // said of any of them.
  for (let k = 0; k + 1 < runs.length; k++) {
    const [a, b] = [runs[k] as Run, runs[k + 1] as Run];
    if (a.said === b.said || a.context || b.context) continue;
    if (!LIST_GAP.test(text.slice(a.end, b.start))) continue;
    a.known = b.known = a.said = b.said = true;
    // Carry a late "said" back to the start of the list.
    for (let m = k; m > 0; m--) {
      const c = runs[m - 1] as Run;
      if (c.said || c.context || !LIST_GAP.test(text.slice(c.end, (runs[m] as Run).start))) break;
      c.known = c.said = true;
    }
  }
  for (const r of runs) if (!r.known) spans.push([r.start, r.end]);
  return spans.sort((x, y) => x[0] - y[0]);
}

/** The same words stand elsewhere in the message before an organisation's word, capitalised as
 * part of its name: "a contract with Shasta Harvest Health, and Shasta Harvest also runs ..."
 * names the organisation twice. */
function namedAsOrganisation(text: string, words: string): boolean {
  const at = text.indexOf(words);
  for (let k = at; k >= 0; k = text.indexOf(words, k + 1)) {
    const next = /^[ \t]+(\p{Lu}[\p{L}'’-]*)/u.exec(text.slice(k + words.length));
    if (next && INSTITUTION.has(plain(next[1] as string))) return true;
  }
  return false;
}

/** "Client: \"Robin Williams had everything...\"": a label, then the client's own words in
 * quotes. The run opens the quote and the quote goes on past it: speech, not a name given. */
function quotesSpeech(text: string, head: Token, tail: Token): boolean {
  return (
    /:\s*['"‘“]$/.test(text.slice(Math.max(0, head.start - 3), head.start)) &&
    !/^(?:['’]s)?['"’”]/.test(text.slice(tail.end))
  );
}

/** Before a run: a word for where someone lives, goes or is ("moving to", "lives in", "at",
 * "around"). "To" alone is a person's as often ("talked to"), so only after going. */
const PLACE_PREPOSITION =
  /(?:\b(?:mov(?:e|es|ed|ing)|go(?:es|ing)?|went|head(?:s|ed|ing)?|back|driv(?:e|es|ing)|drove|relocat(?:e|es|ed|ing)|transferr?(?:ed|ing)?|trip|flight|bus|ride) to|\b(?:in|at|around|near|outside|across from|behind|en|from)) +$/i;
/** The last word of a place with a person's name in it ("Dolores Park", "Morgan Hill",
 * "Jackson Square"). */
const PLACE_LAST =
  /^(?:hill|square|plaza|park|station|pier|wharf|landing|field|market|mall|corner|heights|gardens|village|terrace)$/;

/** After a word for where, a run with no known given name ("lives in Addis Ababa") or one that
 * ends as a place does ("at Dolores Park") is a place. A possessive ("in Maria Park's file") is
 * a person's. */
function isPlaceAfterPreposition(text: string, p: Token[], kinds: Kind[]): boolean {
  const head = p[0] as Token;
  const tail = p[p.length - 1] as Token;
  if (!PLACE_PREPOSITION.test(text.slice(Math.max(0, head.start - 30), head.start))) return false;
  if (/^['’]s\b/.test(text.slice(tail.end))) return false;
  // "from" is a person's before a known given name ("a text from Maria Lopez").
  const from = /\bfrom +$/i.test(text.slice(Math.max(0, head.start - 6), head.start));
  if (PLACE_LAST.test(plain(tail.word)) && !from) return true;
  return !kinds.some((k) => k === 'given' || k === 'given-word' || k === 'initial') && !from;
}

/** A Spanish article, at a sentence's start too, before a run whose first word is no given name
 * or title: an organisation or a thing ("La Cruz Roja nos ofreció", "del Seguro Social"). "La
 * Yesenia" is how some speak of a woman. */
const SPANISH_TITLE = /^(?:sra|srta|sr|se[ñn]ora|se[ñn]or|se[ñn]orita|do[ñn]a|don|dra?)\.?$/i;

function isSpanishThing(text: string, p: Token[], kinds: Kind[]): boolean {
  const head = p[0] as Token;
  if (
    !/(?<![\p{L}\p{M}])(?:la|el|los|las|del) +$/iu.test(
      text.slice(Math.max(0, head.start - 5), head.start),
    )
  )
    return false;
  // "La Sra. Chávez" is a woman, as "la Yesenia" is.
  if (SPANISH_TITLE.test(head.word)) return false;
  return kinds[0] !== 'given' && kinds[0] !== 'given-word';
}

function isGivenKind(t: Token): boolean {
  const k = kindOf(t);
  return k === 'given' || k === 'given-word';
}

/** A given name and a Native surname of two ordinary words: "Noah Red Cloud". */
function isNativeFullName(run: Token[]): boolean {
  return (
    run.length === 3 &&
    isGivenKind(run[0] as Token) &&
    isNativeSurname((run[1] as Token).word, (run[2] as Token).word)
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

const LOWERCASE_FINDERS = new Set([lowercaseNames, lowercasePairs]);
/** Right after a name: seen or heard in the media ("saw lisa murkowski on the news"). The whole
 * of CELEBRITY is too wide here: "João Pedro da Silva wants me on his recovery podcast". */
const IN_THE_NEWS = /^\s+(?:on|in) (?:the )?(?:news|tv|radio|television)\b/i;
/** A name written in lowercase the words just after make public ("saw lisa murkowski on the
 * news", "'s podcast"), never one said to be served ("my client rosa quintanilla on the news"). */
function seenInTheNews(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 40);
  return (
    (IN_THE_NEWS.test(after) || PUBLIC_AFTER.test(after)) &&
    !ROLE_BEFORE.test(text.slice(Math.max(0, start - 20), start))
  );
}

/** Replace every full name with [name]; true in `found` when one was. */
export function redactNames(text: string): { text: string; found: boolean } {
  const named = redactNamedSurnames(text);
  let found = named.found;
  let out = named.text;
  for (const find of [
    vietnameseNames,
    koreanNames,
    nicknames,
    surnameFirst,
    capitalisedNames,
    lowercaseNames,
    lowercasePairs,
    namesAfterRole,
    nativeNames,
    statedNames,
    clanNames,
  ]) {
    const spans = find(out).filter(
      ([start, end]) => !(LOWERCASE_FINDERS.has(find) && seenInTheNews(out, start, end)),
    );
    if (spans.length) found = true;
    for (const [start, end] of spans.reverse()) {
      out = `${out.slice(0, start)}${PLACEHOLDER}${out.slice(end)}`;
    }
  }
  const beside = firstNamesBeside(out);
  if (beside.length) found = true;
  for (const [start, end] of beside.reverse()) {
    out = `${out.slice(0, start)}${PLACEHOLDER}${out.slice(end)}`;
  }
  return { text: out, found };
}
