import { expect, type APIRequestContext, type Page } from "@playwright/test";
import { either } from "../support/messages";

type Action = RegExp | string;

/** One case page: its header (status, owner, presence, actions), call log, notes and timeline. */
export class CasePage {
  constructor(readonly page: Page) {}

  goto = async (caseId: string) => {
    await this.page.goto(`/cases/${caseId}`);
    // Readiness, not speed: under a full parallel run the first handshake can take seconds.
    await expect(this.page.getByTestId("live-status")).toHaveAttribute("data-state", "connected", { timeout: 15_000 });
  };

  status = () => this.page.getByTestId("case-status").locator("[data-status]");
  owner = () => this.page.getByTestId("case-owner");
  presence = () => this.page.getByTestId("case-presence");
  actions = () => this.page.getByTestId("case-actions");
  action = (name: Action) => this.actions().getByRole("button", { name, exact: typeof name === "string" });
  actionStatus = () => this.page.getByTestId("case-actions-status");
  actionError = () => this.page.getByTestId("case-actions-error");
  dialog = () => this.page.getByRole("dialog");
  timeline = () => this.page.getByTestId("case-timeline").locator("li");
  timelineOf = (kind: string) => this.page.getByTestId("case-timeline").locator(`li[data-kind="${kind}"]`);
  attempts = () => this.page.getByTestId("contact-attempt");
  notes = () => this.page.getByTestId("case-note");
  noteBox = () => this.page.getByTestId("note-form").getByRole("textbox");

  /** Clicks a one-step action and waits for the server's answer. */
  act = async (name: Action) => {
    const answered = this.page.waitForResponse((r) => r.url().includes("/transitions") && r.request().method() === "POST");
    await this.action(name).click();
    return answered;
  };

  /** An action that asks for a reason (not detained, rescinded, reopen). */
  actWithReason = async (name: Action, reason: string) => {
    await this.action(name).click();
    await expect(this.dialog()).toBeVisible();
    await this.dialog().getByRole("textbox").fill(reason);
    await this.dialog().getByRole("button", { name, exact: typeof name === "string" }).click();
    await expect(this.dialog()).toHaveCount(0);
  };

  close = async ({ action, outcome, note }: { action: Action; outcome: string; note?: string }) => {
    await this.action(action).click();
    await expect(this.dialog()).toBeVisible();
    await this.dialog().getByRole("combobox").selectOption({ label: outcome });
    if (note) await this.dialog().getByRole("textbox").fill(note);
    await this.dialog().getByRole("button", { name: action, exact: typeof action === "string" }).click();
    await expect(this.dialog()).toHaveCount(0);
  };

  /**
   * Refers to legal aid through its dialog: the suggested legal-aid member
   * unless `assignee` names another, with an optional note; the server's answer.
   */
  refer = async ({ action, assignee, note }: { action: Action; assignee?: string; note?: string }) => {
    await this.action(action).click();
    const dialog = this.dialog();
    await expect(dialog).toBeVisible();
    const select = dialog.getByRole("combobox");
    // Enabled, with the suggestion chosen, once the list has arrived.
    await expect(select).not.toHaveValue("");
    if (assignee) await select.selectOption(await select.locator("option", { hasText: assignee }).getAttribute("value"));
    if (note) await dialog.getByRole("textbox").fill(note);
    const answered = this.page.waitForResponse((r) => r.url().includes("/transitions") && r.request().method() === "POST");
    await dialog.getByRole("button", { name: action, exact: typeof action === "string" }).click();
    const response = await answered;
    await expect(dialog).toHaveCount(0);
    return response;
  };

  logContact = async ({ choice, name, result, notes }: { choice?: Action; name?: string; result: string; notes?: string }) => {
    const form = this.page.getByTestId("contact-form");
    if (choice) await form.getByRole("button", { name: choice }).click();
    if (name) await form.getByRole("textbox").first().fill(name);
    await form.getByRole("combobox").selectOption({ label: result });
    if (notes) await form.getByRole("textbox").last().fill(notes);
    await form.getByRole("button", { name: either("caseWork.contactForm.submit") }).click();
    await expect(this.page.getByTestId("contact-form-status")).not.toBeEmpty();
  };

  addNote = async (text: string) => {
    await this.noteBox().fill(text);
    await this.page.getByTestId("note-form").getByRole("button").click();
    await expect(this.page.getByTestId("note-form-status")).not.toBeEmpty();
  };

  switchLocale = async (locale: "ES" | "EN") => {
    await this.page.getByRole("button", { name: locale, exact: true }).click();
    await expect(this.page.locator("html")).toHaveAttribute("lang", locale.toLowerCase());
  };
}

/** The case API as a signed-in user: set up a state quickly, or send what a stale page would. */
export class CaseApi {
  constructor(private readonly request: APIRequestContext) {}

  get = async (caseId: string) => {
    const response = await this.request.get(`/api/v1/cases/${caseId}`);
    expect(response.status()).toBe(200);
    return (await response.json()) as { summary: { version: number; status: string; owner: { name: string } | null } };
  };

  version = async (caseId: string) => (await this.get(caseId)).summary.version;

  transition = (caseId: string, body: { to: string; version: number; reason?: string; outcome?: string }) =>
    this.request.post(`/api/v1/cases/${caseId}/transitions`, { data: body });

  /** Moves the case through `steps` in order, each with the version it has then. */
  advance = async (caseId: string, steps: { to: string; reason?: string; outcome?: string }[]) => {
    for (const step of steps) {
      const response = await this.transition(caseId, { ...step, version: await this.version(caseId) });
      expect(response.status(), `${step.to}: ${await response.text()}`).toBe(200);
    }
  };

  note = (caseId: string, body: string) => this.request.post(`/api/v1/cases/${caseId}/notes`, { data: { body } });
}
