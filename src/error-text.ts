// What a caught error says, for a log line or an operator. Anything can be thrown, so these
// never assume an Error.

/** The error's message, or the thrown value as text. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The code a Web API gave with its error (Slack's `data.error`, such as "not_in_channel"). */
export function apiErrorCode(error: unknown): string | undefined {
  const data = (error as { data?: { error?: unknown } } | null | undefined)?.data;
  return typeof data?.error === 'string' ? data.error : undefined;
}
