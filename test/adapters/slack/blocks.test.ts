// Every topic and every quiz question renders within Block Kit limits; text from people and
// the knowledge is escaped; the limits checker itself catches what Slack would refuse.
import { describe, expect, it } from 'vitest';
import {
  guidanceMessage,
  sharedMessage,
  topicMessage,
} from '../../../adapters/slack/blocks/guidance.ts';
import { helpMessage, usageMessage } from '../../../adapters/slack/blocks/help.ts';
import { homeView } from '../../../adapters/slack/blocks/home.ts';
import { button, section } from '../../../adapters/slack/blocks/kit.ts';
import { gradedMessage, quizCard } from '../../../adapters/slack/blocks/quiz.ts';
import { topicListMessage } from '../../../adapters/slack/blocks/topics.ts';
import { checkMessage, checkView } from '../../../adapters/slack/limits.ts';
import { clip, esc } from '../../../adapters/slack/mrkdwn.ts';
import type { TopicGuidance } from '../../../src/core/guidance.ts';
import { createGuide } from '../../../src/core/guide.ts';
import { plainFuse } from '../../../src/evaluation/baselines.ts';
import type { Quiz } from '../../../src/store/store.ts';
import { guide, kb } from '../../helpers.ts';

const topics = kb.topics.map((t) => guide.topic(t.id) as TopicGuidance);
const daily = (id: string): Quiz => ({
  id: `daily:slack:C0123456789:2026-11-23`,
  channelKey: 'slack:C0123456789',
  questionId: id,
  localDate: '2026-11-23',
  kind: 'daily',
});

describe('every topic and quiz question within Block Kit limits', () => {
  it.each(topics.map((t) => [t.id, t] as const))('topic %s', (_id, t) => {
    expect(checkMessage({ ...topicMessage(t, { share: true }) })).toEqual([]);
    expect(checkMessage({ ...topicMessage(t, { share: true, full: true }) })).toEqual([]);
    for (const fit of t.nuance.keys())
      expect(checkMessage({ ...topicMessage({ ...t, fit }, { share: true, full: true }) })).toEqual(
        [],
      );
    expect(checkMessage({ ...sharedMessage(t, 'U0123ABCD') })).toEqual([]);
  });

  it('every question card, graded answer and next-day card', () => {
    for (const q of kb.quiz) {
      const card = quizCard(daily(q.id), q, {
        total: 12_345,
        previous: { question: q, counts: [1, 2, 3, 4], total: 10 },
      });
      expect(checkMessage({ ...card }), q.id).toEqual([]);
      for (const first of [true, false])
        for (const choice of [0, q.correct]) {
          const graded = gradedMessage({
            first,
            choice,
            correct: choice === q.correct,
            question: q,
            source: {
              title: 'A source with a long title'.repeat(5),
              section: q.source.section ?? 'whole document',
            },
            streak: 12,
          });
          expect(checkMessage({ ...graded }), q.id).toEqual([]);
        }
    }
  });

  it('crisis, privacy, choices, help and no-match replies', () => {
    const questions = [
      'my client said she is going to kill herself tonight',
      'my client John Smith, DOB 03/04/1980, offered me a gift card',
      'client at church',
      'hello',
      'asdf qwerty zxcv',
    ];
    for (const q of questions)
      for (const privacyInline of [true, false]) {
        const g = guide.answer(q);
        const msg = guidanceMessage(g, {
          privacyInline,
          share: true,
          topicsCommand: '/boundary topics',
        });
        expect(checkMessage({ ...msg }), q).toEqual([]);
      }
    expect(checkMessage({ ...helpMessage(guide.answer('help')) })).toEqual([]);
  });

  it('the topic list and the home view, even with many more topics', () => {
    const many = Array.from({ length: 600 }, (_, i) => ({
      id: `t${i}`,
      title: `Topic ${i} `.repeat(12),
    }));
    expect(checkMessage({ ...topicListMessage(many) })).toEqual([]);
    const stats = {
      answered: 3,
      correct: 2,
      streak: 1,
      byTopic: [],
      byArea: Array.from({ length: 60 }, (_, i) => ({
        area: `area ${i}`,
        answered: 3,
        correct: 1,
      })),
    };
    expect(checkView(homeView(many, stats))).toEqual([]);
    expect(checkView(homeView(guide.topics, stats))).toEqual([]);
  });

  it('an agency topic with very long text is clipped, not refused', () => {
    const long = 'x'.repeat(5_000);
    const huge: TopicGuidance = {
      ...(topics[0] as TopicGuidance),
      title: long,
      principle: long,
      steps: Array.from({ length: 30 }, () => long),
      related: Array.from({ length: 40 }, (_, i) => ({ id: `r${i}`, title: long })),
    };
    expect(checkMessage({ ...topicMessage(huge, { share: true }) })).toEqual([]);
    expect(checkMessage({ ...topicMessage(huge, { share: true, full: true }) })).toEqual([]);
  });
});

describe('escaping', () => {
  it('escapes mrkdwn control characters and breaks broadcast mentions', () => {
    expect(esc('a < b & c > d')).toBe('a &lt; b &amp; c &gt; d');
    expect(esc('<!channel> <!here> <@U1>')).not.toMatch(/<[!@]/);
    expect(esc('hey @channel and @here and @everyone')).not.toMatch(/@(channel|here|everyone)/);
    expect(clip(esc('&&&&&&&&&&'), 8)).toBe('&amp;…');
  });

  it('a wrong command that repeats what was typed cannot ping anyone', () => {
    const msg = usageMessage({
      problem: '"quiz <!everyone> @here" is not a quiz command.',
      syntax: 'quiz',
      example: 'quiz',
    });
    expect(checkMessage({ ...msg })).toEqual([]);
    expect(JSON.stringify(msg)).not.toMatch(/<!everyone>|@here/);
  });

  it('knowledge text with markup is escaped too', () => {
    const marked = {
      ...kb,
      topics: kb.topics.map((t) =>
        t.id === 'gifts' ? { ...t, principle: 'Gifts <@U123> & <!channel> @here matter' } : t,
      ),
      topicsById: new Map(
        kb.topics.map((t) => [
          t.id,
          t.id === 'gifts' ? { ...t, principle: 'Gifts <@U123> & <!channel> @here matter' } : t,
        ]),
      ),
    };
    // Only the topic's words are rendered here: a plain matcher spares training the engine anew.
    const custom = createGuide(marked, { matcher: plainFuse(marked) });
    const t = custom.topic('gifts') as TopicGuidance;
    const text = JSON.stringify(topicMessage(t, { share: false }));
    expect(text).toContain('Gifts &lt;@U123&gt; &amp; &lt;!channel&gt;');
    expect(checkMessage({ ...topicMessage(t, { share: false }) })).toEqual([]);
  });
});

describe('the limits checker', () => {
  it('reports what Slack would refuse', () => {
    const blocks = Array.from({ length: 51 }, () => section('hi'));
    expect(checkMessage({ blocks })).toContain('51 blocks (max 50)');
    const raw = { type: 'section', text: { type: 'mrkdwn', text: 'x'.repeat(3_001) } };
    expect(checkMessage({ blocks: [raw] })[0]).toMatch(/3001 characters/);
    const label = {
      ...button({ text: 'ok', actionId: 'a', value: 'v' }),
      text: { type: 'plain_text', text: 'y'.repeat(76) },
    };
    expect(checkMessage({ blocks: [{ type: 'actions', elements: [label] }] })[0]).toMatch(/76/);
    const twice = [
      button({ text: 'a', actionId: 'same', value: '1' }),
      button({ text: 'b', actionId: 'same', value: '2' }),
    ];
    expect(checkMessage({ blocks: [{ type: 'actions', elements: twice }] })[0]).toMatch(
      /duplicate/,
    );
    expect(checkMessage({ text: 'hi <!here>' })).toEqual(['broadcast mention in text']);
    expect(checkMessage({ blocks: [section('ping @channel')] })[0]).toMatch(/broadcast/);
  });
});
