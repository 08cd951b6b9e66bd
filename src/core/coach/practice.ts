// A timed practice test as a state machine: N questions drawn across the exam areas, answered
// one at a time, with the start and elapsed time recorded and a summary of the wrong items.

/** How many questions a practice test may have; the exam's pace (150 minutes for 120 items)
 * gives the time limit. */
export const PRACTICE_LIMITS = { min: 1, max: 60, default: 20, secondsPerItem: 75 } as const;
