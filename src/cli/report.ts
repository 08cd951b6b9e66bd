// npm run report -- [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--json]
// The curator report for whole days in QUIZ_ZONE (default: the last 30 days, today included).
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.ts';
import { errorText } from '../error-text.ts';
import { dayRange } from '../report/range.ts';
import { renderReport } from '../report/render.ts';
import { buildReport } from '../report/report.ts';
import { createServices } from '../services.ts';

const USAGE = 'usage: npm run report -- [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--json]';

function fail(message: string, code = 1): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

// The same settings as the server (.env), so the report reads the server's database.
if (existsSync('.env')) process.loadEnvFile('.env');

let args: { from?: string | undefined; to?: string | undefined; json?: boolean | undefined };
try {
  ({ values: args } = parseArgs({
    options: { from: { type: 'string' }, to: { type: 'string' }, json: { type: 'boolean' } },
  }));
} catch (error) {
  fail(`${errorText(error)}\n${USAGE}`, 2);
}

let config: ReturnType<typeof loadConfig>;
try {
  config = loadConfig();
} catch (error) {
  fail(errorText(error));
}
let range: ReturnType<typeof dayRange>;
try {
  range = dayRange(args, new Date(), config.quizZone);
} catch (error) {
  fail(`${errorText(error)}\n${USAGE}`, 2);
}

try {
  const services = await createServices(config, { defaultLogLevel: 'silent' });
  try {
    const report = await buildReport(services, range);
    process.stdout.write(args.json ? `${JSON.stringify(report)}\n` : renderReport(report));
  } finally {
    await services.store.close();
  }
} catch (error) {
  fail(errorText(error));
}
