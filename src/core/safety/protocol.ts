// The crisis protocol for the kinds of danger found: the national steps from
// knowledge/crisis.yaml, the steps for these kinds, and the agency's own contacts first.
import type { CrisisContact, CrisisKind, CrisisProtocolText } from '../types.ts';

export interface CrisisProtocol {
  title: string;
  kinds: CrisisKind[];
  steps: string[];
  contacts: CrisisContact[];
}

/** The topic that goes with the most urgent kind, when the matcher found none of them. */
export const CRISIS_TOPIC: Record<CrisisKind, string> = {
  suicide: 'crisis-suicide-risk',
  'self-harm': 'crisis-suicide-risk',
  overdose: 'crisis-suicide-risk',
  medical: 'crisis-suicide-risk',
  violence: 'duty-to-warn',
  abuse: 'mandated-reporting',
};

export function crisisProtocol(
  text: CrisisProtocolText,
  kinds: CrisisKind[],
  agencyContacts: CrisisContact[] = [],
): CrisisProtocol {
  const [first, ...rest] = text.steps;
  const specific = kinds.flatMap((k) => text.by_kind[k] ?? []);
  return {
    title: text.title,
    kinds,
    // 911 stays first; what fits this danger comes straight after it.
    steps: [...(first ? [first] : []), ...new Set(specific), ...rest],
    contacts: [...agencyContacts, ...text.contacts],
  };
}
