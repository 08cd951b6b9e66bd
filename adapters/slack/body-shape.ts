// The shapes of request body Slack sends over HTTP, parsed exactly as Bolt parses them: events
// and URL verification as a JSON object, slash commands as a form, interactive payloads as a
// form whose `payload` field is a JSON object. Anything else is refused before Bolt sees it:
// Bolt reads fields of the parsed body outside its error handling, so a signed `null` would
// throw where nothing catches it.
import { parse } from 'node:querystring';

export const FORM_TYPE = 'application/x-www-form-urlencoded';

type Fields = Record<string, unknown>;

const isObject = (v: unknown): v is Fields =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string';
const areText = (o: Fields, keys: string[]) => keys.every((k) => isText(o[k]));

/** The parsed body when it is a shape Slack sends; undefined otherwise. */
export function slackBody(contentType: string | undefined, raw: string): Fields | undefined {
  // Bolt parses a form only under this exact content type, and anything else as JSON.
  if (contentType !== FORM_TYPE) {
    const body = json(raw);
    return isObject(body) && isEvent(body) ? body : undefined;
  }
  const form = parse(raw) as Fields;
  if ('payload' in form) {
    const body = isText(form.payload) ? json(form.payload) : undefined;
    return isObject(body) && isInteraction(body) ? body : undefined;
  }
  return isCommand(form) ? form : undefined;
}

function json(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function isEvent(fields: Fields): boolean {
  switch (fields.type) {
    case 'event_callback':
      return isText(fields.event_id) && isObject(fields.event) && isText(fields.event.type);
    case 'url_verification':
      return isText(fields.challenge);
    case 'app_rate_limited':
      return true;
    default:
      return false;
  }
}

// A repeated form field parses as an array: Slack never repeats one.
function isCommand(fields: Fields): boolean {
  return (
    Object.values(fields).every(isText) &&
    areText(fields, ['command', 'text', 'user_id', 'channel_id', 'response_url', 'trigger_id']) &&
    (fields.command as string).startsWith('/')
  );
}

function isInteraction(fields: Fields): boolean {
  if (!isObject(fields.user) || !isText(fields.user.id)) return false;
  switch (fields.type) {
    case 'block_actions':
      return (
        isText(fields.trigger_id) &&
        Array.isArray(fields.actions) &&
        fields.actions.length > 0 &&
        fields.actions.every((a) => isObject(a) && isText(a.action_id) && isText(a.type))
      );
    case 'block_suggestion':
      return isText(fields.action_id);
    case 'view_submission':
    case 'view_closed':
      return isObject(fields.view) && isText(fields.view.id);
    case 'shortcut':
    case 'message_action':
    case 'interactive_message':
    case 'dialog_submission':
    case 'dialog_cancellation':
    case 'dialog_suggestion':
      return isText(fields.callback_id);
    default:
      return false;
  }
}
