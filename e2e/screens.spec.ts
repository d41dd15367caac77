// The desk at the widths it is used at (1280 to 1920 px): the queue beside the
// map shows every column, the header is one row, and a long value wraps
// instead of widening a table. Boxes are compared, not pixels.
import type { Locator, Page } from "@playwright/test";
import { QueuePage } from "./pages/queue-page";
import type { AccountRole } from "./support/accounts";
import { expect, test } from "./support/fixtures";
import { panicNear, postAlert } from "./support/relay";

const WIDTHS = [1280, 1920] as const;
const viewport = (width: number) => ({ width, height: 900 });

const boxOf = async (locator: Locator) => {
  const box = await locator.boundingBox();
  expect(box, "the element is on screen").not.toBeNull();
  return box!;
};

const pointInLosAngeles = () => ({
  lat: Math.round((33.95 + Math.random() * 0.15) * 1e5) / 1e5,
  lng: Math.round((-118.3 + Math.random() * 0.2) * 1e5) / 1e5,
});

/** The queue's table, the box that shows it, and how far its content runs past that box. */
const queueTable = (page: Page) => {
  const table = page.getByTestId("case-table");
  const scroller = page.locator(".table-scroll", { has: table });
  return {
    table,
    scroller,
    lastHeader: table.locator("thead th").last(),
    overflow: () => scroller.evaluate((element) => element.scrollWidth - element.clientWidth),
  };
};

for (const width of WIDTHS) {
  test(`[TRIAGE] at ${width} px the queue beside the map shows every column, its last header inside the table's box`, async ({
    signIn,
  }) => {
    const queue = new QueuePage(await signIn("officerLA", { viewport: viewport(width) }));
    await queue.goto();
    await queue.showMap();
    await expect(queue.rows().first()).toBeVisible();
    const map = queue.page.locator(".queue-map");
    await expect(map).toBeVisible();
    const { scroller, lastHeader, overflow } = queueTable(queue.page);
    const shown = await boxOf(scroller);
    const last = await boxOf(lastHeader);
    // The take column is the last: wholly inside the visible box, with nothing to scroll to.
    expect(last.x + last.width).toBeLessThanOrEqual(shown.x + shown.width + 0.5);
    expect(last.x).toBeGreaterThanOrEqual(shown.x);
    expect(await overflow()).toBeLessThanOrEqual(0);
    // And the queue does not run under the map.
    expect(shown.x + shown.width).toBeLessThanOrEqual((await boxOf(map)).x);
    // The owner, clock and take button of a row are on screen.
    const row = queue.rows().first();
    for (const cell of [row.getByTestId("case-owner"), row.locator(".case-row__since"), row.locator(".case-row__action")]) {
      const box = await boxOf(cell);
      expect(box.x + box.width).toBeLessThanOrEqual(shown.x + shown.width + 0.5);
    }
  });

  test(`[TRIAGE] at ${width} px a 200-character name without spaces wraps and does not widen the queue`, async ({
    signIn,
    request,
  }) => {
    const token = `sinespacios${Date.now().toString(36)}`;
    const name = `${token}${"W".repeat(200 - token.length)}`;
    const event = panicNear({ near: pointInLosAngeles() });
    event.person.fullName = name;
    const { status, body } = await postAlert(request, event);
    expect(status).toBe(202);

    const queue = new QueuePage(await signIn("officerLA", { viewport: viewport(width) }));
    // Search matches whole words only (blind indexes, docs/privacy.md), and a 200-letter word is longer
    // than a search: the case is found by its number.
    const number = ((await (await queue.page.request.get(`/api/v1/cases/${body.caseId}`)).json()) as { summary: { number: string } }).summary.number;
    await queue.goto(`?q=${number}`);
    await queue.showMap();
    const row = queue.row(body.caseId as string);
    await expect(row).toBeVisible();
    const person = row.locator(".case-row__person");
    // The whole name is one hover away.
    await expect(person.getByTitle(name)).toBeVisible();
    const { scroller, lastHeader, overflow } = queueTable(queue.page);
    expect(await overflow()).toBeLessThanOrEqual(0);
    const shown = await boxOf(scroller);
    const last = await boxOf(lastHeader);
    expect(last.x + last.width).toBeLessThanOrEqual(shown.x + shown.width + 0.5);
    expect((await boxOf(person)).width).toBeLessThan(width / 3);
  });
}

const ROLES: AccountRole[] = ["officerLA", "legalLA", "supervisorOeste", "admin"];

test("[TRIAGE] every role's header is one row at 1280 and 1920 px", async ({ signIn }) => {
  for (const role of ROLES) {
    for (const width of WIDTHS) {
      const page = await signIn(role, { viewport: viewport(width) });
      await page.goto("/reports");
      const header = page.locator(".app-header");
      const parts = [header.locator(".brand"), header.locator(".app-header__nav"), header.locator(".user-chip")];
      const boxes = await Promise.all(parts.map(boxOf));
      const middles = boxes.map((box) => box.y + box.height / 2);
      // One row: the brand, the links and the user's line share a middle, and nothing sits below another.
      expect(Math.max(...middles) - Math.min(...middles), `${role} at ${width}`).toBeLessThan(12);
      const headerBox = await boxOf(header);
      expect(headerBox.width, `${role} at ${width}`).toBeLessThanOrEqual(width);
      await page.close();
    }
  }
});

test("[ADMIN] tables on /reports keep the card's padding at their edges", async ({ signIn }) => {
  const page = await signIn("supervisorOeste", { viewport: viewport(1280) });
  await page.goto("/reports");
  const table = page.getByTestId("monthly-summary");
  const text = await table.locator("thead th").first().evaluate((cell) => {
    const range = document.createRange();
    range.selectNodeContents(cell);
    const box = range.getBoundingClientRect();
    return { left: box.left };
  });
  await expect(table).toBeVisible();
  const card = await boxOf(page.locator(".panel", { has: table }));
  // The header's text starts inside the card's padding, not on its edge.
  expect(text.left - card.x).toBeGreaterThanOrEqual(12);
});
