// The local web console (issue 7): a page that behaves like a team channel with the bot in
// it, on the shared HTTP server. Same core, store and quiz engine as Slack and Teams.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { consolePersonalPoster } from '../coach/console-poster.ts';
import { sendJson } from '../server/http.ts';
import type { Route, Surface } from '../server/surface.ts';
import type { Services } from '../services.ts';
import { createApi } from './api.ts';
import { hostAllowed } from './host-guard.ts';
import { originAllowed } from './origin-guard.ts';
import { personId } from './person.ts';
import { createRequestsApi } from './requests-api.ts';
import { loadAssets, sendAsset } from './static.ts';

export async function createConsoleSurface(services: Services): Promise<Surface> {
  const { config, logger } = services;
  if (config.production && !/^(127\.|::1$|localhost$)/.test(config.host))
    logger.warn(
      { event: 'console-public', host: config.host },
      'The web console has no login and shows the curator report: set WEB_CONSOLE=off on a server others can reach',
    );
  const assets = loadAssets();
  const api = createApi(services);
  const page = (name: string) => (_req: IncomingMessage, res: ServerResponse) => {
    const asset = assets.get(name);
    if (asset) sendAsset(res, asset);
    else sendJson(res, 404, { error: 'not found' });
  };
  const routes: Route[] = [
    {
      method: 'GET',
      path: '/',
      handler: (req, res) => {
        personId(req, res); // the cookie comes with the page, before any click
        return page('index.html')(req, res);
      },
    },
    {
      method: 'GET',
      path: '/console/assets/*',
      handler: (req, res) => {
        const name = (req.url ?? '').split('?')[0]?.slice('/console/assets/'.length) ?? '';
        // Only the files loaded at start, by exact name: no paths.
        return page(name === 'index.html' ? '' : name)(req, res);
      },
    },
    { method: 'GET', path: '/console/api/welcome', handler: api.welcome },
    { method: 'POST', path: '/console/api/message', handler: api.message },
    { method: 'POST', path: '/console/api/action', handler: api.action },
    { method: 'GET', path: '/console/api/quiz/today', handler: api.quizToday },
    { method: 'GET', path: '/console/api/quiz/mine', handler: api.quizMine },
    { method: 'GET', path: '/console/api/report', handler: api.report },
    ...createRequestsApi(services),
  ];
  const guarded = routes.map(
    (r): Route => ({
      ...r,
      handler: (req, res) =>
        !hostAllowed(req, config.publicUrl)
          ? sendJson(res, 403, {
              error: 'The console answers on localhost, an IP address or the PUBLIC_URL host.',
            })
          : !originAllowed(req, config.publicUrl)
            ? sendJson(res, 403, {
                error: 'The console accepts changes only from its own page or PUBLIC_URL.',
              })
            : r.handler(req, res),
    }),
  );
  return {
    name: 'console',
    routes: guarded,
    // A scheduled daily quiz for the console channel is the same card the page fetches
    // (same quiz id), so "posting" it needs nothing more, and again is the same.
    poster: { post: async (_subscription, quiz) => quiz.id, find: async () => 'absent' },
    // A person's daily question waits in the store; the page shows it (quiz/mine).
    personalPoster: consolePersonalPoster,
  };
}
