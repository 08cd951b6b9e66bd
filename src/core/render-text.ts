// Guidance as plain text, for the terminal and for the `text` field of `ask --json`: one line
// or a few per section of the outline, in its order.
import type { NumberedStep } from './answer-first.ts';
import { choiceLines, LABELS } from './copy.ts';
import type { Guidance, TopicGuidance } from './guidance.ts';
import {
  fallbackOutline,
  guidanceOutline,
  type MoreSection,
  type Section,
  topicOutline,
} from './outline.ts';
import type { CrisisProtocol } from './safety/protocol.ts';

// Kept so importers of the words from here still compile; copy.ts is their home.
export {
  ASK_SUPERVISOR,
  choiceLines,
  coversText,
  NO_ANSWER,
  NO_MATCH,
  NOT_SURE,
  PICK_BY_NUMBER,
  PRIVACY_WARNING,
  supervisorText,
  WHICH_FITS,
} from './copy.ts';

export interface TextOptions {
  /** How a person lists the topics on this surface, e.g. "/boundary topics". */
  topicsCommand: string;
}

const numbered = (steps: NumberedStep[]) => steps.map((s) => `${s.n}. ${s.text}`);

function sectionText(s: Section, o: TextOptions, prev: Section['kind'] | undefined): string[] {
  switch (s.kind) {
    case 'crisis': {
      const p = s.protocol;
      const contacts = p.contacts.map((c) => `${c.label}: ${c.value}`).join(' | ');
      return [
        `!! ${p.title.toUpperCase()}`,
        ...p.steps.map((step, i) => `${i + 1}. ${step}`),
        ...(contacts ? [`${LABELS.contacts}: ${contacts}`] : []),
        '',
      ];
    }
    case 'possible-danger':
      return [`! ${s.text}`, ''];
    case 'privacy':
      return [s.text, ''];
    case 'heading':
      return [s.title.toUpperCase()];
    case 'answer':
      return [s.text, ''];
    case 'steps':
      return [`${s.label}:`, ...numbered(s.steps)];
    case 'reflection':
      return ['', `${s.label}: ${s.text}`, ''];
    case 'more':
      return [`${s.label}:`, ...s.sections.flatMap(moreText)];
    case 'notice':
      return [s.text];
    case 'miss':
      return [s.answer, s.covers, s.supervisor, '', `${s.topicsLabel} ${o.topicsCommand}`];
    case 'choices':
      return [...(prev === 'notice' ? [] : ['']), s.label, ...choiceLines(s.topics)];
    case 'help':
      return [
        s.greeting ?? '',
        s.intro,
        '',
        `${s.examplesLabel}:`,
        ...s.examples.map((e) => `- ${e}`),
        '',
        `${s.topicsLabel} ${o.topicsCommand}`,
        s.note,
      ];
  }
}

function moreText(s: MoreSection): string[] {
  switch (s.kind) {
    case 'principle':
    case 'agency-policy':
      return [`${s.label} ${s.text}`];
    case 'steps':
      return [`${s.label}:`, ...numbered(s.steps)];
    case 'nuance':
      return [`${s.label}:`, ...s.items.map((n) => `- ${n.when} ${n.then}`)];
    case 'sources':
      return [`${s.label}: ${s.sources.map((c) => `${c.title}, ${c.section}`).join('; ')}`];
    case 'related':
      return [`${s.label}: ${s.topics.map((r) => r.title).join(' · ')}`];
  }
}

function outlineText(sections: Section[], o: TextOptions): string {
  return sections
    .flatMap((s, i) => sectionText(s, o, sections[i - 1]?.kind))
    .join('\n')
    .trimEnd();
}

/** One topic's guidance, as when a person picks it from the list. */
export function renderTopicText(t: TopicGuidance): string {
  return outlineText(topicOutline(t), { topicsCommand: '' });
}

/** The reply when answering failed (see fallbackProtocol). */
export function renderFallbackText(p: CrisisProtocol): string {
  return outlineText(fallbackOutline(p), { topicsCommand: '' });
}

export function renderText(g: Guidance, options: TextOptions): string {
  return outlineText(guidanceOutline(g), options);
}
