import type { Page } from "@playwright/test";
import { either } from "../support/messages";

/** /subjects: the search, a person's purpose question, the record, the correction form and the export. */
export class SubjectsPage {
  constructor(readonly page: Page) {}

  goto = (query = "") => this.page.goto(`/subjects${query}`);

  search = async (q: string) => {
    await this.page.getByLabel(either("subjects.search.label")).fill(q);
    await Promise.all([this.page.waitForURL(/\/subjects\?q=/), this.page.getByRole("button", { name: either("subjects.search.submit") }).click()]);
  };

  results = () => this.page.getByTestId("subject-results").locator("tbody tr");

  /** Opens a found person and answers the purpose question (a GET form: the record's address carries it). */
  open = async (name: string, { purpose, text }: { purpose: string; text: string }) => {
    await this.page.getByTestId("subject-results").getByRole("link", { name: new RegExp(name) }).click();
    await this.page.getByLabel(either("subjects.purpose.label")).selectOption(purpose);
    await this.page.getByLabel(either("subjects.purpose.text")).fill(text);
    await Promise.all([this.page.waitForURL(/purposeText=/), this.page.getByRole("button", { name: either("subjects.purpose.submit") }).click()]);
  };

  person = () => this.page.getByTestId("subject-person");
  cases = () => this.page.getByTestId("subject-case");
  corrections = () => this.page.getByTestId("subject-corrections");

  correct = async ({ field, value, reason }: { field: string; value: string; reason: string }) => {
    const form = this.page.getByTestId("correction-form");
    await form.getByLabel(either("subjects.correct.field")).selectOption(field);
    await form.getByLabel(either("subjects.correct.value")).fill(value);
    await form.getByLabel(either("subjects.correct.reason")).fill(reason);
    await form.getByRole("button", { name: either("subjects.correct.submit") }).click();
  };

  /** Clicks the export and answers the downloaded file's name and JSON. */
  export = async () => {
    const [download] = await Promise.all([this.page.waitForEvent("download"), this.page.getByTestId("subject-export").click()]);
    const chunks: Buffer[] = [];
    for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
    return { name: download.suggestedFilename(), json: JSON.parse(Buffer.concat(chunks).toString("utf8")) as Record<string, unknown> };
  };
}
