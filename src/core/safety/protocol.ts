// The crisis protocol for the kinds of danger found (knowledge/crisis.yaml): the most urgent
// kind's ordered steps lead, the other kinds add only the steps it lacks, and the contacts
// for these kinds follow, the agency's first. Also the fallback reply, shown when answering fails.
import type { CrisisContact, CrisisKind, CrisisProtocolText, CrisisStep } from '../types.ts';

export interface CrisisProtocol {
  title: string;
  kinds: CrisisKind[];
  steps: string[];
  contacts: CrisisContact[];
}

/** The one line on top of an ordinary answer when danger is possible but not clear (the
 * "possible" level of crisis.ts): what to do if anyone may be in danger now. */
export const POSSIBLE_DANGER =
  'If anyone may be in danger now: call 911, call or text 988, and tell your supervisor.';

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

/** The card for these kinds of danger; with no kind known, the steps that hold for any danger. */
export function crisisProtocol(
  text: CrisisProtocolText,
  kinds: CrisisKind[],
  agencyContacts: CrisisContact[] = [],
): CrisisProtocol {
  const ordered = byUrgency(text, kinds);
  if (!ordered.length) return { ...fallbackProtocol(agencyContacts), title: text.title };
  const lists: CrisisStep[][] = ordered.map((k) => text.kinds[k]);
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

/** What every surface shows when answering a message fails, whatever failed (the crisis check
 * and the knowledge base included, so its words are here, not in knowledge/crisis.yaml): the
 * message may have been about someone in danger, so the essentials of the crisis protocol come
 * with the apology. The agency's contacts (county crisis line, on-call supervisor) follow; the
 * national numbers are in the steps, once. */
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
    contacts: agencyContacts
      .filter((c) => !c.kinds && !seen.has(c.value) && seen.add(c.value))
      .map(({ label, value }) => ({ label, value })),
  };
}
