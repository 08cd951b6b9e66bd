// What an opted-in log line or stored miss keeps of a question: the redacted words, or only the
// topic guess when the words still look risky after redaction.
import { describe, expect, it } from 'vitest';
import { questionToKeep, risky } from '../../src/core/safety/keep-question.ts';

describe('questionToKeep', () => {
  it('keeps the redacted words of an ordinary question', () => {
    expect(questionToKeep('can i accept a $25 gift card from Maria', ['gifts'], 500)).toBe(
      'can i accept a $25 gift card from Maria',
    );
    expect(
      questionToKeep('my client Jose Ramirez DOB 04/12/1990 gave me a gift', ['gifts'], 500),
    ).toBe('my client [name] [date of birth] gave me a gift');
    expect(questionToKeep('what does 45 CFR 164.512 say, and WIC 15630?', [], 500)).toBe(
      'what does 45 CFR 164.512 say, and WIC 15630?',
    );
  });

  it.each([
    ['a long digit run in no known format', 'her code is 4417/2290/5531, what now'],
    ['an e-mail written in a form no rule knows', 'gift card from tanya dot reeves at example'],
    ['an at sign', 'reply to @ tanya on the group page?'],
    ['a cue with a number in a form not caught', 'she was born the 14th in 87, can i help'],
    ['two capitalised name-like words apart', 'my client Keisha and her mom Brenda fight'],
    ['a given name and a word in no dictionary', 'so maria wnats a gift card from me, ok?'],
  ])('withholds the words when the residue may identify someone: %s', (_why, q) => {
    expect(questionToKeep(q, ['gifts', 'boundaries'], 500)).toBe(
      '[question withheld; topic guess: gifts, boundaries]',
    );
    expect(questionToKeep(q, [], 500)).toBe('[question withheld]');
  });

  it('reads placeholders as safe', () => {
    expect(risky('my client [name] [date of birth], [SSN], [phone]')).toBe(false);
  });

  it('cuts the kept words to the limit', () => {
    expect(questionToKeep('can i accept a gift card from a client', [], 10)).toBe('can i acce');
  });
});
