// Bot Framework credentials from our settings: secret, certificate, managed identity, tenant.
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigurationServiceClientCredentialFactory } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { authenticationOptions, createAuthentication } from '../../../adapters/teams/auth.ts';
import type { TeamsConfig } from '../../../src/config.ts';

const APP = '11111111-2222-3333-4444-555555555555';
const TENANT = '99999999-8888-7777-6666-555555555555';
const teams = (c: Partial<TeamsConfig>): TeamsConfig => ({
  appId: APP,
  emulator: false,
  password: undefined,
  appType: 'SingleTenant',
  tenantId: TENANT,
  certificateThumbprint: undefined,
  certificateKeyFile: undefined,
  ...c,
});

describe('Teams authentication', () => {
  it('uses the client secret and tenant', async () => {
    const options = authenticationOptions(teams({ password: 's3cret' }), true);
    expect(options).toMatchObject({
      MicrosoftAppId: APP,
      MicrosoftAppPassword: 's3cret',
      MicrosoftAppType: 'SingleTenant',
      MicrosoftAppTenantId: TENANT,
    });
    const factory = new ConfigurationServiceClientCredentialFactory(options);
    expect(await factory.isAuthenticationDisabled()).toBe(false);
    expect(await factory.isValidAppId(APP)).toBe(true);
    expect(await factory.isValidAppId('someone-else')).toBe(false);
  });

  it('reads the certificate private key from its PEM file', () => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const file = join(mkdtempSync(join(tmpdir(), 'bb-cert-')), 'bot-key.pem');
    writeFileSync(file, pem);
    const config = teams({ certificateThumbprint: 'AB12CD34', certificateKeyFile: file });
    expect(authenticationOptions(config, true)).toMatchObject({
      CertificateThumbprint: 'AB12CD34',
      CertificatePrivateKey: pem,
    });
    expect(() => createAuthentication(config, true)).not.toThrow();
    expect(() =>
      createAuthentication(
        teams({ certificateThumbprint: 'AB', certificateKeyFile: `${file}.missing` }),
        true,
      ),
    ).toThrow(/ENOENT/);
  });

  it('never sends a password with a managed identity', () => {
    const config = teams({ appType: 'UserAssignedMSI', password: 'left-over' });
    expect(authenticationOptions(config, true).MicrosoftAppPassword).toBeUndefined();
    expect(() => createAuthentication(config, true)).not.toThrow();
  });

  it('emulator mode: no authentication when the settings accepted it, refused otherwise', async () => {
    const emulator = teams({
      appId: '',
      emulator: true,
      appType: 'SingleTenant', // the default type, which botbuilder refuses without an app id
      tenantId: undefined,
    });
    const factory = new ConfigurationServiceClientCredentialFactory(
      authenticationOptions(emulator, false),
    );
    expect(await factory.isAuthenticationDisabled()).toBe(true);
    expect(() => authenticationOptions(emulator, true)).toThrow(/unauthenticated emulator mode/);
    // An empty app id the settings check did not accept (a hand-made or defaulted config).
    expect(() => authenticationOptions({ ...emulator, emulator: false }, false)).toThrow(
      /runs only with TEAMS_EMULATOR=on and NODE_ENV=development or test/,
    );
  });
});
