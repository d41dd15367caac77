import type { Page } from "@playwright/test";
import { either } from "../support/messages";

/** A label exactly (the picker "Consulado" beside "Consulado de respaldo"). */
const exactly = (key: Parameters<typeof either>[0]) => new RegExp(`^(?:${either(key).source})$`);

/** /admin/consulates: pick a consulate, change its settings, read its history. */
export class ConsulatesPage {
  constructor(private readonly page: Page) {}

  goto = () => this.page.goto("/admin/consulates");

  pick = async (code: string) => {
    const select = this.page.getByLabel(exactly("consulates.pick"));
    const value = await select.locator("option", { hasText: new RegExp(`^${code} · `) }).getAttribute("value");
    await select.selectOption(value!);
  };

  field = (key: Parameters<typeof either>[0]) => this.page.getByTestId("consulate-settings-form").getByLabel(exactly(key));

  save = () => this.page.getByRole("button", { name: either("consulates.save") }).click();

  status = () => this.page.getByTestId("consulate-settings-status");

  history = () => this.page.getByTestId("consulate-history");
}
