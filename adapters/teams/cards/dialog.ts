// A card inside a Teams dialog (the window a message action opens, seen by the person who
// opened it alone). Dialogs do not run Universal Actions, so each Action.Execute becomes an
// Action.Submit carrying its verb beside its data: the click comes back as a
// composeExtension/submitAction and is decoded like any card click (verbs.ts).
import type { Card, Element } from './elements.ts';

/** Where a button's verb rides in a dialog's submitted data. */
export const DIALOG_VERB = 'bbVerb';

export function dialogCard(card: Card): Card {
  const { refresh: _none, ...rest } = card;
  return convert(rest) as Card;
}

function convert(x: unknown): unknown {
  if (Array.isArray(x)) return x.map(convert);
  if (!x || typeof x !== 'object') return x;
  const o = x as Element;
  if (o.type === 'Action.Execute') {
    const data = (o.data && typeof o.data === 'object' ? o.data : {}) as Element;
    return { type: 'Action.Submit', title: o.title, data: { ...data, [DIALOG_VERB]: o.verb } };
  }
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, convert(v)]));
}

/** A submitted dialog's verb and the rest of its data (the inputs' values merged in). */
export function dialogAction(data: unknown): { verb: string; data: Element } {
  const fields = (data && typeof data === 'object' ? data : {}) as Element;
  const { [DIALOG_VERB]: verb, ...rest } = fields;
  return { verb: typeof verb === 'string' ? verb : '', data: rest };
}
