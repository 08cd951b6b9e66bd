// A command's platform-neutral result as a Slack message.
import type { CommandResult } from '../../../src/commands/run.ts';
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

export function renderResult(r: CommandResult, o: ResultOptions): Message {
  switch (r.kind) {
    case 'guidance':
      return guidanceMessage(r.guidance, {
        privacyInline: o.private,
        share: o.share,
        topicsCommand: `${COMMAND} topics`,
        escalate: r.escalate,
      });
    case 'help':
      return helpMessage(r.guidance);
    case 'topics':
      return topicListMessage(r.topics);
    case 'sources':
      return sourcesMessage(r.sources);
    case 'quiz':
      return quizCard(r.quiz, r.question);
    case 'subscribed':
      return subscribedMessage(r);
    case 'unsubscribed':
      return unsubscribedMessage(r.existed);
    case 'stats':
      return statsMessage(r.stats);
    case 'leaderboard':
      return leaderboardMessage(r);
    case 'usage':
      return usageMessage(r);
    case 'supervisor-preview':
      return previewMessage(r.preview);
    case 'requests':
      return requestsMessage(r);
    case 'supervisor-unavailable':
    case 'not-supervisor':
      return privateNote(r.text);
  }
}
