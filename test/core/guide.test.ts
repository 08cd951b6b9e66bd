import { describe, expect, it } from 'vitest';
import { createGuide } from '../../src/core/guide.ts';
import { renderText } from '../../src/core/render-text.ts';
import { engineOptions, guide, kb } from '../helpers.ts';
import { TWO_TOPIC_QUESTION } from '../support/two-topics.ts';

const topicOf = (q: string) => guide.answer(q).topic?.id ?? null;

describe('answer', () => {
  it('answers a plain question with principle, steps, one reflection and cited sources', () => {
    const g = guide.answer('can I accept a gift card from a client');
    const gifts = kb.topicsById.get('gifts');
    expect(g.kind).toBe('topic');
    expect(g.topic?.id).toBe('gifts');
    expect(g.topic?.principle).toBe(gifts?.principle);
    expect(g.topic?.steps).toEqual(gifts?.guidance);
    expect(gifts?.reflection).toContain(g.topic?.reflection);
    expect(g.topic?.sources.length).toBeGreaterThan(0);
    for (const s of g.topic?.sources ?? []) expect(kb.sources.get(s.id)?.title).toBe(s.title);
    expect(g.confidence).toBeGreaterThan(0.5);
    expect(g.confidence).toBeLessThanOrEqual(1);
    expect(g.safety).toBeNull();
    expect(g.phi).toBe(false);
  });

  it('reads Slack and Teams markup, slang, synonyms and misspellings', () => {
    expect(topicOf('<@U024BE7LH> my participant friended me on FB')).toBe('social-media');
    expect(topicOf('<at>boundary-bot</at> person served sent me a friend request on insta')).toBe(
      'social-media',
    );
    expect(topicOf('cn i take a presnt from sumone i work with')).toBe('gifts');
    expect(topicOf('is it ok to lend a cleint $20')).toBe('financial-dealings');
    expect(topicOf('my mentee is kinda flirting with me, he asked me out')).toBe(
      'romantic-sexual-relationships',
    );
  });

  it('rotates reflection prompts between answers', () => {
    const fresh = createGuide(kb, { engineOptions });
    const seen = new Set<string | undefined>();
    for (let i = 0; i < kb.topicsById.get('gifts')!.reflection.length; i++) {
      seen.add(fresh.answer('client offered me a gift').topic?.reflection);
    }
    expect(seen.size).toBe(kb.topicsById.get('gifts')!.reflection.length);
  });

  it('gives the help reply, with no topic, for empty input, greetings and thanks', () => {
    for (const q of ['', '   \n\t ', 'hi', 'hello bot!', 'thanks', 'what can you do?']) {
      const g = guide.answer(q);
      expect(g.kind, q).toBe('help');
      expect(g.topic, q).toBeNull();
      expect(g.help?.topicCount).toBe(kb.topics.length);
    }
  });

  it('turns down questions that are not about peer-work ethics', () => {
    for (const q of [
      'what is the wifi password',
      'how do I fix the printer jam',
      'who won the game last night',
    ]) {
      const g = guide.answer(q);
      expect(g.kind, q).toBe('no-match');
      expect(g.topic, q).toBeNull();
    }
  });

  it('offers the top three as choices when runners-up score close', () => {
    // Two topics in one question; the hug comes first, so touch leads and the ride runs close.
    const g = guide.answer(TWO_TOPIC_QUESTION);
    expect(g.topic).not.toBeNull();
    expect(g.alternatives.length).toBeGreaterThan(0);
    expect(g.alternatives.length).toBeLessThanOrEqual(3);
    expect(g.alternatives.map((a) => a.id)).not.toContain(g.topic?.id);
    const ids = [g.topic?.id, ...g.alternatives.map((a) => a.id)];
    expect(ids).toEqual(expect.arrayContaining(['transportation', 'physical-touch']));
    expect(g.choices.map((c) => c.id)).toEqual(ids.slice(0, 3));
  });

  it('survives hostile input', () => {
    const inputs = [
      '🙂🙃🎁'.repeat(500),
      'مرحبا هل يمكنني قبول هدية',
      '\u0000\u0001\u0007\u001b[31m gift \u202e',
      '\uD800\uDFFF\uDC00 gift card \uD83D',
      'x'.repeat(40_000),
      'gift '.repeat(8_000),
    ];
    for (const q of inputs) {
      const g = guide.answer(q);
      expect(['topic', 'help', 'no-match']).toContain(g.kind);
      expect(() => renderText(g, { topicsCommand: 'topics' })).not.toThrow();
    }
  });

  it('never carries the question text in its reply', () => {
    const q = 'my client Zebulon Quixote gave me a gift card';
    const g = guide.answer(q);
    expect(JSON.stringify(g)).not.toMatch(/Zebulon|Quixote/);
    expect(renderText(g, { topicsCommand: 'topics' })).not.toMatch(/Zebulon|Quixote/);
  });
});

describe('renderText', () => {
  it('prints title, principle, numbered steps, reflection and sources with sections', () => {
    const g = guide.answer('client offered me a gift');
    const text = renderText(g, { topicsCommand: '/boundary topics' });
    const t = g.topic!;
    expect(text).toContain(t.principle);
    expect(text).toContain(`1. ${t.steps[0]}`);
    expect(text).toContain(`Reflect: ${t.reflection}`);
    expect(text).toContain(`${t.sources[0]!.title}, ${t.sources[0]!.section}`);
    expect(text.indexOf(t.principle)).toBeLessThan(text.indexOf('Sources:'));
  });

  it('tells the person how to see the topics when nothing matched', () => {
    const text = renderText(guide.answer('what is the wifi password'), {
      topicsCommand: '/boundary topics',
    });
    expect(text).toMatch(/^I don't have an answer for that.$/m);
    expect(text).toContain('/boundary topics');
  });
});
