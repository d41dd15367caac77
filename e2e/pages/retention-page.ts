import type { Page } from "@playwright/test";
import { either } from "../support/messages";

type Class = "RESCINDED" | "NOT_DETAINED" | "CLOSED";

/** /admin/retention: a schedule per class of ended case, the last run and the next run's preview. */
export class RetentionPage {
  constructor(private readonly page: Page) {}

  goto = () => this.page.goto("/admin/retention");

  form = (name: Class) => this.page.getByTestId(`retention-policy-${name}`);

  days = (name: Class, field: "retention.coarsenAfterDays" | "retention.purgeAfterDays") => this.form(name).getByRole("spinbutton", { name: either(field) });

  save = (name: Class) => this.form(name).getByRole("button", { name: either("retention.save") }).click();

  status = (name: Class) => this.form(name).getByRole("status");

  preview = () => this.page.getByTestId("retention-preview");
}

/** The legal-hold panel of a case page. */
export class LegalHoldPanel {
  constructor(private readonly page: Page) {}

  panel = () => this.page.getByTestId("legal-hold");

  place = async (reason: string) => {
    await this.panel().getByRole("button", { name: either("legalHold.place") }).click();
    await this.panel().getByRole("textbox", { name: either("legalHold.reasonLabel") }).fill(reason);
    await this.panel().getByRole("button", { name: either("legalHold.save") }).click();
  };

  lift = () => this.panel().getByRole("button", { name: either("legalHold.lift") }).click();
}
