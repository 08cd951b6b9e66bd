// How well redaction does on an identifier set: detection recall (messages that may identify
// someone and get the warning), false warnings (messages that do not and still get it), and
// identifiers removed (each listed identifier absent from the redacted text).
import { redact } from '../core/safety/identifiers.ts';
import type { IdentifierItem } from './eval-sets.ts';

export interface IdentifierScore {
  caught: number;
  positives: number;
  flagged: number;
  negatives: number;
  removed: number;
  ids: number;
  missed: string[];
  falseWarnings: string[];
  /** The identifier and the redacted text it survived in. */
  leaked: string[];
}

export function scoreIdentifiers(items: readonly IdentifierItem[]): IdentifierScore {
  const s: IdentifierScore = {
    caught: 0,
    positives: 0,
    flagged: 0,
    negatives: 0,
    removed: 0,
    ids: 0,
    missed: [],
    falseWarnings: [],
    leaked: [],
  };
  for (const item of items) {
    const r = redact(item.text);
    const warned = r.found.length > 0;
    if (item.phi) {
      s.positives++;
      if (warned) s.caught++;
      else s.missed.push(item.text);
    } else {
      s.negatives++;
      if (warned) {
        s.flagged++;
        s.falseWarnings.push(item.text);
      }
    }
    for (const id of item.ids) {
      s.ids++;
      if (r.text.includes(id)) s.leaked.push(`"${id}" in ${r.text}`);
      else s.removed++;
    }
  }
  return s;
}

const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : 'n/a');

/** One line: recall, false warnings and identifiers removed, each as a count and a percentage. */
export function describeScore(s: IdentifierScore): string {
  const removed = s.ids
    ? `; identifiers removed ${s.removed}/${s.ids} ${pct(s.removed, s.ids)}`
    : '';
  return (
    `detection recall ${s.caught}/${s.positives} ${pct(s.caught, s.positives)}; ` +
    `false warnings ${s.flagged}/${s.negatives} ${pct(s.flagged, s.negatives)}${removed}`
  );
}
