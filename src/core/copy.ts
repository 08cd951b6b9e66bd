// Every label and sentence a person reads in guidance and help, written once for every surface
// (Slack, Teams, the web console, the terminal). Plain text, no markup: each surface adds its
// own emphasis and punctuation around a heading. Command results live in commands/text.ts,
// which re-exports this module.
import type { Miss, SupervisorRoute, TopicRef } from './guidance.ts';

/** How a command is typed in Slack and in the web console. */
export const COMMAND_NAME = '/boundary';

/** The headings of a topic's parts. */
export const LABELS = {
  whatToDo: 'What to do',
  reflect: 'Reflect',
  more: 'More',
  inGeneral: 'In general:',
  moreSteps: 'Also',
  whenItChanges: 'When it changes',
  agencyPolicy: "Check your agency's policy:",
  sources: 'Sources',
  related: 'Related',
  forExample: 'For example',
  contacts: 'Contacts',
} as const;

/** Shown when a message seems to hold identifiers; it never repeats them. */
export const PRIVACY_WARNING =
  'Privacy: your message may identify someone. Please delete it from the channel and use initials or "my client" instead. I did not store it.';

// The words of "help the person choose" and of an honest miss.
/** Heads the choices offered when the bot is unsure. */
export const WHICH_FITS = 'Which fits best?';
/** A no-match that came close: said before the choices. */
export const NOT_SURE = "I'm not sure which topic this is.";
/** An honest miss, said plainly. */
export const NO_ANSWER = "I don't have an answer for that.";
/** How to reach a person when the agency set no SUPERVISOR_CONTACT. */
export const ASK_SUPERVISOR = "Ask your supervisor or check your agency's policy.";
/** The terminal console: a choice is picked by typing its number. */
export const PICK_BY_NUMBER = 'Type its number to pick one.';
/** A no-match in a crisis (the protocol leads) or with nothing else to say. */
export const NO_MATCH = "I couldn't match that to a boundary or ethics topic.";

/** One line on what the bot covers, from the knowledge. */
export const coversText = (m: Miss): string =>
  `I cover ${m.topicCount} boundary and ethics topics in peer support, such as ${m.covers.map((t) => t.title).join(' · ')}.`;

export const supervisorText = (r: SupervisorRoute): string => r.contact ?? ASK_SUPERVISOR;

/** The choices as a numbered list: "1. Gifts, tips and favors". */
export const choiceLines = (choices: TopicRef[]): string[] =>
  choices.map((c, i) => `${i + 1}. ${c.title}`);

// Help: how to ask, and what the bot is not.
export const GREETING = "Hi! I'm boundary-bot.";
/** How to ask, said alone after a no-match. */
export const HOW_TO_ASK = 'Ask me about a boundary or ethics situation at work, in your own words.';
/** How to ask and what a reply holds: the help reply. */
export const HELP_INTRO =
  "Ask me about a boundary or ethics situation at work, in your own words, and I'll give you the principle, practical steps, a question to reflect on and the standard behind it.";
export const NOT_A_RULEBOOK =
  "I'm a guide, not a rulebook: your agency's policy and your supervisor have the last word.";

/** Buttons under a topic. */
export const HELPFUL = 'Helpful';
export const NOT_HELPFUL = 'Not helpful';
export const SHARE_WITH_CHANNEL = 'Share with channel';
export const BROWSE_TOPICS = 'Browse topics';

/** Before the command (or button) that lists every topic. */
export const allTopicsLabel = (count: number | null | undefined): string =>
  `All ${count ?? ''} topics:`;

// "Ask a supervisor": the asker's preview, the supervisors' card and the answer delivered back.
export const SUPERVISOR = {
  /** The button on a reply, and the command's words. */
  askButton: 'Ask a supervisor',
  previewHeading: 'This is what your supervisors will see',
  previewNote:
    'Identifiers were replaced by placeholders such as [name]. You can edit the question before sending. Nothing is sent until you press Send.',
  typeQuestion: 'Type your question for your supervisors.',
  editLabel: 'Your question',
  withName: 'Send with my name',
  anonymously: 'Send anonymously',
  anonymousNotAllowed: 'Your agency asks that questions go with your name.',
  send: 'Send',
  cancel: 'Cancel',
  sent: "Sent to your supervisors. You'll get the answer here, privately.",
  cancelled: 'Not sent.',
  empty: 'There is no question to send. Please type one.',
  tooLong: 'That is longer than 1,500 characters. Please shorten it.',
  urgent: 'Urgent: the crisis protocol fired on this question',
  cardHeading: 'A question for supervisors',
  reannounced: 'Still waiting for a supervisor',
  topicGuess: 'Topic the bot guessed',
  noTopic: 'No topic guessed',
  askedAt: 'Asked',
  askedBy: 'From',
  anonymous: 'Anonymous',
  claim: 'Claim',
  answer: 'Answer',
  close: 'Close',
  delete: 'Delete',
  makeDraft: 'Draft for the agency knowledge',
  answerLabel: 'Your answer',
  closeReasonLabel: 'Why close it?',
  answerHeading: 'Your supervisor answered',
  yourQuestion: 'Your question',
  helpful: 'Helpful',
  thanks: 'Thanks: your supervisors will see it helped.',
  deleted: 'Deleted.',
  notSupervisor: 'Only the supervisors configured for this bot can do that.',
  notYours: 'Only the person who asked can do that.',
  noRequests: 'No requests in this state.',
  gone: 'This request is no longer here (answered and deleted, or deleted).',
  draftNeedsAnswer: 'Only an answered request can become a draft.',
  draftWritten:
    'Draft written for review. A curator checks it and moves it into the agency knowledge.',
} as const;

export const STATE_LABELS = {
  open: 'Waiting',
  claimed: 'Claimed',
  answered: 'Answered',
  closed: 'Closed',
} as const;

/** The answerer as the asker sees it (by role unless the agency shows names). */
export const answeredBy = (name: string | null): string =>
  name ? `Answered by ${name}` : 'Answered by a supervisor';

export const claimedByText = (name: string) => `Claimed by ${name}`;
export const closedText = (reason: string) => `Closed: ${reason}`;
export const confidenceText = (c: number | null) =>
  c === null ? '' : ` (${Math.round(c * 100)}% sure)`;

/** No supervisors' place is set: whom to ask instead (SUPERVISOR_CONTACT or the default). */
export const noSupervisorsText = (contact: string | null): string =>
  `This bot has no supervisors' channel set up, so nothing was sent or stored. ${contact ?? ASK_SUPERVISOR}`;

/** Why a click on a request changed nothing: one honest reply for each. */
export const REFUSALS = {
  'not-supervisor': SUPERVISOR.notSupervisor,
  'claimed-by-other': 'Someone else has claimed this request.',
  'already-answered': 'This request was already answered.',
  'already-closed': 'This request was already closed.',
  'not-answered': 'Only an answered request can become a draft.',
} as const;

/** The terminal console's "Ask a supervisor" lines: what can be typed at each step. */
export const CONSOLE_SUPERVISOR = {
  previewHelp: (anonymous: boolean) =>
    `Type "send" to send it with your name${anonymous ? ', "send anonymously"' : ''}, "edit <your question>" to change it, or "cancel".`,
  unlock:
    'Supervisor mode on: "requests [open|claimed|answered|closed]", "claim N", "answer N <text>", "close N <reason>", "delete N", "draft N [topic-id]", "new-topic N <new-id>".',
  wrongKey: 'That is not the supervisor key.',
  noKey: 'No supervisor key is set (SUPERVISOR_CONSOLE_KEY), so supervisor mode is off.',
  pickNumber: 'Type "requests" first, then use the number shown before a request.',
  inboxEmpty: 'No answers from your supervisors yet.',
  inboxHelp: 'Type "helpful N" to tell your supervisors an answer helped.',
  pending: 'Your question is waiting: "send", "edit <your question>" or "cancel".',
} as const;

/** The personal exam coach: daily questions, readiness, practice tests, erasure. No exam score
 * prediction and no area weights: CalMHSA does not publish them. */
export const COACH = {
  dailyHeading: 'Your daily practice question',
  practiceHeading: 'Practice test',
  endTest: 'End the test',
  right: 'Right.',
  wrong: 'Not quite.',
  repeat: 'You already answered this one; your first answer counts.',
  youChose: 'You chose',
  bestAnswer: 'The best answer',
  why: 'Why',
  source: 'Source',
  readGuidance: 'Read the guidance',
  progressHeading: 'Your exam practice',
  progressNote:
    'Only you see this. It counts your practice answers; it does not predict an exam score.',
  progressEmpty:
    'Nothing answered yet. Start with "quiz me daily 07:30 America/Los_Angeles" or "quiz practice 20".',
  answered: 'Answered',
  rightShare: 'Right',
  dueNow: 'Due for review',
  streak: 'Streak',
  mastered: 'Mastered',
  byArea: 'By exam area',
  byTopic: 'By topic',
  reviewNext: 'Review next',
  progressPrivately:
    'Your progress is only shown to you: type it in a direct message with me (or use /boundary in Slack).',
  practiceInDm:
    'Practice tests run privately: open a direct message with me and type "quiz practice 20" there.',
  practiceDone: 'Practice test done',
  practiceGone:
    'This practice test is over or was erased. Start a new one with "quiz practice 20".',
  reviewThese: 'Review these',
  practiceNote:
    'Practice items only: this is not an exam score. Review the wrong ones, then try again.',
  notYours: 'This question was sent to someone else.',
  itemGone: 'This question is no longer here. Your next one comes at your usual time.',
  stopped: 'Your daily question is stopped. Your progress is kept; "quiz forget me" erases it.',
  notStarted:
    'You have no daily question. Start one with "quiz me daily 07:30 America/Los_Angeles".',
  forgetAsk:
    'Erase your quiz answers, your daily question, your schedule, your practice tests and your leaderboard places? This cannot be undone.',
  forgetYes: 'Erase',
  forgetNo: 'Keep',
  forgotten: 'Done: everything the quiz kept about you is erased.',
  forgetKept: 'Nothing was erased.',
  noQuestions: 'There are no quiz questions to practice with.',
  // The terminal console: what can be typed next.
  consoleAnswer: 'Type the number (or letter) of your answer.',
  consoleAnswerOrEnd: 'Type the number (or letter) of your answer, or "end" to end the test.',
  consoleForget: 'Type "erase" to erase it all, or "keep".',
  answerWithNumber: 'That is not one of the options: type its number.',
} as const;

const WEEKDAYS_TEXT = 'on weekdays';
export const planText = (time: string, zone: string, weekdaysOnly: boolean): string =>
  `Your daily practice question comes at ${time} ${zone}${weekdaysOnly ? ` ${WEEKDAYS_TEXT}` : ', every day'}, in a direct message.`;
export const planSavedText = (time: string, zone: string, weekdaysOnly: boolean): string =>
  `${planText(time, zone, weekdaysOnly)} Missed questions come back soon; known ones less often. "quiz me pause 7" holds it, "quiz me stop" ends it.`;
export const pausedText = (until: string): string =>
  `Your daily question is paused until ${until} (it comes again that day).`;
export const pausedPlanText = (until: string, time: string, zone: string): string =>
  `Paused until ${until}; then daily at ${time} ${zone}.`;
export const comesBackText = (days: number): string =>
  days <= 1 ? 'This one comes back tomorrow.' : `This one comes back in ${days} days.`;
export const streakText = (days: number): string => (days === 1 ? '1 day' : `${days} days`);
export const rowText = (
  name: string,
  answered: number,
  correct: number,
  mastered: number,
  total: number,
): string =>
  answered
    ? `${name}: ${correct} of ${answered} right (${Math.round((100 * correct) / answered)}%) · ${mastered} of ${total} mastered`
    : `${name}: not practiced yet · ${total} items`;
export const reviewReason = (answered: number, correct: number, due: number): string =>
  answered ? `${correct} of ${answered} right${due ? `, ${due} due` : ''}` : 'not practiced yet';
export const practiceProgress = (
  n: number,
  of: number,
  usedMin: number,
  limitMin: number,
): string => `Question ${n} of ${of} · ${usedMin} of ${limitMin} minutes used`;
export const practiceScore = (right: number, of: number): string =>
  `${right} of ${of} right (${of ? Math.round((100 * right) / of) : 0}%)`;
export const practiceTime = (minutes: number, limit: number, over: boolean): string =>
  `Took ${minutes} minute${minutes === 1 ? '' : 's'} (limit ${limit})${over ? '; time ran out' : ''}.`;
export const unansweredText = (n: number): string | null =>
  n ? `${n} not answered before the end.` : null;
// Asking in one gesture, without leaving the conversation: a shortcut on a message, a private
// question box, the bot's Messages tab. The answer itself is the guidance outline above.
export const GESTURES = {
  /** On any message: the guidance for it, shown only to the person who asked for it. */
  messageShortcut: 'Get boundary guidance',
  /** Anywhere: a private question box (Slack names a shortcut in 24 characters at most). */
  askPrivately: 'Ask privately',
  /** The question box's title (Slack allows 24 characters). */
  boxTitle: 'Ask privately',
  boxLabel: 'Your question',
  boxHint:
    "Only you see the answer. Please don't include names or other details that identify someone.",
  ask: 'Ask',
  close: 'Close',
  /** The answer in a box that vanishes: keep a copy. */
  sendToDm: 'Send me this in a DM',
  sentToDm: 'Sent to your direct messages with boundary-bot.',
  /** Above guidance for a message someone else may have written. */
  forMessage: 'Guidance for the message you picked. Only you can see this.',
  /** A message may have been written by someone else: the note cannot ask "you" to delete it. */
  messagePrivacy:
    'Privacy: this message may identify someone. I did not store it or repeat it. Consider asking its author to remove the details.',
  /** The Messages tab, the first time it is opened, and the App Home. */
  tryAsking: 'Try asking',
} as const;
