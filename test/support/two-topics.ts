// A question with two concerns in it, on which the real knowledge leaves the matcher unsure (the
// runner-up scores close to the best), for the tests of "Which fits best?". Whether one phrasing
// stays unsure moves with the learned weights ("a hug and a ride home" became sure when four
// more blind corpora were learned): then pick another question of two concerns, never tune the
// matcher for one sentence.
export const TWO_TOPIC_QUESTION = 'can i hug a client and drive her home after group';
