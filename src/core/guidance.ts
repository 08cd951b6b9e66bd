// The platform-neutral reply. Adapters render it; it never holds the question's text.

import type { IdentifierKind } from './safety/identifiers.ts';
import type { CrisisProtocol } from './safety/protocol.ts';
import type { Nuance } from './types.ts';

export interface TopicRef {
  id: string;
  title: string;
}

export interface Citation {
  id: string;
  title: string;
  section: string;
}

export interface TopicGuidance {
  id: string;
  title: string;
  principle: string;
  steps: string[];
  /** One prompt, rotated between answers. */
  reflection: string;
  nuance: Nuance[];
  /** Index in `nuance` of the one that fits the question asked (it becomes the answer); null
   * when none does or no question was asked (a topic picked from a list). */
  fit: number | null;
  /** Indexes in `steps` of the agency's own rules (they replace generic base steps). */
  agencySteps: number[];
  agencyPolicy: string | null;
  sources: Citation[];
  related: TopicRef[];
}

/** How a person reaches a human when the bot has no answer. The one place a later "ask a
 * supervisor" route attaches. */
export interface SupervisorRoute {
  /** The agency's text (SUPERVISOR_CONTACT), or null: then the default sentence is shown. */
  contact: string | null;
}

export interface Miss {
  /** A few topics the knowledge covers, for one line on what the bot can help with. */
  covers: TopicRef[];
  topicCount: number;
  supervisor: SupervisorRoute;
}

export type ReplyKind = 'topic' | 'help' | 'no-match';

export interface Guidance {
  kind: ReplyKind;
  topic: TopicGuidance | null;
  /** In [0,1], or null when nothing was matched at all. */
  confidence: number | null;
  /** Next best topics, best first (at most 3). */
  alternatives: TopicRef[];
  /** When the bot is unsure (close scores, middling confidence, or a no-match that came
   * close): the top three topics, best first, offered as "Which fits best?". Empty otherwise,
   * and always empty in a crisis, so nothing pushes the protocol down. */
  choices: TopicRef[];
  /** An honest miss (no confident topic and nothing close); null on every other reply. */
  miss: Miss | null;
  /** "crisis" when the crisis protocol fired; "possible" when danger is possible but not clear
   * (the answer carries the POSSIBLE_DANGER line on top). */
  safety: 'crisis' | 'possible' | null;
  /** The protocol to show before anything else, when safety is "crisis". */
  crisis: CrisisProtocol | null;
  /** True when the question seems to hold client identifiers. */
  phi: boolean;
  /** Which kinds of identifier were seen (never the identifiers themselves). */
  identifiers: IdentifierKind[];
  /** For help and no-match replies: example questions and the number of topics. */
  help: { examples: string[]; topicCount: number } | null;
}
