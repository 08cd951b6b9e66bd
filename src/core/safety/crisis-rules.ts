// The rules that turn concepts (crisis-concepts.ts) into a decision. A rule names the kind of
// danger, the level it reaches, the concepts that must all be present, at least one of `any`
// when given, and none of `none`. Read top to bottom: every rule that holds contributes its kind;
// framing (a hypothetical, a lesson, media, a story from the past) then lowers "crisis" to
// "possible" unless the message says the danger is happening now (crisis.ts).
import type { CrisisKind } from '../types.ts';
import type { Concept } from './crisis-concepts.ts';

export type Level = 'crisis' | 'possible';

export interface Rule {
  id: string;
  kind: CrisisKind;
  level: Level;
  all: Concept[];
  any?: Concept[];
  none?: Concept[];
}

/** Concepts that say the danger comes from another person: then a weapon is not a means. */
const OTHERS: Concept[] = ['harmPerson', 'threat', 'assault', 'aggression'];

export const RULES: Rule[] = [
  // Suicide: the wish told, or a means / place / farewell with intent, time or silence.
  { id: 'suicide-talk', kind: 'suicide', level: 'crisis', all: ['suicideTalk'] },
  { id: 'suicide-named', kind: 'suicide', level: 'crisis', all: ['suicideWord'] },
  {
    id: 'suicide-with-sign',
    kind: 'suicide',
    level: 'crisis',
    all: ['suicideNoun'],
    any: ['now', 'intent', 'plan', 'means', 'place', 'farewell', 'unreachable', 'disclosure'],
  },
  { id: 'suicide-subject', kind: 'suicide', level: 'possible', all: ['suicideNoun'] },
  {
    id: 'means-with-intent',
    kind: 'suicide',
    level: 'crisis',
    all: ['means'],
    any: ['intent', 'plan', 'farewell', 'strongNow', 'hopeless', 'unreachable', 'goodbye'],
    none: OTHERS,
  },
  {
    id: 'place-with-intent',
    kind: 'suicide',
    level: 'crisis',
    all: ['place'],
    any: [
      'plan',
      'farewell',
      'hopeless',
      'unreachable',
      'suicideTalk',
      'suicideWord',
      'suicideNoun',
    ],
    none: OTHERS,
  },
  { id: 'at-the-edge-now', kind: 'suicide', level: 'crisis', all: ['atEdge', 'now'] },
  { id: 'means-in-use', kind: 'suicide', level: 'crisis', all: ['meansInUse'], none: OTHERS },
  {
    id: 'farewell-with-sign',
    kind: 'suicide',
    level: 'crisis',
    all: ['farewell'],
    any: ['unreachable', 'hopeless', 'means', 'place', 'plan', 'now', 'future', 'goodbye'],
  },
  {
    id: 'goodbye-with-sign',
    kind: 'suicide',
    level: 'crisis',
    all: ['goodbye'],
    any: ['unreachable', 'hopeless', 'means', 'place', 'suicideTalk', 'suicideWord', 'suicideNoun'],
  },
  { id: 'farewells', kind: 'suicide', level: 'crisis', all: ['farewellTwice'] },
  {
    id: 'hopeless-with-plan',
    kind: 'suicide',
    level: 'crisis',
    all: ['hopeless'],
    any: ['plan', 'means', 'unreachable'],
  },
  { id: 'means-alone', kind: 'suicide', level: 'possible', all: ['means'], none: OTHERS },
  { id: 'hopeless-alone', kind: 'suicide', level: 'possible', all: ['hopeless'] },
  { id: 'farewell', kind: 'suicide', level: 'possible', all: ['farewell'] },
  { id: 'goodbyes', kind: 'suicide', level: 'possible', all: ['goodbyeTwice'] },

  // Self-harm: injuring one's own body now or again; swallowing what harms.
  { id: 'self-injury', kind: 'self-harm', level: 'crisis', all: ['selfInjury'] },
  {
    id: 'self-harm-now',
    kind: 'self-harm',
    level: 'crisis',
    all: ['selfHarmTalk'],
    any: ['now', 'ongoing', 'emergency', 'weakSign'],
  },
  { id: 'swallowed-harm', kind: 'self-harm', level: 'crisis', all: ['swallowed'] },

  // Medical emergency and overdose: signs in a person; a substance makes it an overdose.
  { id: 'emergency-sign', kind: 'medical', level: 'crisis', all: ['emergency'] },
  { id: 'emergency-named', kind: 'medical', level: 'crisis', all: ['emergencyTerm'] },
  { id: 'two-signs', kind: 'medical', level: 'crisis', all: ['weakSignTwice'] },
  {
    id: 'signs-after-use',
    kind: 'overdose',
    level: 'crisis',
    all: ['substance'],
    any: ['emergency', 'emergencyTerm', 'weakSign'],
    // A fever and the dose of its medicine to give is a question; an emergency has its own rules.
    none: ['dosing'],
  },
  {
    id: 'overdose-with-sign',
    kind: 'overdose',
    level: 'crisis',
    all: ['overdoseNoun'],
    any: [
      'strongNow',
      'emergency',
      'emergencyTerm',
      'weakSign',
      'unreachable',
      'lockedSilent',
      'tookMany',
    ],
    // An overdose told as the past is a story; signs now still count through their own rules.
    none: ['past'],
  },
  { id: 'took-many', kind: 'overdose', level: 'crisis', all: ['tookMany'] },
  {
    id: 'silent-after-use',
    kind: 'overdose',
    level: 'crisis',
    all: ['substance', 'unreachable'],
  },
  {
    id: 'locked-and-silent',
    kind: 'overdose',
    level: 'crisis',
    all: ['lockedSilent', 'unreachable'],
  },

  // Violence: a harm aimed at a person (never at a thing), a threat, an assault under way.
  {
    id: 'harm-person-with-intent',
    kind: 'violence',
    level: 'crisis',
    all: ['harmPerson'],
    any: ['intent', 'now', 'weapon', 'plan'],
  },
  { id: 'assault-now', kind: 'violence', level: 'crisis', all: ['assault'] },
  {
    id: 'threat-with-means',
    kind: 'violence',
    level: 'crisis',
    all: ['threat'],
    any: ['weapon', 'now', 'intent', 'armed', 'ongoing'],
  },
  {
    id: 'armed-to-a-place',
    kind: 'violence',
    level: 'crisis',
    all: ['armed', 'publicPlace'],
    any: ['intent', 'future', 'strongNow'],
  },
  { id: 'armed-and-angry', kind: 'violence', level: 'crisis', all: ['armed', 'aggression'] },
  { id: 'armed-now', kind: 'violence', level: 'crisis', all: ['armed', 'now'], none: ['means'] },
  { id: 'threat', kind: 'violence', level: 'possible', all: ['threat'] },
  { id: 'harm-person', kind: 'violence', level: 'possible', all: ['harmPerson'] },
  { id: 'armed', kind: 'violence', level: 'possible', all: ['armed'] },

  // Psychosis with a danger now: in traffic, speeding, or armed.
  {
    id: 'psychosis-exposed',
    kind: 'medical',
    level: 'crisis',
    all: ['psychosis'],
    any: ['exposed', 'reckless', 'meansInUse', 'atEdge', 'lockedSilent'],
  },
  {
    id: 'psychosis-armed',
    kind: 'violence',
    level: 'crisis',
    all: ['psychosis'],
    any: ['armed', 'weapon', 'threat', 'harmPerson'],
  },
  // A delusion about a child or an elder in their care, acted on now or soon.
  {
    id: 'psychosis-dependent',
    kind: 'abuse',
    level: 'crisis',
    all: ['psychosis', 'dependent'],
    any: ['strongNow', 'future'],
  },
  { id: 'exposed-to-traffic', kind: 'medical', level: 'possible', all: ['exposed'] },

  // Abuse and neglect of a child, an elder or a dependent adult.
  { id: 'abuse-signs', kind: 'abuse', level: 'crisis', all: ['dependent', 'abuseSign'] },
  { id: 'neglect-signs', kind: 'abuse', level: 'crisis', all: ['dependent', 'neglectSignTwice'] },
  {
    id: 'neglect-now',
    kind: 'abuse',
    level: 'crisis',
    all: ['dependent', 'neglectSign'],
    any: ['strongNow', 'disclosure', 'emergency', 'weakSign'],
  },
  {
    id: 'care-withheld',
    kind: 'abuse',
    level: 'crisis',
    all: ['withheldCare'],
    any: ['now', 'ongoing', 'weakSign', 'emergency'],
  },
  { id: 'neglect', kind: 'abuse', level: 'possible', all: ['dependent', 'neglectSign'] },
];

/** Framing that lowers a crisis to "possible": talk about danger, not danger now. */
export const FRAMING: Concept[] = [
  'hypothetical',
  'scenario',
  'educational',
  'media',
  'past',
  'clinical',
];
