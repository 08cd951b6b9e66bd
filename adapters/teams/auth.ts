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
    // botbuilder refuses SingleTenant (the default) without an app id; with none, and only
    // MultiTenant, it runs the emulator's unauthenticated mode.
    MicrosoftAppType: config.appId ? config.appType : 'MultiTenant',
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

export type Authentication = NonNullable<ConstructorParameters<typeof CloudAdapter>[0]>;

export interface TokenKeys {
  /** Where incoming tokens' signing keys are published (OpenID metadata); Bot Framework's own
   * when unset. Tests point it at a local fake. */
  openIdMetadataUrl?: string | undefined;
}

export function createAuthentication(
  config: TeamsConfig,
  production: boolean,
  keys: TokenKeys = {},
): Authentication {
  const options = authenticationOptions(config, production);
  // Picks the password, certificate or managed-identity credential factory by app type.
  const credentials = new ConfigurationServiceClientCredentialFactory(options);
  return new ConfigurationBotFrameworkAuthentication(
    keys.openIdMetadataUrl ? { ...options, ...publicCloud(keys.openIdMetadataUrl) } : options,
    credentials,
  );
}

/** Bot Framework's public-cloud endpoints with another key source. botbuilder takes one
 * endpoint setting as "all are given", so the others are spelled out with its default values. */
function publicCloud(openIdMetadataUrl: string) {
  return {
    ToChannelFromBotLoginUrl: 'https://login.microsoftonline.com/botframework.com',
    ToChannelFromBotOAuthScope: 'https://api.botframework.com',
    ToBotFromChannelTokenIssuer: 'https://api.botframework.com',
    OAuthUrl: 'https://api.botframework.com',
    CallerId: 'urn:botframework:azure',
    ValidateAuthority: true,
    ToBotFromChannelOpenIdMetadataUrl: openIdMetadataUrl,
    ToBotFromEmulatorOpenIdMetadataUrl: openIdMetadataUrl,
  };
}
