// The crisis protocol for the kinds of danger found (knowledge/crisis.yaml): the most urgent
// kind's ordered steps lead, the other kinds add only the steps it lacks, and the contacts
// for these kinds follow, the agency's first.
import type { CrisisContact, CrisisKind, CrisisProtocolText, CrisisStep } from '../types.ts';

export interface CrisisProtocol {
  title: string;
  kinds: CrisisKind[];
  steps: string[];
  contacts: CrisisContact[];
}

/** The topic that fits each kind of danger, when the matcher ranked none of them. */
export const CRISIS_TOPIC: Record<CrisisKind, string> = {
  suicide: 'crisis-suicide-risk',
  'self-harm': 'crisis-suicide-risk',
  overdose: 'overdose-medical-emergency',
  medical: 'overdose-medical-emergency',
  violence: 'duty-to-warn',
  abuse: 'mandated-reporting',
};

/** The kinds found, most urgent first. */
export function byUrgency(text: CrisisProtocolText, kinds: CrisisKind[]): CrisisKind[] {
  return text.urgency.filter((k) => kinds.includes(k));
}

/**
 * The card for these kinds of danger. With no kind (the answer failed before the danger was
 * known) the general steps are shown, so 911, 988 and the supervisor are always there.
 */
export function crisisProtocol(
  text: CrisisProtocolText,
  kinds: CrisisKind[],
  agencyContacts: CrisisContact[] = [],
): CrisisProtocol {
  const ordered = byUrgency(text, kinds);
  const lists: CrisisStep[][] = ordered.length ? ordered.map((k) => text.kinds[k]) : [text.general];
  const violent = ordered.includes('violence');
  const seen = new Set<string>();
  const steps: string[] = [];
  for (const step of lists.flat()) {
    if (seen.has(step.id) || (violent && step.near)) continue;
    seen.add(step.id);
    steps.push(step.text);
  }
  const fits = (c: CrisisContact) => !c.kinds || c.kinds.some((k) => ordered.includes(k));
  return {
    title: text.title,
    kinds: ordered,
    steps,
    contacts: [...agencyContacts, ...text.contacts].filter(fits).map(({ label, value }) => ({
      label,
      value,
    })),
  };
}
