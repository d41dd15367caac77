import type { Page } from "@playwright/test";
import { either } from "../support/messages";

/** The profile screen: one's notice channels and push devices. */
export class ProfilePage {
  constructor(readonly page: Page) {}

  goto = async () => {
    await this.page.goto("/profile");
  };

  form = () => this.page.getByTestId("profile-form");
  mobile = () => this.form().getByLabel(either("profile.mobilePhone"));
  mobileError = () => this.page.getByTestId("profile-mobilePhone-error");
  status = () => this.page.getByTestId("profile-status");
  save = () => this.form().getByRole("button", { name: either("profile.save") });
}
