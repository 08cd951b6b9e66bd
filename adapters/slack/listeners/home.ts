// The App Home tab, published each time a person opens it (their stats change): their own quiz
// stats and exam readiness, never anyone else's (the view is published for that user alone).
import type { App } from '@slack/bolt';
import type { ReadinessOutline } from '../../../src/core/coach/outline.ts';
import { errorText } from '../../../src/error-text.ts';
import type { Services } from '../../../src/services.ts';
import { homeView } from '../blocks/home.ts';

export function registerHome(app: App, services: Services) {
  app.event('app_home_opened', async ({ event, client }) => {
    if (event.tab !== 'home') return;
    const now = services.now();
    const [stats, readiness] = await Promise.all([
      services.quiz.stats(event.user, now),
      readinessOf(services, event.user, now),
    ]);
    await client.views.publish({
      user_id: event.user,
      view: homeView(services.bot.guide.topics, stats, readiness),
    });
    services.logger.info({ event: 'slack-home' }, 'app home published');
  });
}

/** The person's readiness; when it cannot be read the Home still opens, without it. */
async function readinessOf(
  services: Services,
  userId: string,
  now: Date,
): Promise<ReadinessOutline | null> {
  try {
    return await services.coach.readiness({ platform: 'slack', userId }, now);
  } catch (error) {
    services.logger.warn(
      { event: 'slack-home-readiness-failed', err: errorText(error) },
      'app home published without readiness',
    );
    return null;
  }
}
