// A command's platform-neutral result as a Slack message.
import type { CommandResult } from '../../../src/commands/run.ts';
import { coachMessage } from './coach.ts';
import { guidanceMessage } from './guidance.ts';
import {
  COMMAND,
  helpMessage,
  subscribedMessage,
  unsubscribedMessage,
  usageMessage,
} from './help.ts';
import type { Message } from './kit.ts';
import { leaderboardMessage, quizCard, statsMessage } from './quiz.ts';
import { sourcesMessage } from './sources.ts';
import { previewMessage, privateNote, requestsMessage } from './supervisor.ts';
import { topicListMessage } from './topics.ts';

export interface ResultOptions {
  /** Only the asker sees the reply (DM, /boundary): privacy note inline, "Share" offered. */
  private: boolean;
  /** Offer "Share with channel" (not in a DM with the bot, where nobody else would see it). */
  share: boolean;
}

export function renderResult(result: CommandResult, options: ResultOptions): Message {
  switch (result.kind) {
    case 'guidance':
      return guidanceMessage(result.guidance, {
        privacyInline: options.private,
        share: options.share,
        topicsCommand: `${COMMAND} topics`,
        escalate: result.escalate,
      });
    case 'help':
      return helpMessage(result.guidance);
    case 'topics':
      return topicListMessage(result.topics);
    case 'sources':
      return sourcesMessage(result.sources);
    case 'quiz':
      return quizCard(result.quiz, result.question);
    case 'subscribed':
      return subscribedMessage(result);
    case 'unsubscribed':
      return unsubscribedMessage(result.existed);
    case 'stats':
      return statsMessage(result.stats);
    case 'leaderboard':
      return leaderboardMessage(result);
    case 'usage':
      return usageMessage(result);
    case 'supervisor-preview':
      return previewMessage(result.preview);
    case 'requests':
      return requestsMessage(result);
    case 'supervisor-unavailable':
    case 'not-supervisor':
      return privateNote(result.text);
    case 'coach':
      return coachMessage(result.view);
  }
}
