// Turn chat text into plain lowercase words: strip Slack and Teams markup, entities, emoji,
// control characters and broken UTF-16, expand contractions. No meaning is added here.

const SLACK_LABELLED = /<(?:#[A-Z0-9]+|https?:[^|>\s]+|mailto:[^|>\s]+)\|([^>]*)>/g; // keep the label
const SLACK_BARE = /<[@#!][^>]*>|<(?:https?|mailto):[^>]*>/g; // mentions, broadcasts, bare links
const TEAMS_MENTION = /<at\b[^>]*>[\s\S]*?<\/at>/gi;
const HTML_TAG = /<\/?[a-z][a-z0-9]*\b[^>]*>/gi;
const EMOJI_CODE = /:[a-z0-9_+'-]+:/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const CONTROL = /[\p{Cc}\p{Cf}]/gu;
// Maps, not plain objects: a word like "constructor" or "__proto__" must find nothing.
const ENTITIES = new Map(
  Object.entries({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" }),
);
const SHORT_FORMS = new Map(
  Object.entries({ m: 'am', re: 'are', ve: 'have', ll: 'will', d: 'would' }),
);

const CONTRACTIONS = new Map<string, string>(
  Object.entries({
    "won't": 'will not',
    "can't": 'can not',
    "shan't": 'shall not',
    "ain't": 'is not',
    cant: 'can not',
    dont: 'do not',
    doesnt: 'does not',
    didnt: 'did not',
    isnt: 'is not',
    arent: 'are not',
    wasnt: 'was not',
    werent: 'were not',
    shouldnt: 'should not',
    wouldnt: 'would not',
    couldnt: 'could not',
    havent: 'have not',
    hasnt: 'has not',
    wont: 'will not',
    hes: 'he is',
    shes: 'she is',
    im: 'i am',
    ive: 'i have',
    youre: 'you are',
    theyre: 'they are',
    whats: 'what is',
    thats: 'that is',
  }),
);

/** Something stripMarkup may change: a tag or link, an entity, a control or format character,
 * a surrogate. Most messages hold none, and skip its seven passes. */
const MARKUP = /[<&\p{Cc}\p{Cf}\uD800-\uDFFF]/u;

/** Remove platform markup and return the text a person meant, still in its own case. */
export function stripMarkup(raw: string): string {
  if (!MARKUP.test(raw)) return raw;
  return raw
    .replace(LONE_SURROGATE, ' ')
    .replace(TEAMS_MENTION, ' ')
    .replace(SLACK_LABELLED, ' $1 ')
    .replace(SLACK_BARE, ' ')
    .replace(HTML_TAG, ' ')
    .replace(/&(#?\w+);/g, (m, name: string) => ENTITIES.get(name.toLowerCase()) ?? m)
    .replace(CONTROL, ' ');
}

/** Lowercase words (letters and digits), contractions expanded, "$" read as "dollars". */
export function toWords(raw: string): string[] {
  let text = stripMarkup(raw)
    .normalize('NFKC')
    .toLowerCase()
    .replace(EMOJI_CODE, ' ')
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/\$/g, ' dollars ');
  // The contractions all hold an apostrophe; most messages have none.
  if (text.includes("'"))
    text = text
      .replace(/\b(\w+)n't\b/g, (m, stem: string) => CONTRACTIONS.get(m) ?? `${stem} not`)
      .replace(/'(m|re|ve|ll|d)\b/g, (_m, s: string) => ` ${SHORT_FORMS.get(s)}`)
      .replace(/'s\b/g, '');
  const out: string[] = [];
  for (const w of text.match(/[\p{L}\p{N}]+/gu) ?? []) {
    const expanded = CONTRACTIONS.get(w);
    if (expanded) out.push(...expanded.split(' '));
    else out.push(w);
  }
  return out;
}
