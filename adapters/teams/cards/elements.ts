// Small Adaptive Card builders shared by the cards. Version 1.5: the highest Teams renders on
// desktop, web and mobile, and the first with Universal Actions (Action.Execute).
export const CARD_VERSION = '1.5';
export const CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

export type Element = Record<string, unknown>;

// A type, not an interface: botbuilder's invoke response takes a card as a JSON object
// (Record<string, unknown>), which only a type literal is assignable to.
export type Card = {
  type: 'AdaptiveCard';
  $schema: string;
  version: string;
  body: Element[];
  actions?: Element[];
  refresh?: { action: Element; userIds?: string[] };
  msteams?: { width: 'Full' };
  fallbackText?: string;
};

export function card(body: Element[], extra: Partial<Card> = {}): Card {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: CARD_VERSION,
    body,
    msteams: { width: 'Full' },
    ...extra,
  };
}

/** Text we wrote (knowledge, labels): TextBlock renders a little markdown. */
export function text(value: string, options: Element = {}): Element {
  return { type: 'TextBlock', text: value, wrap: true, ...options };
}

/** Text that came from people (their words, their names): a TextRun shows it literally,
 * never as markdown, so "[x](link)" or "**" typed by someone cannot dress up our card. */
export function literal(value: string, options: Element = {}): Element {
  return { type: 'RichTextBlock', inlines: [{ type: 'TextRun', text: value, ...options }] };
}

export function heading(value: string, size: 'Medium' | 'Large' = 'Medium'): Element {
  return text(value, { weight: 'Bolder', size });
}

export function container(items: Element[], options: Element = {}): Element {
  return { type: 'Container', items, ...options };
}

export function facts(list: { title: string; value: string }[]): Element {
  return { type: 'FactSet', facts: list };
}

/** A Universal Action: arrives as an `adaptiveCard/action` invoke with this verb and data. */
export function execute(title: string, verb: string, data: Record<string, unknown>): Element {
  return { type: 'Action.Execute', title, verb, data };
}

export function actionSet(actions: Element[], options: Element = {}): Element {
  return { type: 'ActionSet', actions, ...options };
}

export function attachment(content: Card) {
  return { contentType: CARD_CONTENT_TYPE, content };
}

/** The activity that carries one card. */
export function cardMessage(content: Card) {
  return { type: 'message' as const, attachments: [attachment(content)] };
}

/** The verbs our Action.Execute buttons carry. */
export const VERB = {
  topic: 'topic',
  feedback: 'feedback',
  answer: 'quiz-answer',
  view: 'quiz-view',
  leaderboard: 'leaderboard-page',
  askSupervisor: 'sup-ask',
  /** The personal coach's buttons; the data is the action itself (ids and a choice only). */
  coach: 'coach',
} as const;
