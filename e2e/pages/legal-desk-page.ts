import { readFile } from "node:fs/promises";
import { expect, type APIRequestContext, type Page } from "@playwright/test";
import { t } from "../support/messages";

/** The legal-aid queue at /legal: rows, take, filters and the CSV export. */
export class LegalDeskPage {
  constructor(readonly page: Page) {}

  goto = async (query = "") => {
    await this.page.goto(`/legal${query}`);
    await expect(this.page.getByTestId("live-status")).toHaveAttribute("data-state", "connected", { timeout: 15_000 });
  };

  rows = () => this.page.getByTestId("legal-row");
  row = (caseNumber: string) => this.page.locator(`[data-testid="legal-row"][data-case-number="${caseNumber}"]`);
  message = () => this.page.getByTestId("legal-message");
  /** The export's disclosure; `data-query` holds the filters it sends. */
  exportLink = () => this.page.getByTestId("export-csv");

  take = async (caseNumber: string) => {
    await this.row(caseNumber).getByRole("button", { name: t("legalDesk.take.label", { number: caseNumber }) }).click();
    await expect(this.message()).toContainText(caseNumber);
  };

  /** Opens "Exportar CSV", gives a purpose, downloads and returns the case numbers of the file, in its order. */
  exportCaseNumbers = async (purpose = "monthly_report") => {
    const details = this.exportLink();
    if ((await details.getAttribute("open")) === null) await details.locator("summary").click();
    await details.getByLabel(t("reports.purpose.label")).selectOption(purpose);
    const [download] = await Promise.all([this.page.waitForEvent("download"), details.getByTestId("export-csv-download").click()]);
    const path = await download.path();
    return caseNumbersOfCsv(await readFile(path!, "utf8"));
  };
}

/** The first column of an RFC 4180 file, header left out. */
export const caseNumbersOfCsv = (csv: string) => {
  const rows: string[][] = [[]];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const ch = csv[i];
    if (quoted) {
      if (ch === '"' && csv[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      rows[rows.length - 1].push(cell);
      cell = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && csv[i + 1] === "\n") i++;
      rows[rows.length - 1].push(cell);
      cell = "";
      rows.push([]);
    } else cell += ch;
  }
  if (cell !== "" || rows[rows.length - 1].length > 0) rows[rows.length - 1].push(cell);
  const [header, ...body] = rows.filter((r) => r.length > 1 || r[0]);
  expect(header[0]).toBe("case_number");
  return body.map((r) => r[0]);
};

/** The legal-aid API as a signed-in user. */
export class LegalApi {
  constructor(private readonly request: APIRequestContext) {}

  queueNumbers = async (query = "") => {
    const response = await this.request.get(`/api/v1/legal-aid/cases${query}`);
    expect(response.status()).toBe(200);
    const body = (await response.json()) as { cases: { number: string }[]; total: number };
    expect(body.cases.length).toBe(body.total);
    return body.cases.map((c) => c.number);
  };

  facilities = async () => {
    const response = await this.request.get("/api/v1/legal-aid/facilities");
    return ((await response.json()) as { facilities: { id: string; name: string; consulateCode: string }[] }).facilities;
  };
}
