// One outline, four surfaces: a crisis, a privacy-warning and a plain topic reply, rendered by
// the terminal, Slack, Teams and the web console, show their parts in the outline's order and
// with the same labels.
import { describe, expect, it } from 'vitest';
import { guidanceMessage, topicMessage } from '../../adapters/slack/blocks/guidance.ts';
import { guidanceCard } from '../../adapters/teams/cards/guidance.ts';
import { LABELS, PRIVACY_WARNING } from '../../src/core/copy.ts';
import type { Guidance } from '../../src/core/guidance.ts';
import { guidanceOutline, type Section } from '../../src/core/outline.ts';
import { renderText } from '../../src/core/render-text.ts';
import { guidanceView } from '../../src/web/view.ts';
import { guide } from '../helpers.ts';

const replies: Record<string, Guidance> = {
  crisis: guide.answer('my client texted me goodbye and says she took all her pills'),
  privacy: guide.answer(
    'my client Jose Ramirez (DOB 04/12/1990, 555-010-0188) offered me a gift card, can i take it?',
  ),
  topic: guide.answer('a client offered me a gift card for my birthday', { reflectionIndex: 0 }),
};

/** Everything a surface shows, as one string (HTML-free: each surface's own JSON or text). */
const surfaces: Record<string, (g: Guidance) => string> = {
  text: (g) => renderText(g, { topicsCommand: '/boundary topics' }),
  slack: (g) =>
    JSON.stringify(
      guidanceMessage(g, { privacyInline: true, share: true, topicsCommand: '/boundary topics' })
        .blocks,
    ),
  teams: (g) => JSON.stringify(guidanceCard(g, { prefix: '' }).body),
  // The page lays out the sections it is sent, in order (console.e2e checks the drawing).
  web: (g) => JSON.stringify(guidanceView(g).sections),
};

/** A string each section shows on every surface, to find where it lands. */
function marker(s: Section): string | null {
  switch (s.kind) {
    case 'crisis':
      return s.protocol.steps[0] ?? null;
    case 'privacy':
      return 'your message may identify someone';
    case 'heading':
      return null; // upper-cased in the terminal
    case 'answer':
      return s.text.slice(0, 40);
    case 'steps':
    case 'reflection':
    case 'more':
    case 'choices':
      return s.label;
    default:
      return null;
  }
}

describe('every surface renders the one outline', () => {
  it('the outline puts safety first, then the topic, then "More"', () => {
    const kinds = (g: Guidance) => guidanceOutline(g).map((s) => s.kind);
    expect(kinds(replies.crisis as Guidance)[0]).toBe('crisis');
    expect(kinds(replies.privacy as Guidance).slice(0, 2)).toEqual(['privacy', 'heading']);
    expect(kinds(replies.topic as Guidance)).toEqual([
      'heading',
      'answer',
      'steps',
      'reflection',
      'more',
    ]);
  });

  for (const [reply, g] of Object.entries(replies))
    for (const [surface, render] of Object.entries(surfaces))
      it(`${reply} reply on ${surface}: parts in the outline's order, shared labels`, () => {
        const shown = render(g);
        const markers = guidanceOutline(g)
          .map(marker)
          .filter((m): m is string => m !== null)
          .map((m) => JSON.stringify(m).slice(1, -1));
        const at = markers.map((m) => shown.indexOf(m));
        expect(
          at.every((i) => i >= 0),
          `${markers[at.indexOf(-1)]}`,
        ).toBe(true);
        expect(at).toEqual([...at].sort((a, b) => a - b));
        if (reply === 'privacy') expect(shown).toContain(PRIVACY_WARNING.slice(0, 40));
        expect(markers.length).toBeGreaterThanOrEqual(4);
        if (g.topic) {
          // Behind "More": Slack fetches it with the button, every other surface carries it.
          const rest =
            surface === 'slack'
              ? JSON.stringify(topicMessage(g.topic, { share: false, full: true }).blocks)
              : shown;
          for (const label of [LABELS.whenItChanges, LABELS.sources, LABELS.related])
            expect(rest).toContain(label);
          // One wording for the related topics: "Related" (a colon where the surface puts one).
          expect(rest).not.toContain('Related topics');
        }
      });
});
