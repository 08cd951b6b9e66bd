// The Teams app manifest checked against Microsoft's own JSON schema for its version (draft-04,
// shipped in @microsoft/app-manifest), so a package Teams would refuse at upload fails here
// first. Formats (uri, email…) are left to the checks in package.ts, which say what to fix in
// our terms; the schema covers every field's shape, length and allowed values.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import AjvModule from 'ajv-draft-04';

// A CommonJS module whose class is both the module and its `default`.
const Ajv = (AjvModule as unknown as { default: typeof AjvModule.default }).default;

const require = createRequire(import.meta.url);
const SCHEMAS = join(
  dirname(require.resolve('@microsoft/app-manifest/package.json')),
  'build/json-schemas/teams',
);

/** What the schema for `manifestVersion` says is wrong, one line each (empty when valid). */
export function schemaProblems(manifest: object): string[] {
  const version = String((manifest as { manifestVersion?: unknown }).manifestVersion);
  let schema: object;
  try {
    schema = JSON.parse(
      readFileSync(join(SCHEMAS, `v${version}`, 'MicrosoftTeams.schema.json'), 'utf8'),
    );
  } catch {
    return [`manifestVersion: no schema for ${version} in @microsoft/app-manifest`];
  }
  const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });
  const validate = ajv.compile(schema);
  if (validate(manifest)) return [];
  return (validate.errors ?? []).map(
    (e) =>
      `schema: ${e.instancePath || '/'} ${e.message ?? 'is invalid'}${
        e.params && 'additionalProperty' in e.params ? ` (${e.params.additionalProperty})` : ''
      }`,
  );
}
