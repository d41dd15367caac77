import { expect, type Page } from "@playwright/test";

export class CaseListPage {
  constructor(private readonly page: Page) {}

  goto = async () => {
    await this.page.goto("/cases");
    // Under a full parallel run on two cores the first socket can take several seconds.
    await expect(this.page.getByTestId("live-status")).toHaveAttribute("data-state", "connected", { timeout: 15_000 });
  };

  rows = () => this.page.getByTestId("case-row");

  /** The rows of one priority: within it, the queue puts the longest wait first. */
  /** The rows of a priority in the queue's own order: not those shown in place under an open incident's row. */
  rowsOfPriority = (priority: "CRITICAL" | "HIGH" | "NORMAL" | "LOW") =>
    this.page.locator(`[data-testid="case-row"][data-priority="${priority}"]:not([data-nested])`);

  row = (caseNumber: string) => this.page.locator(`[data-testid="case-row"][data-case-number="${caseNumber}"]`);
}
