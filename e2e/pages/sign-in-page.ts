import type { Page } from "@playwright/test";
import { either } from "../support/messages";

export class SignInPage {
  constructor(private readonly page: Page) {}

  goto = () => this.page.goto("/sign-in");

  signIn = async (email: string, password: string) => {
    await this.page.getByLabel(either("auth.email")).fill(email);
    await this.page.getByLabel(either("auth.password")).fill(password);
    await this.submit().click();
  };

  /** Named "Entrar" only while no attempt is under way. */
  submit = () => this.page.getByRole("button", { name: either("auth.submit") });

  error = () => this.page.getByTestId("sign-in-error");
}
