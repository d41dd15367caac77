import AxeBuilder from "@axe-core/playwright";
import { randomInt } from "node:crypto";
import type { APIRequestContext, Page } from "@playwright/test";
import { CaseApi, CasePage } from "./pages/case-page";
import { LegalCasePage } from "./pages/legal-case-page";
import { LegalApi, LegalDeskPage } from "./pages/legal-desk-page";
import { expect, test } from "./support/fixtures";
import { t } from "./support/messages";
import { HOUSTON, LOS_ANGELES, panicNear, postAlert } from "./support/relay";

// A whole legal path (referral, take, record, hearing, the worker's reminder, close) is many round trips on two CPUs.
test.describe.configure({ timeout: 120_000 });

const REFER = [{ to: "ACKNOWLEDGED" }, { to: "IN_CONTACT" }, { to: "DETENTION_CONFIRMED" }, { to: "REFERRED_LEGAL_AID" }];

/** A case from the relay, worked by an officer of its consulate (`officer`, their API) up to the referral; its id and number. */
const referredCase = async (relay: APIRequestContext, { near, officer }: { near: { lat: number; lng: number }; officer: APIRequestContext }) => {
  // One reachable contact, always: the family updates need a phone to write to.
  const contacts = [{ name: "María Pérez", phone: "+13235550123", relationship: "sister", notified: true }];
  const posted = await postAlert(relay, { ...panicNear({ near }), contacts });
  expect(posted.status).toBe(202);
  const caseId = posted.body.caseId as string;
  await new CaseApi(officer).advance(caseId, REFER);
  const response = await officer.get(`/api/v1/cases/${caseId}`);
  const { summary } = (await response.json()) as { summary: { number: string } };
  return { caseId, number: summary.number };
};

/** Legal aid's window: the page and the legal-aid API with its session. */
const legalDesk = (page: Page) => ({ page, legalApi: new LegalApi(page.request) });

const expectNoViolations = async (page: Page) => {
  // A page being read again streams its metadata back in: check the settled page, title included.
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  const found = results.violations.flatMap((v) => v.nodes.map((node) => `${v.id}: ${v.help} at ${node.target.join(" ")}`));
  expect(found, `axe found ${found.length} WCAG 2 A/AA violations:\n${found.join("\n")}`).toEqual([]);
};

test("[LEGAL] legal aid takes a referred case, records facility and hearing, is reminded, and closes it with an outcome", async ({ legalPage, apiAs, request }) => {
  const { caseId, number } = await referredCase(request, { near: LOS_ANGELES, officer: await apiAs("officerLA") });
  const legal = legalDesk(legalPage);

  // The queue of unassigned referred cases holds it; "take" puts it on the user.
  const desk = new LegalDeskPage(legal.page);
  await desk.goto("?owner=unassigned");
  await expect(desk.row(number)).toBeVisible();
  await desk.take(number);
  await desk.goto("?owner=me");
  await expect(desk.row(number).getByTestId("legal-assignee")).toContainText(t("caseWork.owner.you"));

  const caseUi = new CasePage(legal.page);
  const ui = new LegalCasePage(legal.page);
  await caseUi.goto(caseId);

  // A bad A-number is refused on the spot; a good one and a LAX facility are saved in one write.
  await ui.aNumber().fill("12-34");
  await legal.page.getByTestId("legal-record-save").click();
  await expect(ui.aNumberError()).toHaveText(t("legal.error.a_number_format"));
  const aNumber = String(randomInt(100_000_000, 999_999_999));
  await ui.aNumber().fill(aNumber);
  const facility = (await legal.legalApi.facilities()).find((f) => f.consulateCode === "LAX") ?? (await legal.legalApi.facilities())[0];
  await ui.chooseFacility(facility.name);
  expect((await ui.saveRecord()).status()).toBe(200);
  await expect(ui.recordStatus()).toHaveText(t("legalPanel.record.saved"));
  await expect(caseUi.timelineOf("LEGAL_RECORD_CHANGED").first()).toContainText(
    t("legalTimeline.change", { field: t("legal.field.facility"), before: "—", after: facility.name }),
  );

  // A hearing 90 minutes ahead: its 2-hour reminder is already due, so the worker sends one at once.
  const court = `Corte de Inmigración ${randomInt(1000, 9999)}`;
  await ui.addHearing({ court, at: new Date(Date.now() + 90 * 60_000), type: t("legal.hearingType.BOND") });
  await expect(ui.hearings().filter({ hasText: court })).toHaveCount(1);
  await expect(caseUi.timelineOf("HEARING_SCHEDULED").first()).toContainText(court);
  await expect(ui.reminderCount()).toBeVisible({ timeout: 20_000 });
  await ui.openReminders();
  const reminder = ui.reminders().filter({ hasText: court });
  await expect(reminder).toContainText(number);
  await reminder.getByRole("button", { name: t("reminders.markRead") }).click();
  await expect(ui.reminders().filter({ hasText: court })).toHaveCount(0);
  await legal.page.keyboard.press("Escape");

  // An open task blocks the close: the dialog lists it and offers to cancel it and close.
  await ui.addTask({ title: "Pedir audiencia de fianza", due: new Date(Date.now() + 24 * 3_600_000) });
  const bond = t("caseWork.outcome.RELEASED_ON_BOND");
  await caseUi.action(t("caseWork.action.CLOSED")).click();
  await caseUi.dialog().getByRole("combobox").selectOption({ label: bond });
  await caseUi.dialog().getByRole("button", { name: t("caseWork.action.CLOSED"), exact: true }).click();
  await expect(caseUi.dialog().getByTestId("open-tasks")).toContainText("Pedir audiencia de fianza");
  await caseUi.dialog().getByRole("button", { name: t("caseWork.close.cancelTasksAndClose") }).click();
  await expect(caseUi.dialog()).toHaveCount(0);
  await expect(caseUi.status()).toHaveText(t("status.CLOSED"));
  await expect(legal.page.getByTestId("case-outcome")).toHaveText(bond);

  // Ended: legal work is read-only until reopened.
  await expect(ui.readonlyNote()).toBeVisible();
  await expect(ui.aNumber()).toBeDisabled();
  await expect(legal.page.getByTestId("hearing-form")).toHaveCount(0);
  await expect(ui.tasks().first()).toHaveAttribute("data-status", "CANCELLED");
});

test("[LEGAL] the CSV export holds exactly the cases LAX legal aid may see, and no Houston case", async ({ legalPage, apiAs, request }) => {
  const lax = await referredCase(request, { near: LOS_ANGELES, officer: await apiAs("officerLA") });
  const hou = await referredCase(request, { near: HOUSTON, officer: await apiAs("officerHouston") });
  expect(hou.number.startsWith("HOU-")).toBe(true);
  const legal = legalDesk(legalPage);
  const desk = new LegalDeskPage(legal.page);
  await desk.goto();
  await expect(desk.exportLink()).toHaveAttribute("data-query", "queue=legal");

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
  await expect(desk.exportLink()).toHaveAttribute("data-query", "status=all&queue=legal");
  await expect(async () => {
    const all = await desk.exportCaseNumbers();
    expect([...all].sort()).toEqual([...(await legal.legalApi.queueNumbers("?status=all"))].sort());
    expect(all.some((n) => !n.startsWith("LAX-"))).toBe(false);
  }).toPass({ timeout: 30_000 });
});

test("[LEGAL] the legal-aid queue and a case's legal panels have no WCAG 2 A/AA violations", async ({ legalPage, apiAs, request }) => {
  const { caseId } = await referredCase(request, { near: LOS_ANGELES, officer: await apiAs("officerLA") });
  const legal = legalDesk(legalPage);
  const desk = new LegalDeskPage(legal.page);
  await desk.goto();
  await expect(desk.rows().first()).toBeVisible();
  await expectNoViolations(legal.page);

  const caseUi = new CasePage(legal.page);
  await caseUi.goto(caseId);
  await expect(legal.page.getByTestId("legal-record")).toBeVisible();
  await new LegalCasePage(legal.page).addTask({ title: "Conseguir el acta de nacimiento", due: new Date(Date.now() + 3 * 24 * 3_600_000) });
  await expectNoViolations(legal.page);
});

test("[LEGAL] a colleague's save makes an open form stale: the edits stay, the current record can be loaded", async ({ legalPage, officerPage, apiAs, request }) => {
  const { caseId } = await referredCase(request, { near: LOS_ANGELES, officer: await apiAs("officerLA") });
  const legal = legalDesk(legalPage);
  const ui = new LegalCasePage(legal.page);
  await new CasePage(legal.page).goto(caseId);
  await ui.record().getByLabel(t("legal.field.lawyerName")).fill("Lic. Teresa Ruiz");

  // Meanwhile an officer saves the record from the API, at the version both saw.
  const current = (await (await officerPage.request.get(`/api/v1/cases/${caseId}/legal`)).json()) as { recordVersion: number };
  const saved = await officerPage.request.patch(`/api/v1/cases/${caseId}/legal`, { data: { version: current.recordVersion, partnerOrg: "CHIRLA" } });
  expect(saved.status()).toBe(200);

  expect((await ui.saveRecord()).status()).toBe(409);
  await expect(ui.recordError()).toContainText(t("legalDesk.error.staleRecord"));
  await expect(ui.record().getByLabel(t("legal.field.lawyerName"))).toHaveValue("Lic. Teresa Ruiz");
  await ui.recordError().getByRole("button", { name: t("legalPanel.record.loadCurrent") }).click();
  await expect(ui.record().getByLabel(t("legal.field.partnerOrg"))).toHaveValue("CHIRLA");
  await expect(ui.record().getByLabel(t("legal.field.lawyerName"))).toHaveValue("");
});

test("[LEGAL] a family update is drafted by one person, approved by another, and sent", async ({ legalPage, officerPage, apiAs, request }) => {
  const { caseId } = await referredCase(request, { near: LOS_ANGELES, officer: await apiAs("officerLA") });
  const legal = legalDesk(legalPage);
  const facility = (await legal.legalApi.facilities())[0];
  const { recordVersion } = (await (await legal.page.request.get(`/api/v1/cases/${caseId}/legal`)).json()) as { recordVersion: number };
  expect((await legal.page.request.patch(`/api/v1/cases/${caseId}/legal`, { data: { version: recordVersion, facilityId: facility.id } })).status()).toBe(200);

  await new CasePage(legal.page).goto(caseId);
  const family = legal.page.getByTestId("family");
  await family.getByLabel(t("legalPanel.family.template")).selectOption({ label: t("legal.template.located_at_facility") });
  await family.getByRole("button", { name: t("legalPanel.family.submit") }).click();
  const message = family.getByTestId("family-message").first();
  await expect(message).toContainText(facility.name);
  await expect(message.getByTestId("family-message-status")).toHaveText(t("legal.messageStatus.DRAFT"));
  // Its author cannot approve it, and is told why.
  await expect(message.getByTestId("approval-note")).toContainText(t("legalPanel.family.ownDraft"));
  await expect(message.getByRole("button", { name: t("legalPanel.family.approve") })).toHaveCount(0);

  await new CasePage(officerPage).goto(caseId);
  const theirs = officerPage.getByTestId("family").getByTestId("family-message").first();
  await theirs.getByRole("button", { name: t("legalPanel.family.approve") }).click();
  // The outbox sends it within a few seconds (the log transport in this environment); the author's page follows live.
  await expect(message.getByTestId("family-message-status")).toHaveText(t("legal.messageStatus.SENT"), { timeout: 30_000 });
});

test("[LEGAL] a transfer asked by Los Angeles is answered by Houston, after which the case is Houston's", async ({ legalPage, houstonPage, apiAs, request }) => {
  const { caseId, number } = await referredCase(request, { near: LOS_ANGELES, officer: await apiAs("officerLA") });
  const legal = legalDesk(legalPage);
  await new CasePage(legal.page).goto(caseId);
  const transfers = legal.page.getByTestId("transfers");
  await transfers.getByRole("button", { name: t("legalPanel.transfer.request") }).first().click();
  const dialog = legal.page.getByTestId("transfer-dialog");
  await dialog.getByLabel(t("legalPanel.transfer.to")).selectOption("HOU");
  await dialog.getByLabel(t("caseWork.reason.label")).fill("La familia se mudó a Houston y la persona fue trasladada allá.");
  await dialog.getByRole("button", { name: t("legalPanel.transfer.request") }).click();
  await expect(dialog).toHaveCount(0);
  await expect(transfers).toContainText(t("legalPanel.transfer.pending", { code: "HOU" }));

  const desk = new LegalDeskPage(houstonPage);
  await desk.goto();
  const incoming = houstonPage.locator(`[data-testid="incoming-transfer"][data-case-number="${number}"]`);
  await expect(incoming).toContainText("La familia se mudó a Houston");
  await incoming.getByRole("button", { name: t("legalDesk.transfer.accept") }).click();
  await expect(houstonPage.getByTestId("incoming-transfers")).toContainText(t("legalDesk.transfer.accepted", { number }));
  expect((await houstonPage.request.get(`/api/v1/cases/${caseId}`)).status()).toBe(200);
  expect((await legal.page.request.get(`/api/v1/cases/${caseId}`)).status()).toBe(404);
});

test("[LEGAL] a hearing typed in a browser set to another zone is kept at the consulate's time", async ({ signIn, apiAs, request }) => {
  const { caseId } = await referredCase(request, { near: LOS_ANGELES, officer: await apiAs("officerLA") });
  // The worker's laptop is on Mexico City's clock; the case, the court and the screens are Los Angeles'.
  const legal = legalDesk(await signIn("legalLA", { timezoneId: "America/Mexico_City" }));
  const ui = new LegalCasePage(legal.page);
  await new CasePage(legal.page).goto(caseId);
  await expect(legal.page.getByTestId("hearing-form")).toContainText(t("legalPanel.timeZoneHint", { zone: "hora del Pacífico" }));

  const at = new Date(Math.ceil((Date.now() + 30 * 86_400_000) / 60_000) * 60_000);
  await ui.addHearing({ court: `Corte de Inmigración ${randomInt(1000, 9999)}`, at });
  // Typed as Los Angeles' wall clock, stored as that instant: not two hours off.
  await expect(ui.hearings().first().locator("time")).toHaveAttribute("datetime", at.toISOString());
});

test("[LEGAL] a hearing's court and judge are corrected in place, and an empty court is refused", async ({ legalPage, apiAs, request }) => {
  const { caseId } = await referredCase(request, { near: LOS_ANGELES, officer: await apiAs("officerLA") });
  const legal = legalDesk(legalPage);
  const caseUi = new CasePage(legal.page);
  const ui = new LegalCasePage(legal.page);
  await caseUi.goto(caseId);
  const court = `Corte de Inmigración ${randomInt(1000, 9999)}`;
  await ui.addHearing({ court, at: new Date(Date.now() + 10 * 86_400_000) });

  const hearing = ui.hearings().filter({ hasText: court });
  const details = hearing.getByTestId("hearing-details");
  await details.getByText(t("legalPanel.hearing.edit")).click();
  await details.getByLabel(t("legal.field.court")).fill("  ");
  await details.getByRole("button", { name: t("legalPanel.hearing.saveDetails") }).click();
  await expect(details.getByText(t("caseWork.field.required"))).toBeVisible();

  const corrected = `${court} (Adelanto)`;
  await details.getByLabel(t("legal.field.court")).fill(corrected);
  await details.getByLabel(t("legal.field.judge")).fill("Hon. Rosa Medina");
  await details.getByRole("button", { name: t("legalPanel.hearing.saveDetails") }).click();
  const updated = ui.hearings().filter({ hasText: corrected });
  await expect(updated).toContainText(t("legalPanel.hearing.judge", { name: "Hon. Rosa Medina" }));
  await expect(caseUi.timelineOf("HEARING_CHANGED").first()).toContainText(`${court} → ${corrected}`);
});
