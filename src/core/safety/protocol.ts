// The crisis protocol for the kinds of danger found: the national steps from
// knowledge/crisis.yaml, the steps for these kinds, and the agency's own contacts first. Also
// the fallback reply, shown when answering fails.
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

/** The national contacts, kept here as well as in knowledge/crisis.yaml: the fallback below must
 * not depend on the knowledge base or anything else that may have failed. */
const NATIONAL_CONTACTS: CrisisContact[] = [
  { label: 'Emergency', value: '911' },
  { label: '988 Suicide & Crisis Lifeline', value: 'call or text 988, or chat at 988lifeline.org' },
];

/** What every surface shows when answering a message fails, whatever failed (the crisis check
 * included): the message may have been about someone in danger, so the essentials of the crisis
 * protocol come with the apology. `agencyContacts` (county crisis line, on-call supervisor) lead. */
export function fallbackProtocol(agencyContacts: readonly CrisisContact[] = []): CrisisProtocol {
  const seen = new Set<string>();
  return {
    title: 'Sorry, I could not answer that. If anyone may be in danger, act now.',
    kinds: [],
    steps: [
      'If anyone is in immediate danger, call 911 now.',
      'Call or text 988, or chat at 988lifeline.org (24/7).',
      "Tell your supervisor now and follow your agency's crisis procedure.",
      'Otherwise, please ask again in a minute.',
    ],
    contacts: [...agencyContacts, ...NATIONAL_CONTACTS].filter(
      (c) => !seen.has(c.value) && seen.add(c.value),
    ),
  };
}
