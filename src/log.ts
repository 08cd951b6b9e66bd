// Structured logging (pino) that never writes raw message text or secrets. Question text is
// never passed to a logger directly: `logAnswer` writes what was decided, and the question only
// redacted, only when configured (and only its topic guess when redaction cannot be sure).
import { type DestinationStream, type Logger, pino } from 'pino';
import type { Config } from './config.ts';
import type { Guidance } from './core/guidance.ts';
import { questionToKeep, topicGuess } from './core/safety/keep-question.ts';
import { CENSOR, censorSecrets, SECRET_FIELDS } from './log-censor.ts';
import { type LogFormat, readableDestination } from './log-format.ts';

/** Logs to `destination` (standard error by default), as JSON lines or as readable lines. */
export function createLogger(
  level: string,
  destination?: DestinationStream,
  format: LogFormat = 'json',
): Logger {
  return pino(
    {
      level,
      base: { app: 'boundary-bot' },
      // Instead of pino's redact option, which cost ten times the rest of a line.
      formatters: { log: censorSecrets, bindings: censorSecrets },
      // A child logger's own fields skip the formatters; these cover them.
      serializers: Object.fromEntries([...SECRET_FIELDS].map((k) => [k, () => CENSOR])),
    },
    format === 'readable' ? readableDestination(destination) : (destination ?? pino.destination(2)),
  );
}

export interface AnswerLogMeta {
  surface: string;
}

/** One line per answer: the decision, never the words (unless redacted and configured). */
export function logAnswer(
  logger: Logger,
  config: Pick<Config, 'logQuestions'>,
  text: string,
  g: Guidance,
  meta: AnswerLogMeta,
): void {
  const entry = {
    event: 'answer',
    surface: meta.surface,
    kind: g.kind,
    topic: g.topic?.id ?? null,
    confidence: g.confidence,
    safety: g.safety,
    crisisKinds: g.crisis?.kinds,
    phi: g.phi,
    identifiers: g.identifiers,
    chars: text.length,
    ...(config.logQuestions === 'redacted'
      ? { question: questionToKeep(text, topicGuess(g), 500) }
      : {}),
  };
  if (g.safety === 'crisis') logger.warn(entry, 'crisis protocol shown');
  else logger.info(entry, 'answered');
}
