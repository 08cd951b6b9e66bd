// The personal coach in the web console, in headless Chromium: a practice test taken by
// clicking, one question at a time, to the summary with the missed items; progress; and the
// erase confirmation. The page's script must raise no error.
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COACH } from '../../src/core/copy.ts';
import { createConsoleSurface } from '../../src/web/index.ts';
import { serveSurface } from '../support/http.ts';
import { createTestServices, type TestServices } from '../support/services.ts';

let browser: Browser;
let t: TestServices;
let server: { url: string; close: () => Promise<void> };

beforeAll(async () => {
  [browser, t] = await Promise.all([
    chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
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

async function say(page: Page, text: string) {
  const replies = page.locator('.msg.bot.is-private');
  const before = await replies.count();
  await page.getByLabel('Message #local').fill(text);
  await page.keyboard.press('Enter');
  await expect.poll(() => replies.count()).toBe(before + 1);
  return replies.last();
}

describe('the coach in a browser', () => {
  it('takes a practice test by clicking, shows progress, and erases after the confirm', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(server.url);
    await page.locator('.quiz').waitFor();

    const card = (await say(page, '/boundary quiz practice 3')).locator('.card.coach');
    for (let i = 1; i <= 3; i++) {
      const question = card.locator('.coach-question').last();
      await expect
        .poll(() => question.locator('.coach-progress').textContent())
        .toMatch(new RegExp(`^Question ${i} of 3`));
      // Always the first option: some are right, most are not.
      await question.getByRole('button', { name: /^Answer A:/ }).click();
      await expect.poll(() => card.locator('.coach-feedback').count()).toBe(1);
    }
    await expect
      .poll(() => card.locator('.coach-summary-block h3').textContent())
      .toBe(COACH.practiceDone);
    expect(await card.locator('.coach-summary-block').textContent()).toMatch(/of 3 right/);
    const missed = await card.locator('.coach-wrong li').count();
    const right = Number(
      (await card.locator('.coach-summary-block strong').first().textContent())?.split(' ')[0],
    );
    expect(missed + right).toBe(3);

    const progress = await say(page, '/boundary quiz progress');
    await expect
      .poll(() => progress.locator('.coach-readiness h3').textContent())
      .toBe(COACH.progressHeading);
    expect(await progress.locator('.coach-summary dd').first().textContent()).toBe('3');

    const forget = (await say(page, '/boundary quiz forget me')).locator('.card.coach');
    await forget.getByRole('button', { name: COACH.forgetYes }).click();
    await expect.poll(() => forget.textContent()).toBe(COACH.forgotten);
    const after = await say(page, '/boundary quiz progress');
    await expect.poll(() => after.locator('.coach-summary dd').first().textContent()).toBe('0');
    expect(problems).toEqual([]);
    await context.close();
  }, 60_000);
});
