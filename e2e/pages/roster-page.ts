import { expect, type Page } from "@playwright/test";
import type { Locale } from "../../lib/i18n/locale";
import { catalogs } from "../../lib/i18n/messages";
import type { MessageKey } from "../../lib/i18n/messages/es";
import { translate, type TranslateParams } from "../../lib/i18n/translate";

/** The on-duty roster at /roster: the week grid, the list of shifts, and (supervisors) the form to add one. */
export class RosterPage {
  constructor(
    readonly page: Page,
    readonly locale: Locale = "es",
  ) {}

  t = (key: MessageKey, params?: TranslateParams) => translate(catalogs[this.locale], key, params);

  goto = async (consulate?: string) => {
    await this.page.goto(consulate ? `/roster?consulate=${consulate}` : "/roster");
    await expect(this.page.getByTestId("roster-grid")).toBeVisible();
  };

  grid = () => this.page.getByTestId("roster-grid");
  blocksOf = (name: string) => this.grid().getByTestId("roster-block").filter({ hasText: name });
  rowOf = (name: string) => this.page.getByTestId("shift-list").locator("tbody tr").filter({ hasText: name });
  message = () => this.page.getByTestId("roster-message");

  /** A one-off shift for `person`, from the form's defaults: from now (to five minutes) for eight hours. */
  addOneOffNow = async (person: string) => {
    const form = this.page.getByTestId("shift-form");
    await form.getByRole("radio", { name: this.t("roster.kind.ONCE") }).check();
    await form.getByLabel(this.t("roster.form.person")).selectOption({ label: person });
    await form.getByRole("button", { name: this.t("roster.form.submit") }).click();
    await expect(this.message()).toHaveText(this.t("roster.form.added"));
  };

  /**
   * Removes `person`'s one-off shifts of this week's list, confirming each: the weekly ones are the
   * demo roster's, which other specs read (removing them all took Ana's days off the grid at night).
   */
  removeOneOffShiftsOf = async (person: string) => {
    this.page.on("dialog", (dialog) => void dialog.accept());
    const rows = this.rowOf(person).filter({ has: this.page.getByRole("cell", { name: this.t("roster.kind.ONCE"), exact: true }) });
    while ((await rows.count()) > 0) {
      const before = await rows.count();
      await rows.first().getByRole("button", { name: this.t("roster.delete.label", { name: person }) }).click();
      await expect(rows).toHaveCount(before - 1);
    }
  };
}
