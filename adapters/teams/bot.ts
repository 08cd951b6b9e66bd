// The Teams bot: messages become commands, card buttons become card actions, an install
// stores the conversation reference and says hello. Decisions go to the log, never text.
import {
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  TeamsActivityHandler,
  TeamsInfo,
  type TurnContext,
} from 'botbuilder';
import { type ActionResult, runAction } from '../../src/commands/actions.ts';
import { leaderboardPage } from '../../src/commands/leaderboard.ts';
import { type Command, parseCommand } from '../../src/commands/parse.ts';
import { type CommandResult, runCommand } from '../../src/commands/run.ts';
import {
  BUTTON_GONE,
  COMMAND_FAILED,
  supervisorResultText,
  unsubscribedText,
} from '../../src/commands/text.ts';
import type { Services } from '../../src/services.ts';
import {
  helpCard,
  leaderboardCard,
  noticeCard,
  sourcesCard,
  statsCard,
  subscribedCard,
  usageCard,
} from './cards/commands.ts';
import { CARD_CONTENT_TYPE, type Card, cardMessage } from './cards/elements.ts';
import {
  fallbackCard,
  guidanceCard,
  type Surface,
  topicCard,
  topicsCard,
} from './cards/guidance.ts';
import { quizCard } from './cards/quiz.ts';
import { commandPrefix, conversationKey, messageText, userKey } from './conversation.ts';
import { answeredCards, quizCardInput, viewCard } from './quiz-actions.ts';
import { referenceOf } from './reference.ts';
import { decodeAction } from './verbs.ts';

const WELCOME_TTL_MS = 10 * 60_000;
const CLICK_TTL_MS = 60 * 60_000;

export class BoundaryTeamsBot extends TeamsActivityHandler {
  constructor(private readonly s: Services) {
    super();
    this.onMessage(async (ctx, next) => {
      await this.message(ctx);
      await next();
    });
    // Teams announces an install twice (conversationUpdate with the bot among the members
    // added, and installationUpdate): both store the reference; one welcome is sent.
    this.onMembersAdded(async (ctx, next) => {
      const me = ctx.activity.recipient?.id;
      if (ctx.activity.membersAdded?.some((m) => m.id === me)) await this.installed(ctx);
      await next();
    });
    this.onInstallationUpdateAdd(async (ctx, next) => {
      await this.installed(ctx);
      await next();
    });
  }

  private surface(ctx: TurnContext): Surface {
    return { prefix: commandPrefix(ctx.activity) };
  }

  private async message(ctx: TurnContext) {
    const { activity } = ctx;
    if (activity.value && !activity.text) return; // an old-style Action.Submit: we use Execute
    let command: Command | undefined;
    try {
      command = parseCommand(messageText(activity));
      this.s.logger.info({ event: 'teams-command', kind: command.kind }, 'teams command');
      const result = await runCommand(this.s, command, {
        platform: 'teams',
        userId: userKey(activity),
        channel: conversationKey(activity),
        // Kept with a subscription: the daily quiz is posted here later, proactively.
        reference: command.kind === 'quiz-subscribe' ? JSON.stringify(referenceOf(activity)) : null,
        now: this.s.now(),
      });
      const card = await this.render(ctx, result);
      if (card) await ctx.sendActivity(cardMessage(card));
    } catch (error) {
      this.s.logger.error(
        { event: 'teams-reply-failed', kind: command?.kind, err: (error as Error).message },
        'could not answer',
      );
      // A question (or a message that could not be read) may be about someone in danger.
      const question = !command || command.kind === 'ask';
      await ctx.sendActivity(
        question ? failedQuestionMessage(this.s) : cardMessage(noticeCard(COMMAND_FAILED)),
      );
    }
  }

  private async render(ctx: TurnContext, r: CommandResult): Promise<Card | null> {
    const surface = this.surface(ctx);
    switch (r.kind) {
      case 'guidance':
        return guidanceCard(r.guidance, surface);
      case 'help':
        return helpCard(r.guidance, surface);
      case 'topics':
        return topicsCard(r.topics);
      case 'sources':
        return sourcesCard(r.sources);
      case 'quiz': {
        const input = await quizCardInput(this.s, r.quiz);
        return input ? quizCard(input) : noticeCard('That question is no longer in the quiz.');
      }
      case 'subscribed':
        return subscribedCard(r);
      case 'unsubscribed':
        return noticeCard(unsubscribedText(r.existed));
      case 'stats':
        return statsCard(r.stats, surface);
      case 'leaderboard':
        return this.leaderboard(ctx, r.optedIn, r.rows, 1);
      case 'usage':
        return usageCard(r, surface);
      // "Ask a supervisor" and "requests": plain text until the Teams card lands.
      case 'supervisor-preview':
      case 'supervisor-unavailable':
      case 'requests':
      case 'not-supervisor':
        return noticeCard(supervisorResultText(r));
    }
  }

  /** One page: names are looked up for its rows only (one member call each). */
  private async leaderboard(
    ctx: TurnContext,
    optedIn: boolean | null,
    rows: { userId: string; correct: number; answered: number }[],
    page: number,
  ): Promise<Card> {
    const board = leaderboardPage(rows, page);
    const named = await Promise.all(
      board.rows.map(async (row) => ({ ...row, name: await this.displayName(ctx, row.userId) })),
    );
    return leaderboardCard(optedIn, { ...board, rows: named }, this.surface(ctx));
  }

  private async displayName(ctx: TurnContext, userId: string): Promise<string> {
    try {
      return (await TeamsInfo.getMember(ctx, userId)).name || 'A teammate';
    } catch {
      return 'A teammate';
    }
  }

  private async installed(ctx: TurnContext) {
    const key = conversationKey(ctx.activity);
    const now = this.s.now();
    await this.s.store.saveReference('teams', key, JSON.stringify(referenceOf(ctx.activity)), now);
    this.s.logger.info({ event: 'teams-installed', scope: scopeOf(ctx) }, 'teams install');
    if (!(await this.s.store.firstDelivery(`teams:welcome:${key}`, now, WELCOME_TTL_MS))) return;
    const p = commandPrefix(ctx.activity);
    await ctx.sendActivity(
      cardMessage(
        noticeCard(
          `Thanks for adding me. Ask me about a boundary or ethics situation at work: ${p}a client offered me a gift card. Type ${p}help for everything I do, or start a daily quiz here: ${p}quiz subscribe 09:00 America/Los_Angeles.`,
        ),
      ),
    );
  }

  /** False when Teams delivers the same card click again (it retries an invoke it timed out on). */
  private async firstClick(ctx: TurnContext): Promise<boolean> {
    const id = ctx.activity.id;
    if (!id) return true;
    return this.s.store.firstDelivery(`teams:invoke:${id}`, this.s.now(), CLICK_TTL_MS);
  }

  protected override async onAdaptiveCardInvoke(
    ctx: TurnContext,
    value: AdaptiveCardInvokeValue,
  ): Promise<AdaptiveCardInvokeResponse> {
    const { verb, data } = value.action;
    const trigger = (ctx.activity.value as { trigger?: string } | undefined)?.trigger;
    this.s.logger.info({ event: 'teams-card-action', verb, trigger }, 'teams card action');
    const result = await runAction(this.s, decodeAction(verb, data), {
      platform: 'teams',
      userId: userKey(ctx.activity),
      channel: conversationKey(ctx.activity),
      now: this.s.now(),
      // A redelivered click is thanked again but counted once.
      firstDelivery: () => this.firstClick(ctx),
    });
    return this.renderClick(ctx, result);
  }

  private async renderClick(
    ctx: TurnContext,
    r: ActionResult,
  ): Promise<AdaptiveCardInvokeResponse> {
    switch (r.kind) {
      case 'topic':
        // A redelivered click answers the same but does not post the topic a second time.
        if (await this.firstClick(ctx)) await ctx.sendActivity(cardMessage(topicCard(r.topic)));
        return message(`Sent: ${r.topic.title}`);
      case 'feedback-recorded':
        return message('Thanks, noted.');
      case 'graded': {
        const cards = await answeredCards(this.s, r.graded, r.card);
        await this.updateShared(ctx, cards.shared);
        return cardResponse(cards.personal);
      }
      case 'quiz-card':
        return cardResponse(await viewCard(this.s, r.card));
      case 'leaderboard-page':
        // The new page replaces the card for the clicker only; the shared card stays on page 1.
        return cardResponse(await this.leaderboard(ctx, null, r.rows, r.page));
      default:
        // Gone, or a result no Teams button asks for.
        return message(BUTTON_GONE);
    }
  }

  /** Everyone's copy of the card: the new count, and the clicker among those with a view. */
  private async updateShared(ctx: TurnContext, card: Card) {
    const id = ctx.activity.replyToId;
    if (!id) return;
    try {
      await ctx.updateActivity({ ...cardMessage(card), id });
    } catch (error) {
      // The person still gets their answer; the count catches up on the next click.
      this.s.logger.warn(
        { event: 'teams-card-update-failed', err: (error as Error).message },
        'could not update the quiz card',
      );
    }
  }
}

function scopeOf(ctx: TurnContext): string {
  return ctx.activity.conversation?.conversationType ?? 'unknown';
}

/** A short note Teams shows the person who clicked; the card itself stays as it was. */
function message(text: string): AdaptiveCardInvokeResponse {
  // botbuilder types `value` as an object; this response type carries a string.
  return {
    statusCode: 200,
    type: 'application/vnd.microsoft.activity.message',
    value: text as never,
  };
}

function cardResponse(card: Card): AdaptiveCardInvokeResponse {
  return { statusCode: 200, type: CARD_CONTENT_TYPE, value: card as never };
}

/** The reply to a message whose answer failed: the crisis essentials (see fallbackProtocol). */
export function failedQuestionMessage(s: Services) {
  return cardMessage(fallbackCard(s.bot.fallback()));
}
