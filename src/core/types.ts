// Shapes shared across the core. Field names follow the YAML files one to one.

/** A citation; no section when the document is cited as a whole. */
export interface SourceRef {
  id: string;
  section?: string | undefined;
}

export interface Nuance {
  when: string;
  then: string;
}

export interface TopicReview {
  /** YYYY-MM-DD */
  on: string;
  /** A role, never a person's name. */
  by: string;
  against: string;
}

export interface Topic {
  id: string;
  title: string;
  questions: string[];
  /** More example questions from knowledge/examples/<id>.yaml: they teach the matcher too. */
  examples?: string[];
  keywords: string[];
  principle: string;
  guidance: string[];
  reflection: string[];
  nuance: Nuance[];
  agency_policy?: string | undefined;
  sources: SourceRef[];
  related: string[];
  /** When it was last checked, by which role, against what (knowledge/README.md). */
  reviewed: TopicReview;
  /** Indexes in `guidance` of the steps an agency overlay wrote in place of base steps. */
  agency_steps?: number[] | undefined;
  /** Where the topic came from, for messages about it. */
  file: string;
}

export interface Source {
  id: string;
  title: string;
  publisher?: string | undefined;
  url?: string | undefined;
  note?: string | undefined;
  /** The headings or section numbers it really has, and where each was verified. */
  sections?: { name: string; verified: string }[] | undefined;
  /** False: nobody could verify its headings, so it is cited only as a whole. */
  sections_verified: boolean;
}

/** canonical word or phrase -> the variants people type for it */
export interface Lexicon {
  synonyms: Record<string, string[]>;
  misspellings: Record<string, string[]>;
  /** Phrases dropped before matching (exam boilerplate such as "what should she do"). */
  ignore: string[];
  /** Words that put a question in the work role (a client, a group, the agency): without any,
   * a question is more likely about the asker's own life. */
  role?: string[];
  /** The asker's own people and providers ("my daughter", "my doctor"): with no role word, they
   * mark a question about the asker's own life. */
  own_life?: string[];
}

export type CrisisKind = 'suicide' | 'self-harm' | 'overdose' | 'medical' | 'violence' | 'abuse';

export interface CrisisContact {
  label: string;
  value: string;
  /** Shown only for these kinds of danger; for every kind when absent. */
  kinds?: CrisisKind[];
}

/** One step of the crisis protocol. Steps with the same id are shown once. */
export interface CrisisStep {
  id: string;
  text: string;
  /** Keeps the worker near the person: never shown when violence is involved. */
  near?: boolean;
}

/** knowledge/crisis.yaml */
export interface CrisisProtocolText {
  title: string;
  /** Kinds from most to least urgent: the most urgent kind found leads the card. */
  urgency: CrisisKind[];
  kinds: Record<CrisisKind, CrisisStep[]>;
  contacts: CrisisContact[];
}

/** A multiple-choice quiz question (knowledge/quiz/<topic>.yaml). */
export interface QuizQuestion {
  id: string;
  topic: string;
  area: string;
  scenario: string;
  options: string[];
  /** Index of the correct option. */
  correct: number;
  /** Why each option is wrong, by option index; null for the correct one. */
  why: (string | null)[];
  explanation: string;
  source: SourceRef;
  file: string;
}

export interface KnowledgeBase {
  topics: Topic[];
  topicsById: Map<string, Topic>;
  sources: Map<string, Source>;
  lexicon: Lexicon;
  /** Questions and words that are not about peer-work ethics, to learn what to turn down. */
  outOfScope: { questions: string[]; keywords: string[] };
  crisis: CrisisProtocolText;
  quiz: QuizQuestion[];
}
