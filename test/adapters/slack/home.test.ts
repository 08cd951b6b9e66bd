// The App Home tab: how to ask, the topics and the person's stats; a topic opens in a modal.
import { describe, expect, it } from 'vitest';
import { allText, buttons, type Payload, type SlackHarness, slackPerTest } from './harness.ts';

let h: SlackHarness;
slackPerTest((started) => {
  h = started;
});

/** The text of every mrkdwn object in a view, wherever it sits. */
function mrkdwnTexts(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(mrkdwnTexts);
  if (!node || typeof node !== 'object') return [];
  const o = node as Payload;
  const own = o.type === 'mrkdwn' && typeof o.text === 'string' ? [o.text] : [];
  return [...own, ...Object.values(o).flatMap(mrkdwnTexts)];
}

const open = (id: string, user = 'U1') =>
  h.event(id, { type: 'app_home_opened', user, channel: 'D1', tab: 'home', event_ts: '1.2' });

describe('App Home', () => {
  it('publishes how to ask, the topics and the quiz stats', async () => {
    await open('Ev-h1');
    const publish = await h.fake.waitFor((c) => c.method === 'views.publish');
    expect(publish.args.user_id).toBe('U1');
    const view = publish.args.view as Payload;
    expect(view.type).toBe('home');
    const text = allText(view);
    expect(text).toContain('/boundary');
    expect(text).toContain("You haven't answered");
    const topics = buttons(view).filter((b) => String(b.action_id).startsWith('topic-show:list-'));
    expect(topics).toHaveLength(h.services.bot.guide.topics.length);
    // The person's exam readiness, with three topics to review next (none answered yet).
    expect(text).toContain('Your exam practice');
    const review = buttons(view).filter((b) =>
      String(b.action_id).startsWith('topic-show:review-'),
    );
    expect(review).toHaveLength(3);
  });

  it('escapes the angle brackets of the command syntax, which Slack would read as a link', async () => {
    await open('Ev-h5');
    const publish = await h.fake.waitFor((c) => c.method === 'views.publish');
    const texts = mrkdwnTexts(publish.args.view as Payload);
    expect(texts.join('\n')).toContain('`/boundary &lt;your question&gt;`');
    // Every mrkdwn text: no bare < or > (Slack's own tokens are not used here) and no bare &.
    for (const t of texts) {
      expect(t).not.toMatch(/[<>]/);
      expect(t).not.toMatch(/&(?!(amp|lt|gt);)/);
    }
  });

  it('shows the streak once the person has answered', async () => {
    const reply = (await h.command('quiz', { user: 'U2' })).json as Payload;
    const quiz = await h.services.store.answersFor('U2');
    expect(quiz).toEqual([]);
    const value = String(buttons(reply)[0]?.value);
    const [quizId] = value.split('|');
    const q = h.services.quiz.question(
      (await h.services.store.quiz(String(quizId)))?.questionId ?? '',
    );
    await h.click(
      { action_id: 'quiz-answer:0', value: `${quizId}|${q?.correct}` },
      undefined,
      'U2',
    );
    await h.fake.waitFor((c) => c.method === 'response_url');
    await open('Ev-h2', 'U2');
    const publish = await h.fake.waitFor((c) => c.method === 'views.publish');
    expect(allText(publish.args.view)).toContain('1 of 1 correct');
    expect(allText(publish.args.view)).toContain('streak: 1 day');
  });

  it('opens a topic from the home tab in a modal, and a related topic in the same modal', async () => {
    const click = await h.click(
      { action_id: 'topic-show:list-3', value: 'gifts' },
      { container: { type: 'view', view_id: 'VHOME' }, view: { id: 'VHOME', type: 'home' } },
    );
    const opened = await h.fake.waitFor((c) => c.method === 'views.open');
    expect(opened.args.trigger_id).toBe(click.triggerId);
    const modal = opened.args.view as Payload;
    expect(modal.type).toBe('modal');
    expect(allText(modal)).toContain('Gifts, tips and favors');
    expect(buttons(modal).some((b) => String(b.action_id).startsWith('share'))).toBe(false);
    await h.click(
      { action_id: 'topic-show:related-0', value: 'financial-dealings' },
      { container: { type: 'view', view_id: 'VM' }, view: { id: 'VM', type: 'modal' } },
    );
    const updated = await h.fake.waitFor((c) => c.method === 'views.update');
    expect(updated.args.view_id).toBe('VM');
    expect(allText(updated.args.view)).toContain('Money, loans and business with clients');
  });

  it('publishes nothing when the Messages tab opens (that tab gets a welcome)', async () => {
    await h.event('Ev-h3', { type: 'app_home_opened', user: 'U1', channel: 'D1', tab: 'messages' });
    await open('Ev-h4');
    await h.fake.waitFor((c) => c.method === 'views.publish');
    expect(h.fake.calls.filter((c) => c.method === 'views.publish')).toHaveLength(1);
  });
});
