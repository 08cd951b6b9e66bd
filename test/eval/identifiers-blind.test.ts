// Identifier sets written blind (by people who never saw the code) and the floors redaction
// reaches on them: detection recall, false warnings and identifiers removed. A change that
// drops below a floor has lost generality, not just a sentence.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../src/config.ts';
import { failureDetail, loadIdentifierSets } from '../../src/evaluation/eval-sets.ts';
import { scoreIdentifiers } from '../../src/evaluation/identifier-score.ts';

const sets = new Map(
  loadIdentifierSets(join(repoRoot, 'test', 'eval')).map((s) => [s.file, s.items]),
);

/** Held-back sets (src/evaluation/held-back.ts): a failing floor gives counts only. */
const shown = (file: string, texts: string[]) => failureDetail(file, texts);

const FLOORS: [file: string, recall: number, falseWarnings: number, removed: number][] = [
  ['identifiers-blind-1.yaml', 0.99, 0.005, 0.99],
  ['identifiers-blind-2.yaml', 0.98, 0.005, 0.98],
  // Held back at first (95.7% / 13.6% / 95.0% then), now a dev set like the others.
  ['identifiers-blind-3.yaml', 0.995, 0.005, 0.985],
  // Held back, never tuned on (untuned: 93.1% / 13.1% / 93.2%); 94.4% / 3.1% / 93.8% before the
  // round on set 6, whose kinds of failure (surname first, capitals, double surnames,
  // Vietnamese names) fixed its misses of the same kinds (98.8% / 0.6% / 98.3%); three of its
  // lines were then read directly: 99.4% / 0.6% / 98.9%.
  ['identifiers-blind-4.yaml', 0.98, 0.01, 0.98],
  // Written blind 2026-12-03 (untuned: 92.0% / 5.0% / 92.4%), then the dev set of a round.
  ['identifiers-blind-5.yaml', 1, 0, 1],
  // Held back (untuned 86.0% / 3.5% / 77.3%; after the round on set 5, 87.5% / 3.5% / 78.8%),
  // then the dev set of a round: 98.5% / 0% / 98.9%.
  ['identifiers-blind-6.yaml', 0.985, 0, 0.985],
  // Held back, never tuned on: untuned 96.5% / 1.5% / 96.6%; after the round on set 6,
  // 97.0% / 0.5% / 97.1%.
  ['identifiers-blind-7.yaml', 0.97, 0.005, 0.97],
  // Held back (untuned 92.5% / 5.5% / 92.8%; after the round on set 9, 95.0% / 5.5% / 95.1%),
  // now a development set: its round (lowercase names after a word for a person, nicknames,
  // Arabic and fused-particle surnames, glottal stops, Native one-word surnames, handles, Spanish
  // SSN endings, bare booking numbers; places after a word for where, medicines, slang, quoted
  // speech) reached 100% / 0% / 100%.
  ['identifiers-blind-8.yaml', 1, 0, 1],
  // Written blind 2026-12-04 (untuned: 86.5% / 2.5% / 87.1%), then the dev set of a round whose
  // kinds of failure were possessives in capitals, names in capitals with no known given name,
  // surname first, initials ("BJ"), month and function words as given names ("Jan", "Reina"),
  // two-word Native surnames, "St." in a surname, the Spanish personal "a", lowercase names with
  // no known given name, handles named beside a platform, brands and idioms named after people.
  ['identifiers-blind-9.yaml', 0.995, 0, 0.995],
  // Written blind 2026-12-04 after set 9, held back, never tuned on; first measured after the
  // round on set 9: 92.5% / 2.5% / 91.4%; after the round on set 8, 93.5% / 1.5% / 92.8%; after
  // the round on sets 13 and 14, 94.0% / 1.5% / 93.2%.
  ['identifiers-blind-10.yaml', 0.93, 0.015, 0.925],
  // Written blind 2026-12-04 after the round on set 8 (untuned: 95.0% / 1.0% / 94.8%; missed 8 of
  // 110 full names, a handle, an address), then the dev set of a round (a name before a verb
  // that is also a media noun, "shows up"; a nickname in brackets; two given names after a verb
  // done to a person; someone's own place between the office and an address): 97.5% / 1% / 97.2%.
  ['identifiers-blind-11.yaml', 0.975, 0.01, 0.97],
  // Written blind 2026-12-04 (120 + 120) during the round on set 11, held back, never tuned on:
  // 96.7% / 2.5% / 96.9%, the same with the detector before that round.
  ['identifiers-blind-12.yaml', 0.965, 0.025, 0.965],
  // Written blind 2026-12-04 by two more writers (13: every culture and form; 14: reentry, a Native
  // clinic, Armenian and Vietnamese centers, a rural county), measured untuned with the detector
  // of the round on set 11: 13 98.3% / 0.8% / 98.5%, 14 92.5% / 2.5% / 92.3%. Then the dev sets
  // of a round (names in capitals with O' or D', surnames known by their ending (Armenian -yan and
  // -ian, Georgian, Greek, Ukrainian, Serbian, Romanian, Turkish) outside the dictionary,
  // particles and two given names in "surname, given", lowercase Vietnamese names, a middle
  // initial that is also a word, Native surnames of two ordinary words before a verb, handles in
  // mixed case named as a sender; piers as places, dictionary words after a role word, a run
  // named as a program's name): 100% / 0% / 100% and 100% / 0.8% / 100%.
  ['identifiers-blind-13.yaml', 1, 0, 1],
  ['identifiers-blind-14.yaml', 1, 0.01, 1],
  // Written blind 2026-12-04 during that round, held back, never tuned on: 94.2% / 2.5% / 93.8%
  // with the detector before it, 95.0% / 2.5% / 94.6% after; 95.8% / 2.5% / 95.3% after the round
  // on set 17.
  ['identifiers-blind-15.yaml', 0.95, 0.025, 0.945],
  // Written blind 2026-12-04 by a fifth writer after the round on sets 13 and 14, held back, never
  // tuned on: 99.2% / 0% / 99.2% with the shipped detector (one name of 70 missed).
  ['identifiers-blind-16.yaml', 0.99, 0.005, 0.99],
  // Written blind 2026-12-06 (every culture and form; a farmworker clinic, a Koreatown senior
  // center, reentry, a Native youth program), untuned 95.0% / 0.8% / 95.4%, then the dev set of a
  // round: Korean names surname first in lowercase or with a hyphenated given name, a quoted
  // nickname before a surname that is also a word, a Native surname of a deed and water with who
  // the person is in brackets, tribal enrollment numbers, a Facebook name with dots; a leader of
  // a community as a public figure. After: 100% / 0% / 100%.
  ['identifiers-blind-17.yaml', 1, 0, 1],
  // Written blind beside set 17, held back, never tuned on: untuned 96.7% / 0.8% / 96.9%, after
  // the round on set 17 96.7% / 0% / 96.9%.
  ['identifiers-blind-18.yaml', 0.965, 0.005, 0.965],
  // Written blind 2026-12-06 (evening), untuned 91.7% / 1.7% / 92.4%, then the dev set of a round:
  // names that are words ("joy fields asked me"), a given name, a particle and a surname ("bin"),
  // a Chinese given name of two syllables written apart, a Hmong given name; a recovery birthday
  // is no date of birth, and a public figure stays one in lowercase. After: 98.3% / 0% / 98.5%.
  ['identifiers-blind-19.yaml', 0.983, 0, 0.984],
  // Written blind beside set 19, held back, never tuned on: 99.2% / 0% / 99.2% before and after.
  ['identifiers-blind-20.yaml', 0.99, 0.005, 0.99],
  // Written blind 2026-12-06 (night), untuned 97.5% / 2.5% / 96.9%, then the dev set of a round:
  // Korean names surname first in capitals or title case whatever the dictionary says ("PARK
  // YOUNG HO") and "Oh" before a hyphenated given name, a name told as a name ("her name is ...",
  // "se llama ...", a remark in brackets that it is one), Hmong clan names that are English words
  // after a given name ("Toua Her"), a Spanish "caso #"; leaders honoured in the communities
  // served. After: 100% / 0.8% / 100% (the warning left is a birthday with the age it will be:
  // together they give the date of birth).
  ['identifiers-blind-21.yaml', 1, 0.01, 1],
  // Written blind beside set 21, held back, never tuned on: 100% / 3.3% / 100% before and after;
  // 100% / 2.5% / 100% after the round on set 31 (a people or a language after a capital).
  ['identifiers-blind-22.yaml', 1, 0.025, 1],
  // Written blind 2026-12-06 (night), measured untuned (99.2% / 0.8% / 99.2%), then read: a dev
  // set. Its round: a name after "by" with no title before it (under the flag i a title's capital
  // took any letter, so "invited by ..." read as an author), acronyms of the work in capitals
  // listed with commas ("ROI, HIPAA, CFR"). After: 100% / 0% / 100%.
  ['identifiers-blind-23.yaml', 1, 0, 1],
  // Written blind beside set 23, held back, never tuned on: 96.7% / 0% / 96.9% before and after.
  ['identifiers-blind-24.yaml', 0.966, 0.005, 0.968],
  // Written blind 2026-12-07, measured untuned (94.2% / 0.8% / 94.6%), then read: a dev set. Its
  // round: a middle name that is a word ("jose angel rivas"), a two-word Native surname in
  // capitals, "talked about" after a name (a client, not an author), an ID after "#", what
  // someone's "@" is, a dotted name a post is by, a public figure. After: 99.2% / 0% / 99.2%.
  ['identifiers-blind-25.yaml', 0.99, 0, 0.99],
  // Written blind beside set 25, held back, never tuned on: 95.8% / 3.3% / 94.6% before and after.
  ['identifiers-blind-26.yaml', 0.955, 0.035, 0.945],
  // Written blind 2026-12-07 (later), measured untuned (97.5% / 0% / 97.7%), then read: a dev set.
  // Its round: a Hawaiian given name in lowercase, a person watched doing something (not a show
  // watched), a handle that ends in an underscore. After: 100% / 0% / 100%.
  ['identifiers-blind-27.yaml', 1, 0, 1],
  // Written blind beside set 27, held back, never tuned on: 95.8% / 0% / 95.4% before and after;
  // 96.2% removed since a case number needs no "#" (an eighth round).
  ['identifiers-blind-28.yaml', 0.958, 0, 0.961],
  // Written blind 2026-12-07 (a third round), measured untuned (98.3% / 1.7% / 98.5%), then read:
  // a dev set. Its round: a Dutch given name in lowercase before a particle and a capitalised
  // surname, a person who "left" or "sent" something, a numbered avenue ("21500 Ave 12"), a
  // Spanish verb after its object pronoun ("no la deja salir"), "Like" opening a saying. After:
  // 100% / 0% / 100%.
  ['identifiers-blind-29.yaml', 1, 0, 1],
  // Written blind beside set 29, held back, never tuned on: 95.8% / 0% / 96.2% before and after;
  // 96.7% / 0% / 97.0% since a case number needs no "#" (an eighth round).
  ['identifiers-blind-30.yaml', 0.966, 0, 0.969],
  // Written blind 2026-12-07 (a fourth round), measured untuned (98.3% / 0.8% / 98.4%), then read:
  // a dev set. Its round: an Igbo surname after a given name in lowercase, capitals and digits
  // where the message speaks of CDCR or record numbers ("BK4471"), a people or a language after a
  // capitalised word ("Big Punjabi wedding"). After: 100% / 0% / 100%.
  ['identifiers-blind-31.yaml', 1, 0, 1],
  // Written blind beside set 31, held back, never tuned on: 98.3% / 0.8% / 98.4% before, 99.2% /
  // 0.8% / 99.2% after.
  ['identifiers-blind-32.yaml', 0.991, 0.009, 0.992],
  // Written blind 2026-12-07 (a fifth round), measured untuned (100% / 0.8% / 100%), then read: a
  // Spanish organisation after a capitalised article ("La Cruz Roja") is no name. After: 100% /
  // 0% / 100%.
  ['identifiers-blind-33.yaml', 1, 0, 1],
  // Written blind beside set 33, held back, never tuned on: 95.8% / 0% / 96.2% before and after;
  // 96.7% / 0% / 96.9% since a ninth round (a record's number a few words after its name).
  ['identifiers-blind-34.yaml', 0.966, 0, 0.969],
  // Written blind 2026-12-07 (a sixth round), measured untuned (97.5% / 0% / 96.9%), then read: an
  // honorific after a bare article ("it's a Mrs. ...") is a person, a profile's quoted name a
  // handle. After: 99.2% / 0% / 98.4%.
  ['identifiers-blind-35.yaml', 0.991, 0, 0.984],
  // Written blind beside set 35, held back, never tuned on: 95.0% / 4.2% / 95.3% before and after.
  ['identifiers-blind-36.yaml', 0.95, 0.042, 0.953],
  // Written blind 2026-12-07 (a seventh round), measured untuned (99.2% / 1.7% / 99.2%), then read:
  // Spanish "misma" (herself) after "ella" is no surname. After: 99.2% / 0.8% / 99.2%.
  ['identifiers-blind-37.yaml', 0.991, 0.009, 0.992],
  // Written blind beside set 37, held back, never tuned on: 99.2% / 2.5% / 98.4% before and after.
  ['identifiers-blind-38.yaml', 0.991, 0.025, 0.984],
  // Written blind 2026-12-07 (an eighth round), measured untuned (98.3% / 0% / 97.7%), then read:
  // a number after "case" or "participant" needs no "#", and two groups of digits that do not
  // climb are no range. After: 99.2% / 0% / 99.2%.
  ['identifiers-blind-39.yaml', 0.991, 0, 0.992],
  // Written blind beside set 39, held back, never tuned on: 97.5% / 0% / 96.1% before, 97.5% / 0%
  // / 96.9% after.
  ['identifiers-blind-40.yaml', 0.975, 0, 0.968],
  // Written blind 2026-12-07 (a ninth round), measured untuned (99.2% / 0% / 98.5%), then read: a
  // name told as one in lowercase with a surname last ("her name is tiara jenkins"), and a
  // record's number a few words after its name ("case number memorized, 22-047713"). After: 100%
  // / 0% / 100%.
  ['identifiers-blind-41.yaml', 1, 0, 1],
  // Written blind beside set 41, held back, never tuned on: 100% / 0.8% / 100% before and after.
  ['identifiers-blind-42.yaml', 1, 0.009, 1],
  // Written blind 2026-12-07 (a tenth round), measured untuned (98.3% / 0.8% / 98.4%), then read:
  // two known surnames joined by a hyphen, the second also a word ("nguyen-le"); a profile's name
  // quoted after "profile name"; and what "is called" after a programme or a flyer names a thing.
  // After: 100% / 0% / 100%.
  ['identifiers-blind-43.yaml', 1, 0, 1],
  // Written blind beside set 43, held back, never tuned on: 98.3% / 0.8% / 98.4% before and after.
  ['identifiers-blind-44.yaml', 0.983, 0.009, 0.984],
  // Written blind 2026-12-07 (an eleventh round), measured untuned (97.5% / 0.8% / 97.7%), then
  // read: a handle after what its account does ("he posts as ...", "a snap add from ..."). After:
  // 99.2% / 0.8% / 99.2% (a lowercase name whose given name is on no list and whose surname is an
  // everyday word, "price", is still missed).
  ['identifiers-blind-45.yaml', 0.991, 0.009, 0.992],
  // Written blind beside set 45, held back, never tuned on: 97.5% / 0.8% / 97.7% before and after.
  ['identifiers-blind-46.yaml', 0.975, 0.009, 0.976],
  // Written blind 2026-12-08 (a twelfth round), measured untuned (95.8% / 1.7% / 95.5%), then
  // read: a lowercase name set off by commas after who the person is ("her landlord, ofelia
  // marquez, owns it"), or after "client" with what the person does; a name in capitals after a
  // lowercase role word; a handle named after "his snapchat, it's"; a saint's name and a church's
  // denomination are no person. After: 100% / 0% / 99.2% (a second record number in a list leaks).
  ['identifiers-blind-47.yaml', 1, 0, 0.992],
  // Written blind beside set 47, held back, never tuned on: 92.5% / 0.8% / 93.0% before and after.
  ['identifiers-blind-48.yaml', 0.925, 0.009, 0.93],
  // Written blind 2026-12-08 (a thirteenth round), measured untuned (100% / 5.0% / 100%), then
  // read: a role in the program before a first name ("Sponsee Jimmy"), an elected office before a
  // name ("Governor Newsom", "Senator Maria Cantwell"), an organisation named a second time without
  // its last word ("Shasta Harvest Health ... Shasta Harvest also runs"), a lowercase name seen on
  // the news. After: 100% / 1.7% / 100% (a shop named for a man in a message all in capitals, and a
  // public figure the list does not know, still warned).
  ['identifiers-blind-49.yaml', 1, 0.017, 1],
  // Written blind beside set 49, held back, never tuned on: 98.3% / 0% / 98.5% before and after.
  ['identifiers-blind-50.yaml', 0.983, 0, 0.984],
  ['phi.yaml', 1, 0, 1],
  ['phi-2.yaml', 1, 0, 1],
];

describe('identifier sets written blind', () => {
  it('has both blind sets, at least 500 messages each', () => {
    expect(sets.get('identifiers-blind-1.yaml')?.length).toBeGreaterThanOrEqual(500);
    expect(sets.get('identifiers-blind-2.yaml')?.length).toBeGreaterThanOrEqual(500);
  });

  it.each(FLOORS)(
    '%s: recall at least %s, false warnings at most %s, identifiers removed at least %s',
    (file, recall, falseWarnings, removed) => {
      const s = scoreIdentifiers(sets.get(file) ?? []);
      expect(s.positives).toBeGreaterThan(0);
      expect(s.caught / s.positives, shown(file, s.missed)).toBeGreaterThanOrEqual(recall);
      expect(s.flagged / s.negatives, shown(file, s.falseWarnings)).toBeLessThanOrEqual(
        falseWarnings,
      );
      if (s.ids) expect(s.removed / s.ids, shown(file, s.leaked)).toBeGreaterThanOrEqual(removed);
    },
  );
});
