// The shape of every knowledge file. A failed check names the field; the loader adds file and line.
import { z } from 'zod';

const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max);
const id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9 and dashes)');

/** principle + all guidance + the longest reflection: what a phone shows before sources. */
export const REPLY_BUDGET = 900;

const nuance = z
  // biome-ignore lint/suspicious/noThenProperty: a YAML field name, never awaited
  .strictObject({ when: text(200), then: text(200) });
/** A citation: a document id and one of its verified sections, or no section when the document
 * is cited as a whole (its headings could not be verified). Checked against sources.yaml. */
export const sourceRef = z.strictObject({ id, section: text(120).optional() });

/** A calendar day, YYYY-MM-DD, that exists. */
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date, YYYY-MM-DD')
  .refine((s) => new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'must be a real date');

/** When a topic was last checked, by which role (never a person's name), against what. */
const reviewed = z.strictObject({
  on: day,
  by: z
    .string()
    .trim()
    .max(60)
    .regex(
      /^[a-z][a-z /&-]*$/,
      'must be a role in lowercase words (e.g. "content lead"), never a person\'s name',
    ),
  against: text(200),
});

// The items of every topic field, shared by a whole topic and an agency's change to one.
const topicItems = {
  id,
  title: text(80),
  question: text(600),
  keyword: text(60),
  // A second sentence starts after a full stop and a capital letter ("e.g." does not count).
  principle: text(200).refine((s) => !/(?<!\b(?:e\.g|i\.e|etc))[.!?]\s+[A-Z]/.test(s), {
    message: 'must be one sentence',
  }),
  step: text(300),
  reflection: text(200),
  nuance,
  agency_policy: text(300),
  source: sourceRef,
  reviewed,
};

export const topicSchema = z
  .strictObject({
    id,
    title: topicItems.title,
    questions: z
      .array(topicItems.question)
      .min(8, 'needs at least 8 example questions')
      .max(80, 'keep it to 80 example questions'),
    keywords: z.array(topicItems.keyword).min(3, 'needs at least 3 keywords'),
    principle: topicItems.principle,
    guidance: z.array(topicItems.step).min(2, 'needs 2 to 5 steps').max(5, 'needs 2 to 5 steps'),
    reflection: z.array(topicItems.reflection).min(2, 'needs at least 2 reflection prompts'),
    nuance: z.array(nuance).max(3).default([]),
    agency_policy: topicItems.agency_policy.optional(),
    sources: z.array(sourceRef).min(1, 'needs at least one source'),
    related: z.array(id).default([]),
    reviewed: topicItems.reviewed,
  })
  .superRefine((t, ctx) => {
    const longest = Math.max(...t.reflection.map((r) => r.length));
    const size = t.principle.length + t.guidance.reduce((n, g) => n + g.length, 0) + longest;
    if (size > REPLY_BUDGET) {
      ctx.addIssue({
        code: 'custom',
        path: ['guidance'],
        message: `principle + guidance + longest reflection is ${size} characters; keep it within ${REPLY_BUDGET} so it reads on a phone`,
      });
    }
  });

/** Topic fields whose lists an agency overlay extends (or, named in `replace`, replaces). */
export const LIST_FIELDS = [
  'questions',
  'keywords',
  'guidance',
  'reflection',
  'nuance',
  'sources',
  'related',
] as const;
export type ListField = (typeof LIST_FIELDS)[number];

/**
 * An agency's change to a base topic: any topic field, each with the right type; counts and
 * the reply budget are checked on the merged topic. `replace` names the lists to replace.
 */
export const topicPatchSchema = z.strictObject({
  id,
  title: topicItems.title.optional(),
  questions: z.array(topicItems.question).optional(),
  keywords: z.array(topicItems.keyword).optional(),
  principle: topicItems.principle.optional(),
  guidance: z.array(topicItems.step).optional(),
  reflection: z.array(topicItems.reflection).optional(),
  nuance: z.array(nuance).optional(),
  agency_policy: topicItems.agency_policy.optional(),
  sources: z.array(sourceRef).optional(),
  related: z.array(id).optional(),
  reviewed: topicItems.reviewed.optional(),
  replace: z.array(z.enum(LIST_FIELDS)).default([]),
  /** The agency's rule in place of a generic base step: `base` quotes words of that step. */
  replace_steps: z.array(z.strictObject({ base: text(120), with: topicItems.step })).default([]),
});

/** A heading or section number as published, and where someone saw it. */
const verifiedSection = z.strictObject({ name: text(120), verified: text(300) });

export const sourcesSchema = z.strictObject({
  sources: z.array(
    z
      .strictObject({
        id,
        title: text(200),
        publisher: text(200).optional(),
        url: z.url().optional(),
        note: text(400).optional(),
        sections: z.array(verifiedSection).optional(),
        sections_verified: z.boolean().default(true),
      })
      .superRefine((s, ctx) => {
        const issue = (message: string) =>
          ctx.addIssue({ code: 'custom', path: ['sections'], message });
        // Every document says which of its sections may be cited, or that none can be yet.
        if (s.sections_verified && !s.sections?.length) {
          issue('list the verified sections, or say sections_verified: false');
        }
        if (!s.sections_verified && s.sections?.length) {
          issue('a document with sections_verified: false lists no sections');
        }
        const names = (s.sections ?? []).map((x) => x.name);
        if (new Set(names).size !== names.length) issue('section names must be unique');
      }),
  ),
});

const variants = z.record(z.string().min(1), z.array(z.string().min(1)).min(1));
export const lexiconSchema = z.strictObject({
  synonyms: variants.default({}),
  misspellings: variants.default({}),
  ignore: z.array(z.string().min(1)).default([]),
  role: z.array(z.string().min(1)).default([]),
  own_life: z.array(z.string().min(1)).default([]),
});

/** knowledge/examples/<topic>.yaml: more example questions for one topic, kept apart from the
 * topic file so the curated questions stay short to read. */
export const examplesSchema = z.strictObject({
  questions: z.array(topicItems.question).min(1),
});

/** knowledge/training/*.yaml: questions written apart from the topics (blind, in many voices),
 * each with the topic it belongs to, or `none: true` when it is not an ethics question: the
 * format of the evaluation sets (test/eval), so a measured set can become training as it is.
 * Longer than an example: a long story with the question at its end is how many people ask. */
export const trainingSetSchema = z.array(
  z.union([
    z.strictObject({ q: text(1200), expect: z.array(id).min(1) }),
    z.strictObject({ q: text(1200), none: z.literal(true) }),
  ]),
);

/** knowledge/out-of-scope.yaml: questions the bot should turn down (not ethics questions). */
export const outOfScopeSchema = z.strictObject({
  questions: z.array(text(600)).min(1),
  keywords: z.array(text(60)).default([]),
});

const crisisKind = z.enum(['suicide', 'self-harm', 'overdose', 'medical', 'violence', 'abuse']);
const contact = z.strictObject({
  label: text(80),
  value: text(200),
  kinds: z.array(crisisKind).min(1).optional(),
});
const crisisSteps = z
  .array(
    z.strictObject({
      id: z.string().regex(/^[a-z0-9-]+$/, 'a step id is lowercase words joined by hyphens'),
      text: text(240),
      near: z.boolean().optional(),
    }),
  )
  .min(2);

/** knowledge/crisis.yaml: the protocol shown first in every crisis, one ordered list a kind. */
export const crisisSchema = z
  .strictObject({
    title: text(80),
    urgency: z.array(crisisKind),
    kinds: z.record(crisisKind, crisisSteps),
    contacts: z.array(contact).default([]),
  })
  .superRefine((c, ctx) => {
    const issue = (path: (string | number)[], message: string) =>
      ctx.addIssue({ code: 'custom', path, message });
    if (new Set(c.urgency).size !== crisisKind.options.length) {
      issue(['urgency'], `must list each kind once: ${crisisKind.options.join(', ')}`);
    }
    const lists = Object.entries(c.kinds).map(
      ([k, steps]) => [`kinds.${k}`, steps] as [string, typeof steps],
    );
    for (const [where, steps] of lists) {
      const path = where.split('.');
      // 911 comes first on every card: the one step that must never be below the fold.
      if (steps[0]?.id !== 'call-911' || !/\b911\b/.test(steps[0].text)) {
        issue(path, 'the first step must be "call-911" and say to call 911');
      }
      if (!steps.some((s) => s.id === 'supervisor' && /supervisor/i.test(s.text))) {
        issue(path, 'needs a "supervisor" step that names the supervisor');
      }
      const ids = steps.map((s) => s.id);
      if (new Set(ids).size !== ids.length) issue(path, 'step ids must be unique');
      for (const n of ['911', '988']) {
        const times = steps.filter((s) => new RegExp(`\\b${n}\\b`).test(s.text)).length;
        if (times > 1) issue(path, `gives ${n} ${times} times; once is enough`);
      }
    }
    for (const k of ['suicide', 'self-harm'] as const) {
      if (!c.kinds[k]?.some((s) => /\b988\b/.test(s.text))) {
        issue(['kinds', k], 'must give the 988 Lifeline');
      }
    }
    if (c.kinds.violence?.some((s) => s.near)) {
      issue(['kinds', 'violence'], 'a violence step never keeps the worker near the person');
    }
    if (/press\s*3/i.test(JSON.stringify(c))) {
      issue(['kinds'], '988 has no "press 3" option since July 2025');
    }
  });

/** The eight areas of the Medi-Cal Peer Support Specialist certification exam. */
export const EXAM_AREAS = [
  'Administrative Responsibilities',
  'Behavioral Health Foundations',
  'Interpersonal Skills',
  'Recovery Support',
  'Advocacy',
  'Community Inclusion',
  'Resource Linkage',
  'Crisis Management',
] as const;

/** `why`: one line saying why a wrong option is wrong, shown to whoever picks it. */
const option = z.strictObject({
  text: text(300),
  correct: z.literal(true).optional(),
  why: text(200)
    .refine((s) => !/\n/.test(s), { message: 'must be one line' })
    .optional(),
});

/** knowledge/quiz/<topic>.yaml: multiple-choice questions in the certification exam's style. */
export const quizFileSchema = z.strictObject({
  questions: z
    .array(
      z
        .strictObject({
          id,
          area: z.enum(EXAM_AREAS),
          scenario: text(600),
          options: z.array(option).length(4, 'needs exactly 4 options'),
          explanation: text(600),
          source: sourceRef,
        })
        .superRefine((q, ctx) => {
          if (q.options.filter((o) => o.correct).length !== 1) {
            ctx.addIssue({
              code: 'custom',
              path: ['options'],
              message: 'exactly one option must be correct: true',
            });
          }
          q.options.forEach((o, i) => {
            if (!o.correct && !o.why) {
              ctx.addIssue({
                code: 'custom',
                path: ['options', i, 'why'],
                message: 'a wrong option needs `why`: one line saying why it is wrong',
              });
            }
            if (o.correct && o.why) {
              ctx.addIssue({
                code: 'custom',
                path: ['options', i, 'why'],
                message: 'the correct option has no `why`; the explanation says why it is right',
              });
            }
          });
          const seen = new Set(q.options.map((o) => o.text.toLowerCase()));
          if (seen.size !== q.options.length) {
            ctx.addIssue({
              code: 'custom',
              path: ['options'],
              message: 'options must be distinct',
            });
          }
        }),
    )
    .min(1),
});

/** An agency's crisis.yaml: its own contacts, shown before the national ones. */
export const overlayCrisisSchema = z
  .looseObject({ contacts: z.array(contact).min(1, 'needs at least one contact') })
  .superRefine((c, ctx) => {
    for (const key of Object.keys(c).filter((k) => k !== 'contacts')) {
      ctx.addIssue({
        code: 'custom',
        path: [key],
        message:
          'an agency adds crisis contacts only; the national protocol steps stay as they are',
      });
    }
    if (/press\s*3/i.test(JSON.stringify(c.contacts))) {
      ctx.addIssue({
        code: 'custom',
        path: ['contacts'],
        message: '988 has no "press 3" option since July 2025',
      });
    }
  });

/** An agency's out-of-scope.yaml: more questions and words to turn down. */
export const overlayOutOfScopeSchema = z.strictObject({
  questions: z.array(text(600)).default([]),
  keywords: z.array(text(60)).default([]),
});
