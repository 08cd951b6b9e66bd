// "Ask a supervisor" on Slack. The asker: a button (or `/boundary ask a supervisor`) opens the
// preview as a modal (views.open with the click's trigger_id); Send is a view submission whose
// answer replaces the form. Supervisors: Claim, Answer, Close, Delete and Draft on the card in
// their channel; Answer and Close open a modal; every move redraws the card (chat.update).
// Whether the clicker is a supervisor is asked of Slack (members of the supervisors' channel)
// by the action layer, never read from the click; everyone else gets a private refusal. A
// replayed click or submission is dropped before it gets here (dedupe.ts, by trigger_id).
import type { App, BlockAction, RespondFn, ViewSubmitAction, webApi } from '@slack/bolt';
import {
  type Action,
  type ActionContext,
  type ActionResult,
  runAction,
} from '../../../src/commands/actions.ts';
import type { EscalationSource } from '../../../src/core/supervisor/request.ts';
import type { Services } from '../../../src/services.ts';
import { type Message, section } from '../blocks/kit.ts';
import {
  confirmModal,
  IDENTITY,
  INPUT,
  previewMessage,
  privateNote,
  requestCard,
  SUP,
  sentModal,
  supervisorFormModal,
  VIEW,
} from '../blocks/supervisor.ts';
import { isEphemeral } from '../deliver.ts';
import { ACTION, parseAskValue } from '../ids.ts';
import { esc } from '../mrkdwn.ts';
import type { SupervisorCheck } from '../supervisors.ts';

const SOURCES: readonly EscalationSource[] = [
  'miss',
  'low-confidence',
  'not-helpful',
  'choices',
  'command',
];
const source = (s: unknown): EscalationSource =>
  SOURCES.includes(s as EscalationSource) ? (s as EscalationSource) : 'command';

/** What the preview modal carries to Send: ids and flags only, never the question. */
interface ConfirmMetadata {
  draftId: string;
  from: EscalationSource;
  crisisShown: boolean;
}

/** What a supervisor's form carries: the request, and the card to redraw. */
interface FormMetadata {
  requestId: string;
  channel: string | null;
  ts: string | null;
}

function readJson<T>(text: string | undefined): Partial<T> {
  try {
    const v = JSON.parse(text ?? '');
    return v && typeof v === 'object' ? (v as Partial<T>) : {};
  } catch {
    return {};
  }
}

export interface SupervisorListenerOptions {
  check: SupervisorCheck;
  /** The supervisors' channel: cards there are redrawn in place. */
  channel: string | null;
}

export function registerSupervisor(app: App, s: Services, o: SupervisorListenerOptions) {
  const context = (
    user: { id: string; name?: string; username?: string },
    channel: string,
  ): ActionContext => ({
    platform: 'slack',
    userId: user.id,
    displayName: user.name ?? user.username ?? null,
    channel,
    now: s.now(),
    supervisor: () => o.check.isSupervisor(user.id),
  });

  /** The preview, for the asker: "Ask a supervisor" on a reply. */
  app.action<BlockAction>(
    new RegExp(`^${ACTION.askSupervisor}:`),
    async ({ ack, body, action, client, respond }) => {
      await ack();
      const value = 'value' in action && typeof action.value === 'string' ? action.value : '';
      const ask = parseAskValue(value);
      const result = await runAction(
        s,
        { kind: 'supervisor-preview', text: ask?.draft ?? '', from: source(ask?.from) },
        context(body.user, body.channel?.id ?? ''),
      );
      await showPreview(
        s,
        client,
        body.trigger_id,
        result,
        (m) =>
          respond({
            response_type: 'ephemeral',
            replace_original: false,
            text: m.text,
            blocks: m.blocks,
          }),
        // From the private question box: the preview goes on top of it (a modal is open).
        { push: body.view?.type === 'modal' },
      );
    },
  );

  /** Send in the preview. */
  app.view<ViewSubmitAction>(VIEW.confirm, async ({ ack, body, view }) => {
    const meta = readJson<ConfirmMetadata>(view.private_metadata);
    const values = view.state.values;
    const text = values[INPUT.question.block]?.[INPUT.question.action]?.value ?? '';
    const identity =
      values[INPUT.identity.block]?.[INPUT.identity.action]?.selected_option?.value ??
      IDENTITY.name;
    const result = await runAction(
      s,
      {
        kind: 'supervisor-send',
        draftId: typeof meta.draftId === 'string' ? meta.draftId : '',
        text,
        anonymous: identity === IDENTITY.anonymous,
        from: source(meta.from),
        crisisShown: meta.crisisShown === true,
      },
      context(body.user, ''),
    );
    switch (result.kind) {
      case 'supervisor-sent':
        return ack({
          response_action: 'update',
          view: sentModal(result.text, result.crisis),
        });
      case 'supervisor-preview':
        // A problem with the text (empty, too long) is said under the box; a protocol not yet
        // shown replaces the form with the preview that shows it first.
        if (result.problem && !(result.preview.crisis && meta.crisisShown !== true))
          return ack({
            response_action: 'errors',
            errors: { [INPUT.question.block]: result.problem },
          });
        return ack({
          response_action: 'update',
          view: confirmModal(result.preview, metadataOf(result.preview)),
        });
      case 'supervisor-unavailable':
        return ack({ response_action: 'update', view: sentModal(result.text, null) });
      default:
        return ack();
    }
  });

  /** The supervisors' buttons on a card. */
  const moves: Record<string, (requestId: string) => Action> = {
    [SUP.claim]: (requestId) => ({ kind: 'request-claim', requestId }),
    [SUP.answer]: (requestId) => ({ kind: 'request-answer-form', requestId }),
    // Close opens its form after the same check as Answer (the same people may do both).
    [SUP.close]: (requestId) => ({ kind: 'request-answer-form', requestId }),
    [SUP.delete]: (requestId) => ({ kind: 'request-delete', requestId }),
    [SUP.draft]: (requestId) => ({ kind: 'request-draft', requestId, as: 'example' }),
    [SUP.helpful]: (requestId) => ({ kind: 'request-helpful', requestId }),
  };
  for (const [actionId, toAction] of Object.entries(moves))
    app.action<BlockAction>(actionId, async ({ ack, body, action, client, respond }) => {
      await ack();
      const requestId = 'value' in action && typeof action.value === 'string' ? action.value : '';
      const result = await runAction(
        s,
        toAction(requestId),
        context(body.user, body.channel?.id ?? ''),
      );
      const say = (m: Message) =>
        respond({
          response_type: 'ephemeral',
          replace_original: false,
          text: m.text,
          blocks: m.blocks,
        });
      await renderMove(s, { body, client, respond, say }, o, actionId, result);
    });

  /** A supervisor's Answer or Close form. */
  for (const [callback, kind] of [
    [VIEW.answer, 'answer'],
    [VIEW.close, 'close'],
  ] as const)
    app.view<ViewSubmitAction>(callback, async ({ ack, body, view, client }) => {
      const meta = readJson<FormMetadata>(view.private_metadata);
      const requestId = typeof meta.requestId === 'string' ? meta.requestId : '';
      const input = kind === 'answer' ? INPUT.answer : INPUT.reason;
      const text = view.state.values[input.block]?.[input.action]?.value ?? '';
      const result = await runAction(
        s,
        kind === 'answer'
          ? { kind: 'request-answer', requestId, text }
          : { kind: 'request-close', requestId, reason: text },
        context(body.user, typeof meta.channel === 'string' ? meta.channel : ''),
      );
      if (result.kind === 'request-card' && result.changed) {
        await ack({ response_action: 'clear' });
        const where = {
          channel: typeof meta.channel === 'string' ? meta.channel : null,
          ts: typeof meta.ts === 'string' ? meta.ts : null,
        };
        await redraw(s, client, o, where, requestCard(result.card));
        return;
      }
      const why =
        result.kind === 'request-card'
          ? (result.notice ?? '')
          : 'text' in result && typeof result.text === 'string'
            ? result.text
            : '';
      await ack({ response_action: 'errors', errors: { [input.block]: why || ' ' } });
    });
}

/** The ids the preview modal carries to Send. */
export function metadataOf(p: {
  draftId: string;
  from: EscalationSource;
  crisis: unknown;
}): string {
  const meta: ConfirmMetadata = {
    draftId: p.draftId,
    from: p.from,
    crisisShown: p.crisis !== null,
  };
  return JSON.stringify(meta);
}

/** The preview as a modal; "no supervisors set up" (or anything else) as a private note. */
export async function showPreview(
  s: Services,
  client: webApi.WebClient,
  triggerId: string,
  result: ActionResult | { kind: string; text?: string },
  say: (m: Message) => Promise<unknown>,
  o: { push?: boolean } = {},
): Promise<void> {
  if (result.kind === 'supervisor-preview' && 'preview' in result) {
    try {
      const view = confirmModal(result.preview, metadataOf(result.preview));
      if (o.push) await client.views.push({ trigger_id: triggerId, view });
      else await client.views.open({ trigger_id: triggerId, view });
    } catch (error) {
      // An expired trigger (over 3 s): the person gets the preview's button instead, which
      // opens it with a fresh trigger; nothing was stored.
      s.logger.warn(
        {
          event: 'slack-preview-not-opened',
          err: (error as { data?: { error?: string } }).data?.error ?? (error as Error).message,
        },
        'could not open the supervisor preview',
      );
      await say(previewMessage(result.preview));
    }
    return;
  }
  const text = 'text' in result && typeof result.text === 'string' ? result.text : '';
  if (text) await say(privateNote(text));
}

interface Clicked {
  body: BlockAction;
  client: webApi.WebClient;
  respond: RespondFn;
  say: (m: Message) => Promise<unknown>;
}

async function renderMove(
  s: Services,
  c: Clicked,
  o: SupervisorListenerOptions,
  actionId: string,
  r: ActionResult,
): Promise<void> {
  const where: FormMetadata = {
    requestId: '',
    channel: c.body.channel?.id ?? null,
    ts: isEphemeral(c.body) ? null : (c.body.message?.ts ?? null),
  };
  switch (r.kind) {
    case 'request-answer-form': {
      where.requestId = r.card.requestId;
      const kind = actionId === SUP.close ? 'close' : 'answer';
      await c.client.views.open({
        trigger_id: c.body.trigger_id,
        view: supervisorFormModal(kind, r.card, JSON.stringify(where)),
      });
      return;
    }
    case 'request-card':
      // Changed, or clicked on an out-of-date copy: the card shows the request as it is now.
      if (r.changed || r.notice) await redraw(s, c.client, o, where, requestCard(r.card), c);
      if (r.notice) await c.say(privateNote(r.notice));
      return;
    case 'request-deleted':
      // Nothing of the question stays on the card.
      await redraw(s, c.client, o, where, { text: esc(r.text), blocks: [section(esc(r.text))] }, c);
      return;
    case 'request-helpful':
      await helpfulDone(c, r.text);
      return;
    default:
      if ('text' in r && typeof r.text === 'string') await c.say(privateNote(r.text));
  }
}

/** Redraw a card where it was clicked: in the supervisors' channel with chat.update; a copy
 * shown privately (the `requests` list) in place through the response_url. */
async function redraw(
  s: Services,
  client: webApi.WebClient,
  o: SupervisorListenerOptions,
  where: Pick<FormMetadata, 'channel' | 'ts'>,
  msg: Message,
  clicked?: Clicked,
): Promise<void> {
  if (where.channel && where.ts && where.channel === o.channel) {
    try {
      await client.chat.update({
        channel: where.channel,
        ts: where.ts,
        text: msg.text,
        blocks: msg.blocks,
      });
    } catch (error) {
      s.logger.warn(
        {
          event: 'slack-request-card-not-updated',
          err: (error as { data?: { error?: string } }).data?.error ?? (error as Error).message,
        },
        'could not update the request card',
      );
    }
    return;
  }
  if (clicked && isEphemeral(clicked.body))
    await clicked.respond({
      response_type: 'ephemeral',
      replace_original: true,
      text: msg.text,
      blocks: msg.blocks,
    });
}

/** "Helpful" clicked: the button gives way to the thanks, in the asker's DM. */
async function helpfulDone(c: Clicked, thanks: string): Promise<void> {
  const blocks = (c.body.message?.blocks ?? []) as {
    type: string;
    elements?: { action_id?: string }[];
  }[];
  const kept = blocks.filter(
    (b) => !(b.type === 'actions' && b.elements?.some((e) => e.action_id === SUP.helpful)),
  );
  if (c.body.channel && c.body.message?.ts && !isEphemeral(c.body)) {
    await c.client.chat.update({
      channel: c.body.channel.id,
      ts: c.body.message.ts,
      text: esc(thanks),
      blocks: [...kept, { type: 'context', elements: [{ type: 'mrkdwn', text: esc(thanks) }] }],
    });
    return;
  }
  await c.say(privateNote(thanks));
}
