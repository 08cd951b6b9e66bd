// The standards the guidance cites: a line each (a section each: 21 lines pass a section's
// 3,000 characters).
import type { CitedSource } from '../../../src/commands/sources.ts';
import { SOURCES_HEADING, SOURCES_NOTE, sourceLine } from '../../../src/commands/text.ts';
import { esc } from '../mrkdwn.ts';
import { context, header, type Message, section, withinBlockLimit } from './kit.ts';

export function sourcesMessage(sources: CitedSource[]): Message {
  return {
    text: SOURCES_HEADING,
    blocks: withinBlockLimit([
      header(SOURCES_HEADING),
      ...sources.map((s) => section(`• ${esc(sourceLine(s))}`)),
      context(esc(SOURCES_NOTE)),
    ]),
  };
}
