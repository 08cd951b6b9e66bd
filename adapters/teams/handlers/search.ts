// The search message extension: from the compose box a person types a few words and sees the
// topics that match (title and principle); the one they pick is inserted as the guidance card.
// Results come from the knowledge only: the words typed are never echoed, kept or logged. Words
// that speak of danger put the crisis protocol card first.
import type {
  MessagingExtensionAttachment,
  MessagingExtensionQuery,
  MessagingExtensionResponse,
  TurnContext,
} from 'botbuilder';
import { type ActionResult, runAction } from '../../../src/commands/actions.ts';
import type { TopicGuidance } from '../../../src/core/guidance.ts';
import type { CrisisProtocol } from '../../../src/core/safety/protocol.ts';
import { errorText } from '../../../src/error-text.ts';
import type { Services } from '../../../src/services.ts';
import { attachment, type Card } from '../cards/elements.ts';
import { fallbackCard, topicCard } from '../cards/guidance.ts';
import { conversationKey, userKey } from '../conversation.ts';

/** The search command and its one parameter, as in the app manifest. */
export const SEARCH_COMMAND = 'searchGuidance';
export const SEARCH_PARAMETER = 'query';

/** Teams asks for 25 results a page; fewer fit a compose box. */
const DEFAULT_COUNT = 10;
const MAX_COUNT = 25;
const THUMBNAIL = 'application/vnd.microsoft.card.thumbnail';

export async function answerSearch(
  services: Services,
  ctx: TurnContext,
  query: MessagingExtensionQuery,
): Promise<MessagingExtensionResponse> {
  if (query.commandId !== SEARCH_COMMAND) return results([]);
  // No words yet (Teams' first call when the box opens): every topic.
  const value = query.parameters?.find((p) => p.name === SEARCH_PARAMETER)?.value;
  const text = typeof value === 'string' ? value : '';
  let found: ActionResult;
  try {
    found = await runAction(
      services,
      { kind: 'search', text },
      {
        platform: 'teams',
        userId: userKey(ctx.activity),
        channel: conversationKey(ctx.activity),
        now: services.now(),
      },
    );
  } catch (error) {
    services.logger.error({ event: 'teams-search-failed', err: errorText(error) }, 'search failed');
    // Whatever was typed may be about someone in danger: the crisis essentials.
    return results([crisisItem(services.bot.fallback())]);
  }
  if (found.kind !== 'search') return results([]);
  const items = [
    ...(found.crisis ? [crisisItem(found.crisis)] : []),
    ...found.topics.map(topicItem),
  ];
  const skip = whole(query.queryOptions?.skip, 0);
  const count = Math.min(
    whole(query.queryOptions?.count, DEFAULT_COUNT) || DEFAULT_COUNT,
    MAX_COUNT,
  );
  return results(items.slice(skip, skip + count));
}

const whole = (v: unknown, fallback: number) =>
  typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : fallback;

function item(card: Card, title: string, text: string): MessagingExtensionAttachment {
  return { ...attachment(card), preview: { contentType: THUMBNAIL, content: { title, text } } };
}

const topicItem = (t: TopicGuidance) => item(topicCard(t), t.title, t.principle);

const crisisItem = (p: CrisisProtocol) => item(fallbackCard(p), p.title, p.steps[0] ?? '');

function results(attachments: MessagingExtensionAttachment[]): MessagingExtensionResponse {
  return { composeExtension: { type: 'result', attachmentLayout: 'list', attachments } };
}
