// The web console in headless Chromium, checked the way a person sees it: a question answered
// with its principle and reflection prompt (on one phone screen, the rest behind "More"), the
// crisis protocol first, choices when unsure, identifiers hidden,
// today's quiz graded privately, helpful recorded, the report tab. One browser for the file.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createConsoleSurface } from '../../src/web/index.ts';
import { EVER } from '../support/ever.ts';
import { serveSurface } from '../support/http.ts';
import { createTestServices, type TestServices } from '../support/services.ts';

let browser: Browser;
let t: TestServices;
let server: { url: string; close: () => Promise<void> };
let page: Page;
let problems: string[];

beforeAll(async () => {
  [browser, t] = await Promise.all([
    chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    }),
    createTestServices(),
  ]);
  server = await serveSurface(t.services, await createConsoleSurface(t.services));
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await t?.close();
});

// Each test is a new visitor (own cookie); script errors and refused content fail the test.
beforeEach(async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  await page.goto(server.url);
  await page.locator('.quiz').waitFor();
});
afterEach(async () => {
  await page.context().close();
  expect(problems).toEqual([]);
});

async function ask(text: string) {
  const replies = page.locator('.msg.bot.is-private');
  const before = await replies.count();
  await page.getByLabel('Message #local').fill(text);
  await page.keyboard.press('Enter');
  await expect.poll(() => replies.count()).toBe(before + 1);
  return replies.last();
}

describe('the console in a browser', () => {
  it('answers a question with the principle and the reflection prompt, and records helpful', async () => {
    const reply = await ask('A client offered me a gift card for my birthday');
    const gifts = t.services.bot.guide.topic('gifts')!;
    await expect.poll(() => reply.locator('.topic-title').textContent()).toBe(gifts.title);
    expect(await reply.locator('.principle').textContent()).toBe(gifts.principle);
    expect(await reply.locator('.reflect-text').textContent()).toBeTruthy();
    expect(await reply.locator('.reflect-label').textContent()).toBe('Reflect');
    expect(await reply.locator('.private-tag').textContent()).toBe('Only visible to you');
    expect(await page.locator('.msg.you .msg-text').last().textContent()).toBe(
      'A client offered me a gift card for my birthday',
    );
    // The box is empty and ready for the next question.
    expect(await page.getByLabel('Message #local').inputValue()).toBe('');

    await reply.getByRole('button', { name: 'Helpful', exact: true }).click();
    await expect.poll(() => reply.locator('.feedback-status').textContent()).toMatch(/Thanks/);
    expect(await t.services.store.feedbackBetween(...EVER)).toContainEqual({
      topic: 'gifts',
      helpful: 1,
      notHelpful: 0,
    });
  });

  it('fits the first reply on one 390x844 phone screen; "More" opens the rest in place', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    const reply = await ask('A client offered me a gift card for my birthday');
    const gifts = t.services.bot.guide.topic('gifts')!;
    await expect.poll(() => reply.locator('.topic-title').textContent()).toBe(gifts.title);
    expect(await reply.locator('.answer').textContent()).toBe(gifts.principle);
    expect(await reply.locator('.steps').first().locator('li').count()).toBeGreaterThanOrEqual(2);
    const more = reply.locator('details.more');
    expect(await more.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await reply.locator('.sources').isVisible()).toBe(false);
    const closed = (await reply.boundingBox())?.height ?? Infinity;
    expect(closed).toBeLessThanOrEqual(844);
    await reply.screenshot({ path: join(tmpdir(), 'answer-first-390.png') });

    await more.locator('summary').click();
    await expect.poll(() => reply.locator('.sources').isVisible()).toBe(true);
    for (const n of gifts.nuance) expect(await more.textContent()).toContain(n.then);
    expect(await more.textContent()).toContain(gifts.agencyPolicy!);
    expect(await more.getByRole('button', { name: gifts.related[0]!.title }).count()).toBe(1);
    expect((await reply.boundingBox())?.height).toBeGreaterThan(closed);
  });

  it("grades a click on today's quiz privately and keeps it after a reload", async () => {
    const card = page.locator('.quiz');
    const quizId = await card.getAttribute('data-quiz');
    const question = t.services.quiz.question((await t.services.store.quiz(quizId!))!.questionId)!;
    const wrong = (question.correct + 1) % 4;
    const title = t.services.bot.kb.topicsById.get(question.topic)?.title ?? '';
    // No hint before answering: the topic comes with the result.
    expect(await card.textContent()).not.toContain('Topic:');
    await card.locator('.option').nth(wrong).click();
    const graded = card.locator('.graded');
    await graded.waitFor();
    expect(await graded.locator('.private-tag').textContent()).toBe('Only visible to you');
    expect(await graded.locator('.verdict').textContent()).toMatch(/Not quite: the answer is/);
    expect(await graded.locator('.why-not').textContent()).toBe(
      `Why not ${'ABCD'[wrong]}: ${question.why[wrong]}`,
    );
    expect(await graded.textContent()).toContain(question.explanation);
    expect(await graded.textContent()).toContain(`Topic: ${title}`);
    expect(await card.locator('.option.correct').count()).toBe(1);
    expect(await card.locator('.option').nth(question.correct).getAttribute('class')).toMatch(
      /correct/,
    );
    expect(await card.locator('.option').nth(wrong).getAttribute('class')).toMatch(/wrong/);
    await expect.poll(() => card.locator('.quiz-count').textContent()).toMatch(/^\d+ answers?$/);

    // Another click does not change the answer that counts.
    await card.locator('.option').nth(question.correct).click();
    await expect.poll(() => graded.textContent()).toMatch(/your first answer counts/);

    await page.reload();
    await page.locator('.quiz .graded').waitFor();
    expect(await page.locator('.quiz .verdict').textContent()).toMatch(/Not quite/);
  });

  it('shows the crisis protocol before the guidance', async () => {
    const reply = await ask('my client told me he wants to kill himself tonight');
    const crisis = reply.locator('.crisis');
    await crisis.waitFor();
    expect(await crisis.getAttribute('role')).toBe('alert');
    expect(await crisis.textContent()).toMatch(/911/);
    const crisisFirst = await reply.evaluate((el) => {
      const c = el.querySelector('.crisis');
      const topic = el.querySelector('.topic');
      return (
        !!c && !!topic && !!(c.compareDocumentPosition(topic) & Node.DOCUMENT_POSITION_FOLLOWING)
      );
    });
    expect(crisisFirst).toBe(true);
  });

  it('offers "Which fits best?" buttons when unsure; a click shows that topic', async () => {
    // Runners-up score close to the best here (the Slack conversation test asks the same).
    const reply = await ask('client at church');
    const row = reply.locator('.choice-row', { hasText: 'Which fits best?' });
    await row.waitFor();
    const chips = row.locator('button.chip');
    expect(await chips.count()).toBe(3);
    const title = await chips.nth(1).textContent();
    const replies = page.locator('.msg.bot.is-private');
    const before = await replies.count();
    await chips.nth(1).click();
    await expect.poll(() => replies.count()).toBe(before + 1);
    expect(await replies.last().locator('.topic-title').textContent()).toBe(title);
  });

  it('warns about identifiers and takes them off the screen', async () => {
    const reply = await ask('My client Maria Lopez DOB 03/04/1985 offered me a gift card');
    await reply.locator('.privacy').waitFor();
    expect(await reply.locator('.privacy').textContent()).toMatch(/^Privacy:/);
    const text = await page.locator('#messages').textContent();
    expect(text).not.toContain('Maria');
    expect(text).not.toContain('1985');
    expect(await page.locator('.msg.you .msg-text').last().textContent()).toMatch(/hidden/);
  });

  it('shares a topic with the channel: the topic alone, without the question', async () => {
    const reply = await ask('A client offered me a gift card for my birthday');
    await reply.getByRole('button', { name: 'Share with #local' }).click();
    const shared = page.locator('.msg.bot:not(.is-private)', { hasText: 'You shared this' });
    await shared.waitFor();
    const title = t.services.bot.guide.topic('gifts')!.title;
    expect(await shared.locator('.topic-title').textContent()).toBe(title);
    expect(await shared.textContent()).not.toContain('birthday');
  });

  it('shows markup as text, never as HTML', async () => {
    await ask('<img src=x id=injected> <b>bold</b> can I hug a client?');
    expect(await page.locator('#injected').count()).toBe(0);
    expect(await page.locator('.msg-text b').count()).toBe(0);
    expect(await page.locator('.msg.you .msg-text').last().textContent()).toContain(
      '<img src=x id=injected>',
    );
  });

  it('runs /boundary commands and explains a mistake', async () => {
    const bad = await ask('/boundary quiz frobnicate');
    expect(await bad.locator('.usage').textContent()).toMatch(/didn't work/);
    expect(await bad.locator('code').textContent()).toBe('/boundary quiz');

    const topics = await ask('/boundary topics');
    const count = t.services.bot.guide.topics.length;
    expect(await topics.locator('h3').textContent()).toBe(`${count} topics`);
    // A topic button opens the topic as a new reply.
    await topics.getByRole('button', { name: t.services.bot.guide.topic('gifts')!.title }).click();
    await expect
      .poll(() => page.locator('.msg.bot.is-private .topic-title').last().textContent())
      .toBe(t.services.bot.guide.topic('gifts')!.title);
  });

  it('fits a phone screen: nothing wider than the viewport, tabs by keyboard', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await ask('my client told me he wants to kill himself tonight');
    // Only the suggestion row scrolls sideways (on purpose); nothing else may stick out.
    const overflow = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      return [...document.querySelectorAll('body *')]
        .filter((e) => !e.closest('.chips') && e.getBoundingClientRect().right > width + 1)
        .map((e) => e.className || e.tagName);
    });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(390);
    expect(overflow).toEqual([]);
    const report = page.getByRole('tab', { name: 'Report' });
    expect(await report.isVisible()).toBe(true);
    // Arrow keys move between the tabs.
    await page.locator('#tab-channel').focus();
    await page.keyboard.press('ArrowRight');
    await page.locator('.report-figures').waitFor();
    expect(await report.getAttribute('aria-selected')).toBe('true');
  });

  it('opens the curator report for a date range', async () => {
    await ask('A client offered me a gift card');
    await page.getByRole('tab', { name: 'Curator report' }).click();
    await page.locator('.report-figures').waitFor();
    expect(page.url()).toMatch(/#report$/);
    expect(await page.locator('#view-channel').isHidden()).toBe(true);
    expect(await page.locator('#report-to').inputValue()).toBe('2026-11-23');
    expect(await page.locator('.report-section h2').allTextContents()).toEqual([
      'Questions and feedback per topic',
      'Quiz accuracy per exam area',
      'Quiz accuracy per topic',
      'Unanswered questions',
      'Topics due for review',
    ]);
    await page.locator('#report-from').fill('2026-11-25');
    await page.locator('#report-to').fill('2026-11-24');
    await page.getByRole('button', { name: 'Show report' }).click();
    await expect.poll(() => page.locator('#report .error').textContent()).toMatch(/after/);
  });
});
