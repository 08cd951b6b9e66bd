// The Slack surface: a Bolt app with the HTTP receiver (events at /slack/events on the shared
// server) or Socket Mode (outbound WebSocket, for installs behind a firewall).
import { App, HTTPReceiver, SocketModeReceiver, webApi } from '@slack/bolt';
import type { SlackConfig } from '../../src/config.ts';
import { apiErrorCode, errorText } from '../../src/error-text.ts';
import type { Surface } from '../../src/server/surface.ts';
import type { Services } from '../../src/services.ts';
import { boltLogger } from './bolt-logger.ts';
import { dedupe } from './dedupe.ts';
import { slackGate } from './gate.ts';
import { registerActions } from './listeners/actions.ts';
import { registerCommand } from './listeners/command.ts';
import { registerDirectMessage } from './listeners/direct-message.ts';
import { registerHome } from './listeners/home.ts';
import { registerMention } from './listeners/mention.ts';
import { registerMessagesTab } from './listeners/messages-tab.ts';
import { registerShortcuts } from './listeners/shortcuts.ts';
import { registerSupervisor } from './listeners/supervisor.ts';
import { createPersonalPoster } from './personal-poster.ts';
import { createPoster, POSTER_CLIENT } from './poster.ts';
import { acknowledgeRateLimited } from './rate-limited.ts';
import { createRequestPoster } from './request-poster.ts';
import { socketHealth } from './socket-health.ts';
import { slackSupervisors } from './supervisors.ts';

export const EVENTS_PATH = '/slack/events';

export interface SlackSurfaceOptions {
  /** Web API retries (tests use 0). */
  retries?: number;
  /** Bolt's serverless mode (the HTTP response waits for the listener); bench:slack compares. */
  processBeforeResponse?: boolean;
  /** Socket Mode: give up on a silent connection sooner (tests). */
  socketTimeouts?: { clientPingTimeout: number; serverPingTimeout: number };
  /** Socket Mode readiness: how long a connection may be down before /readyz says so. */
  socketDownGraceMs?: number;
}

// Tokens Slack refuses: a wrong setting, worth stopping for. Anything else (Slack unreachable
// at start) is retried when the first event arrives.
const REFUSED = new Set(['invalid_auth', 'not_authed', 'account_inactive', 'token_revoked']);

export async function createSlackSurface(
  services: Services,
  config: SlackConfig,
  options: SlackSurfaceOptions = {},
): Promise<Surface> {
  const logger = boltLogger(services.logger);
  const clientOptions = {
    ...(config.apiUrl ? { slackApiUrl: config.apiUrl } : {}),
    retryConfig: { retries: options.retries ?? 2 },
  };
  const identity = await whoAmI(services, config.botToken, clientOptions);

  // processBeforeResponse: false. Events are acknowledged at once and answered after, so a
  // slow Web API call never makes Slack retry; /boundary puts its whole reply inside the
  // acknowledgement, which is sent the moment ack() is called (see bench:slack).
  const receiver =
    config.mode === 'http'
      ? new HTTPReceiver({
          signingSecret: config.signingSecret ?? '',
          endpoints: EVENTS_PATH,
          processBeforeResponse: options.processBeforeResponse ?? false,
          // The gate in front (gate.ts) has already verified the same signature, with the same
          // five-minute replay window and a bound on the future, and the receiver is reachable
          // only through it: verifying the body's HMAC a second time only cost CPU.
          signatureVerification: false,
          logger,
        })
      : new SocketModeReceiver({
          appToken: config.appToken ?? '',
          logger,
          installerOptions: { clientOptions },
          ...(options.socketTimeouts ?? {}),
        });

  const app = new App({
    token: config.botToken,
    receiver,
    logger,
    clientOptions,
    ...(identity ? { botId: identity.botId, botUserId: identity.botUserId } : {}),
    tokenVerificationEnabled: false,
    // No conversation state is kept between messages: skip Bolt's store and its middleware.
    convoStore: false,
  });
  app.use(dedupe(services));
  const supervisorsChannel = services.config.supervisors.places.slack;
  const check = slackSupervisors({
    client: app.client,
    channel: supervisorsChannel ?? '',
    logger: services.logger,
    now: services.now,
  });
  registerCommand(app, services, check);
  registerMention(app, services, check);
  registerDirectMessage(app, services, check);
  registerHome(app, services);
  registerMessagesTab(app, services);
  registerShortcuts(app, services, check);
  registerActions(app, services);
  registerSupervisor(app, services, { channel: supervisorsChannel, check });
  app.error(async (error) => {
    services.logger.error(
      { event: 'slack-error', code: error.code, err: error.message },
      'Slack listener failed',
    );
  });

  const posterClient = new webApi.WebClient(config.botToken, {
    ...clientOptions,
    ...POSTER_CLIENT,
    logger,
  });
  const surface: Surface = {
    name: 'slack',
    routes: [],
    poster: createPoster(services, posterClient),
    requestPoster: createRequestPoster(posterClient),
    personalPoster: createPersonalPoster(posterClient),
  };
  if (receiver instanceof HTTPReceiver) {
    surface.routes.push({
      method: 'POST',
      path: EVENTS_PATH,
      handler: slackGate(
        { signingSecret: config.signingSecret ?? '', logger: services.logger },
        acknowledgeRateLimited(services.logger, (req, res) => receiver.requestListener(req, res)),
      ),
    });
  } else {
    const health = socketHealth(receiver.client, {
      staleMs: config.socketStaleMs,
      ...(options.socketDownGraceMs !== undefined
        ? { downGraceMs: options.socketDownGraceMs }
        : {}),
    });
    surface.start = async () => {
      await app.start();
    };
    surface.stop = async () => {
      health.stop();
      await app.stop();
    };
    surface.ready = () => health.check();
  }
  return surface;
}

async function whoAmI(
  services: Services,
  token: string,
  clientOptions: webApi.WebClientOptions,
): Promise<{ botId: string; botUserId: string } | null> {
  try {
    const r = await new webApi.WebClient(token, {
      ...clientOptions,
      logger: boltLogger(services.logger),
    }).auth.test();
    if (r.bot_id && r.user_id) return { botId: r.bot_id, botUserId: r.user_id };
  } catch (error) {
    const code = apiErrorCode(error);
    if (code && REFUSED.has(code))
      throw new Error(
        `Slack refused SLACK_BOT_TOKEN (${code}). Copy the Bot User OAuth Token (xoxb-...) from OAuth & Permissions.`,
      );
    services.logger.warn(
      { event: 'slack-auth-deferred', err: code ?? errorText(error) },
      'could not reach Slack to check the token; will check on the first event',
    );
  }
  return null;
}
