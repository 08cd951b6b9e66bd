import { describe, expect, it } from 'vitest';
import { loadConfig, loadServerConfig } from '../src/config.ts';

describe('configuration', () => {
  it('has working defaults', () => {
    const c = loadConfig({});
    expect(c.knowledgeDir).toMatch(/knowledge$/);
    expect(c.logLevel).toBeUndefined();
    expect(c.logQuestions).toBe('off');
    expect(c.crisisContacts).toEqual([]);
  });

  it('names each invalid variable and what it expects', () => {
    expect(() => loadConfig({ LOG_LEVEL: 'loud', LOG_QUESTIONS: 'all' })).toThrow(
      /LOG_LEVEL: .*expected fatal, error, warn, info, debug, trace, silent[\s\S]*LOG_QUESTIONS: .*expected off or redacted/,
    );
  });

  it('reads the agency crisis contacts', () => {
    const c = loadConfig({
      CRISIS_CONTACTS: 'County mobile crisis: (555) 010-0199; On-call supervisor: ext. 4100',
    });
    expect(c.crisisContacts).toEqual([
      { label: 'County mobile crisis', value: '(555) 010-0199' },
      { label: 'On-call supervisor', value: 'ext. 4100' },
    ]);
    expect(() => loadConfig({ CRISIS_CONTACTS: 'just a number 555' })).toThrow(
      /CRISIS_CONTACTS: .*Label: contact/,
    );
  });

  it('drains for 3 s on shutdown unless told otherwise, within 0-60 s', () => {
    expect(loadConfig({}).shutdownDrainMs).toBe(3_000);
    expect(loadConfig({ SHUTDOWN_DRAIN_SECONDS: '0.5' }).shutdownDrainMs).toBe(500);
    expect(loadConfig({ SHUTDOWN_DRAIN_SECONDS: '0' }).shutdownDrainMs).toBe(0);
    expect(() => loadConfig({ SHUTDOWN_DRAIN_SECONDS: '90' })).toThrow(
      /SHUTDOWN_DRAIN_SECONDS: .*expected seconds from 0 to 60/,
    );
    expect(loadConfig({ SHUTDOWN_DRAIN_SECOND: '5' }).warnings).toEqual([
      'SHUTDOWN_DRAIN_SECOND is not a boundary-bot setting (ignored); see .env.example',
    ]);
  });

  it('runs only the surfaces that are configured, and says what is missing', () => {
    const none = loadConfig({});
    expect(none.slack).toBeNull();
    expect(none.teams).toBeNull();
    expect(none.port).toBe(3000);
    expect(none.webConsole).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production' }).webConsole).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', WEB_CONSOLE: 'on' }).webConsole).toBe(true);
    const http = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 'secret-123' });
    expect(http.slack).toMatchObject({ mode: 'http', botToken: 'xoxb-1' });
    const socket = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' });
    expect(socket.slack?.mode).toBe('socket');
    expect(() => loadConfig({ SLACK_SIGNING_SECRET: 'secret-123' })).toThrow(
      /SLACK_BOT_TOKEN: missing/,
    );
    expect(() => loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1' })).toThrow(
      /SLACK_SIGNING_SECRET: missing/,
    );
    expect(() =>
      loadConfig({
        SLACK_BOT_TOKEN: 'xoxb-1',
        SLACK_MODE: 'socket',
        SLACK_SIGNING_SECRET: 'x'.repeat(9),
      }),
    ).toThrow(/SLACK_APP_TOKEN: missing/);
    expect(() => loadConfig({ SLACK_BOT_TOKEN: 'xoxp-user-token' })).toThrow(
      /must start with xoxb-/,
    );
  });

  it('runs Teams unauthenticated only when NODE_ENV names a local mode, whatever the spelling', () => {
    for (const NODE_ENV of ['development', 'test', ' Development '])
      expect(loadConfig({ TEAMS_EMULATOR: 'on', NODE_ENV }).teams).toMatchObject({
        appId: '',
        emulator: true,
      });
    const notLocal = [undefined, '', 'production', 'Production', ' PRODUCTION ', 'prod', 'staging'];
    for (const NODE_ENV of notLocal)
      expect(() =>
        loadConfig({ TEAMS_EMULATOR: 'on', ...(NODE_ENV === undefined ? {} : { NODE_ENV }) }),
      ).toThrow(/TEAMS_EMULATOR: .*only with NODE_ENV=development or NODE_ENV=test/);
    // A credential without the app id would otherwise leave Teams off without a word.
    expect(() => loadConfig({ MICROSOFT_APP_PASSWORD: 'pw' })).toThrow(/MICROSOFT_APP_ID: missing/);
    // With no Teams settings at all, Teams is simply off: the console starts alone.
    expect(loadConfig({}).teams).toBeNull();
    expect(loadConfig({ NODE_ENV: 'production' }).teams).toBeNull();
  });

  it('reads any spelling of production as production', () => {
    for (const NODE_ENV of ['production', 'Production', ' PRODUCTION', 'prod'])
      expect(loadConfig({ NODE_ENV })).toMatchObject({ production: true, webConsole: false });
    expect(loadConfig({ NODE_ENV: 'development' })).toMatchObject({ production: false });
  });

  it('authenticates Teams with an app id and a credential', () => {
    expect(loadConfig({ TEAMS_EMULATOR: 'on', NODE_ENV: 'test' }).teams).toMatchObject({
      appId: '',
    });
    expect(() => loadConfig({ MICROSOFT_APP_ID: 'app' })).toThrow(
      /MICROSOFT_APP_PASSWORD: missing/,
    );
    expect(() =>
      loadConfig({
        MICROSOFT_APP_ID: 'app',
        MICROSOFT_APP_PASSWORD: 'pw',
        MICROSOFT_APP_TYPE: 'SingleTenant',
      }),
    ).toThrow(/MICROSOFT_APP_TENANT_ID: missing/);
    expect(
      loadConfig({
        MICROSOFT_APP_ID: 'app',
        MICROSOFT_APP_TYPE: 'UserAssignedMSI',
        MICROSOFT_APP_TENANT_ID: 't',
      }).teams?.appType,
    ).toBe('UserAssignedMSI');
  });

  it('Teams is single tenant by default: the tenant id is required, with the way back for MultiTenant', () => {
    const secret = { MICROSOFT_APP_ID: 'app', MICROSOFT_APP_PASSWORD: 'pw' };
    let message = '';
    try {
      loadConfig(secret);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('MICROSOFT_APP_TENANT_ID: missing');
    expect(message).toContain('MICROSOFT_APP_TYPE is SingleTenant by default');
    expect(message).toContain('MICROSOFT_APP_TYPE=MultiTenant set explicitly');
    expect(loadConfig({ ...secret, MICROSOFT_APP_TENANT_ID: 'tenant' }).teams).toMatchObject({
      appType: 'SingleTenant',
      tenantId: 'tenant',
    });
    // An existing multi-tenant bot says so and needs no tenant.
    expect(loadConfig({ ...secret, MICROSOFT_APP_TYPE: 'MultiTenant' }).teams?.appType).toBe(
      'MultiTenant',
    );
  });

  it('never prints a secret and warns about unknown settings that look like ours', () => {
    try {
      loadConfig({ SLACK_BOT_TOKEN: 'xoxb-very-secret', PORT: 'eighty' });
      expect.unreachable();
    } catch (error) {
      expect((error as Error).message).toMatch(/PORT: .*expected a port number/);
      expect((error as Error).message).not.toContain('very-secret');
    }
    expect(loadConfig({ SLACK_SIGNING_SECRT: 'x', PATH: '/bin' }).warnings).toEqual([
      'SLACK_SIGNING_SECRT is not a boundary-bot setting (ignored); see .env.example',
    ]);
  });
});

describe('the server', () => {
  it('refuses to start in production with no surface, naming what to set', () => {
    for (const NODE_ENV of ['production', 'Production'])
      expect(() => loadServerConfig({ NODE_ENV })).toThrow(
        /no surface is configured[\s\S]*SLACK_BOT_TOKEN[\s\S]*MICROSOFT_APP_ID/,
      );
    // The command-line tools still run there: only the server needs a surface.
    expect(loadConfig({ NODE_ENV: 'production' }).slack).toBeNull();
  });

  it('starts in production with Slack, Teams or the console, and anywhere else without', () => {
    const slack = { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 'secret-123' };
    expect(loadServerConfig({ NODE_ENV: 'production', ...slack }).slack).not.toBeNull();
    const teams = {
      MICROSOFT_APP_ID: 'app',
      MICROSOFT_APP_PASSWORD: 'pw',
      MICROSOFT_APP_TENANT_ID: 't',
    };
    expect(loadServerConfig({ NODE_ENV: 'production', ...teams }).teams).not.toBeNull();
    expect(loadServerConfig({ NODE_ENV: 'production', WEB_CONSOLE: 'on' }).webConsole).toBe(true);
    expect(loadServerConfig({}).webConsole).toBe(true);
  });
});

describe('the address the server listens on', () => {
  it('is this machine only unless HOST says otherwise', () => {
    expect(loadConfig({}).host).toBe('127.0.0.1');
    expect(loadConfig({ NODE_ENV: 'production' }).host).toBe('127.0.0.1');
    expect(loadConfig({ HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
    expect(() => loadConfig({ HOST: ' ' })).toThrow(/HOST: .*expected an address to listen on/);
  });
});
