import type { Page } from "@playwright/test";
import { either } from "../support/messages";

/** /admin/audit: the search form, its rows, and the export. */
export class AuditPage {
  constructor(readonly page: Page) {}

  goto = (query = "") => this.page.goto(`/admin/audit${query}`);

  /** Fills what is given and searches (the form is a plain GET: the page reloads). */
  search = async ({ caseRef, action }: { caseRef?: string; action?: string }) => {
    if (caseRef !== undefined) await this.page.getByLabel(either("audit.filter.case")).fill(caseRef);
    if (action !== undefined) await this.page.getByLabel(either("audit.filter.action")).selectOption(action);
    await Promise.all([this.page.waitForURL(/\/admin\/audit\?/), this.page.getByRole("button", { name: either("audit.filter.submit") }).click()]);
  };

  rows = () => this.page.getByTestId("audit-row");

  /** Clicks the export and answers the download's text, as the bytes were sent (BOM kept). */
  export = async () => {
    const [download] = await Promise.all([this.page.waitForEvent("download"), this.page.getByTestId("audit-export").click()]);
    const chunks: Buffer[] = [];
    for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
    return { name: download.suggestedFilename(), bytes: Buffer.concat(chunks) };
  };
}
