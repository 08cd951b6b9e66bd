// Does a message need the crisis protocol before anything else? Phrase patterns over the
// message's lowercase words, after everyday idioms ("this paperwork is killing me", "shoot me
// an email") are blanked out. Tuned for recall: a missed crisis costs far more than a
// protocol shown once too often, but a false alarm on idioms teaches people to ignore it.
import { toWords } from '../normalize.ts';
import type { CrisisKind } from '../types.ts';

const SELF = '(?:myself|herself|himself|themselves|themself|yourself|ourselves)';
const PERSON =
  '(?:him|her|them|me|you|us|his|my|their|your|the|that|this|a|an|some|someone|somebody|everyone|everybody|people|staff|coworker|coworkers|boss|supervisor|ex|wife|husband|girlfriend|boyfriend|partner|mom|dad|mother|father|brother|sister|son|daughter|kid|kids|baby|neighbor|neighbour|landlord|roommate|case|manager|worker|teacher|cop|cops)';
// "going to", "wants to"...; never after "not" ("I don't want to hurt her" is not a threat).
const INTENT =
  '(?<!\\b(?:not|never) )(?:going to|gonna|gunna|about to|plans? to|planning to|want(?:s|ed)? to|wanna|threaten(?:s|ed|ing)? to|trying to|tried to|ready to|swear(?:s)? to|fixing to|finna)';
const WEAPON =
  '(?:gun|guns|pistol|rifle|shotgun|firearm|knife|knives|blade|machete|weapon|weapons|ammo|bullets)';

/** Idioms blanked out before the patterns run. */
const IDIOMS = [
  /\b(?:is|are|was|were|it is|that is|keeps|kept) killing (?:me|us|him|her|my|them)\b/g,
  /\bkill(?:ing|ed)? it\b/g,
  /\bkill(?:ing)? time\b/g,
  /\bkill the (?:lights?|music|engine|mood|vibe)\b/g,
  /\b(?:could|would) kill for\b/g,
  /\bdying (?:to|for|of laughter)\b/g,
  /\b(?:died|dying|dead) laughing\b/g,
  /\bdead (?:tired|serious|set|end|line|lines|last)\b/g,
  /\bdrop dead\b/g,
  /\bshoot (?:me|us|him|her|them) (?:a|an) (?:email|e mail|text|message|line|note|dm)\b/g,
  /\bshoot (?:for|the breeze|your shot|my shot)\b/g,
  /\bshot in the dark\b/g,
  /\bshoot(?:ing)? (?:some |a |the |my |his |her )?(?:hoops|pool|baskets?|videos?|photos?|pictures?|pics|film|movie|scene|breeze|shot|content|reel)\b/g,
  /\b(?:phone|battery|laptop|computer|car|printer|plant|plants) (?:died|is dead|was dead|dead)\b/g,
  /\bbeat (?:the|a) (?:deadline|traffic|rush|odds|record)\b/g,
  /\b(?:suicide|crisis) (?:prevention|awareness|training|trainings|statistics|rates?|month|walk|policy|protocol|lifeline|hotline)\b/g,
  /\bno suicide contracts?\b/g,
  /\boverkill\b/g,
  /\bhurt (?:\w+ )?feelings\b/g,
  /\bbeat (?:him|her|them|me|us) (?:at|in)\b/g,
  /\bpanic attack\b/g,
  /\boverdoing\b/g,
  /\bcut (?:the|a|our|my) (?:meeting|session|group|call|check in) short\b/g,
  /\bcut (?:ties|back|corners|costs|hours|it out|class)\b/g,
  /\bend (?:the|a|our|my|this|their|services|service|session|sessions|call|meeting|relationship|contract)\b/g,
  /\b(?:in|at|from) the past\b/g,
];

const PATTERNS: [CrisisKind, RegExp][] = [
  // Suicide, direct and indirect.
  ['suicide', /\bsuicid\w*/],
  ['suicide', new RegExp(`\\bkill(?:s|ing|ed)? ${SELF}\\b`)],
  ['suicide', /\b(?:kms|kys|unalive\w*)\b/],
  [
    'suicide',
    /\bend(?:s|ing|ed)? (?:it all|(?:my|his|her|their|your) (?:own )?life|it tonight|it today)\b/,
  ],
  ['suicide', /\btak(?:e|es|ing) (?:my|his|her|their|your) (?:own )?life\b/],
  ['suicide', /\b(?:want|wants|wanted|wanna|wanting|ready) to die\b/],
  [
    'suicide',
    /\b(?:not|never) (?:want|wants|wanting|wanted) to (?:be here|be alive|live|wake up|exist|go on)\b/,
  ],
  [
    'suicide',
    /\b(?:do|does|did) not (?:want|wanna) to (?:be here|be alive|live|wake up|exist|go on)\b/,
  ],
  ['suicide', /\b(?:go to sleep|sleep) and (?:not|never) wake up\b/],
  [
    'suicide',
    /\b(?:no|any) (?:reason|point) (?:to|in|of) (?:live|living|going on|being here|life)\b/,
  ],
  ['suicide', /\b(?:nobody|no one|noone) (?:would|will|is going to|gonna) (?:miss|care|notice)\b/],
  ['suicide', /\bbetter off (?:dead|gone|without (?:me|her|him|them))\b/],
  ['suicide', /\b(?:can not|cannot) (?:go on|take it anymore)\b/],
  [
    'suicide',
    /\b(?:goodbye|good bye|farewell|final) (?:text|texts|note|letter|message|post|video|call)\b/,
  ],
  ['suicide', /\b(?:said|saying|says|texted|posted|wrote) (?:goodbye|good bye|farewell)\b/],
  [
    'suicide',
    /\bgave away (?:all )?(?:his|her|their|my) (?:stuff|things|belongings|possessions|stuff)\b/,
  ],
  [
    'suicide',
    new RegExp(
      `\\b(?:hang|hanging|hung|shoot|shot|shooting|drown|drowning|poison|poisoning|starve|starving|overdose|od) ${SELF}\\b`,
    ),
  ],
  ['suicide', /\b(?:noose|jump(?:ing)? off (?:a|the|of) (?:bridge|roof|building|overpass))\b/],
  [
    'suicide',
    /\bpills? (?:saved|stockpiled|stashed|hoarded)|(?:saved|saving|stockpiling|hoarding) (?:up )?(?:his|her|their|my)? ?(?:pills|meds|medication)\b/,
  ],
  ['suicide', /\bdisappear forever|not be around (?:much longer|anymore)|will not be around\b/],
  // Self-harm.
  ['self-harm', /\bself ?harm\w*|\bself ?injur\w*/],
  [
    'self-harm',
    new RegExp(
      `\\b(?:cut|cuts|cutting|burn|burns|burning|burned|hurt|hurts|hurting|harm|harms|harming|scratch\\w*|hit|hitting) ${SELF}\\b`,
    ),
  ],
  [
    'self-harm',
    /\b(?:cutting|cuts|cut) (?:again|on (?:her|his|their|my) (?:arms?|legs?|wrists?|thighs?))\b/,
  ],
  ['self-harm', /\bfresh cuts\b|\bcuts on (?:her|his|their|my) (?:arms?|legs?|wrists?|thighs?)\b/],
  // Overdose and medical emergencies.
  ['overdose', /\boverdos\w*|\bod(?:d|ed|ing|ing out)?\b(?! would)|\bod would\b/],
  [
    'overdose',
    /\b(?:took|swallowed|taken|takes|taking) (?:a (?:bunch|handful|whole bottle) of|all (?:of )?(?:her|his|their|my|the)|too many) (?:pills|meds|medication|tylenol|xanax|oxy\w*)\b/,
  ],
  [
    'overdose',
    /\b(?:narcan|naloxone)\b.*\b(?:not|is not|will not) (?:working|waking|breathing|responding)\b|\b(?:need|needs|gave|giving|give) (?:him|her|them)? ?(?:narcan|naloxone)\b/,
  ],
  [
    'medical',
    /\b(?:not|is not|stopped|barely|cannot|can not|having trouble) breathing\b|\b(?:cannot|can not) breathe\b/,
  ],
  [
    'medical',
    /\bunresponsive\b|\bturning blue\b|\blips (?:are|were|look|turning) blue\b|\bblue lips\b/,
  ],
  ['medical', /\bseiz(?:ure|ures|ing)\b|\bconvuls\w*/],
  [
    'medical',
    /\bcollaps\w*|\b(?:will not|cannot|can not) wake (?:him|her|them|up)\b|\bpassed out (?:and|on|in|cold)\b/,
  ],
  [
    'medical',
    /\bchest pains?\b|\bheart attack\b|\b(?:having|had|has) a stroke\b|\bbleeding (?:a lot|heavily|badly|out|everywhere)\b|\bno pulse\b/,
  ],
  // Threats and violence towards others.
  [
    'violence',
    new RegExp(
      `\\b${INTENT} (?:kill|murder|shoot|stab|hurt|beat|strangle|choke|burn|attack|run over|poison) ${PERSON}\\b`,
    ),
  ],
  ['violence', new RegExp(`\\b${INTENT} (?:kill|murder|stab|strangle)\\b(?! ${SELF})`)],
  [
    'violence',
    /\b(?:shoot|shooting|shot) up (?:the|a|this|our|my) (?:office|school|place|clinic|building|center|centre|house|party|church|work)\b/,
  ],
  [
    'violence',
    new RegExp(
      `\\b(?:i|he|she|they|we) (?:will|would) (?:kill|murder|shoot|stab|hurt|beat|strangle) ${PERSON}\\b`,
    ),
  ],
  [
    'violence',
    new RegExp(
      `\\b(?:has|had|have|got|brought|bring|bringing|carrying|carries|pulled|pulled out|showed me|showing|flashed|waving|buying|bought) (?:a |his |her |their |my )?${WEAPON}\\b`,
    ),
  ],
  [
    'violence',
    /\bhit list\b|\bkill list\b|\bmake (?:him|her|them) pay\b|\bthreat(?:en|ens|ened|ening) (?:me|staff|us|my|her|him|them|the)\b/,
  ],
  [
    'violence',
    /\b(?:kill|murder|stab|shoot) (?:him|her|them|my|his|her|that|the) ?\w* (?:if|when|tonight|today|tomorrow)\b/,
  ],
  // Abuse happening now.
  [
    'abuse',
    /\b(?:is|are|keeps|been|was|were|gets|getting) (?:hitting|beating|hurting|abusing|molesting|choking|raping|touching|punching|kicking|slapping|strangling|locking|starving) (?:her|him|them|me|the|his|my|their)\b/,
  ],
  [
    'abuse',
    /\b(?:hits|beats|abuses|molests|rapes|punches|kicks|slaps|chokes|burns) (?:her|him|them|the kids?|his kids?|her kids?|the baby)\b/,
  ],
  [
    'abuse',
    /\b(?:sexually|physically) abus\w*|\bmolest\w*|\braped\b|\bbeing abused\b|\babusing (?:her|him|them|the)\b/,
  ],
  [
    'abuse',
    /\blocked (?:in|up|out) and (?:not fed|starving|left)\b|\bnot (?:being )?fed\b|\bleft alone for days\b/,
  ],
  ['abuse', /\bbruises? (?:all over|on (?:his|her|their) (?:face|arms?|legs?|neck|body|back))\b/],
];

export interface CrisisCheck {
  crisis: boolean;
  /** Every kind that matched, most urgent first. */
  kinds: CrisisKind[];
}

const URGENCY: CrisisKind[] = ['medical', 'overdose', 'violence', 'suicide', 'self-harm', 'abuse'];
const MAX_CHARS = 4_000;

export function detectCrisis(text: string): CrisisCheck {
  let t = ` ${toWords(text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text).join(' ')} `;
  for (const idiom of IDIOMS) t = t.replace(idiom, ' ');
  const kinds = new Set<CrisisKind>();
  for (const [kind, pattern] of PATTERNS) if (pattern.test(t)) kinds.add(kind);
  return { crisis: kinds.size > 0, kinds: URGENCY.filter((k) => kinds.has(k)) };
}
