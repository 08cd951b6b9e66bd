// How much of a phone a reply takes: each topic's first example question asked in the console
// at 390x844, the words a person sees (closed disclosures not counted) and the reply's height
// in screens. Not a test: a measurement for before/after figures.
//   CHROMIUM_PATH=$(command -v chromium) npx tsx test/web/reply-size.ts [checkout root]
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';

const root = resolve(process.argv[2] ?? '.');
const { createConsoleSurface } = await import(`${root}/src/web/index.ts`);
const { serveSurface } = await import(`${root}/test/support/http.ts`);
const { createTestServices } = await import(`${root}/test/support/services.ts`);
const { kb } = await import(`${root}/test/helpers.ts`);

const SCREEN = { width: 390, height: 844 };
// A string body: tsx would wrap an arrow function in helpers the page does not have.
const measure = new Function(
  'el',
  `const hidden = (n) => { const d = n.closest('details'); return d && !d.open && !n.closest('summary'); };
   let words = 0;
   const walk = document.createTreeWalker(el.querySelector('.topic'), NodeFilter.SHOW_TEXT);
   for (let n = walk.nextNode(); n; n = walk.nextNode())
     if (!hidden(n.parentElement)) words += n.textContent.split(/\\s+/).filter((w) => /[\\p{L}\\p{N}]/u.test(w)).length;
   return { words, height: el.getBoundingClientRect().height, crisis: !!el.querySelector('.crisis') };`,
) as (el: Element) => { words: number; height: number; crisis: boolean };

const t = await createTestServices();
const server = await serveSurface(t.services, await createConsoleSurface(t.services));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
try {
  const page = await (await browser.newContext({ viewport: SCREEN })).newPage();
  await page.goto(server.url);
  await page.locator('.quiz').waitFor();
  const rows: { id: string; words: number; screens: number; crisis: boolean }[] = [];
  for (const topic of kb.topics as { id: string; questions: string[] }[]) {
    const replies = page.locator('.msg.bot.is-private');
    const before = await replies.count();
    await page.getByLabel('Message #local').fill(topic.questions[0] as string);
    await page.keyboard.press('Enter');
    for (let i = 0; i < 200 && (await replies.count()) === before; i++)
      await page.waitForTimeout(25);
    const reply = replies.last();
    if (!(await reply.locator('.topic').count())) continue;
    const m = await reply.evaluate(measure);
    rows.push({
      id: topic.id,
      words: m.words,
      screens: m.height / SCREEN.height,
      crisis: m.crisis,
    });
  }
  for (const r of rows)
    console.log(
      `${r.id.padEnd(32)} ${String(r.words).padStart(4)} words ${r.screens.toFixed(2)} screens${r.crisis ? ' (crisis protocol first)' : ''}`,
    );
  const plain = rows.filter((r) => !r.crisis);
  const stat = (xs: number[], d = 0) =>
    `${Math.min(...xs).toFixed(d)}-${Math.max(...xs).toFixed(d)} (mean ${(xs.reduce((a, b) => a + b, 0) / xs.length).toFixed(d || 1)})`;
  console.log(
    `${plain.length} replies without a crisis: ${stat(plain.map((r) => r.words))} words, ${stat(
      plain.map((r) => r.screens),
      2,
    )} screens at 390x844; ${plain.filter((r) => r.screens > 1).length} over one screen`,
  );
} finally {
  await browser.close();
  await server.close();
  await t.close();
}
