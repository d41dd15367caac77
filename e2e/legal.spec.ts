import AxeBuilder from "@axe-core/playwright";
import { randomInt } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { CaseApi, CasePage, pinLocale } from "./pages/case-page";
import { LegalCasePage } from "./pages/legal-case-page";
import { LegalApi, LegalDeskPage } from "./pages/legal-desk-page";
import { storageStatePath, type AccountRole } from "./support/accounts";
import { HOUSTON, LOS_ANGELES, panicNear, postAlert } from "./support/relay";

type Request = Parameters<typeof postAlert>[0];

// A whole legal path (referral, take, record, hearing, the worker's reminder, close) is many round trips on two CPUs.
test.describe.configure({ timeout: 120_000 });

const signedIn = async (browser: Browser, role: AccountRole) => {
  const context = await browser.newContext({ storageState: storageStatePath(role) });
  await pinLocale(context, "es");
  const page = await context.newPage();
  return { context, page, api: new CaseApi(context.request), legalApi: new LegalApi(context.request) };
};

const REFER = [{ to: "ACKNOWLEDGED" }, { to: "IN_CONTACT" }, { to: "DETENTION_CONFIRMED" }, { to: "REFERRED_LEGAL_AID" }];

/** A case from the relay, worked by an officer of its consulate up to the referral; its id and number. */
const referredCase = async (request: Request, browser: Browser, { near, officer }: { near: { lat: number; lng: number }; officer: AccountRole }) => {
  const posted = await postAlert(request, panicNear({ near }));
  expect(posted.status).toBe(202);
  const caseId = posted.body.caseId as string;
  const staff = await signedIn(browser, officer);
  await staff.api.advance(caseId, REFER);
  const response = await staff.context.request.get(`/api/v1/cases/${caseId}`);
  const { summary } = (await response.json()) as { summary: { number: string } };
  await staff.context.close();
  return { caseId, number: summary.number };
};

const expectNoViolations = async (page: Page) => {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  const found = results.violations.flatMap((v) => v.nodes.map((node) => `${v.id}: ${v.help} at ${node.target.join(" ")}`));
  expect(found, `axe found ${found.length} WCAG 2 A/AA violations:\n${found.join("\n")}`).toEqual([]);
};

test("[LEGAL] legal aid takes a referred case, records facility and hearing, is reminded, and closes it with an outcome", async ({ browser, request }) => {
  const { caseId, number } = await referredCase(request, browser, { near: LOS_ANGELES, officer: "officerLA" });
  const legal = await signedIn(browser, "legalLA");

  // The queue of unassigned referred cases holds it; "take" puts it on the user.
  const desk = new LegalDeskPage(legal.page);
  await desk.goto("?owner=unassigned");
  await expect(desk.row(number)).toBeVisible();
  await desk.take(number);
  await desk.goto("?owner=me");
  await expect(desk.row(number).getByTestId("legal-assignee")).toContainText("(usted)");

  const caseUi = new CasePage(legal.page);
  const ui = new LegalCasePage(legal.page);
  await caseUi.goto(caseId);

  // A bad A-number is refused on the spot; a good one and a LAX facility are saved in one write.
  await ui.aNumber().fill("12-34");
  await legal.page.getByTestId("legal-record-save").click();
  await expect(ui.aNumberError()).toHaveText("El número A debe tener 8 o 9 dígitos.");
  const aNumber = String(randomInt(100_000_000, 999_999_999));
  await ui.aNumber().fill(aNumber);
  const facility = (await legal.legalApi.facilities()).find((f) => f.consulateCode === "LAX") ?? (await legal.legalApi.facilities())[0];
  await ui.chooseFacility(facility.name);
  expect((await ui.saveRecord()).status()).toBe(200);
  await expect(ui.recordStatus()).toHaveText("Expediente guardado.");
  await expect(caseUi.timelineOf("LEGAL_RECORD_CHANGED").first()).toContainText(`Centro de detención: — → ${facility.name}`);

  // A hearing 90 minutes ahead: its 2-hour reminder is already due, so the worker sends one at once.
  const court = `Corte de Inmigración ${randomInt(1000, 9999)}`;
  await ui.addHearing({ court, at: new Date(Date.now() + 90 * 60_000), type: "Audiencia de fianza" });
  await expect(ui.hearings().filter({ hasText: court })).toHaveCount(1);
  await expect(caseUi.timelineOf("HEARING_SCHEDULED").first()).toContainText(court);
  await expect(ui.reminderCount()).toBeVisible({ timeout: 20_000 });
  await ui.openReminders();
  const reminder = ui.reminders().filter({ hasText: court });
  await expect(reminder).toContainText(number);
  await reminder.getByRole("button", { name: "Marcar como leído" }).click();
  await expect(ui.reminders().filter({ hasText: court })).toHaveCount(0);
  await legal.page.keyboard.press("Escape");

  // An open task blocks the close: the dialog lists it and offers to cancel it and close.
  await ui.addTask({ title: "Pedir audiencia de fianza", due: new Date(Date.now() + 24 * 3_600_000) });
  await caseUi.action("Cerrar caso").click();
  await caseUi.dialog().getByRole("combobox").selectOption({ label: "Liberado bajo fianza" });
  await caseUi.dialog().getByRole("button", { name: "Cerrar caso", exact: true }).click();
  await expect(caseUi.dialog().getByTestId("open-tasks")).toContainText("Pedir audiencia de fianza");
  await caseUi.dialog().getByRole("button", { name: "Cancelar las tareas abiertas y cerrar" }).click();
  await expect(caseUi.dialog()).toHaveCount(0);
  await expect(caseUi.status()).toHaveText("Cerrado");
  await expect(legal.page.getByTestId("case-outcome")).toHaveText("Liberado bajo fianza");

  // Ended: legal work is read-only until reopened.
  await expect(ui.readonlyNote()).toBeVisible();
  await expect(ui.aNumber()).toBeDisabled();
  await expect(legal.page.getByTestId("hearing-form")).toHaveCount(0);
  await expect(ui.tasks().first()).toHaveAttribute("data-status", "CANCELLED");
  await legal.context.close();
});

test("[LEGAL] the CSV export holds exactly the cases LAX legal aid may see, and no Houston case", async ({ browser, request }) => {
  const lax = await referredCase(request, browser, { near: LOS_ANGELES, officer: "officerLA" });
  const hou = await referredCase(request, browser, { near: HOUSTON, officer: "officerHouston" });
  expect(hou.number.startsWith("HOU-")).toBe(true);
  const legal = await signedIn(browser, "legalLA");
  const desk = new LegalDeskPage(legal.page);
  await desk.goto();
  await expect(desk.exportLink()).toHaveAttribute("href", "/api/v1/reports/cases?queue=legal");

  // Other specs refer cases meanwhile: the file and the queue are compared until one pair is read at rest.
  let exported: string[] = [];
  await expect(async () => {
    exported = await desk.exportCaseNumbers();
    expect([...exported].sort()).toEqual([...(await legal.legalApi.queueNumbers())].sort());
  }).toPass({ timeout: 30_000 });
  expect(exported).toContain(lax.number);
  expect(exported).not.toContain(hou.number);
  expect(exported.every((n) => n.startsWith("LAX-"))).toBe(true);

  // The same for every status, and the link carries the filter shown.
  await legal.page.getByTestId("legal-filter-status").selectOption("all");
  await expect(desk.exportLink()).toHaveAttribute("href", "/api/v1/reports/cases?status=all&queue=legal");
  await expect(async () => {
    const all = await desk.exportCaseNumbers();
    expect([...all].sort()).toEqual([...(await legal.legalApi.queueNumbers("?status=all"))].sort());
    expect(all.some((n) => !n.startsWith("LAX-"))).toBe(false);
  }).toPass({ timeout: 30_000 });
  await legal.context.close();
});

test("[LEGAL] the legal-aid queue and a case's legal panels have no WCAG 2 A/AA violations", async ({ browser, request }) => {
  const { caseId } = await referredCase(request, browser, { near: LOS_ANGELES, officer: "officerLA" });
  const legal = await signedIn(browser, "legalLA");
  const desk = new LegalDeskPage(legal.page);
  await desk.goto();
  await expect(desk.rows().first()).toBeVisible();
  await expectNoViolations(legal.page);

  const caseUi = new CasePage(legal.page);
  await caseUi.goto(caseId);
  await expect(legal.page.getByTestId("legal-record")).toBeVisible();
  await new LegalCasePage(legal.page).addTask({ title: "Conseguir el acta de nacimiento", due: new Date(Date.now() + 3 * 24 * 3_600_000) });
  await expectNoViolations(legal.page);
  await legal.context.close();
});
