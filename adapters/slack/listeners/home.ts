// The App Home tab, published each time a person opens it (their stats change).
import type { App } from '@slack/bolt';
import type { Services } from '../../../src/services.ts';
import { homeView } from '../blocks/home.ts';

export function registerHome(app: App, services: Services) {
  app.event('app_home_opened', async ({ event, client }) => {
    if (event.tab !== 'home') return;
    const stats = await services.quiz.stats(event.user, services.now());
    await client.views.publish({
      user_id: event.user,
      view: homeView(services.bot.guide.topics, stats),
    });
    services.logger.info({ event: 'slack-home' }, 'app home published');
  });
}
