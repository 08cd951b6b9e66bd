// The crisis classifier (src/core/safety/crisis-classifier.ts) and how it joins the rules: the
// shipped weights are those of the training data and code in the repository, and the
// combination keeps what the rules decide while raising what they miss.
import { describe, expect, it } from 'vitest';
import { combine, detectCrisis, explainCrisis, readRules } from '../../src/core/safety/crisis.ts';
import {
  classify,
  shippedFeatures,
  THRESHOLDS,
  toShipped,
} from '../../src/core/safety/crisis-classifier.ts';
import { conceptsIn } from '../../src/core/safety/crisis-concepts.ts';
import { crisisFeatures, stem } from '../../src/core/safety/crisis-features.ts';
import weights from '../../src/core/safety/crisis-weights.json' with { type: 'json' };
import { trainingHash } from '../../src/evaluation/crisis-training.ts';
import { ruleReading } from '../support/rule-reading.ts';

const reading = ruleReading;
const sure = { p: 0.99, kind: 'suicide' as const, also: null, top: [] };
const unsure = { p: 0.01, kind: 'suicide' as const, also: null, top: [] };

describe('the light stem of the crisis features', () => {
  it('trims the first ending that leaves three letters, and leaves short words be', () => {
    const words = ['pills', 'cutting', 'thing', 'dying', 'overdosed', 'bless', 'cuts', 'things'];
    const more = ['hanging', 'boxes', 'mess', 'knives', 'sings', 'going'];
    expect([...words, ...more].map(stem)).toEqual([
      ...['pill', 'cutt', 'thing', 'dying', 'overdos', 'bles', 'cuts', 'thing'],
      ...['hang', 'box', 'mess', 'kniv', 'sing', 'going'],
    ]);
  });
});

describe('crisis classifier', () => {
  it('ships weights trained on the training data and code in the repository (npm run safety:train)', () => {
    expect(weights.hash, 'stale weights: run npm run safety:train and commit').toBe(trainingHash());
  });

  it('joins typos and Spanish endings by the first letters of a long word', () => {
    const shared = (a: string, b: string) =>
      crisisFeatures(a, []).filter((f) => f.endsWith('~') && crisisFeatures(b, []).includes(f));
    expect(shared('quiere ahorcarse', 'lo encontre ahorcado')).toEqual(['ahor~', 'ahorc~']);
    expect(shared('he is overdosin', 'she overdosed')).toEqual(['over~', 'overd~']);
    // Short words have no prefix of their own: "pill" and "pills" already meet at the stem.
    expect(crisisFeatures('took pills', []).some((f) => f.endsWith('~'))).toBe(false);
    // The shipped weights learned them.
    expect(shippedFeatures()).toEqual(expect.arrayContaining(['overd~', 'ahorc~']));
  });

  it('reads the weights as shipped exactly as training made them', () => {
    const trained = {
      hash: 'h',
      thresholds: { crisis: 0.5, possible: 0.2 },
      bias: [1.5, -0.25, 0, 0, 0, 0, 0],
      weights: {
        pills: [-1.2, 0.8, 0, 2.01, 0, 0, -0.03],
        'took pills': [0, 0.5, 0, 1.1, 0, 0, 0],
        '#means': [-0.4, 0.3, 0.1, 0, 0, 0, 0],
      },
    };
    const shipped = toShipped(trained);
    expect(shipped.features.split('\n')).toEqual(['#means', 'pills', 'took pills']);
    for (const features of [['took', 'pills', 'took pills', '#means'], ['unknown'], []])
      expect(classify(features, true, shipped)).toEqual(classify(features, true, trained));
    expect(classify(['pills'], false, shipped).kind).toBe('overdose');
    // Training rounds to hundredths; anything finer would not survive the shipped form.
    expect(() => toShipped({ ...trained, weights: { x: [0.123, 0, 0, 0, 0, 0, 0] } })).toThrow(
      /hundredths/,
    );
    expect(() => classify(['pills'], false, { ...shipped, weights: '1,2,3' })).toThrow(/rows/);
  });

  it('has thresholds that leave room for the line below a crisis', () => {
    expect(THRESHOLDS.possible).toBeGreaterThan(0);
    expect(THRESHOLDS.possible).toBeLessThanOrEqual(THRESHOLDS.crisis);
    expect(THRESHOLDS.crisis).toBeLessThan(1);
  });

  it('never lowers what the rules call a crisis', () => {
    const r = reading({ level: 'crisis', kinds: ['overdose'] });
    expect(combine(r, unsure, THRESHOLDS)).toMatchObject({ level: 'crisis', kinds: ['overdose'] });
  });

  it('raises a message the rules missed to a crisis only when sure and not framed as talk', () => {
    // Bars of their own: the shipped override may lie below this classifier's 0.99.
    const t = { crisis: 0.9, possible: 0.5, override: 0.995 };
    expect(combine(reading({}), sure, t).level).toBe('crisis');
    expect(combine(reading({ guarded: true }), sure, t).level).toBe('possible');
    expect(combine(reading({ signs: false }), sure, t).level).toBe('possible');
    expect(combine(reading({}), unsure, t).level).toBeNull();
  });

  it('lets a classifier all but sure of a danger see through a framing or a denial', () => {
    const t = { crisis: 0.9, possible: 0.5, override: 0.995 };
    const allButSure = { ...sure, p: 0.998 };
    // "Probably nothing, but": framed, with a sign of danger.
    expect(combine(reading({ guarded: true }), allButSure, t).level).toBe('crisis');
    expect(combine(reading({ guarded: true }), sure, t).level).toBe('possible');
    // A means alone, or no sign the concepts name, needs the message told as now.
    const means = { guarded: true, meansOnly: true };
    expect(combine(reading(means), allButSure, t).level).toBe('possible');
    expect(combine(reading({ ...means, present: true }), allButSure, t).level).toBe('crisis');
    const noSign = { ...means, signs: false };
    expect(combine(reading(noSign), allButSure, t).level).toBe('possible');
    expect(combine(reading({ ...noSign, present: true }), allButSure, t).level).toBe('crisis');
  });

  it('gives the protocol to a danger no concept names only when the classifier is all but sure', () => {
    const t = { crisis: 0.2, possible: 0.06, sure: 0.4, override: 0.8 };
    const noSign = reading({ signs: false, meansOnly: true });
    expect(combine(noSign, { ...sure, p: 0.85 }, t).level).toBe('crisis');
    expect(combine(noSign, { ...sure, p: 0.6 }, t).level).toBe('possible');
    expect(combine({ ...noSign, present: true }, { ...sure, p: 0.6 }, t).level).toBe('crisis');
    // Framed, it stays the line however sure, unless told as now.
    expect(combine({ ...noSign, guarded: true }, { ...sure, p: 0.99 }, t).level).toBe('possible');
  });

  it('makes a means alone, not told as now, a crisis only when the classifier is all but certain', () => {
    const t = { crisis: 0.2, possible: 0.06, sure: 0.4, override: 0.8 };
    const means = reading({ meansOnly: true });
    // "My client keeps a loaded pistol in his nightstand" scores about 0.93: the line.
    expect(combine(means, { ...sure, p: 0.93 }, t).level).toBe('possible');
    // "The rope is ready in the garage", "asked how many of his pills it would take".
    expect(combine(means, { ...sure, p: 0.97 }, t).level).toBe('crisis');
    // Framed, a means alone stays the line however sure.
    expect(combine({ ...means, guarded: true }, { ...sure, p: 0.99 }, t).level).toBe('possible');
  });

  it('never doubts a known phrase of danger said as what someone means to do', () => {
    const t = { crisis: 0.9, possible: 0.5, doubt: 0.5 };
    // A crisis of the rules, whether the doubt may lower it, and the level it then gets.
    const read = (q: string, doubtable: boolean) => {
      const r = readRules(q);
      expect(r.level, q).toBe('crisis');
      expect(r.doubtable, q).toBe(doubtable);
      expect(combine(r, unsure, t).level, q).toBe(doubtable ? 'possible' : 'crisis');
    };
    read('they want to shoot themselves if nothing changes', false);
    read('she said she will hurt herself today', false);
    // A word the rules read with nothing said outright may still be doubted.
    expect(readRules('there is a fight in the lobby about the tv remote').doubtable).toBe(true);
    // The intent must be said with the phrase: a "wants to" elsewhere in the story, or a "won't",
    // says nothing of what anyone means to do.
    read(
      "Ordered a phone case online and it came cracked. The seller won't respond. Any tips?",
      true,
    );
    read("My client wants to get her GED. Her old caseworker won't respond to calls though", true);
  });

  it("keeps the classifier's doubt from a danger to oneself only when it is the asker's", () => {
    // The asker's own danger: a danger to oneself in a first-person sentence naming nobody else.
    for (const q of [
      'my client relapsed and i want to kill myself',
      "i don't want to live anymore. i feel like a fraud at this job",
    ]) {
      expect(readRules(q).doubtable, q).toBe(false);
    }
    // An "I" elsewhere in the message (the asker asking) does not make a client's danger theirs.
    for (const q of [
      'at intake do I tell my clients I break confidentiality if they are suicidal?',
      'how do I ask my client if she is suicidal without putting the idea in her head',
      'mi clienta sobrevivio un intento de suicidio en 2018 y ahora trabaja. me pidio ser madrina de su bebe',
    ]) {
      expect(readRules(q).doubtable, q).toBe(true);
    }
  });

  it('doubts a harm to another said with intent but placed in no time', () => {
    const doubtable = (q: string) => readRules(q).doubtable;
    // A figure of speech with "gonna": nothing says when, nor how.
    expect(doubtable("i'm gonna shoot my supervisor an email about the schedule change")).toBe(
      true,
    );
    // A time or a plan makes it said as meant.
    expect(doubtable('pt says he is going to kill his dad this weekend')).toBe(false);
    expect(doubtable("he said he's gonna stab his roommate tonight")).toBe(false);
  });

  it('lets a time keep a crisis from the doubt only beside the danger', () => {
    const doubtable = (q: string) => {
      const r = readRules(q);
      expect(r.level, q).toBe('crisis');
      return r.doubtable;
    };
    // "Right now" two sentences from the danger, about something else.
    expect(
      doubtable(
        "Would it be ok to drive to a client's house if I thought she had overdosed? We talked about it at the staff meeting. Not happening right now, it's for our policy.",
      ),
    ).toBe(true);
    // In the danger's sentence or the next one, it places the danger now.
    expect(doubtable('she swallowed a whole bottle of pills. right now she will not wake up')).toBe(
      false,
    );
    expect(doubtable('She swallowed all her pills. Right now.')).toBe(false);
  });

  it('reads a plan of care as no plan to do harm', () => {
    // A safety or crisis plan beside a known phrase does not make it said as meant.
    for (const q of [
      'she talks about killing herself and we are updating her safety plan',
      'his crisis plan lists his sister, he talks about ending his life',
    ]) {
      expect(readRules(q).doubtable, q).toBe(true);
    }
  });

  it('reads a denial of danger in English and Spanish', () => {
    for (const q of [
      'no hay ninos ni nadie en peligro',
      'no concerns rn, shes stable',
      'he denied any thoughts of hurting himself',
    ]) {
      expect(conceptsIn(q).has('negated'), q).toBe(true);
    }
  });

  it('never adds violence to a danger the rules read as to oneself', () => {
    const r = reading({ level: 'crisis', kinds: ['suicide'] });
    expect(combine(r, { ...sure, kind: 'violence' }, THRESHOLDS).kinds).toEqual(['suicide']);
    const missed = reading({ self: 'self-harm' });
    expect(combine(missed, { ...sure, kind: 'violence' }, THRESHOLDS).kinds).toEqual(['self-harm']);
  });

  it('catches a farewell told through a plan, with no word like suicide', () => {
    const c = detectCrisis(
      'participant gave away his dog yesterday and texted me to say thanks for everything, now his phone is off',
    );
    expect(c.level).toBe('crisis');
    expect(c.kinds).toContain('suicide');
  });

  it('leaves ordinary ethics questions and idioms alone', () => {
    for (const q of [
      'can I accept a small gift card from a client at graduation?',
      'is it ok to share my own recovery story in group?',
      'this paperwork is killing me, how long should progress notes be?',
    ]) {
      expect(detectCrisis(q).level, q).toBeNull();
    }
    // Words alone, with no sign of danger among the concepts, never take over the reply.
    const pic = 'participant sent me a shirtless pic and asked if i think hes hot';
    expect(detectCrisis(pic).level).not.toBe('crisis');
  });

  it('explains its chance of a crisis and the words that weighed most', () => {
    const e = explainCrisis('he said this is his last night and he has the pills counted out');
    expect(e.classifier.p).toBeGreaterThan(0.5);
    expect(e.classifier.top.length).toBeGreaterThan(0);
  });
});
