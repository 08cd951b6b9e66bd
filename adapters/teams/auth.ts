// Bot Framework authentication from our settings: client secret, certificate (thumbprint +
// PEM private key file) or user-assigned managed identity; single- or multi-tenant. An empty
// app id is the Bot Framework Emulator's unauthenticated mode: only when the settings check
// accepted it (TEAMS_EMULATOR=on with NODE_ENV=development or test), never in production.
import { readFileSync } from 'node:fs';
import {
  type CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConfigurationServiceClientCredentialFactory,
} from 'botbuilder';
import type { TeamsConfig } from '../../src/config.ts';

/** botbuilder's configuration keys, from our settings. */
export function authenticationOptions(config: TeamsConfig, production: boolean) {
  if (!config.appId && (!config.emulator || production))
    throw new Error(
      'Teams without MICROSOFT_APP_ID (unauthenticated emulator mode) is refused: it runs only with TEAMS_EMULATOR=on and NODE_ENV=development or test',
    );
  return {
    MicrosoftAppId: config.appId,
    MicrosoftAppPassword: config.appType === 'UserAssignedMSI' ? undefined : config.password,
    MicrosoftAppType: config.appType,
    MicrosoftAppTenantId: config.tenantId,
    ...(config.certificateThumbprint && config.certificateKeyFile
      ? {
          CertificateThumbprint: config.certificateThumbprint,
          // The factory wants the key itself; the setting names the PEM file holding it.
          CertificatePrivateKey: readFileSync(config.certificateKeyFile, 'utf8'),
        }
      : {}),
  };
}

export function createAuthentication(
  config: TeamsConfig,
  production: boolean,
): NonNullable<ConstructorParameters<typeof CloudAdapter>[0]> {
  const options = authenticationOptions(config, production);
  // Picks the password, certificate or managed-identity credential factory by app type.
  const credentials = new ConfigurationServiceClientCredentialFactory(options);
  return new ConfigurationBotFrameworkAuthentication(options, credentials);
}
