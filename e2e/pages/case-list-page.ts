import { expect, type Page } from "@playwright/test";

export class CaseListPage {
  constructor(private readonly page: Page) {}

  goto = async () => {
    await this.page.goto("/cases");
    await expect(this.page.getByTestId("live-status")).toHaveAttribute("data-state", "connected");
  };

  rows = () => this.page.getByTestId("case-row");

  row = (caseNumber: string) => this.page.locator(`[data-testid="case-row"][data-case-number="${caseNumber}"]`);
}
