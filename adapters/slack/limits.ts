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
  actionsElements: 25,
  buttonText: 75,
  buttonValue: 2_000,
  actionId: 255,
  blockId: 255,
  modalTitle: 24,
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
  problems.push(...checkBlocks(blocks));
  return problems;
}

export function checkView(payload: object): string[] {
  const view = payload as Json;
  const problems: string[] = [];
  const blocks = (view.blocks as Json[] | undefined) ?? [];
  if (blocks.length > LIMITS.viewBlocks)
    problems.push(`${blocks.length} blocks in a view (max ${LIMITS.viewBlocks})`);
  const title = (view.title as Json | undefined)?.text;
  if (typeof title === 'string' && title.length > LIMITS.modalTitle)
    problems.push(`modal title of ${title.length} characters`);
  problems.push(...checkBlocks(blocks));
  return problems;
}

function checkBlocks(blocks: Json[]): string[] {
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
      case 'divider':
        break;
      default:
        problems.push(`${where}: unexpected block type`);
    }
  }
  return problems;
}
