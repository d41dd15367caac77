import { expect, type Page } from "@playwright/test";
import { t } from "../support/messages";

/** "2026-03-14T09:30" for a datetime-local input, in the browser's zone (the config's timezoneId). */
export const localInput = (at: Date, timeZone = "America/Los_Angeles") =>
  at.toLocaleString("sv-SE", { timeZone, hour12: false }).replace(" ", "T").slice(0, 16);

/** The legal panels of a case page: record, hearings, tasks, transfers, family updates. */
export class LegalCasePage {
  constructor(readonly page: Page) {}

  record = () => this.page.getByTestId("legal-record");
  recordStatus = () => this.page.getByTestId("legal-record-status");
  recordError = () => this.page.getByTestId("legal-record-error");
  aNumber = () => this.page.getByTestId("a-number");
  aNumberError = () => this.page.getByTestId("a-number-error");
  hearings = () => this.page.getByTestId("hearing");
  tasks = () => this.page.getByTestId("task");
  readonlyNote = () => this.page.getByTestId("legal-readonly");
  reminderCount = () => this.page.getByTestId("reminders-count");
  reminders = () => this.page.getByTestId("reminder");

  chooseFacility = async (name: string) => {
    await this.page.getByTestId("facility-search").fill(name.split(" ")[0]);
    const select = this.page.getByTestId("facility-select");
    const label = await select.locator("option", { hasText: name }).first().textContent();
    await select.selectOption({ label: label! });
  };

  saveRecord = async () => {
    const answered = this.page.waitForResponse((r) => r.url().endsWith("/legal") && r.request().method() === "PATCH");
    await this.page.getByTestId("legal-record-save").click();
    return answered;
  };

  addHearing = async ({ court, at, type }: { court: string; at: Date; type?: string }) => {
    const form = this.page.getByTestId("hearing-form");
    await form.getByLabel(t("legal.field.court")).fill(court);
    await form.getByLabel(t("legal.field.scheduledAt")).fill(localInput(at));
    if (type) await form.getByLabel(t("legal.field.type")).selectOption({ label: type });
    await form.getByRole("button", { name: t("legalPanel.hearing.submit") }).click();
    await expect(this.page.getByTestId("hearing-form-status")).not.toBeEmpty();
  };

  addTask = async ({ title, due }: { title: string; due: Date }) => {
    const form = this.page.getByTestId("task-form");
    await form.getByLabel(t("legal.field.title")).fill(title);
    await form.getByLabel(t("legal.field.dueAt")).fill(localInput(due));
    await form.getByRole("button", { name: t("legalPanel.task.submit") }).click();
    await expect(this.page.getByTestId("task-form-status")).not.toBeEmpty();
    // The page is read again after the write: done once the task is listed.
    await expect(this.tasks().filter({ hasText: title })).toBeVisible();
  };

  openReminders = async () => {
    await this.page.getByTestId("reminders-button").click();
  };
}
