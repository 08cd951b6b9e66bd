// The language of danger, as regular expressions over lowercase words with contractions
// expanded ("can't" reads "can not"). Kept apart from the logic in crisis.ts so curators
// and reviewers can read the phrases in one place.
import type { CrisisKind } from '../types.ts';
import {
  AFTER_A_CHANGE,
  HOLIDAY,
  NOT_A_HEIGHT,
  NOT_A_SCHEDULE,
  NOT_FOR_A_MOVE,
  PERSON_TARGET,
  TODAY_NOW,
  TONIGHT_NOW,
} from './crisis-concepts.ts';

const SELF = '(?:myself|herself|himself|themselves|themself|yourself|ourselves)';
// A person as the target, never a thing ("kill this spreadsheet" is no threat).
const PERSON = PERSON_TARGET;
// "going to", "wants to"...; never after "not" ("I don't want to hurt her" is not a threat).
const INTENT =
  '(?<!\\b(?:not|never) )(?:going to|gonna|gunna|about to|plans? to|planning to|want(?:s|ed)? to|wanna|threaten(?:s|ed|ing)? to|trying to|tried to|ready to|swear(?:s)? to|fixing to|finna)';
const WEAPON =
  '(?:gun|guns|pistol|rifle|shotgun|firearm|knife|knives|blade|machete|box cutter|weapon|weapons|ammo|bullets)';

/** A planned ending (a last session, a move, a discharge) or good news (keys to a home, a job):
 * thanks and goodbyes beside one are thanks, unless the message also tells of danger (read over
 * the whole message in crisis.ts). */
export const PLANNED_ENDING =
  /\b(?:got (?:the |her |his |their |my )?keys?|(?:got|found|signed|moved into) (?:a |an |her |his |their |the |my )?(?:own )?(?:apartment|place|lease|unit)|got (?:housed|housing|custody|(?:the |a )?job)|(?:last|final) (?:session|day|visit|group|appointment|class|meeting)|mov(?:e|es|ed|ing) (?:to|back|in with|away|out)|mov(?:es|ing) (?:tomorrow|today|next \w+|this \w+|on \w+day)|graduat\w*|discharg\w*|new job|transferr?\w*|retir\w*|se muda\w*)\b/;
export const DANGER_SAID =
  /\b(?:answer\w*|respond\w*|reach|gun|pills|rope|bridge|kill\w*|die|dead|end it|suicid\w*)\b/;
export const THANKS_AT_AN_END = /\b(?:thanks? (?:you |u )?for everything|good ?bye|farewell)\b/g;

/** Not wanting, said any way: "never wanted", "does not wanna". */
const WANTS_NOT =
  '(?:(?:not|never) (?:want|wants|wanting|wanted)|(?:do|does|did) not (?:want|wanna))';

/** Idioms blanked out before the patterns run. */
export const IDIOMS = [
  /\b(?:is|are|was|were|it is|that is|keeps|kept|has been|have been|been) (?:\w+ )?killing (?:me|us|him|her|my|them)\b/g,
  /\b(?:kill|murder|strangle|choke) (?:me|us) (?:when|if|for)\b/g,
  // A small child or a pet as the killer, or a threat against the speaker said laughing.
  /\b(?:kid|kids|toddler|toddlers|baby|babies|puppy|dog|cat|children) (?:is |are |will )?(?:going to |gonna |about to )?(?:kill|murder|strangle) (?:me|us)\b/g,
  /\b(?:kill|murder|strangle|choke) (?:me|us) (?:lol|lmao|lmfao|haha\w*|jaja\w*|jk)\b/g,
  /\b(?:kill|murder) (?:her|him|them) (?:when|if) (?:she|he|they) (?:is |are |was |were )?(?:late|forget|forgets|forgot|miss|misses|missed|does not|did not|messes|screws|finds out|sees|hears)\b/g,
  /\b(?:a |the |my |his |her )?(?:kitchen |butter |steak )?(?:knife|knives) (?:to|for) (?:cook|cut|slice|chop|prep|the potluck|cooking|dinner|lunch|fruit|food|the cake)\b/g,
  /\bkill(?:ing)? two birds\b/g,
  /\bout for blood\b/g,
  // An oath: "i swear on my kids" names nobody at risk.
  /\bswear(?:s|ing)? on (?:my|his|her|their|your) (?:kids|children|child|baby|babies|mother|mom|moms|mama|grandma|life|grave|daughter|son|family)\b/g,
  // Killed with kindness or kisses: "me va a matar a besos".
  /\b(?:kill\w*|matar\w*|mata|mato) (?:(?:me|him|her|them|you|u|us) )?(?:a (?:besos|abrazos|cosquillas|carcajadas)|with (?:kindness|kisses|love|hugs|tickles|compliments))\b/g,
  // A toy or a tool called a gun: "chased the kids with a water gun", "finger guns".
  /\b(?:water|squirt|nerf|toy|bubble|glue|hot glue|foam|cap|finger|radar|glitter|confetti) ?guns?\b/g,
  /\bcut (?:\w+ ){1,2}(?:some )?slack\b/g,
  // Mints are no pills; pain that "stabs" is pain; doing a task oneself is no "doing it".
  /\bpastillas de (?:menta|miel|goma|dulce)\b/g,
  /\b(?:cramps?|pains?|headaches?|migraines?|back|stomach|tooth|knees?) (?:is |are |keeps? )?(?:stabbing|killing) me\b/g,
  /\b(?:wants?|wanted|wanna|likes?|prefers?|rather) to do it (?:himself|herself|themselves|myself|on (?:his|her|their|my) own)\b/g,
  // A tangled thing strangled: "gonna strangle this extension cord".
  /\b(?:strangle|strangling|choke|choking) (?:my|the|this|that|these|those|our) (?:\w+ )?(?:cords?|cables?|wires?|hoses?|yarn|strings?|lights|chargers?|lanyards?|headphones|earbuds)\b/g,
  // A service cut off ("they cutting it off tmrw", "cut off her power") and a plant's cutting.
  /\bcut(?:s|ting)? (?:it|them|(?:the|my|our|her|his|their) (?:power|lights?|water|gas|electric\w*|phone|service|wifi|internet|cable|heat|benefits|food stamps)) off\b/g,
  /\bcut(?:s|ting)? off (?:the|my|our|her|his|their) (?:power|lights?|water|gas|electric\w*|phone|service|wifi|internet|cable|heat|benefits|food stamps)\b/g,
  /\b(?:(?:plant|pothos|succulent|rose|fig|tomato|cactus|jade|monstera|philodendron|geranium|basil|herb|ivy|grape|lavender|rosemary|mint) cuttings?|a cutting (?:from|of) (?:her|his|my|their|the|a) (?:\w+ )?(?:plant|pothos|tree|bush|garden|succulent|vine))\b/g,
  // Things of theirs cut: hair, hours, a pill split ("cut her sertraline in half"; never a body
  // part: "cut her face in half" is a threat).
  /\bcut(?:s|ting)? (?:her|his|my|their|your|our) (?:hair|bangs|nails|hours|losses|check|budget|pay|pills?|meds|medications?|medicines?|tablets?|doses?|dosage|(?!(?:face|throat|neck|head|arms?|wrists?|legs?|hands?|body|chest|stomach|belly|back)\b)\w+ (?:in half|in two|in quarters))\b/g,
  /\bshoot (?:me|us) (?:the|that|this|your|those|these)\b/g,
  // A relationship ended, never a life: "keep seeing him or do i have to end it", "end it with her".
  /\b(?:keep|keeps|continue|stop|quit) (?:seeing|dating|talking to|hanging out with|texting) (?:him|her|them|this \w+|that \w+)\b.{0,40}\bend (?:it|things)\b|\bend (?:it|things) with (?:him|her|them)\b/g,
  // Jumping in to help or to rescue: "am i supposed to jump in or call first".
  /\bjump(?:s|ing|ed)? in (?=(?:or|and|to (?:help|save|grab|pull|get)|after (?:him|her|them)|myself|ourselves)\b)/g,
  /\b(?:like|feel like) (?:i am |we are )?(?:banging|hitting) (?:my|our) heads? against\b/g,
  /\bkill(?:ing|ed)? it\b/g,
  /\bkill(?:ing)? time\b/g,
  // A work's plot told in a clause: "that movie where the dad hangs himself at the end".
  /\b(?:movie|film|show|series|book|novel|song|episode|documentary|play|game) (?:where|in which|when|that) (?:the |a |this |his |her )?(?:\w+ ){0,3}?(?:hangs|kills|shoots|stabs|overdoses|dies|cuts|jumps)\b(?: (?:himself|herself|themselves|off \w+))?/g,
  // A milestone counted without the danger: "the longest i've gone without trying to die".
  /\b(?:longest|long) (?:i|she|he|they|we)(?: have| has| had| ve)? gone without (?:trying to (?:die|kill \w+)|an attempt|attempting|cutting|self ?harm\w*|hurting (?:myself|herself|himself|themselves))\b/g,
  // Joy or laughter said as a scream by the writer: "case dismissed, im screaming" (never
  // screaming at someone or for help).
  /\b(?:i am|im|i m) (?:literally |actually |still )?(?:screaming|crying laughing|weak)\b(?! (?:at|for|help|and|because|bc|cause)\b)/g,
  // Good luck and doing well on stage: "told her break a leg, she's gonna slay" (never a person
  // slain: "gonna slay him").
  /\bbreak a leg\b/g,
  /\b(?:(?:she|he|they|you|u|we|i) )?(?:is |are |am )?(?:gonna|going to|will|finna|about to|gon) (?:slay|crush it|nail it|rock it|do (?:great|amazing|awesome|so good))\b(?! (?:him|her|them|me|us|you|my|his|their|that)\b)/g,
  /\bslay(?:s|ed|ing)?\b(?! (?:him|them|me|us|you|that (?:guy|man|dude|woman)|her(?! (?:\w+ )?(?:court|date|test|exam|interview|hearing|set|speech|presentation|audition|recital|game|match|shift|outfit|hair|makeup|job|role|part|song|solo|first)\b)|(?:my|his|her|their) (?:ex|wife|husband|boyfriend|girlfriend|mom|dad|brother|sister|son|daughter|neighbou?r|landlord|boss|roommate|family|kids?))\b)/g,
  /\bkill the (?:lights?|music|engine|mood|vibe)\b/g,
  /\b(?:could|would) kill for\b/g,
  /\bdying (?:to|for|of laughter)\b/g,
  /\b(?:died|dying|dead) laughing\b/g,
  /\bdead (?:tired|serious|set|end|line|lines|last)\b/g,
  /\bdrop dead\b/g,
  /\bshoot (?:me|us|you|u|him|her|them) (?:a|an) (?:quick )?(?:email|e mail|text|txt|message|msg|line|note|dm|pm|call|reminder|link|invite|pic|photo)\b/g,
  // A career or a reputation ruined: "posting about clients is career suicide".
  /\b(?:career|social|political|professional|reputational|financial) suicide\b/g,
  /\bshoot (?:for|the breeze|your shot|my shot)\b/g,
  /\bshot in the dark\b/g,
  /\bshoot(?:ing)? (?:some |a |the |my |his |her )?(?:hoops|pool|baskets?|videos?|photos?|pictures?|pics|film|movie|scene|breeze|shot|content|reel)\b/g,
  /\b(?:phone|battery|laptop|computer|car|printer|plant|plants) (?:died|is dead|was dead|dead)\b/g,
  /\bbeat (?:the|a) (?:deadline|traffic|rush|odds|record)\b/g,
  /\b(?:suicide|crisis) (?:prevention|awareness|training|trainings|statistics|rates?|month|walk|policy|protocol|lifeline|hotline)\b/g,
  /\bno suicide contracts?\b/g,
  /\boverkill\b/g,
  // "This is not a drill" says the danger is real: no drill frames it.
  /\b(?:this is |it is |its )?not a (?:drill|test|simulation|practice)\b|\bno es (?:un )?(?:simulacro|simulacion|practica)\b/g,
  // So does "exam q style but it's live": the study words name a style, not what happened.
  /\b(?:exam|quiz|test|training|practice|role ?play|drill|scenario|hypothetical)\b(?: \w+){0,3}? but (?:it|this|its)(?: is)? (?:live|real|real life|for real|happening)\b/g,
  // So does a message written "like a cert exam question" because that is how the mind works now.
  /\b(?:writing|asking|putting|phrasing|wording|typing|framing) (?:this|it) (?:like|as) (?:a |an )?(?:\w+ ){0,2}(?:exam|quiz|test|cert) (?:q|question|item)s?\b/g,
  // A lesson given up for what happened: "I was putting together a training deck ... and I have
  // to stop, because", "I had meant to ask about training material, but actually".
  /\b(?:i was|i had meant to|i meant to)\b[^.?!]{0,120}?\b(?:training|deck|presentation|quiz|exam|lesson|slides|curriculum|material|module|workshop)\b[^.?!]{0,100}?(?:\bbut (?:actually|now|instead|right now)\b|\bi (?:have|had|need) to stop\b|\bscratch that\b|\bforget (?:that|the \w+)\b|\bnever ?mind\b)/g,
  // A note left among the worker's own things is a message to the worker: "left a note in my
  // bag saying she's in love w me". A goodbye in it is read by its own words.
  /\bleft (?:me )?(?:a|the|this) (?:\w+ )?(?:note|letter|card) (?:in|on|under) (?:my|your|our) (?:bag|purse|backpack|mailbox|mail box|locker|cubby|desk|car|windshield|folder|inbox|box|jacket|coat|pocket)\b/g,
  // A thing left or thrown on a roof, with no one in the words between: "left his phone, which has
  // texts on it, on the roof of the parking structure" (never "left a note saying she's on the roof").
  /\b(?:left|leaves|put|puts|threw|throws|tossed|tosses|placed|forgot|forgets) (?:(?!(?:i|he|she|they|we|you|is|am|are|was|were|says|said|saying|sitting|standing|going|gonna)\b)\w+ ){1,12}?on (?:the|a|my) roof(?: of (?:the|a|my|his|her|their) (?:\w+ )?(?:car|truck|van|parking structure|garage|building|house|shed))?\b/g,
  // A thing on a roof: "the oak keeps dropping branches on my roof", "the ball landed on the roof".
  /\b(?:branch(?:es)?|leaves|limbs?|trees?|snow|ice|hail|rain|water|raccoons?|squirrels?|rats?|birds?|pigeons?|shingles|solar panels?|antenna|satellite dish|gutters?|balls?|frisbees?|drones?|moss|mold) (?:\w+ ){0,3}(?:on|onto|off|from) (?:the|a|my|our|his|her|their) roof\b/g,
  // A meal, a break or calls taken up there: "ate lunch on the rooftop of the parking structure".
  /\b(?:ate|eat|eats|eating|had|have|having|take|takes|took|taking) (?:my |our |his |her |a )?(?:lunch|breakfast|dinner|break|smoke|coffee|calls?) (?:up )?(?:on|at) (?:the|a|my|our) (?:\w+ ){0,2}(?:roof|rooftop)(?: of (?:the|a|our|my) (?:\w+ )?(?:parking structure|garage|building|clinic|office|hospital))?\b/g,
  // Sitting in a car parked up there: "cried in my car on the top of the parking structure".
  /\b(?:in|inside) (?:my|our|the|his|her|their) (?:car|truck|van|suv) (?:on|at) (?:the )?(?:top|top level|top floor|roof|rooftop) (?:level |floor )?of (?:the|a|our) (?:\w+ )?(?:parking structure|parking garage|garage|structure)\b/g,
  // On a roof for an everyday reason: "on the parking structure rooftop on my lunch break (only
  // spot with decent signal)", "up on the roof for a smoke".
  /\b(?:on|up on|standing on|sitting on|at) (?:the|a|my|our) (?:\w+ ){0,2}(?:roof|rooftop)\b(?= (?:\w+ ){0,8}?(?:for (?:signal|reception|wifi|the view|the sunset|a smoke|a cigarette|fresh air|lunch)\b|on (?:my|our|his|her|a) (?:lunch|smoke|coffee|\d+ min(?:ute)?) ?break\b|(?:only|best) (?:\w+ )?(?:spot|place)\b))/g,
  // A walk or a meeting place kept by habit: "we walk and talk on the bridge walkway" (never "is
  // on the bridge": the simple present of "we" or "I" is what is done often).
  /\b(?:we|i) (?:usually |often |always |sometimes |like to )?(?:walk|meet|jog|run|bike|fish|hang out|talk)(?: and (?:talk|walk|chat))?(?: (?:him|her|them|(?:with )?(?:my|our) \w+|with (?:him|her|them)))? (?:on|at|across|over|by) (?:the|a) (?:\w+ )?(?:bridge|overpass|pier)\b/g,
  // A sport or an outing by the water: "going cliff jumping at the lake", "fishing at the river",
  // "to the lake with his nephews" (never swimming, where someone may not come up).
  /\bcliff (?:jumping|diving)\b/g,
  /\b(?:fishing|camping|picnic\w*|bbq|barbecue) (?:\w+ )?(?:at|on|by) the (?:lake|river|beach|ocean|pier|dam)\b/g,
  /\b(?:at|to) the (?:lake|river|beach|ocean) with (?:his|her|their|my|the) (?:\w+ )?(?:kids|family|nephews?|nieces?|grandkids|cousins|friends|son|daughter|church|youth group|team)\b/g,
  // Cutting a thing: "cutting coupons", "cut the galbi", "cutting meat is a skill" (a knife "for
  // cutting fruit" keeps its purpose).
  /(?<!\bfor )\bcut(?:s|ting)? (?:up |out |open )?(?:the |some |a |her |his |my |our |their )?(?:\w+ )?(?:coupons?|meat|steak|chicken|galbi|brisket|carne|onions?|veggies|vegetables|fruit|cake|pizza|bread|cheese|carrots|hair|grass|lawn|hedges?|wood|lumber|paper|fabric|cardboard|boxes|tiles?|pattern|pieces)\b/g,
  // Named things: a cutting horse or board, a jump rope, jumping jacks.
  /\bcutting (?:horses?|boards?|edge|tools?|mats?|room floor)\b|\bjump(?:ing)? ?ropes?\b|\bjumping jacks\b|\bdouble dutch\b/g,
  // Work sent: "shoot the draft over to my sup", "shoot her a quick text".
  /\bshoot(?:s|ing)? (?:(?:him|her|them|you|u|me|us) )?(?:a |an |the |this |that |my |our )?(?:quick )?(?:draft|email|e mail|text|message|msg|note|file|doc|link|invite|reply|dm|pic|photo|report|update|list|form|agenda|question)s?\b/g,
  // What a danger looks like, taught to someone: "teach his roommate what low blood sugar looks like".
  /\bteach\w* (?:\w+ ){0,4}?what (?:\w+ ){1,3}?(?:looks|sounds|feels) like\b/g,
  // Things made by one's own hands: "deer meat he hunted, cut and froze himself" (the last verb
  // one of making, so "cut and burned himself" stays what it says).
  /\b(?:(?:hunted|caught|grew|raised|cut|cleaned|butchered|processed|smoked|cooked|baked|canned|dried|wrapped|packaged|made|built|sewed|sewn|knitted|painted|fixed|picked|chopped|sliced|peeled|ground),? (?:and )?){1,3}(?:froze|frozen|cooked|baked|canned|smoked|dried|wrapped|packaged|made|built|sewed|sewn|knitted|painted|fixed|processed|butchered|cleaned|grew|raised|caught|hunted|picked|ground|jarred|bottled|brewed|framed) (?:it |them |all )?(?:himself|herself|themselves|myself)\b/g,
  // A blade for boxes: "destroyed the cardboard mountain with a box cutter".
  /\b(?:cardboard|boxes)\b[^.?!]{0,80}\b(?:with|w) (?:a|the|my|his|her) box ?cutter\b/g,
  // Working oneself to death: "se va a matar trabajando".
  /\b(?:se|me|te|nos) (?:va|voy|vas|vamos|van|esta|estoy) (?:a )?mat(?:ar|ando) (?:trabajando|a trabajar|de trabajo|estudiando)\b|\bmatandose (?:trabajando|a trabajar)\b/g,
  // A task "killed": "gonna kill this spreadsheet tonight".
  /\b(?:(?:gonna|going to|about to|finna|will|i am|im) )?kill(?:ing|ed|s)? (?:this|that|the|my|our) (?:\w+ )?(?:spreadsheet|report|paperwork|workout|presentation|exam|test|interview|essay|notes|charting|inbox|grant|deadline|quiz|homework|audit)\b/g,
  // A violent verb aimed at a meter, a weed or a pest: "shoot the parking meter", "poison
  // these weeds". Never a person or a pet.
  /\b(?:(?:i could|gonna|going to|about to|finna|will|want to|wanna|i am|im) )?(?:shoot|shooting|strangle|strangling|stab|stabbing|poison|poisoning|kill|killing|murder|murdering|choke|choking|smother|drown|drowning) (?:the|this|that|these|those|all the) (?:\w+ )?(?:meters?|parking meters?|machines?|weeds?|dandelions|gophers?|roaches|cockroaches|ants|rats|mice|snails|slugs|aphids|mosquitos|mosquitoes|flies|wasps|termites|bedbugs|bed bugs|toaster|alarm clock|tires?)\b/g,
  // "gonna have a heart attack ... lol" or "... when she sees my mileage": a reaction.
  /\b(?:is|are|gonna|going to|about to) (?:have|having) a (?:heart attack|stroke|cow)\b(?=[^.?!]*\b(?:lol|lmao|haha|jaja)\b| when (?:she|he|they|my \w+|the \w+) (?:sees|hears|finds out|reads|gets|opens|looks at)\b)/g,
  // Too much of a harmless thing, and its jitters: "overdosed on coffee, hands shaking".
  /\b(?:overdos\w*|od\w*) on (?:coffee|caffeine|sugar|candy|chocolate|netflix|tv|work|meetings|paperwork|pizza|cake|sleep|memes|espresso|energy drinks?|cafe)\b(?:[^.?!]{0,40}?\b(?:hands? )?(?:shaking|shaky|jittery|jitters|the shakes)\b)?/g,
  // A named lake as where a trip goes: "driving up to Lake Tahoe this weekend".
  /\b(?:driv\w*|drove|trip|heading|going|went|camping|vacation\w*|visit\w*) (?:\w+ ){0,4}?(?:up |down |out )?to lake (?!(?:and|to|alone|at|by|tonight|with)\b)\w+\b/g,
  // The same said the other way round: "im gonna jump off a bridge if i hear 'synergy' one more time".
  /\b(?:gonna|going to|will) (?:jump(?:ing)? off (?:a|the) \w+|walk(?:ing)? into the (?:ocean|sea|lake)|kill myself|lose it|scream)\b (?:if|when) (?:i (?:have to|get|hear|see|read) |(?:one more|another|anyone|someone|somebody|he|she|they) )[^.?!]{0,60}?\b(?:one more|another)\b/g,
  // A thing not needed for a plain reason: "she won't need it after friday bc her car is out of
  // the shop". Never when the reason is being gone.
  /\b(?:will not|wont) need (?:it|them|this|that|those)(?: (?:after|past|by) \w+)? (?:because|bc|cause|since|now that) (?:(?:her|his|their|my|the) (?:\w+ ){0,2})?(?:is|was|got|gets|has|bought|found|moved|moving|started|starting|just got)\b(?![^.?!]{0,40}\b(?:gone|dead|die|here|around|alive|anymore)\b)/g,
  // Exasperation: "if one more person asks me, i'm gonna jump off a bridge".
  /\bif (?:one more|another|i (?:have|get|hear|need) (?:to )?(?:\w+ ){0,3}(?:one more|another)|(?:this|the|that|my) \w+ (?:\w+ )?(?:\w+ )?one more time)\b.{0,80}?\b(?:i am|im|i will|i m) (?:going to |gonna |just )?(?:jump(?:ing)? off (?:a|the) \w+|walk(?:ing)? into the (?:ocean|sea|lake)|throw(?:ing)? (?:it|this|that) (?:off|out(?: of)?)(?: (?:the|a) (?:\w+ )?(?:roof|window|bridge|building|balcony))?|kill (?:myself|someone|somebody)|lose it|die|scream)\b/g,
  // A program, a tab or a server as what is killed: "kill the process", "matar el proceso".
  /\b(?:kill|killed|killing|kills|force kill|matar|mata|mato) (?:the |a |this |that |el |la |ese |esa )?(?:\w+ )?(?:process|processes|task|tasks|app|apps|program|tab|tabs|server|query|script|job|session|proceso|programa|servidor|tarea|app)\b/g,
  /\b(?:kill|murder|strangle) (?:me|us) if\b/g,
  // Humour that "kills me" is laughter; "you're gonna kill me, but" opens an apology.
  /\b(?:jokes?|stories|puns?|humou?r|memes?|tiktoks?|videos?|comments?|faces?|impressions?|one liners?) (?:\w+ )?(?:kill|kills|killing|killed|slay|slays) (?:me|us)\b/g,
  /\b(?:you|u|y all|yall)(?: are| re| r|re)? (?:gonna|going to|about to|gon) (?:kill|hate|murder) (?:me|us)\b(?=,? (?:but|for|when|lol|lmao|haha|i forgot)\b)/g,
  /\b(?:kill|killing|kills) (?:his|her|my|their|the|your) (?:cravings?|urges?|buzz|vibe|mood|pain|time)\b/g,
  /\bbleeding (?:money|cash|staff|customers)\b/g,
  /\bhit(?:ting|s)? the (?:gym|road|books|hay|bar|sack|snooze|spot|ground running|jackpot)\b/g,
  /\bkick(?:ing|ed|s)? (?:\w+ ){0,3}out\b/g,
  /\bhurt (?:\w+ )?feelings\b/g,
  /\bbeat (?:him|her|them|me|us) (?:at|in)\b/g,
  // "Attack" after panic is no assault; "panic" is kept for "turned out to be a panic attack".
  /(?<=\bpanic) attack\b/g,
  /\bkill (?:me|us) if (?:i|we)\b/g,
  /\b(?:almost|nearly) (?:had|have|having) a heart attack\b|\bgave me a heart attack\b/g,
  // Said of a thing that upsets: "this spreadsheet is giving me a heart attack".
  /\b(?:giv(?:e|es|ing)|gonna give|going to give) (?:me|us) (?:a )?(?:heart attack|stroke|aneurysm|seizure)\b/g,
  // A product named after a danger: "a polish called heart attack red", "a burger named the
  // overdose". "Called" only right after the thing or after "is": "a shot and called the overdose
  // line" is a call.
  /\b(?:polish|color|colou?r|shade|flavou?r|drink|shot|cocktail|burger|sandwich|sauce|salsa|wings|song|album|band|game|ride|coaster|workout|class|candle|scent|lipstick|strain|pepper)(?: (?:called|named)|(?: \w+){0,4} (?:is|was|are|were) (?:called|named)) (?:the |a )?(?:\w+ )?(?:heart attack|overdose|suicide|death|killer|murder|stroke)\w*\b/g,
  /\b(?:hit|hits|hitting) (?:her|him|them|me|us) up\b/g,
  // A request sent, not a blow: "hit me w a follow request".
  /\b(?:hit|hits|hitting) (?:her|him|them|me|us|you|u) (?:w|with) (?:a|an|his|her|their|the|another) (?:\w+ )?(?:follow|friend|message|request|text|dm|call|question|link|invite|email)\b/g,
  // Coffee and wellness shots are drinks: "a shot of espresso"; liquor is left to the rules.
  /\b(?:shots?|double shot) of (?:espresso|wheatgrass|ginger|b12|caffeine|coffee|courage)\b|\bespresso shots?\b/g,
  /\boverdoing\b/g,
  /\bcut (?:the|a|our|my) (?:meeting|session|group|call|check in) short\b/g,
  // A thing cut from a budget: "had to axe the friday group".
  /\bax(?:e|ed|es|ing) (?:the|our|my|a|this|that|their) (?:\w+ ){0,2}?(?:group|groups|class|classes|program|meeting|meetings|session|sessions|position|positions|project|event|shift|shifts|service|services|outing|line item|budget line)\b/g,
  /\b(?:cut|cuts|cutting) (?:ties|back|corners|costs|hours|it out|class)\b/g,
  // A play, a drill or a program named with a danger word: "suicide squeeze", "asset seizure",
  // "bridge housing".
  /\bsuicide (?:squeeze|drills?|sprints?|runs?|doors?)\b/g,
  /\b(?:asset|property|vehicle|car|drug|cash|evidence) seizures?\b/g,
  /\bbridge (?:housing|program|clinic|team|loan|card|funding|shelter|appointment|script|prescription|bed|beds)\b/g,
  // The front seat of a car, not a gun: "called shotgun", "riding shotgun".
  /\b(?:call(?:ed|s|ing)?|ride|rides|riding|rode) shotgun\b|\bshotgun seat\b/g,
  /\bend (?:the|a|our|my|this|their|services|service|session|sessions|call|meeting|relationship|contract)\b/g,
  /\b(?:in|at|from) the past\b/g,
  // A thing or the weather as the killer is a complaint, not a threat: "this heat is going to
  // kill us", "me mata este calor", "the traffic on the 99 killing me" (a place between, never a
  // person: "the caseload has a plan to kill" is no complaint).
  /\b(?:heat|cold|weather|humidity|traffic|commute|paperwork|workload|caseload|deadline|deadlines|week|schedule|noise|meeting|meetings|calor|frio|trafico|papeleo|tarea|chamba|semana|junta|juntas) (?:(?:(?:at|in|on|from|outside|inside|near|by) (?:the |this |that |my |our )?(?:\w+ ){1,3}?){1,2}(?=(?:is |are |was |has been |been )?(?:killing|kills) (?:me|us)\b))?(?:me |nos )?(?:is |are |will |would |es |va a |van a )?(?:going to |gonna |about to )?(?:kill|killing|matar|matando|mata|matan) (?:me|us|nos)?\b/g,
  /\b(?:me|nos) (?:mata|matan|esta matando|estan matando|va a matar|van a matar) (?:este|esta|estos|estas|el|la|los|las) (?:calor|frio|trafico|papeleo|tarea|chamba|semana|junta|juntas|dolor de cabeza|ruido)\b/g,
  // The same told the other way round: "tengo un dolor de cabeza que me mata".
  /\b(?:dolor de (?:cabeza|espalda|muelas|pies|estomago|rodilla)|calor|frio|trafico|papeleo|tarea|chamba|semana|junta|juntas|ruido) (?:\w+ ){0,2}?que (?:me|nos) (?:mata|matan|esta matando|estan matando)\b/g,
  // A person as the killer for a trivial cause, as in English "kill me if": "me va a matar si".
  /\b(?:me|nos) (?:(?:va|van) a|quiere|quieren) (?:matar|ahorcar|colgar) (?:si|cuando|por)\b/g,
  // A boss or a coworker as the killer is a deadline, not a threat.
  /\b(?:boss|sup|supe|supervisor|manager|coordinator|director|coworkers?|co workers?|teacher|professor|jefa|jefe|supervisora?|coordinadora?) (?:is |will |would |me |nos )?(?:going to |gonna |va a |van a |quiere |quieren )?(?:kill|murder|strangle|matar|ahorcar|mata|matan) (?:me|us)?\b/g,
  // A boss who will "shoot me when she sees" the mistake: the same deadline (only a boss, only
  // the speaker, only for what they will find).
  /\b(?:boss|sup|supe|supervisor|manager|director|jefa|jefe) (?:is |will |would )?(?:going to |gonna )?shoot me (?:when|if|once|after) (?:she|he|they) (?:sees|finds out|hears|reads|notices|realizes)\b/g,
  // Dying of shame, of laughter, of hunger.
  /\b(?:morir|morirme|muero|muriendo|die|dying|died) (?:de|of) (?:la )?(?:verguenza|risa|hambre|sueno|aburrimiento|cansancio|calor|frio|sed|flojera|estres|embarrassment|boredom|shame|exhaustion)\b/g,
  /\bmuert[oa]s? de (?:miedo|risa|hambre|sueno|cansancio|frio|calor|sed|verguenza|envidia|aburrimiento)\b/g,
  /\b(?:quiero|me quiero) morir de (?:la )?(?:verguenza|risa|cansancio|sueno|hambre|calor|frio)\b/g,
  // Killing oneself with work or laughter: "me mato trabajando", "se quiere matar de risa".
  /\b(?:matar(?:me|se)|mato|mata|matando|matar) (?:de (?:la )?(?:risa|hambre|cansancio)|trabajando|estudiando|en el gym|en el gimnasio)\b/g,
  /\bstab(?:s|bing|bed)? at\b/g,
  // A thing that wears one out, said as a death: "this caseload will be the death of me".
  /\b(?:is|are|was|will be|gonna be|going to be) the death of (?:me|us)\b/g,
  /\b(?:shoot(?:s|ing)?|shot) (?:myself|yourself|himself|herself|ourselves|themselves) in the foot\b/g,
  // Sending someone off a bridge is an insult, not a plan: "this day can go jump off a bridge".
  /\bgo jump (?:off|in) (?:a|the) (?:bridge|cliff|lake|river|ocean)\b/g,
  // "Kill me now" said alone is exasperation; after "he will" or "going to" it is a threat.
  /(?<!\b(?:he|she|they|will|gonna|to|would|could|might|can|may|wanna) (?:just )?)\b(?:just |somebody |someone |please )?(?:kill|shoot) me now\b/g,
  // An illness, a job or a week that "kicks my butt" wears one out; no one is kicking anyone.
  /\b(?:cold|flu|virus|bug|cough|allergies|covid|fever|migraine|week|day|month|semester|job|work|shift|class|course|exam|training|paperwork|workload|caseload|schedule|heat|stress|this|that|it) (?:is |was |has been |keeps |been |really )*(?:kicking|kicked|whooping|beating) (?:my|our|your) (?:butt|ass|tail|behind|rear)\b/g,
  /\b(?:could|can|coulda|could have|could ve) cut (?:the )?(?:tension|air) (?:with|w) a knife\b/g,
  /\bbeat(?:s|ing)? (?:his|her|my|their|our|the|a) (?:own )?(?:personal best|record|score|time|pr)\b/g,
  // Breathless with laughter.
  /\b(?:can not|cannot|cant|could not|couldnt) breathe (?:i am |im |from |of |with |because )?(?:laughing|laughter|lol|lmao|haha\w*)\b|\blaugh(?:ing|ed)? so hard (?:that )?(?:i|we) (?:can not|cannot|could not) breathe\b|\bno (?:puedo|podia) respirar de (?:la )?risa\b/g,
  // Anger at a device: "ready to throw my laptop off a bridge".
  /\bthrow (?:my|the|this|that|our|his|her) (?:\w+ )?(?:laptop|phone|computer|printer|keyboard|monitor|tablet|pc|tv|desk|router)\b(?: (?:off|out of|out|into|through|across) (?:a |the )?(?:\w+ )?(?:bridge|window|building|roof|cliff|balcony|wall|room|lake|river)?)?/g,
  // A system, a device or paperwork that "makes me want to jump off a bridge" is a complaint
  // about the tool; a job, a life or a person said so is not blanked.
  /\b(?:ehr|emr|system|software|app|computer|laptop|printer|scanner|fax|copier|wifi|internet|portal|website|paperwork|forms?|billing|audit|documentation|charting|spreadsheet|inbox|emails|meetings?|traffic|commute|update|training|trainings|powerpoint|slides|presentation|webinar|module|lecture|hold music) (?:\w+ ){0,4}(?:makes?|made|making) me (?:want to|wanna) (?:jump (?:off|out of) (?:a|the) \w+|die|(?:shoot|kill|hang) myself|throw myself (?:off|out of) (?:a|the) \w+|walk into (?:traffic|the ocean|the sea)|scream|quit)\b/g,
  // Rage at a thing of one's own or the office's, with what would smash it: "gonna smash this
  // printer with a rock", "finish it off with a bat" (the table). Never "smashed her phone": a
  // partner's phone broken is a sign of control, kept for the rules.
  /\b(?:smash|break|wreck|destroy|punch|kick|trash|bash)(?:ing)? (?:my|the|this|that|our) (?:\w+ )?(?:phone|laptop|computer|printer|keyboard|monitor|tablet|tv|router|copier|fax|vending machine|microwave|controller|xbox|playstation|table|chair|desk|stapler|alarm clock)\b(?: (?:with|w) (?:a|an|the|my|his|her) (?:\w+ )?(?:rock|bat|hammer|brick|sledgehammer|stick|bottle|pipe|crowbar)\b)?/g,
  // "It" with a tool to smash it is a thing; "finish it" alone may be a life, and is kept.
  /\b(?:smash\w*|break\w*|wreck\w*|destroy\w*|bash\w*|finish\w*) it (?:off |up |in )?(?:with|w) (?:a|an|the|my|his|her) (?:\w+ )?(?:rock|bat|hammer|brick|sledgehammer|stick|crowbar)\b/g,
  // A queue or traffic not moving; a book or a song that hits hard; a worker done for the day.
  /\b(?:(?:the|this|that|our|my) (?:\w+ )?(?:line|queue|traffic|bus|elevator|clock|scale|freeway|lane)(?: (?:at|for|outside|in|on|to) (?:the |my |our )?\w+(?: \w+)?)?|traffic) (?:literally |still |just |totally )?(?:is|are|was|were) (?:\w+ )?not moving\b/g,
  /\b(?:it|that|this|which|parts?|book|song|movie|film|show|story|stories|words|news|scene|chapter|episode|lyrics?|ending|podcast|post) (?:\w+ ){0,3}(?:hit|hits) (?:me |us )?(?:hard|home|different|close to home)\b/g,
  /\b(?:i am (?:so )?done )?stick a fork in (?:me|us|it)\b/g,
  // Hunting is a use for a gun, not a plan: the gun stays a means, the plan goes.
  /\b(?:plan|plans|planning|planned|going|goes|go|went) (?:to go )?(?:hunting|to hunt)\b/g,
];

export const PATTERNS: [CrisisKind, RegExp][] = [
  // Suicide, direct and indirect.
  // The bare noun is the subject (a film, a lesson): the concept rules decide it.
  ['suicide', /\bsuicid(?!e\b)\w*/],
  ['suicide', new RegExp(`\\bkill(?:s|ing|ed)? ${SELF}\\b`)],
  ['suicide', /\b(?:kms|kys|unalive\w*)\b/],
  [
    'suicide',
    /\bend(?:s|ing|ed)? (?:it all|(?:my|his|her|their|your) (?:own )?life|it tonight|it today)\b/,
  ],
  ['suicide', /\btak(?:e|es|ing) (?:my|his|her|their|your) (?:own )?life\b/],
  // Said the way a record puts it: "stated intent to end life by jumping".
  ['suicide', /\b(?:intent|intends|intention|plans?|planning|wants?|threaten\w*) to end life\b/],
  // The same in Spanish; not "el alcohol está acabando con su vida", a life being ruined, nor
  // "terminar con su vida laboral", nor "este trabajo me quita la vida" (it wears me out).
  [
    'suicide',
    /\b(?:(?:acabar|terminar) con (?:su|mi|tu) (?:propia )?vida(?! (?:laboral|profesional|social|academica|escolar|amorosa))|quitar(?:se|me|te) la vida|(?:se|me|te) (?:quiere|quiero|quieres|va a|voy a|vas a|piensa|pienso) quitar la vida|se quit(?:o|a) la vida|te quitas la vida)\b/,
  ],
  ['suicide', /\b(?:want|wants|wanted|wanna|wanting|ready) to die\b/],
  // Not someone brought to a program against their will: "dropped off by his family, did not
  // want to be here" (here is the program).
  [
    'suicide',
    new RegExp(
      String.raw`\b${WANTS_NOT} to (?:be alive|live(?! (?:in|at|near|by|on) (?:the |a |an |that |this |his |her |their |my |our )?(?:city|town|country|area|neighbou?rhood|hood|county|building|complex|apartment|house|home|shelter|unit|place|dorm|camp|trailer|valley|suburbs|projects|state|street|block|countryside)\b| (?:there|downtown|uptown|together|with (?:roommates|a roommate|family|them|us|me|(?:his|her|their|my) (?:mom|dad|parents|family|kids|sister|brother|aunt|uncle|grandma|grandpa|cousin)))\b)|wake up|exist|go on)\b|(?<!\b(?:dropped off|brought in|brought here|mandated|court ordered|made to come|forced to come|sent here)\b.{0,60})\b${WANTS_NOT} to be here\b`,
    ),
  ],
  ['suicide', /\b(?:go to sleep|sleep) and (?:not|never) wake up\b/],
  [
    'suicide',
    /\b(?:no|any) (?:reason|point) (?:to|in|of) (?:live|living|going on|being here|life)\b/,
  ],
  // Not advice that a rule bent will go unseen: "just date them thursday, nobody will care".
  [
    'suicide',
    /(?<!\bjust (?!(?:want|wanna|need|feel|am|can|cant|wish)\b)\w+ .{0,60})\b(?:nobody|no one|noone) (?:would|will|is going to|gonna) (?:miss|care|notice)\b/,
  ],
  ['suicide', /\bbetter off (?:dead|gone|without (?:me|her|him|them))\b/],
  // Papers or a license kept so a body can be named: "renewing her license so they can identify her
  // body".
  [
    'suicide',
    /\b(?:so|so that|for|in case) (?:they|someone|somebody|people|the police|the cops|cops|(?:my|her|his|their) family) (?:can|could|will|would|are able to) (?:identify|find|recogni[sz]e|id) (?:my|her|his|their) body\b/,
  ],
  ['suicide', /\b(?:can not|cannot) (?:go on|take it anymore)\b/],
  [
    'suicide',
    /\b(?:goodbye|good bye|farewell|final) (?:text|texts|note|letter|message|post|video|call)\b/,
  ],
  [
    'suicide',
    /(?<!\b(?:never|not|without|forgot to|forgets to)(?: (?:actually|really|even|ever|just|properly))? )\b(?:said|saying|says|texted|posted|wrote) (?:goodbye|good bye|farewell)\b(?! to (?:my |the |our |all )?(?:clients?|participants?|members?|caseload|group|team|staff|coworkers?|program))/,
  ],
  [
    'suicide',
    // Not a goodbye to a team or a job ("una carta de despedida a su equipo").
    /\b(?:(?:mensaje|carta|nota|video|publicacion|post) de despedida|(?:publico|subio|puso|escribio|mando) (?:una |un )?despedida)\b(?! (?:a|al|para) (?:su |mi |el |la |los |las |sus |mis )?(?:equipo|grupo|trabajo|companer\w*|clientes|participantes|programa|oficina|personal|jefe|jefa))/,
  ],
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
  [
    // "Se colgó" also means fell behind ("se colgó con la renta"); "me colgó" is hung up on me.
    'suicide',
    /\bse (?:colgo|ahorco)\b(?! (?:con|el|la|del|de|en (?:el|los) pagos?))|\bse ha (?:colgado|ahorcado)\b|\bencontr\w* (?:\w+ )?(?:colgad[oa]|ahorcad[oa])\b|\bfound (?:him|her|them|my \w+|the \w+) hanging\b(?! (?:out|around|with|on|by|at|in there|up))/,
  ],
  [
    'suicide',
    /\b(?:noose|jump(?:ing)? off (?:a|the|of|her|his|my|their) (?:bridge|roof|building|overpass|balcony|cliff|ledge|parking structure))\b|\b(?:good ?)?bye forever\b/,
  ],
  [
    'suicide',
    /\bpills? (?:saved|stockpiled|stashed|hoarded)|(?:saved|saving|stockpiling|hoarding) (?:up )?(?:his|her|their|my)? ?(?:pills|meds|medication)\b/,
  ],
  ['suicide', /\b(?:my )?last (?:post|message|text|goodbye)\b|\bsorry for everything\b/],
  [
    'suicide',
    /\btell (?:my|the|her|his|their) (?:kids?|family|mom|son|daughter|wife|husband) (?:that )?(?:i|she|he) love/,
  ],
  ['suicide', /\b(?:is|am|are|she|he|they|i) on (?:a|the) (?:bridge|overpass|roof|ledge)\b/],
  [
    'suicide',
    /\b(?:walk|step|jump|run|drive) (?:into|in front of) (?:traffic|a (?:car|bus|train|truck)|the (?:train|bus|freeway))\b/,
  ],
  ['suicide', /\bhow (?:many|much) .{0,40}\bto (?:die|kill|end it)\b/],
  [
    'suicide',
    /\b(?:thinking about|thought about|want to|wants to|going to|planning to|ready to) end(?:ing)? things\b|\bend(?:ing)? it (?:before|tonight|today|now|soon)\b/,
  ],
  [
    'suicide',
    /\bwish(?:es|ed)? (?:i|he|she|they) (?:was|were) dead\b|\bsleep forever\b|\btonights? (?:is )?the night\b/,
  ],
  [
    'suicide',
    new RegExp(
      `\\bwill not (?:need (?:it|them|this|that|anything) (?:where|anymore)|be (?:here|around)\\b${NOT_A_SCHEDULE})|\\bit will not matter\\b`,
    ),
  ],
  [
    'suicide',
    /\b(?:razor|rope|gun|pills) and a plan\b|\ba plan and (?:a )?(?:razor|rope|gun|pills)\b/,
  ],
  ['suicide', /\b(?:drive|crash|wreck) (?:my|his|her|their|the) car (?:into|off)\b/],
  ['suicide', new RegExp(`\\boff ${SELF}\\b`)],
  [
    'suicide',
    /\b(?:want|wants|wanted|going|plans?|planning|ready|trying|decided|gun|pills|rope) to end it\b(?! with)/,
  ],
  [
    'suicide',
    /\b(?:thinking about|thought about|talking about|talks about) (?:ending it|ending (?:my|his|her|their) life|killing (?:myself|himself|herself|themselves))\b|\bcar running\b.{0,40}\bgarage\b|\bgarage\b.{0,40}\bcar running\b/,
  ],
  [
    'suicide',
    new RegExp(
      `\\bdisappear forever|not be around (?:much longer|anymore)|will not be around\\b${NOT_A_SCHEDULE}`,
    ),
  ],
  // Self-harm.
  [
    'self-harm',
    new RegExp(
      `\\b(?:cut|cuts|cutting|stab|stabs|stabbing|stabbed|slash|slashes|slashing|slashed|burn|burns|burning|burned|hurt|hurts|hurting|harm|harms|harming|scratch\\w*|hit|hitting) ${SELF}\\b`,
    ),
  ],
  [
    'self-harm',
    /\b(?:cutting|cuts|cut) (?:again|on (?:her|his|their|my) (?:arms?|legs?|wrists?|thighs?))\b/,
  ],
  ['self-harm', /\bfresh cuts\b|\bcuts on (?:her|his|their|my) (?:arms?|legs?|wrists?|thighs?)\b/],
  [
    'self-harm',
    /\bcutting (?:right now|now|again|in the)\b|\bi cut (?:last night|again|today|deep)\b/,
  ],
  ['self-harm', /\b(?:cut|cutting|cuts)\b.{0,30}\b(?:razor|blade|deep|blood|stitches|wrists?)\b/],
  ['self-harm', /\b(?:slamming|banging|hitting) (?:her|his|their|my) head (?:against|on|into)\b/],
  [
    'self-harm',
    new RegExp(
      `\\bon purpose to (?:hurt|punish)\\b|\\bpunish ${SELF}\\b|\\bfresh (?:cuts?|burns?|wounds?)\\b`,
    ),
  ],
  [
    'self-harm',
    /\bscratch\w* (?:her|his|their|my) (?:wrists?|arms?|skin)\b|\bswallow\w* .{0,30}\bon purpose\b/,
  ],
  // Overdose and medical emergencies.
  ['overdose', /\boverdos(?!e\b)\w*|\bod(?:d|ed|ing|ing out)?\b(?! would)|\bod would\b/],
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
  // A seizure, not a seizure disorder or its medicine ("pt w seizure disorder, well controlled").
  [
    'medical',
    /(?<!\b(?:history of|hx of|prone to) )\bseiz(?:ure|ures|ing)\b(?! (?:disorder|meds?|medications?|history|free|precautions|action plan))|\bconvuls\w*/,
  ],
  [
    'medical',
    /\bcollaps\w*|(?<!\bnext time (?:\w+ ){0,2})\b(?:will not|cannot|can not) wake (?:him|her|them|up)\b|\bpassed out (?:and|on|in|cold)\b/,
  ],
  [
    'medical',
    /\bchest pains?\b|\bheart attack\b|\b(?:having|had|has) a stroke\b|\bbleeding (?:a lot|heavily|badly|out|everywhere)\b|\bno pulse\b/,
  ],
  [
    'overdose',
    /\bneedle (?:still )?in (?:her|his|their|my) arm\b|\bslumped\b|\bgurgl\w*|\bsnoring (?:weird|funny|loud|strange)\b/,
  ],
  [
    'overdose',
    /\b(?:took|swallowed|taken) (?:like |about |around |over )?\d+ (?:of )?(?:her|his|their|my)?\s?(?:pills|tabs|bars|xanax|xans|percs?|oxys?|meds|tylenol|ibuprofen|advil|vicodin|norcos?|seroquel|lithium|\w+ pills)\b|\b(?:took|used|taking) way (?:too many|more)\b/,
  ],
  [
    'medical',
    /\bbreathing (?:is |sounds |really |very |so )*(?:slow|shallow|weird|funny)\b|\b(?:will not|not|is not) respond(?:ing)?\b/,
  ],
  [
    'medical',
    /\b(?:hit|banged) (?:her|his|their|my) head\b|\b(?:is|are|she|he|they) bleeding\b|\b(?:throwing up|vomiting|coughing up) blood\b/,
  ],
  [
    'medical',
    /\bseeing (?:bugs|spiders|things)\b|\bshaking and sweating\b|\bstiff neck\b|\b(?:high|super high) fever\b/,
  ],
  [
    'medical',
    /\b(?:face|mouth|smile) (?:is )?(?:drooping|droopy)\b|\b(?:cannot|can not) (?:lift|move) (?:his|her|their|my) (?:arm|leg)\b/,
  ],
  // Signs that come in many words: goodbyes, giving things away, means at hand, a place to fall.
  [
    'suicide',
    /\bthanks? (?:u |you )?for everything\b|\btake care of (?:urself|yourself|my)\b(?! ex\b)|\bsee (?:u|you) never\b|\b(?:dont|do not) blame (?:urself|yourself)\b/,
  ],
  [
    'suicide',
    new RegExp(
      `\\b${AFTER_A_CHANGE}(?:gave|giving|gives|posted) (?:me |away )?(?:his|her|their|all (?:his|her|their)) (?:stuff|things|dog|cat|watch|guitar|leash|belongings)\\b${NOT_FOR_A_MOVE}|\\bwill not (?:be )?need(?:ing)? (?:it|them|this|that)\\b`,
    ),
  ],
  [
    'suicide',
    new RegExp(
      `\\b(?:done being|tired of being|just) a burden\\b|\\bnot (?:be|gonna be|going to be) a problem for anyone\\b|\\bbetter off if i\\b|\\bjust was not here\\b|\\bnot be here (?:next|much|for)\\b${NOT_A_SCHEDULE}|\\bchecking out for good\\b|\\bsleep forever\\b`,
    ),
  ],
  [
    'suicide',
    /\b(?:saving|saved|stockpiling|counting|counted) (?:up )?(?:her|his|their|my)? ?(?:pills|meds|seroquel|oxy|lithium|tylenol|insulin|them)\b|\bhow (?:many|much) .{0,30}\b(?:would do it|to not wake up|to die|it takes)\b/,
  ],
  [
    'suicide',
    new RegExp(
      String.raw`\b(?:on|standing on|sitting on|at) (?:the|a|my) (?:roof|overpass|bridge|ledge|cliffs?|edge)\b(?! of ${NOT_A_HEIGHT}| (?:right )?(?:by|next to|beside) (?:me|us|him|her|them)\b)|\bstepping off\b|\bwill not turn the wheel\b|\bdrive (?:my|his|her|their|the) (?:car|truck) (?:into|off)\b`,
    ),
  ],
  [
    'suicide',
    /\b(?:bought|got|have|has) (?:a )?rope\b|\bthe beam\b|\bhave a way\b|\bhow (?:i|id|i would) do it\b|\bdoes not see the point\b(?! (?:of|in) (?!(?:living|life|going on|being (?:here|alive)|anything|it all|any of (?:it|this)|waking up|trying|getting up|carrying on|staying)\b))|\bno point (?:anymore|in living|living)\b|\brather (?:be )?dead\b|\bletters? .{0,80}\bafter\b/,
  ],
  [
    'suicide',
    /\btonight (?:is )?the night\b|\b(?:take|taking|swallow) all (?:of )?(?:her|his|my|their) \w+\b|\bleft a note\b|\bgoodbye note\b/,
  ],
  [
    'self-harm',
    /\b(?:relapsed on|relapse on) sh\b|\burge to (?:cut|burn|hurt)\b|\bswallowed (?:a bunch of |some )?(?:batteries|glass|pins|bleach)|\bdrank (?:bleach|antifreeze)\b|(?<!\b(?:people|ones|who|they|names?) (?:who |that )?)(?<!\b(?:you|u|ya|yall|you all|you guys|we all) )\bdeserves? it\b/,
  ],
  [
    'overdose',
    /\bnodding (?:out|off)\b|\b(?:lips|face|skin) (?:look |looks |is |are )?(?:kinda |really |so )?(?:blue|gray|grey)\b|\btook too much\b|\bdid (?:way )?too much\b|\bfoaming at the mouth\b|\bpressed (?:\d+|pills?|blues|bars|percs?|xans?|xanax|m30s?|oxys?|fent\w*)\b|\b(?:was|were|is|are|looked|looks?) pressed\b/,
  ],
  [
    'overdose',
    /\bface down\b|\bnot moving\b|\bwhole bottle\b|\bhandful of\b|\bnarcan brought\b|\bgoing out again\b|\bfading\b|\bfloppy\b|\bgot into (?:his|her|their|my) (?:methadone|pills|meds|stash)\b|\bhalf passed out\b|\bslurr(?:y|ing)\b/,
  ],
  [
    'medical',
    /\bgrabbed (?:his|her|their) chest\b|\barm is numb\b|\bsugar is (?:crashing|low|dropping)\b|\bthroat is closing\b|\bepipen\b|\bworst headache\b|\bstopped sweating\b|\bburning up\b|\bgone black\b|\bheart is (?:going|racing|doing)\b/,
  ],
  [
    'violence',
    /\bcatch a body\b|\bstrapped\b|\bhas a strap\b|\bflashed (?:the|a|his|her) (?:piece|gun|strap|knife)\b|\bshank\b|\bbroken bottle\b|\bmachete\b|\bswinging (?:a|the)\b|\bgas cans?\b/,
  ],
  [
    'violence',
    /\b(?:make|makes) (?:him|her|them|his \w+|her \w+) pay\b|\b(?:gonna|going to|will) (?:pop|handle|run up on|light|jump|get) (?:his|her|the|that|him|them)\b|\bsee him tonight\b|\b(?:bringing|bring|brings) (?:his|her|a|my|their|an?) (?:\w+ )?(?:gun|knife|weapon) to\b/,
  ],
  [
    'violence',
    /\b(?:gonna|going to|will) (?:fuck|mess|beat) (?:me|him|her|them) up\b|\bput something in (?:her|his|their|my) (?:\w+ )?(?:food|drink|coffee)\b|\brun (?:his|her|their|the) (?:\w+ ){1,3}over\b|\bwith (?:a|his|her) bat\b/,
  ],
  [
    'abuse',
    /\bhome alone\b.{0,40}\b(?:yr|year|years|toddler|kid|kids|baby|child|children|since|days|no food)\b|\b(?:yr|year) old is home alone\b|\bcomes into (?:her|his|their) room at night\b/,
  ],
  [
    'abuse',
    /\bthrowing (?:stuff|things) at (?:the|her|his) kids\b|\bchoked (?:her|him|them)\b|\bblacked out\b|\bpushed (?:her|him|them) down\b|\btie (?:him|her|them) down\b|\bdo not feed\b|\bstrangled (?:her|him|them)\b|\bsplit lip\b|\bhandprint\b/,
  ],
  [
    'suicide',
    /\bmade (?:my|his|her|their) peace\b|\beat(?:ing)? (?:a bullet|the gun|his gun|her gun)\b/,
  ],
  [
    'self-harm',
    /\bcarv(?:e|es|ing|ed) into (?:her|his|my|their)\b|\bpunch(?:ing|es|ed)? (?:the |a )?(?:\w+ )?wall\b|\bbreak (?:his|her|my|their) (?:own )?(?:hand|arm)\b/,
  ],
  [
    'abuse',
    /\b(?:kill|hurt) (?:her|him|them) if (?:she|he|they) (?:leaves?|tells|calls|goes)\b|\b(?:husband|boyfriend|wife|girlfriend|partner|dad|father|stepdad|mom|mother) has a (?:gun|knife|weapon)\b|\beye swollen\b/,
  ],
  // Threats and violence towards others.
  [
    'violence',
    new RegExp(
      `\\b${INTENT} (?:kill|murder|shoot|stab|hurt|beat|strangle|choke|burn|attack|run over|poison) ${PERSON}\\b`,
    ),
  ],
  ['violence', new RegExp(`\\b${INTENT} (?:kill|murder|stab|strangle)\\b(?= ${PERSON}\\b| *$)`)],
  // The same in Spanish: "amenazó con matar a su jefe".
  [
    'violence',
    /\bamenaz\w* con (?:matar|balear|apunalar|quemar|golpear)(?:la|lo|las|los|le|les)?\b/,
  ],
  // Meaning to kill another person, as "wants to kill her": "la quiere matar", "va a matar a su
  // hermano". Never "me" ("mi jefe me va a matar si llego tarde" is an idiom, as in English).
  [
    'violence',
    /\b(?:(?:la|lo|las|los|te|nos) (?:quiere|quieren|piensa|piensan|va a|van a) (?:matar|apunalar|acuchillar|balear|estrangular)|(?:quiere|quieren|piensa|piensan|va a|van a) (?:matar|apunalar|acuchillar|balear|estrangular)(?:la|lo|las|los)?(?= a (?:su|sus|mi|mis|tu|la|el|los|las)\b))\b/,
  ],
  [
    'violence',
    /\b(?:shoot|shooting|shot) up (?:the|a|this|our|my) (?!(?:dope|heroin|drugs|meth|fent|it)\b)\w+\b/,
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
    /\b(?:kill|murder|stab|shoot) (?:him|her|them|my|his|that|the)\b ?\w* (?:if|when|tonight|today|tomorrow)\b/,
  ],
  [
    'violence',
    new RegExp(
      `\\b${INTENT} (?:beat|jump|fight) (?:down|up|on)\\b|\\bwith (?:a|his|her|their) ${WEAPON}\\b`,
    ),
  ],
  [
    'violence',
    /\bburn (?:down )?(?:his|her|their|the|my) (?:\w+ )?(?:house|home|car|place|apartment)\b/,
  ],
  // Abuse happening now.
  [
    'abuse',
    /\b(?:is|are|keeps|been|was|were|gets|getting) (?:hitting|beating|hurting|abusing|molesting|choking|raping|punching|kicking|slapping|strangling|locking|starving) (?:her|him|them|me|(?:the|his|my|their)(?! (?:\w+ )?(?:sink|drain|toilet|pipes?|printer|copier|engine|dryer|washer|vacuum|dishwasher|disposal|plants?|(?:\w+ )?bags?)\b))\b/,
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
  [
    'abuse',
    /\btouch(?:es|ed|ing)? (?:her|him|them)\b.{0,20}\b(?:at night|private|privates|inappropriately)\b/,
  ],
  [
    'abuse',
    /\bwithout (?:food|meds|medication|water)\b|\bno food\b|\bafraid to go home\b|\bhiding from (?:him|her|them)\b/,
  ],
  [
    'abuse',
    /\b(?:takes|took|taking|steals|stole|stealing) (?:all )?(?:of )?(?:her|his|their) (?:whole |entire )?(?:social security |disability |ssi |ssdi )?(?:money|check|ssi|benefits|paycheck)\b/,
  ],
  ['abuse', /\b(?:hurts|hit|hits|hitting) (?:her|him|them)\b(?! up)|\bdrag (?:her|him|them)\b/],
  [
    'abuse',
    /\b(?:burns|bruises|marks|welts)\b.{0,60}\bon purpose\b|\b(?:will not|does not|won t) let (?:her|him|them|me) leave\b/,
  ],
  ['abuse', /\bbruises? (?:all over|on (?:his|her|their) (?:face|arms?|legs?|neck|body|back))\b/],
];

// A danger that is over, or a question about the subject rather than a person at risk, does
// not fire the protocol, unless the same sentence says it is happening now.
export const PAST = new RegExp(
  [
    String.raw`\b(?:years?|yrs?|months?|mos|weeks?|wks?) (?:ago|back|before)\b`,
    String.raw`\blast (?:year|month|week|spring|summer|fall|autumn|winter)\b`,
    String.raw`\blast (?:${HOLIDAY})\b`,
    String.raw`\b(?:in|since) (?:19|20)\d\d\b`,
    String.raw`\bhace (?:\d+ |muchos |unos |varios )?(?:anos|meses)\b`,
    String.raw`\b(?:used to|history|survived|survivor|survivors|back in|as a teen|in high school|long time ago|anniversary|memorial|passed away)\b`,
    String.raw`\bwhen i (?:was|overdosed|attempted|used|tried)\b`,
    String.raw`\b(?:has|have) been (?:fine|stable|sober|clean|doing (?:well|great|good))\b`,
    String.raw`\bafter (?:a|an|the|his|her|their) (?:suicide attempt|attempt|overdose)\b`,
    String.raw`\b(?:doing|is|are|feeling|feels|now) (?:fine|ok|okay|well|better|good|great|stable|safe)\b|\bhome and stable\b|\bback in the day\b`,
  ].join('|'),
);
export const ABOUT = new RegExp(
  [
    String.raw`\b(?:warning signs|risk factors|curriculum|trainings?|workshop|statistics|lesson plan|in general|nationally)\b`,
    String.raw`\b(?:overdoses|deaths|rates?|suicides|numbers) (?:are|is|were|was) (?:down|up)\b`,
    String.raw`\b(?:share|tell|disclose) (?:my|our|their|her|his) (?:story|history|experience)\b`,
    String.raw`\b(?:how much|what) (?:of my|should i) (?:share|disclose|say)\b`,
    String.raw`\blimits of confidentiality\b`,
    String.raw`\blost (?:\w+ )?(?:\w+ )?(?:clients?|members?|participants?|people|friends?|peers?|son|daughter|brother|sister|mom|dad) to\b`,
    String.raw`\b(?:died|passed) (?:by|from|of) (?:suicide|an overdose|overdose)\b`,
    String.raw`\b(?:protocol|policy|procedure|per policy|exam|trainings?|explain|stigmatizing|language|wording|vs)\b`,
    String.raw`\bif (?:a|any|someone|somebody|a client|a participant|a member|they|one of my clients) ever\b`,
    // A general question on how a drug works: "can someone od again after it wears off".
    String.raw`\bcan (?:someone|somebody|a person|people|you) (?:still |actually |really )?(?:od|overdose) (?:again|twice|after)\b`,
    String.raw`\b(?:watching|watched|tv show|a show|the show|movie|episode|scene|on tv|podcast|article|news story)\b`,
    String.raw`\b(?:talk|discuss|discussing|teach|teaching|educate) (?:about|on) (?:suicide|overdose|self harm|violence|abuse)\b`,
    String.raw`\b(?:hearing|hear|reading|read|learning|learn|training) about\b`,
    String.raw`\b(?:seeing|see|saw|witnessing|dealing with|exposure to|so many) (?:so many |all these |the )?(?:overdoses|suicides|deaths|od s)\b`,
    String.raw`\b(?:my|his|her|their) (?:son|daughter|brother|sister|mom|dad|mother|father|husband|wife|partner|friend|cousin) (?:overdose|suicide|suicide attempt)\b`,
    String.raw`\b(?:story|stories) about\b|\b(?:overdose|suicide|attempt|recovery) (?:story|stories|history)\b`,
    String.raw`\b(?:my|her|his|their) own (?:overdose|suicide attempt|attempt|self harm|history)\b|\bmy (?:overdose|suicide attempt|attempt|self harm|history)\b`,
    String.raw`\b(?:say|saying|call it|words?|terms?|language|phrase) (?:\w+ ){0,2}(?:suicide|overdose)\b`,
  ].join('|'),
);
// Words that put the danger in the present. A question about the subject (ABOUT) yields only
// to the strong ones; a danger that is over (PAST) yields to any.
export const STRONG_NOW = new RegExp(
  `\\b(?:right now|${TONIGHT_NOW}|at the moment|currently|is going to|about to|just now)\\b`,
);
export const NOW = new RegExp(`\\b(?:${TODAY_NOW}|this morning|again|still|keeps|rn)\\b`);

export const OPIOID_SIGNS =
  /\b(?:fentanyl|fent|heroin|opioids?|opiates?|dope|percs?|oxy\w*|pinpoints?|nodding|blue|blues|narcans?|naloxone|bump|coke|crack|meth|xan\w*)\b/;
