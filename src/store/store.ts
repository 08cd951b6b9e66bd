// The one store interface, the same on SQLite and PostgreSQL (one set of Kysely queries).
// Each group of tables has a module of functions taking `db`; Store passes them its database,
// so callers hold one object.
import { sql } from 'kysely';
import * as answers from './answers.ts';
import * as asks from './asks.ts';
import * as coach from './coach.ts';
import * as conversations from './conversations.ts';
import * as deck from './deck.ts';
import * as deliveries from './deliveries.ts';
import * as feedback from './feedback.ts';
import * as leaderboard from './leaderboard.ts';
import { type Dialect, openDatabase, type StoreLocation } from './open.ts';
import * as outbox from './outbox.ts';
import * as posts from './posts.ts';
import * as quizzes from './quizzes.ts';
import * as report from './report.ts';
import * as requests from './requests.ts';
import type { Db } from './schema.ts';
import * as subscriptions from './subscriptions.ts';

export type { Answer } from './answers.ts';
export type { Ask } from './asks.ts';
export { coachChannel, deliveryKey, personKey, type StoredPlan } from './coach.ts';
export { channelKey } from './columns.ts';
export type { OutboxItem } from './outbox.ts';
export type { PostClaim } from './posts.ts';
export type { Quiz } from './quizzes.ts';
export type { NewRequest, StoredRequest } from './requests.ts';
export type { Subscription } from './subscriptions.ts';

export async function createStore(where: StoreLocation) {
  const { db, dialect } = await openDatabase(where);
  return new Store(db, dialect);
}

/** How often expired delivery ids are deleted (see firstDelivery). */
const EVENTS_PURGE_MS = 60_000;

interface PendingClaim extends deliveries.DeliveryClaim {
  resolve: (first: boolean) => void;
  reject: (error: unknown) => void;
}

/** The arguments of a store function after `db`. */
type Rest<F> = F extends (db: Db, ...rest: infer A) => unknown ? A : never;

export class Store {
  constructor(
    readonly db: Db,
    readonly dialect: Dialect,
  ) {}

  // The personal exam coach (coach.ts).
  savePlan(...args: Rest<typeof coach.savePlan>) {
    return coach.savePlan(this.db, ...args);
  }
  plan(...args: Rest<typeof coach.findPlan>) {
    return coach.findPlan(this.db, ...args);
  }
  activePlans(...args: Rest<typeof coach.activePlans>) {
    return coach.activePlans(this.db, ...args);
  }
  updatePlan(...args: Rest<typeof coach.updatePlan>) {
    return coach.updatePlan(this.db, ...args);
  }
  planDelivered(...args: Rest<typeof coach.planDelivered>) {
    return coach.planDelivered(this.db, ...args);
  }
  itemStates(...args: Rest<typeof coach.itemStates>) {
    return coach.itemStates(this.db, ...args);
  }
  itemState(...args: Rest<typeof coach.itemState>) {
    return coach.itemState(this.db, ...args);
  }
  saveItemState(...args: Rest<typeof coach.saveItemState>) {
    return coach.saveItemState(this.db, ...args);
  }
  activeDays(...args: Rest<typeof coach.activeDays>) {
    return coach.activeDays(this.db, ...args);
  }
  savePractice(...args: Rest<typeof coach.savePractice>) {
    return coach.savePractice(this.db, ...args);
  }
  updatePractice(...args: Rest<typeof coach.updatePractice>) {
    return coach.updatePractice(this.db, ...args);
  }
  practice(...args: Rest<typeof coach.findPractice>) {
    return coach.findPractice(this.db, ...args);
  }
  purgePractice(...args: Rest<typeof coach.purgePractice>) {
    return coach.purgePractice(this.db, ...args);
  }
  forgetPerson(...args: Rest<typeof coach.forgetPerson>) {
    return coach.forgetPerson(this.db, ...args);
  }

  subscribe(...args: Rest<typeof subscriptions.subscribe>) {
    return subscriptions.subscribe(this.db, ...args);
  }
  unsubscribe(...args: Rest<typeof subscriptions.unsubscribe>) {
    return subscriptions.unsubscribe(this.db, ...args);
  }
  subscriptions(...args: Rest<typeof subscriptions.listSubscriptions>) {
    return subscriptions.listSubscriptions(this.db, ...args);
  }

  claimPost(...args: Rest<typeof posts.claimPost>) {
    return posts.claimPost(this.db, ...args);
  }
  recordIntent(...args: Rest<typeof posts.recordIntent>) {
    return posts.recordIntent(this.db, ...args);
  }
  markPosted(...args: Rest<typeof posts.markPosted>) {
    return posts.markPosted(this.db, ...args);
  }
  markFailed(...args: Rest<typeof posts.markFailed>) {
    return posts.markFailed(this.db, ...args);
  }
  releaseClaims(...args: Rest<typeof posts.releaseClaims>) {
    return posts.releaseClaims(this.db, ...args);
  }
  post(...args: Rest<typeof posts.findPost>) {
    return posts.findPost(this.db, ...args);
  }

  createQuiz(...args: Rest<typeof quizzes.createQuiz>) {
    return quizzes.createQuiz(this.db, ...args);
  }
  quiz(...args: Rest<typeof quizzes.findQuiz>) {
    return quizzes.findQuiz(this.db, ...args);
  }
  previousDaily(...args: Rest<typeof quizzes.previousDaily>) {
    return quizzes.previousDaily(this.db, ...args);
  }
  deck(...args: Rest<typeof deck.deck>) {
    return deck.deck(this.db, ...args);
  }
  markAsked(...args: Rest<typeof deck.markAsked>) {
    return deck.markAsked(this.db, ...args);
  }

  answer(...args: Rest<typeof answers.recordAnswer>) {
    return answers.recordAnswer(this.db, ...args);
  }
  answersFor(...args: Rest<typeof answers.answersFor>) {
    return answers.answersFor(this.db, ...args);
  }
  answerOf(...args: Rest<typeof answers.answerOf>) {
    return answers.answerOf(this.db, ...args);
  }
  answerers(...args: Rest<typeof answers.answerers>) {
    return answers.answerers(this.db, ...args);
  }
  distribution(...args: Rest<typeof answers.distribution>) {
    return answers.distribution(this.db, ...args);
  }
  channelResults(...args: Rest<typeof answers.channelResults>) {
    return answers.channelResults(this.db, ...args);
  }
  setLeaderboard(...args: Rest<typeof leaderboard.setLeaderboard>) {
    return leaderboard.setLeaderboard(this.db, ...args);
  }
  leaderboardUsers(...args: Rest<typeof leaderboard.leaderboardUsers>) {
    return leaderboard.leaderboardUsers(this.db, ...args);
  }

  feedback(...args: Rest<typeof feedback.recordFeedback>) {
    return feedback.recordFeedback(this.db, ...args);
  }
  /** When expired delivery ids were last deleted (ms since the epoch). */
  private eventsPurgedAt = Number.NEGATIVE_INFINITY;
  /** Claims asked for during this turn of the event loop, written together at its end. */
  private claims: PendingClaim[] = [];

  /** True the first time an event id is seen (until it expires). The claim is in the database
   * before the promise resolves; claims asked for in the same turn of the event loop (requests
   * arriving together) are written in one statement. Expired ids are deleted together at most
   * once a minute, not on every request. */
  firstDelivery(eventId: string, now: Date, ttlMs: number): Promise<boolean> {
    return new Promise((resolve, reject) => {
      this.claims.push({ id: eventId, now, ttlMs, resolve, reject });
      if (this.claims.length === 1) setImmediate(() => void this.writeClaims());
    });
  }

  private async writeClaims(): Promise<void> {
    const batch = this.claims;
    this.claims = [];
    // The earliest clock of the batch: an id expiring within it stays claimed (at most once).
    const now = new Date(batch.reduce((t, c) => Math.min(t, c.now.getTime()), Infinity));
    const purge = now.getTime() - this.eventsPurgedAt >= EVENTS_PURGE_MS;
    if (purge) this.eventsPurgedAt = now.getTime();
    try {
      const claimed = await deliveries.claimDeliveries(this.db, batch, now, purge);
      // The same id twice in one batch: the first asker has it, the second is the repeat.
      for (const c of batch) c.resolve(claimed.delete(c.id));
    } catch (error) {
      for (const c of batch) c.reject(error);
    }
  }
  saveReference(...args: Rest<typeof conversations.saveReference>) {
    return conversations.saveReference(this.db, ...args);
  }
  reference(...args: Rest<typeof conversations.findReference>) {
    return conversations.findReference(this.db, ...args);
  }
  recordAsks(...args: Rest<typeof asks.recordAsks>) {
    return asks.recordAsks(this.db, ...args);
  }
  saveMiss(...args: Rest<typeof asks.saveMiss>) {
    return asks.saveMiss(this.db, ...args);
  }

  askCountsBetween(...args: Rest<typeof report.askCountsBetween>) {
    return report.askCountsBetween(this.db, ...args);
  }
  feedbackBetween(...args: Rest<typeof report.feedbackBetween>) {
    return report.feedbackBetween(this.db, ...args);
  }
  quizResultsBetween(...args: Rest<typeof report.quizResultsBetween>) {
    return report.quizResultsBetween(this.db, ...args);
  }
  missesBetween(...args: Rest<typeof report.missesBetween>) {
    return report.missesBetween(this.db, ...args);
  }
  requestFactsBetween(...args: Rest<typeof report.requestFactsBetween>) {
    return report.requestFactsBetween(this.db, ...args);
  }

  // "Ask a supervisor": requests and the outbox that delivers each card and answer once.
  createRequest(...args: Rest<typeof requests.createRequest>) {
    return requests.createRequest(this.db, ...args);
  }
  request(...args: Rest<typeof requests.findRequest>) {
    return requests.findRequest(this.db, ...args);
  }
  requests(...args: Rest<typeof requests.listRequests>) {
    return requests.listRequests(this.db, ...args);
  }
  answeredFor(...args: Rest<typeof requests.answeredFor>) {
    return requests.answeredFor(this.db, ...args);
  }
  claimRequest(...args: Rest<typeof requests.claimRequest>) {
    return requests.claimRequest(this.db, ...args);
  }
  answerRequest(...args: Rest<typeof requests.answerRequest>) {
    return requests.answerRequest(this.db, ...args);
  }
  closeRequest(...args: Rest<typeof requests.closeRequest>) {
    return requests.closeRequest(this.db, ...args);
  }
  deleteRequest(...args: Rest<typeof requests.deleteRequest>) {
    return requests.deleteRequest(this.db, ...args);
  }
  markRequestHelpful(...args: Rest<typeof requests.markHelpful>) {
    return requests.markHelpful(this.db, ...args);
  }
  queueReminders(...args: Rest<typeof requests.queueReminders>) {
    return requests.queueReminders(this.db, ...args);
  }
  purgeRequests(...args: Rest<typeof requests.purgeRequests>) {
    return requests.purgeRequests(this.db, ...args);
  }
  dueDeliveries(...args: Rest<typeof outbox.dueDeliveries>) {
    return outbox.dueDeliveries(this.db, ...args);
  }
  claimDelivery(...args: Rest<typeof outbox.claimDelivery>) {
    return outbox.claimDelivery(this.db, ...args);
  }
  recordDeliveryIntent(...args: Rest<typeof outbox.recordDeliveryIntent>) {
    return outbox.recordDeliveryIntent(this.db, ...args);
  }
  markDelivered(...args: Rest<typeof outbox.markDelivered>) {
    return outbox.markDelivered(this.db, ...args);
  }
  markDeliveryFailed(...args: Rest<typeof outbox.markDeliveryFailed>) {
    return outbox.markDeliveryFailed(this.db, ...args);
  }
  releaseDeliveries(...args: Rest<typeof outbox.releaseDeliveries>) {
    return outbox.releaseDeliveries(this.db, ...args);
  }
  delivery(...args: Rest<typeof outbox.findDelivery>) {
    return outbox.findDelivery(this.db, ...args);
  }
  deliveriesOf(...args: Rest<typeof outbox.deliveriesOf>) {
    return outbox.deliveriesOf(this.db, ...args);
  }

  /** For /readyz: resolves when the database answers. */
  async ping(): Promise<void> {
    await sql`select 1`.execute(this.db);
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }
}
