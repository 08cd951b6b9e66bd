// Block Kit limits (docs.slack.dev reference: blocks, block elements, composition objects),
// checked for every payload the tests produce. Returns what is wrong, empty when valid.

export const LIMITS = {
  messageBlocks: 50,
  viewBlocks: 100,
  messageText: 40_000,
  sectionText: 3_000,
  sectionFields: 10,
  fieldText: 2_000,
  headerText: 150,
  contextElements: 10,
  contextText: 3_000,
  /** context_actions: feedback buttons and icon buttons, in messages only. */
  contextActions: 5,
  actionsElements: 25,
  buttonText: 75,
  buttonValue: 2_000,
  actionId: 255,
  blockId: 255,
  modalTitle: 24,
  modalButton: 24,
  callbackId: 255,
  privateMetadata: 3_000,
  inputLabel: 2_000,
  inputHint: 2_000,
  textInput: 3_000,
  options: 10,
  optionText: 75,
  optionValue: 150,
} as const;

type Json = Record<string, unknown>;

// A broadcast mention that would notify a whole channel or workspace.
const BROADCAST = /<!(channel|here|everyone)\b|@(channel|here|everyone)\b/i;

// Payloads are read as plain JSON: the check must also catch what a builder's type allows.
export function checkMessage(message: object): string[] {
  const payload = message as Json;
  const problems: string[] = [];
  const blocks = (payload.blocks as Json[] | undefined) ?? [];
  if (blocks.length > LIMITS.messageBlocks)
    problems.push(`${blocks.length} blocks (max ${LIMITS.messageBlocks})`);
  if (typeof payload.text === 'string') {
    if (payload.text.length > LIMITS.messageText) problems.push('text too long');
    if (BROADCAST.test(payload.text)) problems.push('broadcast mention in text');
  }
  problems.push(...checkBlocks(blocks, 'message'));
  return problems;
}

export function checkView(payload: object): string[] {
  const view = payload as Json;
  const problems: string[] = [];
  const blocks = (view.blocks as Json[] | undefined) ?? [];
  if (blocks.length > LIMITS.viewBlocks)
    problems.push(`${blocks.length} blocks in a view (max ${LIMITS.viewBlocks})`);
  for (const part of ['title', 'submit', 'close'] as const) {
    const text = (view[part] as Json | undefined)?.text;
    if (typeof text === 'string' && text.length > LIMITS.modalTitle)
      problems.push(`modal ${part} of ${text.length} characters`);
  }
  if (String(view.callback_id ?? '').length > LIMITS.callbackId)
    problems.push('callback_id too long');
  if (String(view.private_metadata ?? '').length > LIMITS.privateMetadata)
    problems.push('private_metadata too long');
  // A view with inputs needs a submit button, or Slack refuses to open it.
  if (blocks.some((b) => b.type === 'input') && !view.submit)
    problems.push('inputs without submit');
  problems.push(...checkBlocks(blocks, 'view'));
  return problems;
}

function checkBlocks(blocks: Json[], surface: 'message' | 'view'): string[] {
  const problems: string[] = [];
  const actionIds = new Set<string>();
  const text = (t: unknown, max: number, where: string) => {
    const s = (t as Json | undefined)?.text;
    if (typeof s !== 'string' || !s.length) return problems.push(`${where}: empty text`);
    if (s.length > max) problems.push(`${where}: ${s.length} characters (max ${max})`);
    if (BROADCAST.test(s)) problems.push(`${where}: broadcast mention`);
  };
  const element = (e: Json, where: string) => {
    if (e.type !== 'button') return;
    text(e.text, LIMITS.buttonText, `${where} button`);
    if (typeof e.value === 'string' && e.value.length > LIMITS.buttonValue)
      problems.push(`${where}: button value too long`);
    const id = String(e.action_id ?? '');
    if (!id || id.length > LIMITS.actionId) problems.push(`${where}: bad action_id`);
    if (actionIds.has(id)) problems.push(`${where}: duplicate action_id ${id}`);
    actionIds.add(id);
  };
  for (const [i, b] of blocks.entries()) {
    const where = `block ${i} (${String(b.type)})`;
    if (typeof b.block_id === 'string' && b.block_id.length > LIMITS.blockId)
      problems.push(`${where}: block_id too long`);
    switch (b.type) {
      case 'header':
        text(b.text, LIMITS.headerText, where);
        break;
      case 'section': {
        const fields = (b.fields as Json[] | undefined) ?? [];
        if (!b.text && !fields.length) problems.push(`${where}: no text or fields`);
        if (b.text) text(b.text, LIMITS.sectionText, where);
        if (fields.length > LIMITS.sectionFields) problems.push(`${where}: too many fields`);
        for (const f of fields) text(f, LIMITS.fieldText, `${where} field`);
        if (b.accessory) element(b.accessory as Json, where);
        break;
      }
      case 'context': {
        const els = (b.elements as Json[] | undefined) ?? [];
        if (!els.length || els.length > LIMITS.contextElements)
          problems.push(`${where}: ${els.length} elements`);
        for (const e of els) text(e, LIMITS.contextText, where);
        break;
      }
      case 'actions': {
        const els = (b.elements as Json[] | undefined) ?? [];
        if (!els.length || els.length > LIMITS.actionsElements)
          problems.push(`${where}: ${els.length} elements`);
        for (const e of els) element(e, where);
        break;
      }
      case 'context_actions': {
        // Slack's feedback buttons belong to messages (docs.slack.dev, context actions block).
        if (surface === 'view') problems.push(`${where}: not available in a view`);
        const els = (b.elements as Json[] | undefined) ?? [];
        if (!els.length || els.length > LIMITS.contextActions)
          problems.push(`${where}: ${els.length} elements`);
        for (const e of els) {
          if (e.type !== 'feedback_buttons') {
            problems.push(`${where}: unexpected element ${String(e.type)}`);
            continue;
          }
          const id = String(e.action_id ?? '');
          if (!id || id.length > LIMITS.actionId) problems.push(`${where}: bad action_id`);
          if (actionIds.has(id)) problems.push(`${where}: duplicate action_id ${id}`);
          actionIds.add(id);
          for (const side of ['positive_button', 'negative_button'] as const) {
            const b2 = e[side] as Json | undefined;
            text(b2?.text, LIMITS.buttonText, `${where} ${side}`);
            if (typeof b2?.value !== 'string' || b2.value.length > LIMITS.buttonValue)
              problems.push(`${where}: ${side} value`);
          }
        }
        break;
      }
      case 'divider':
        break;
      case 'input':
        text(b.label, LIMITS.inputLabel, `${where} label`);
        if (b.hint) text(b.hint, LIMITS.inputHint, `${where} hint`);
        problems.push(...checkInput(b.element as Json | undefined, where));
        break;
      default:
        problems.push(`${where}: unexpected block type`);
    }
  }
  return problems;
}

/** The input elements our modals use: a text box and radio buttons. */
function checkInput(e: Json | undefined, where: string): string[] {
  const problems: string[] = [];
  if (!e?.action_id || String(e.action_id).length > LIMITS.actionId)
    return [`${where}: input without a valid action_id`];
  switch (e.type) {
    case 'plain_text_input': {
      const max = Number(e.max_length ?? LIMITS.textInput);
      if (max > LIMITS.textInput) problems.push(`${where}: max_length over ${LIMITS.textInput}`);
      const initial = e.initial_value;
      if (typeof initial === 'string' && initial.length > max)
        problems.push(`${where}: initial_value of ${initial.length} over max_length ${max}`);
      break;
    }
    case 'radio_buttons': {
      const options = (e.options as Json[] | undefined) ?? [];
      if (!options.length || options.length > LIMITS.options)
        problems.push(`${where}: ${options.length} options`);
      for (const o of options) {
        const t = (o.text as Json | undefined)?.text;
        if (typeof t !== 'string' || !t || t.length > LIMITS.optionText)
          problems.push(`${where}: option text`);
        if (String(o.value ?? '').length > LIMITS.optionValue)
          problems.push(`${where}: option value`);
      }
      const initial = e.initial_option as Json | undefined;
      if (initial && !options.some((o) => o.value === initial.value))
        problems.push(`${where}: initial_option is not an option`);
      break;
    }
    default:
      problems.push(`${where}: unexpected input element ${String(e.type)}`);
  }
  return problems;
}
