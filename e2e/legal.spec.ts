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

const signedIn = async (browser: Browser, role: AccountRole, timezoneId?: string) => {
  const context = await browser.newContext({ storageState: storageStatePath(role), ...(timezoneId && { timezoneId }) });
  await pinLocale(context, "es");
  const page = await context.newPage();
  return { context, page, api: new CaseApi(context.request), legalApi: new LegalApi(context.request) };
};

const REFER = [{ to: "ACKNOWLEDGED" }, { to: "IN_CONTACT" }, { to: "DETENTION_CONFIRMED" }, { to: "REFERRED_LEGAL_AID" }];

/** A case from the relay, worked by an officer of its consulate up to the referral; its id and number. */
const referredCase = async (request: Request, browser: Browser, { near, officer }: { near: { lat: number; lng: number }; officer: AccountRole }) => {
  // One reachable contact, always: the family updates need a phone to write to.
  const contacts = [{ name: "María Pérez", phone: "+13235550123", relationship: "sister", notified: true }];
  const posted = await postAlert(request, { ...panicNear({ near }), contacts });
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
  // A page being read again streams its metadata back in: check the settled page, title included.
  await expect(page).toHaveTitle(/\S/);
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

test("[LEGAL] a colleague's save makes an open form stale: the edits stay, the current record can be loaded", async ({ browser, request }) => {
  const { caseId } = await referredCase(request, browser, { near: LOS_ANGELES, officer: "officerLA" });
  const legal = await signedIn(browser, "legalLA");
  const ui = new LegalCasePage(legal.page);
  await new CasePage(legal.page).goto(caseId);
  await ui.record().getByLabel("Abogado o abogada").fill("Lic. Teresa Ruiz");

  // Meanwhile an officer saves the record from the API, at the version both saw.
  const officer = await signedIn(browser, "officerLA");
  const current = (await (await officer.context.request.get(`/api/v1/cases/${caseId}/legal`)).json()) as { recordVersion: number };
  const saved = await officer.context.request.patch(`/api/v1/cases/${caseId}/legal`, { data: { version: current.recordVersion, partnerOrg: "CHIRLA" } });
  expect(saved.status()).toBe(200);

  expect((await ui.saveRecord()).status()).toBe(409);
  await expect(ui.recordError()).toContainText("Otra persona guardó el expediente legal mientras usted editaba.");
  await expect(ui.record().getByLabel("Abogado o abogada")).toHaveValue("Lic. Teresa Ruiz");
  await ui.recordError().getByRole("button", { name: "Cargar la versión actual" }).click();
  await expect(ui.record().getByLabel("Organización aliada")).toHaveValue("CHIRLA");
  await expect(ui.record().getByLabel("Abogado o abogada")).toHaveValue("");
  await Promise.all([legal.context.close(), officer.context.close()]);
});

test("[LEGAL] a family update is drafted by one person, approved by another, and sent", async ({ browser, request }) => {
  const { caseId } = await referredCase(request, browser, { near: LOS_ANGELES, officer: "officerLA" });
  const legal = await signedIn(browser, "legalLA");
  const facility = (await legal.legalApi.facilities())[0];
  const { recordVersion } = (await (await legal.context.request.get(`/api/v1/cases/${caseId}/legal`)).json()) as { recordVersion: number };
  expect((await legal.context.request.patch(`/api/v1/cases/${caseId}/legal`, { data: { version: recordVersion, facilityId: facility.id } })).status()).toBe(200);

  await new CasePage(legal.page).goto(caseId);
  const family = legal.page.getByTestId("family");
  await family.getByLabel("Plantilla").selectOption({ label: "Ubicado en centro de detención" });
  await family.getByRole("button", { name: "Crear borrador" }).click();
  const message = family.getByTestId("family-message").first();
  await expect(message).toContainText(facility.name);
  await expect(message.getByTestId("family-message-status")).toHaveText("Borrador");
  // Its author cannot approve it, and is told why.
  await expect(message.getByTestId("approval-note")).toContainText("otra persona del personal debe aprobarlo");
  await expect(message.getByRole("button", { name: "Aprobar y enviar" })).toHaveCount(0);

  const officer = await signedIn(browser, "officerLA");
  await new CasePage(officer.page).goto(caseId);
  const theirs = officer.page.getByTestId("family").getByTestId("family-message").first();
  await theirs.getByRole("button", { name: "Aprobar y enviar" }).click();
  // The outbox sends it within a few seconds (the log transport in this environment); the author's page follows live.
  await expect(message.getByTestId("family-message-status")).toHaveText("Enviado", { timeout: 30_000 });
  await Promise.all([legal.context.close(), officer.context.close()]);
});

test("[LEGAL] a transfer asked by Los Angeles is answered by Houston, after which the case is Houston's", async ({ browser, request }) => {
  const { caseId, number } = await referredCase(request, browser, { near: LOS_ANGELES, officer: "officerLA" });
  const legal = await signedIn(browser, "legalLA");
  await new CasePage(legal.page).goto(caseId);
  const transfers = legal.page.getByTestId("transfers");
  await transfers.getByRole("button", { name: /Solicitar traslado/ }).first().click();
  const dialog = legal.page.getByTestId("transfer-dialog");
  await dialog.getByLabel("Consulado que recibiría el caso").selectOption("HOU");
  await dialog.getByLabel("Motivo").fill("La familia se mudó a Houston y la persona fue trasladada allá.");
  await dialog.getByRole("button", { name: "Solicitar traslado" }).click();
  await expect(dialog).toHaveCount(0);
  await expect(transfers).toContainText("Traslado a HOU pendiente de respuesta.");

  const houston = await signedIn(browser, "officerHouston");
  const desk = new LegalDeskPage(houston.page);
  await desk.goto();
  const incoming = houston.page.locator(`[data-testid="incoming-transfer"][data-case-number="${number}"]`);
  await expect(incoming).toContainText("La familia se mudó a Houston");
  await incoming.getByRole("button", { name: "Aceptar traslado" }).click();
  await expect(houston.page.getByTestId("incoming-transfers")).toContainText(`Traslado aceptado: el caso ${number} es ahora de su consulado.`);
  expect((await houston.context.request.get(`/api/v1/cases/${caseId}`)).status()).toBe(200);
  expect((await legal.context.request.get(`/api/v1/cases/${caseId}`)).status()).toBe(404);
  await Promise.all([legal.context.close(), houston.context.close()]);
});

test("[LEGAL] a hearing typed in a browser set to another zone is kept at the consulate's time", async ({ browser, request }) => {
  const { caseId } = await referredCase(request, browser, { near: LOS_ANGELES, officer: "officerLA" });
  // The worker's laptop is on Mexico City's clock; the case, the court and the screens are Los Angeles'.
  const legal = await signedIn(browser, "legalLA", "America/Mexico_City");
  const ui = new LegalCasePage(legal.page);
  await new CasePage(legal.page).goto(caseId);
  await expect(legal.page.getByTestId("hearing-form")).toContainText("En hora del Pacífico, la hora del consulado");

  const at = new Date(Math.ceil((Date.now() + 30 * 86_400_000) / 60_000) * 60_000);
  await ui.addHearing({ court: `Corte de Inmigración ${randomInt(1000, 9999)}`, at });
  // Typed as Los Angeles' wall clock, stored as that instant: not two hours off.
  await expect(ui.hearings().first().locator("time")).toHaveAttribute("datetime", at.toISOString());
  await legal.context.close();
});

test("[LEGAL] a hearing's court and judge are corrected in place, and an empty court is refused", async ({ browser, request }) => {
  const { caseId } = await referredCase(request, browser, { near: LOS_ANGELES, officer: "officerLA" });
  const legal = await signedIn(browser, "legalLA");
  const caseUi = new CasePage(legal.page);
  const ui = new LegalCasePage(legal.page);
  await caseUi.goto(caseId);
  const court = `Corte de Inmigración ${randomInt(1000, 9999)}`;
  await ui.addHearing({ court, at: new Date(Date.now() + 10 * 86_400_000) });

  const hearing = ui.hearings().filter({ hasText: court });
  const details = hearing.getByTestId("hearing-details");
  await details.getByText("Corregir corte, tipo o juez(a)").click();
  await details.getByLabel("Corte").fill("  ");
  await details.getByRole("button", { name: "Guardar datos" }).click();
  await expect(details.getByText("Este campo es obligatorio.")).toBeVisible();

  const corrected = `${court} (Adelanto)`;
  await details.getByLabel("Corte").fill(corrected);
  await details.getByLabel("Juez o jueza").fill("Hon. Rosa Medina");
  await details.getByRole("button", { name: "Guardar datos" }).click();
  const updated = ui.hearings().filter({ hasText: corrected });
  await expect(updated).toContainText("Juez(a): Hon. Rosa Medina");
  await expect(caseUi.timelineOf("HEARING_CHANGED").first()).toContainText(`${court} → ${corrected}`);
  await legal.context.close();
});
