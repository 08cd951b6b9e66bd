// The second safety level: danger possible but not clear. The reply is the ordinary answer with
// one line on top (911, 988, the supervisor), on every surface, with the words written once.
import { describe, expect, it } from 'vitest';
import { guidanceMessage } from '../../adapters/slack/blocks/guidance.ts';
import { guidanceCard } from '../../adapters/teams/cards/guidance.ts';
import { renderText } from '../../src/core/render-text.ts';
import { detectCrisis, explainCrisis } from '../../src/core/safety/crisis.ts';
import { POSSIBLE_DANGER } from '../../src/core/safety/protocol.ts';
import { guidanceView } from '../../src/web/view.ts';
import { guide } from '../helpers.ts';

const HYPOTHETICAL =
  'hypothetically, if a participant tells me they keep a rifle at home, do i have to report it?';

describe('the possible-danger level', () => {
  it('is reached by a means without intent, or a danger framed as a hypothetical', () => {
    for (const q of [HYPOTHETICAL, 'my client keeps a loaded pistol in his nightstand']) {
      expect(detectCrisis(q), q).toMatchObject({
        crisis: false,
        possible: true,
        level: 'possible',
      });
    }
  });

  it('never reaches an ordinary ethics question or an idiom', () => {
    for (const q of [
      'can i accept a $20 gift card from a participant at the holidays?',
      'this caseload is killing me, how do i ask my supervisor for fewer clients',
      'my client wants me to come to her graduation, is that a boundary issue',
    ]) {
      expect(detectCrisis(q).level, q).toBeNull();
    }
  });

  it('yields to a strong present-tense sign: a hypothetical word does not hide a crisis now', () => {
    const q = 'what if he really does it, he is on the bridge right now and says goodbye';
    expect(detectCrisis(q)).toMatchObject({ crisis: true, kinds: ['suicide'] });
  });

  it('tells a threat to oneself apart from violence towards others', () => {
    expect(detectCrisis('he has a knife and says he will use it on himself tonight').kinds).toEqual(
      ['suicide'],
    );
    expect(detectCrisis('he has a knife and says he will stab his brother tonight').kinds).toEqual([
      'violence',
    ]);
  });

  it('explains which concepts and rules decided', () => {
    const e = explainCrisis(HYPOTHETICAL);
    expect(e.concepts.map(([c]) => c)).toEqual(expect.arrayContaining(['means', 'hypothetical']));
    expect(e.rules.join(' ')).toMatch(/possible suicide/);
  });

  it('puts one line on top of the ordinary answer, on every surface', () => {
    const g = guide.answer(HYPOTHETICAL);
    expect(g.safety).toBe('possible');
    expect(g.crisis).toBeNull();
    expect(g.topic).not.toBeNull();

    const text = renderText(g, { topicsCommand: 'topics' });
    expect(text.split('\n')[0]).toContain(POSSIBLE_DANGER);
    expect(POSSIBLE_DANGER).toMatch(/911/);
    expect(POSSIBLE_DANGER).toMatch(/988/);
    expect(POSSIBLE_DANGER).toMatch(/supervisor/);

    const slack = guidanceMessage(g, { privacyInline: true, share: true, topicsCommand: 't' });
    expect(JSON.stringify(slack.blocks[0])).toContain('If anyone may be in danger now');

    const card = guidanceCard(g, { prefix: '' });
    expect(JSON.stringify(card.body[0])).toContain('If anyone may be in danger now');

    expect(guidanceView(g).sections[0]).toEqual({ kind: 'possible-danger', text: POSSIBLE_DANGER });
  });

  it('is absent from an ordinary answer and from a crisis reply', () => {
    const ordinary = guide.answer('can i accept a gift card from a participant?');
    expect(ordinary.safety).toBeNull();
    expect(renderText(ordinary, { topicsCommand: 't' })).not.toContain(POSSIBLE_DANGER);
    expect(JSON.stringify(guidanceView(ordinary))).not.toContain(POSSIBLE_DANGER);
    const crisis = guide.answer('my client said she is going to kill herself tonight');
    expect(crisis.safety).toBe('crisis');
    expect(renderText(crisis, { topicsCommand: 't' })).not.toContain(POSSIBLE_DANGER);
  });
});
