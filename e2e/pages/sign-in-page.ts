import type { Page } from "@playwright/test";

export class SignInPage {
  constructor(private readonly page: Page) {}

  goto = () => this.page.goto("/sign-in");

  signIn = async (email: string, password: string) => {
    await this.page.getByLabel(/correo|e-mail/i).fill(email);
    await this.page.getByLabel(/contraseña|password/i).fill(password);
    await this.page.getByRole("button", { name: /entrar|iniciar|sign in/i }).click();
  };

  error = () => this.page.getByTestId("sign-in-error");
}
