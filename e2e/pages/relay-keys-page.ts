import type { Page } from "@playwright/test";
import { either } from "../support/messages";

export class RelayKeysPage {
  constructor(private readonly page: Page) {}

  goto = () => this.page.goto("/admin/relay-keys");

  create = async (name: string) => {
    await this.page.getByLabel(either("relayKeys.create.name")).fill(name);
    await this.page.getByRole("button", { name: either("relayKeys.create.submit") }).click();
    const notice = this.page.getByTestId("relay-key-secret");
    return {
      id: (await notice.getByTestId("relay-key-id").textContent())!.trim(),
      secret: (await notice.getByTestId("relay-key-secret-value").textContent())!.trim(),
    };
  };

  row = (id: string) => this.page.locator(`[data-testid="relay-key-row"][data-key-id="${id}"]`);

  revoke = async (id: string) => {
    this.page.once("dialog", (dialog) => void dialog.accept());
    await this.row(id).getByRole("button", { name: either("relayKeys.revoke") }).click();
  };
}
