import type { Page } from "@playwright/test";
import { either } from "../support/messages";

/** /security: turning two-step verification on, and the sign-in's second step. */
export class SecurityPage {
  constructor(private readonly page: Page) {}

  goto = () => this.page.goto("/security");

  start = () => this.page.getByRole("button", { name: either("twoFactor.start") }).click();

  secret = async () => (await this.page.getByTestId("two-factor-secret").textContent())!.trim();

  confirm = async (code: string) => {
    await this.page.getByLabel(either("twoFactor.code.label")).fill(code);
    await this.page.getByRole("button", { name: either("twoFactor.confirm.submit") }).click();
  };

  recoveryCodes = () => this.page.getByTestId("recovery-codes").getByRole("listitem");

  codesSaved = () => this.page.getByRole("button", { name: either("twoFactor.codes.done") }).click();

  status = () => this.page.getByTestId("two-factor-status");

  /** The sign-in's second step (on /sign-in). */
  enterSignInCode = async (code: string) => {
    await this.page.getByLabel(either("twoFactor.signIn.codeLabel")).fill(code);
    await this.page.getByRole("button", { name: either("twoFactor.signIn.submit") }).click();
  };

  signInCodeField = () => this.page.getByLabel(either("twoFactor.signIn.codeLabel"));
}
