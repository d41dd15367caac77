import type { Page } from "@playwright/test";
import { either } from "../support/messages";

/** /admin/staff: the list, its filters, the invitation form and each row's actions. */
export class StaffPage {
  constructor(private readonly page: Page) {}

  goto = (query = "") => this.page.goto(`/admin/staff${query}`);

  rows = () => this.page.getByTestId("staff-row");

  row = (email: string) => this.page.locator(`[data-testid="staff-row"][data-email="${email}"]`);

  /** Invites someone to a consulate (by its code) and returns the one-time link shown. */
  invite = async ({ email, name, role, consulate }: { email: string; name: string; role: string; consulate: string }) => {
    const form = this.page.getByTestId("staff-invite-form");
    await form.getByLabel(either("staff.invite.email")).fill(email);
    await form.getByLabel(either("staff.invite.name")).fill(name);
    await form.getByLabel(either("staff.invite.role")).selectOption(role);
    const consulates = form.getByLabel(either("staff.invite.consulate"));
    const value = await consulates.locator("option", { hasText: new RegExp(`^${consulate} ·`) }).getAttribute("value");
    await consulates.selectOption(value!);
    await form.getByRole("button", { name: either("staff.invite.submit") }).click();
    return (await this.page.getByTestId("staff-link-url").textContent())!.trim();
  };

  disable = async (email: string) => {
    this.page.once("dialog", (dialog) => void dialog.accept());
    await this.row(email).getByTestId("staff-toggle").click();
  };
}
