import { expect, type Locator, type Page } from "@playwright/test";
import type { CaseStatus } from "../../lib/generated/prisma/enums";

/** The triage queue at /cases: rows, counts, filters, search, shortcuts. */
export class QueuePage {
  constructor(readonly page: Page) {}

  goto = async (query = "") => {
    await this.page.goto(`/cases${query}`);
    await this.waitLive();
  };

  reload = async () => {
    await this.page.reload();
    await this.waitLive();
  };

  // The handshake reads the session's user; on a loaded machine that can take
  // more than the default 5 s, as on the other pages.
  // The queue's own: the map beside it shows another.
  waitLive = () =>
    expect(this.page.locator(".queue").getByTestId("live-status")).toHaveAttribute("data-state", "connected", {
      timeout: 15_000,
    });

  /** Shows the map beside the queue, whatever this browser chose before. */
  showMap = async () => {
    const toggle = this.page.getByTestId("queue-map-toggle");
    if ((await toggle.getAttribute("aria-pressed")) !== "true") await toggle.click();
    await expect(toggle).toHaveAttribute("aria-pressed", "true");
  };

  /**
   * A case that has just arrived, wherever its page is: on this page, or
   * through the notice of a new alert on another page ("Ir a ella"). Other
   * specs' alerts may arrive meanwhile, so the notice may first lead to theirs.
   */
  reveal = async (caseId: string) => {
    const elsewhere = this.page.getByTestId("queue-elsewhere");
    for (let tries = 0; tries < 5; tries++) {
      await expect(this.row(caseId).or(elsewhere).first()).toBeVisible({ timeout: 10_000 });
      if (await this.row(caseId).isVisible()) return;
      await elsewhere.getByRole("button").click();
      await this.settled();
    }
    await expect(this.row(caseId)).toBeVisible();
  };

  /** Waits for the list read that a filter change starts to be answered. */
  settled = () => expect(this.page.getByTestId("case-table")).toHaveAttribute("aria-busy", "false");

  rows = () => this.page.getByTestId("case-row");

  row = (caseId: string) => this.page.locator(`[data-testid="case-row"][data-case-id="${caseId}"]`);

  /** The ids of the rows on screen, top to bottom. */
  rowIds = () => this.rows().evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset.caseId!));

  ownerCell = (caseId: string) => this.row(caseId).getByTestId("case-owner");

  count = (status: CaseStatus | "open") => this.page.locator(`[data-testid="status-count"][data-status="${status}"]`);

  countOf = async (status: CaseStatus | "open") => Number(await this.count(status).getAttribute("data-count"));

  search = () => this.page.getByRole("searchbox");

  statusFilter = () => this.page.getByTestId("filter-status");

  ownerFilter = () => this.page.getByTestId("filter-owner");

  message = () => this.page.getByTestId("queue-message");

  helpDialog = () => this.page.getByRole("dialog");

  /** Moves the selection to a row the way the keyboard does: its link takes the focus. */
  select = async (caseId: string) => {
    await this.row(caseId).getByRole("link").focus();
    await expect(this.row(caseId)).toHaveAttribute("data-selected", "true");
  };

  /**
   * Records, in the page, when each row first appears (by case id), so a
   * spec can measure how long an alert took to reach the screen.
   */
  watchArrivals = () =>
    this.page.evaluate(() => {
      const seen: Record<string, number> = {};
      const record = () => {
        for (const row of document.querySelectorAll<HTMLElement>('[data-testid="case-row"]')) {
          seen[row.dataset.caseId!] ??= Date.now();
        }
      };
      record();
      new MutationObserver(record).observe(document.body, { childList: true, subtree: true });
      (window as unknown as { arrivals: Record<string, number> }).arrivals = seen;
    });

  arrivals = () => this.page.evaluate(() => (window as unknown as { arrivals: Record<string, number> }).arrivals);
}

export const expectRows = (locator: Locator) => ({
  allHave: async (attribute: string, value: string) => {
    const values = await locator.evaluateAll((rows, name) => rows.map((row) => row.getAttribute(name)), attribute);
    expect(values.length).toBeGreaterThan(0);
    expect(new Set(values)).toEqual(new Set([value]));
  },
});
