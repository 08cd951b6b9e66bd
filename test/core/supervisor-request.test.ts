// The pure rules of "Ask a supervisor": working-hours reminders (weekends, daylight saving),
// who may make which move, what a reply offers, and what the preview and the card hold.
import { describe, expect, it } from 'vitest';
import { guidanceOutline } from '../../src/core/outline.ts';
import { escalationOffer, notHelpfulOffer } from '../../src/core/supervisor/offer.ts';
import { answerOutline, requestCard } from '../../src/core/supervisor/outline.ts';
import { refusal, type SupervisorRequest } from '../../src/core/supervisor/request.ts';
import {
  DEFAULT_WORKING_HOURS,
  parseWindow,
  workingHoursAfter,
} from '../../src/core/supervisor/working-hours.ts';
// The tests' shared guide: it loads the shipped weights instead of training.
import { guide } from '../helpers.ts';

const due = (from: string, hours: number) =>
  workingHoursAfter(new Date(from), hours, DEFAULT_WORKING_HOURS).toISOString();

describe('reminder due time in working hours (Mon-Fri 09:00-17:00, Los Angeles)', () => {
  it('counts within the day', () => {
    // Monday 10:00 PST -> 14:00 PST.
    expect(due('2026-11-23T18:00:00Z', 4)).toBe('2026-11-23T22:00:00.000Z');
  });
  it('starts counting at 09:00 when sent before the day starts', () => {
    // Monday 07:00 PST -> 13:00.
    expect(due('2026-11-23T15:00:00Z', 4)).toBe('2026-11-23T21:00:00.000Z');
  });
  it('skips the evening and the weekend', () => {
    // Friday 16:00 PST: one hour on Friday, three on Monday -> Monday 12:00 PST.
    expect(due('2026-11-28T00:00:00Z', 4)).toBe('2026-11-30T20:00:00.000Z');
    // Saturday 11:00 -> Monday 13:00.
    expect(due('2026-11-28T19:00:00Z', 4)).toBe('2026-11-30T21:00:00.000Z');
    // Monday 09:00 + 20 hours: 8 + 8 + 4 -> Wednesday 13:00.
    expect(due('2026-11-23T17:00:00Z', 20)).toBe('2026-11-25T21:00:00.000Z');
  });
  it('lands on the local clock across daylight-saving changes', () => {
    // Friday 6 March 16:00 PST; clocks spring forward on Sunday: Monday 12:00 PDT = 19:00Z.
    expect(due('2026-03-07T00:00:00Z', 4)).toBe('2026-03-09T19:00:00.000Z');
    // Friday 30 October 15:00 PDT; clocks fall back on Sunday: Monday 11:00 PST = 19:00Z.
    expect(due('2026-10-30T22:00:00Z', 4)).toBe('2026-11-02T19:00:00.000Z');
  });
  it('reads a HH:MM-HH:MM window', () => {
    expect(parseWindow('08:30-16:30')).toEqual({ start: 510, end: 990 });
    expect(parseWindow('17:00-09:00')).toBeNull();
    expect(parseWindow('9-5')).toBeNull();
  });
});

const base: SupervisorRequest = {
  id: 'r1',
  state: 'open',
  text: 'Can I accept a [amount] gift card from a client?',
  urgent: false,
  topic: { id: 'gifts', title: 'Gifts' },
  confidence: 0.42,
  from: 'low-confidence',
  asker: null,
  askedAt: '2026-11-23T18:00:00.000Z',
  claimedBy: null,
  claimedAt: null,
  answer: null,
  closedAt: null,
  closeReason: null,
  helpful: false,
  reannouncedAt: null,
};
const dana = { userId: 'U-DANA' };
const lee = { userId: 'U-LEE' };

describe('who may do what', () => {
  it('lets any supervisor claim, answer or close an open request', () => {
    for (const move of ['claim', 'answer', 'close', 'delete'] as const)
      expect(refusal(base, move, dana)).toBeNull();
    expect(refusal(base, 'draft', dana)).toBe('not-answered');
  });
  it('keeps a claimed request to its claimer, except deleting', () => {
    const claimed = {
      ...base,
      state: 'claimed' as const,
      claimedBy: { userId: 'U-DANA', name: 'Dana' },
    };
    expect(refusal(claimed, 'answer', dana)).toBeNull();
    expect(refusal(claimed, 'answer', lee)).toBe('claimed-by-other');
    expect(refusal(claimed, 'close', lee)).toBe('claimed-by-other');
    expect(refusal(claimed, 'delete', lee)).toBeNull();
  });
  it('refuses moves on an answered or closed request', () => {
    expect(refusal({ ...base, state: 'answered' }, 'answer', dana)).toBe('already-answered');
    expect(refusal({ ...base, state: 'closed' }, 'claim', dana)).toBe('already-closed');
    expect(refusal({ ...base, state: 'answered' }, 'draft', dana)).toBeNull();
  });
});

describe('the card and the delivered answer', () => {
  it('marks urgent first and shows the topic guess with its confidence', () => {
    const card = requestCard({ ...base, urgent: true });
    expect(card.urgent).toMatch(/Urgent/);
    expect(card.topic).toBe('Topic the bot guessed: Gifts (42% sure)');
    expect(card.asker).toBeNull();
    expect(card.buttons.map((b) => b.move)).toEqual(['claim', 'answer', 'close', 'delete']);
  });
  it('shows who claimed it, and only the moves left for the viewer', () => {
    const claimed = {
      ...base,
      state: 'claimed' as const,
      claimedBy: { userId: 'U-DANA', name: 'Dana' },
    };
    expect(requestCard(claimed).claimed).toBe('Claimed by Dana');
    expect(requestCard(claimed, { viewer: lee }).buttons.map((b) => b.move)).toEqual(['delete']);
    expect(requestCard(claimed, { viewer: dana }).buttons.map((b) => b.move)).toEqual([
      'answer',
      'close',
      'delete',
    ]);
  });
  it('names the answerer by role unless the agency shows names', () => {
    const answered = {
      ...base,
      state: 'answered' as const,
      answer: { text: 'Decline kindly.', by: { userId: 'U-DANA', name: 'Dana' }, at: base.askedAt },
    };
    expect(answerOutline(answered, 'role').answeredBy).toBe('Answered by a supervisor');
    expect(answerOutline(answered, 'name').answeredBy).toBe('Answered by Dana');
  });
});

describe('what a reply offers', () => {
  const miss = { covers: [], topicCount: 33, supervisor: { contact: null } };
  it('offers a supervisor on a miss, on choices and on a low-confidence answer only', () => {
    const none = { miss: null, choices: [], topic: null, confidence: null };
    expect(escalationOffer({ ...none, miss }, 'q', true)?.from).toBe('miss');
    expect(escalationOffer({ ...none, choices: [{ id: 'a', title: 'A' }] }, 'q', true)?.from).toBe(
      'choices',
    );
    const topic = { id: 'gifts' } as never;
    expect(escalationOffer({ ...none, topic, confidence: 0.3 }, 'q', true)?.from).toBe(
      'low-confidence',
    );
    expect(escalationOffer({ ...none, topic, confidence: 0.9 }, 'q', true)).toBeNull();
    expect(escalationOffer({ ...none, miss }, 'q', false)).toBeNull();
    expect(notHelpfulOffer(false)).toBeNull();
    expect(notHelpfulOffer(true)).toMatchObject({ from: 'not-helpful', draft: '' });
  });
  it('carries a redacted draft, never the identifiers', () => {
    const none = { miss, choices: [], topic: null, confidence: null };
    const offer = escalationOffer(
      none,
      'My client called me at 555-123-4567, can I call back?',
      true,
    );
    expect(offer?.draft).not.toMatch(/555/);
    expect(offer?.draft).toMatch(/\[phone\]/);
  });
});

describe('the reply outline with "Ask a supervisor"', () => {
  it('puts the offer on the part it came from, and changes nothing without one', () => {
    const miss = guide.answer('what is the best pizza topping in naples');
    expect(miss.miss).not.toBeNull();
    const offer = escalationOffer(miss, 'what is the best pizza topping in naples', true);
    expect(guidanceOutline(miss)).toEqual(guidanceOutline(miss, null));
    const withOffer = guidanceOutline(miss, offer);
    expect(withOffer.map((s) => s.kind)).toEqual(guidanceOutline(miss).map((s) => s.kind));
    expect(withOffer.find((s) => s.kind === 'miss')).toMatchObject({
      askSupervisor: { from: 'miss', label: 'Ask a supervisor' },
    });
    const topic = guide.answer('can I accept a gift card from a client');
    const low = guidanceOutline(topic, {
      from: 'low-confidence',
      label: 'Ask a supervisor',
      draft: 'q',
    });
    expect(low.find((s) => s.kind === 'more')).toMatchObject({
      askSupervisor: { from: 'low-confidence' },
    });
    // The crisis protocol still leads.
    const crisis = guide.answer('my client says she will kill herself tonight');
    const c = guidanceOutline(crisis, escalationOffer(crisis, 'x', true));
    expect(c[0]?.kind).toBe('crisis');
  });
});
