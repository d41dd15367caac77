import { expect, type Page } from "@playwright/test";
import { either } from "../support/messages";

/** A notice's page (/n/<token>): what it is about, and its answers. */
export class NoticePage {
  constructor(readonly page: Page) {}

  goto = async (path: string) => {
    await this.page.goto(path);
  };

  card = () => this.page.getByTestId("notice-ack");
  caseNumber = () => this.page.getByTestId("notice-case-number");
  acknowledged = () => this.page.getByTestId("notice-acknowledged");
  notFound = () => this.page.getByTestId("not-found");
  acknowledge = () => this.card().getByRole("button", { name: either("notices.ack.acknowledge") });
  take = () => this.card().getByRole("button", { name: either("notices.ack.take") });

  /** Acknowledges and waits for the server's answer. */
  doAcknowledge = async () => {
    const answered = this.page.waitForResponse((r) => r.url().includes("/acknowledge") && r.request().method() === "POST");
    await this.acknowledge().click();
    expect((await answered).status()).toBe(200);
  };
}
