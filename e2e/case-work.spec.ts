import { expect, test, type Browser } from "@playwright/test";
import { createFaker, fakeCancel } from "../lib/alerts/testing/fake";
import { CaseApi, CasePage, pinLocale } from "./pages/case-page";
import { storageStatePath, type AccountRole } from "./support/accounts";
import { LOS_ANGELES, panicNear, postAlert } from "./support/relay";

// The locale switch also stores the choice on the user: every context here
// pins its language by cookie, so parallel specs never change each other's.
const signedIn = async (browser: Browser, role: AccountRole, locale: "es" | "en" = "es") => {
  const context = await browser.newContext({ storageState: storageStatePath(role) });
  await pinLocale(context, locale);
  const page = await context.newPage();
  return { context, page, ui: new CasePage(page), api: new CaseApi(context.request) };
};

const newCase = async (request: Parameters<typeof postAlert>[0]) => {
  const posted = await postAlert(request, panicNear({ near: LOS_ANGELES }));
  expect(posted.status).toBe(202);
  return posted.body.caseId as string;
};

test("[TRIAGE] two officers open a new case; one takes it, the other sees it owned within a second", async ({ browser, request }) => {
  const caseId = await newCase(request);
  const ana = await signedIn(browser, "officerLA");
  const jorge = await signedIn(browser, "officerLA2");
  await Promise.all([ana.ui.goto(caseId), jorge.ui.goto(caseId)]);

  // Each sees the other, never themselves.
  await expect(ana.ui.presence()).toContainText("Jorge Medina");
  await expect(jorge.ui.presence()).toContainText("Ana López");
  await expect(ana.ui.presence()).not.toContainText("Ana López");
  await expect(jorge.ui.owner()).toHaveText(/sin asignar/i);
  await expect(jorge.ui.action("Tomar caso")).toBeVisible();

  const seenVersion = await jorge.api.version(caseId);
  const taken = await ana.ui.act("Tomar caso");
  expect(taken.status()).toBe(200);

  await expect(jorge.ui.owner()).toContainText("Tomado por Ana López", { timeout: 1_000 });
  await expect(jorge.ui.action("Tomar caso")).toHaveCount(0);
  await expect(jorge.ui.status()).toHaveText("Recibido");
  await expect(jorge.page.getByTestId("case-actions-none")).toContainText("Ana López");
  await expect(ana.ui.owner()).toContainText(/tomado por ana lópez.*\(usted\)/i);

  // A click sent from the stale page (the version it had) is refused with the current status.
  const stale = await jorge.api.transition(caseId, { to: "ACKNOWLEDGED", version: seenVersion });
  expect(stale.status()).toBe(409);
  expect(await stale.json()).toMatchObject({ error: "conflict", reason: "stale_version", currentStatus: "ACKNOWLEDGED" });

  // Leaving the page takes the chip away.
  await jorge.context.close();
  await expect(ana.ui.presence()).not.toContainText("Jorge Medina");
  await ana.context.close();
});

test("[TRIAGE] a stale page's click shows who changed the case, refreshes, and keeps the typed reason", async ({ browser, request }) => {
  const caseId = await newCase(request);
  const live = await signedIn(browser, "officerLA");
  await live.api.advance(caseId, [{ to: "ACKNOWLEDGED" }, { to: "IN_CONTACT" }]);
  // The same officer in a second window whose live connection is down: it cannot know.
  const stale = await signedIn(browser, "officerLA");
  await stale.page.routeWebSocket(/socket\.io/, () => undefined);
  await stale.page.route(/socket\.io/, (route) => route.abort());
  await stale.page.goto(`/cases/${caseId}`);
  await expect(stale.ui.status()).toHaveText("En contacto");

  await stale.ui.action("No hubo detención").click();
  const reason = "Hablé con su hermana: la persona está en casa, a salvo.";
  await stale.ui.dialog().getByRole("textbox").fill(reason);
  await live.api.advance(caseId, [{ to: "DETENTION_CONFIRMED" }]);
  await stale.ui.dialog().getByRole("button", { name: "No hubo detención" }).click();

  await expect(stale.ui.dialog().getByRole("alert")).toHaveText(
    "Otra persona cambió este caso: ahora está en «Detención confirmada». Se muestra la versión más reciente.",
  );
  await expect(stale.ui.status()).toHaveText("Detención confirmada");
  await expect(stale.ui.dialog().getByRole("textbox")).toHaveValue(reason);
  await expect(stale.ui.dialog().getByRole("button", { name: "No hubo detención" })).toBeDisabled();
  await stale.page.keyboard.press("Escape");
  await expect(stale.ui.dialog()).toHaveCount(0);
  await expect(stale.ui.action("Referir a asesoría legal")).toBeVisible();
  await Promise.all([live.context.close(), stale.context.close()]);
});

test("[TRIAGE] the whole path to closed, in Spanish, with a call and a note", async ({ browser, request }) => {
  const caseId = await newCase(request);
  const { context, page, ui } = await signedIn(browser, "officerLA");
  await ui.goto(caseId);
  await expect(ui.owner()).toHaveText("Sin asignar");

  await ui.act("Tomar caso");
  await expect(ui.status()).toHaveText("Recibido");
  await expect(ui.actionStatus()).toHaveText("Listo: el caso está ahora en «Recibido».");
  await expect(ui.actionStatus()).toBeFocused();

  const person = (await page.getByTestId("case-person").locator("dd").first().textContent())!.trim();
  await ui.logContact({ choice: /la persona/, result: "Habló con la persona", notes: "Está en la oficina de ICE de la calle 300." });
  await expect(ui.attempts()).toHaveCount(1);
  await expect(ui.attempts().first()).toContainText(person);
  await expect(ui.attempts().first()).toContainText("Habló con la persona");
  await expect(ui.attempts().first()).toContainText("Registró Ana López");
  await expect(page.getByTestId("contact-form").getByRole("combobox")).toHaveValue("");

  await ui.act("Persona o familiar contactado");
  await expect(ui.status()).toHaveText("En contacto");
  await ui.act("Confirmar detención");
  await expect(ui.status()).toHaveText("Detención confirmada");
  await ui.addNote("Detenido en la calle 300; se avisó a su esposa.");
  await expect(ui.notes().first()).toContainText("Detenido en la calle 300");
  await expect(ui.noteBox()).toHaveValue("");
  await ui.act("Referir a asesoría legal");
  await expect(ui.status()).toHaveText("Canalizado a asesoría legal");
  await ui.close({ action: "Cerrar caso", outcome: "Liberado bajo fianza", note: "Fianza pagada por la familia." });
  await expect(ui.status()).toHaveText("Cerrado");
  await expect(page.getByTestId("case-outcome")).toHaveText("Liberado bajo fianza");
  await expect(ui.action("Reabrir")).toBeVisible();

  // One timeline entry per change, each with who did it.
  await expect(ui.timelineOf("STATUS_CHANGED")).toHaveCount(5);
  await expect(ui.timelineOf("CONTACT_LOGGED")).toHaveCount(1);
  await expect(ui.timelineOf("NOTE_ADDED")).toHaveCount(1);
  await expect(ui.timelineOf("STATUS_CHANGED").first()).toContainText("Canalizado a asesoría legal → Cerrado");
  await expect(ui.timelineOf("STATUS_CHANGED").first()).toContainText("Resultado: Liberado bajo fianza");
  await expect(ui.timelineOf("STATUS_CHANGED").first()).toContainText("Motivo: Fianza pagada por la familia.");
  await expect(ui.timelineOf("STATUS_CHANGED").first()).toContainText("Por Ana López");
  await context.close();
});

test("[TRIAGE] the whole path once in English, closed by legal aid", async ({ browser, request }) => {
  const caseId = await newCase(request);
  const officer = await signedIn(browser, "officerLA2");
  const legal = await signedIn(browser, "legalLA", "en");
  const { ui } = officer;
  await ui.goto(caseId);
  try {
    await ui.switchLocale("EN");
    await expect(ui.owner()).toHaveText("Unassigned");
    await ui.act("Take case");
    await expect(ui.status()).toHaveText("Acknowledged");
    await ui.logContact({ choice: /the person/, result: "Reached a relative", notes: "His brother answered." });
    await expect(ui.attempts().first()).toContainText("Reached a relative");
    await ui.act("Person or relative reached");
    await expect(ui.status()).toHaveText("In contact");
    await ui.act("Confirm detention");
    await expect(ui.status()).toHaveText("Detention confirmed");
    await ui.addNote("Held at the Adelanto processing center.");
    await ui.act("Refer to legal aid");
    await expect(ui.status()).toHaveText("Referred to legal aid");

    // Legal aid closes it; the officer's page follows live.
    await legal.ui.goto(caseId);
    await expect(legal.ui.owner()).toContainText("Taken by Jorge Medina");
    await legal.ui.close({ action: "Close case", outcome: "Relief granted" });
    await expect(legal.ui.status()).toHaveText("Closed");
    await expect(legal.page.getByTestId("case-outcome")).toHaveText("Relief granted");
    await expect(ui.status()).toHaveText("Closed", { timeout: 1_000 });
    await expect(ui.timelineOf("STATUS_CHANGED")).toHaveCount(5);
    await expect(ui.timelineOf("STATUS_CHANGED").first()).toContainText("Referred to legal aid → Closed");
    await expect(ui.timelineOf("STATUS_CHANGED").first()).toContainText("By Lucía Ramírez");
  } finally {
    // The switch also stored English on the user: give the account back its Spanish.
    await officer.context.request.post("/api/v1/preferences/locale", { data: { locale: "es" } });
    await Promise.all([officer.context.close(), legal.context.close()]);
  }
});

test("[TRIAGE] a case is reopened with a written reason, from an accessible dialog", async ({ browser, request }) => {
  const caseId = await newCase(request);
  const { context, page, ui, api } = await signedIn(browser, "officerLA");
  await api.advance(caseId, [{ to: "ACKNOWLEDGED" }, { to: "IN_CONTACT" }]);
  await ui.goto(caseId);
  await ui.actWithReason("No hubo detención", "Falsa alarma: la persona está trabajando, habló conmigo.");
  await expect(ui.status()).toHaveText("No detenido");

  const reopen = ui.action("Reabrir");
  await expect(reopen).toBeEnabled();
  await reopen.focus();
  await page.keyboard.press("Enter");
  const dialog = ui.dialog();
  await expect(dialog).toBeVisible();
  await expect(dialog).toHaveAccessibleName("Reabrir caso");
  const reason = dialog.getByRole("textbox", { name: "Motivo" });
  await expect(reason).toBeFocused();
  // Esc cancels and gives focus back to the button that opened it.
  await page.keyboard.press("Escape");
  await expect(dialog).toHaveCount(0);
  await expect(reopen).toBeFocused();

  await page.keyboard.press("Enter");
  await expect(reason).toBeFocused();
  // Focus stays inside the dialog: textarea → Cancel → Reopen → textarea.
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await expect(reason).toBeFocused();
  // The reason is required.
  await dialog.getByRole("button", { name: "Reabrir" }).click();
  await expect(reason).toHaveAttribute("aria-invalid", "true");
  await expect(dialog).toContainText("Este campo es obligatorio.");
  await reason.fill("La persona volvió a llamar: la detuvieron en su trabajo.");
  await dialog.getByRole("button", { name: "Reabrir" }).click();
  await expect(dialog).toHaveCount(0);

  await expect(ui.status()).toHaveText("Recibido");
  await expect(ui.timelineOf("REOPENED")).toHaveCount(1);
  await expect(ui.timelineOf("REOPENED")).toContainText("Reabierto desde «No detenido»");
  await expect(ui.timelineOf("REOPENED")).toContainText("Motivo: La persona volvió a llamar");
  await context.close();
});

test("[TRIAGE] a live refresh never wipes a note being typed", async ({ browser, request }) => {
  const caseId = await newCase(request);
  const { context, ui, api } = await signedIn(browser, "officerLA");
  await ui.goto(caseId);
  await ui.noteBox().fill("Borrador a medio escribir");
  await api.advance(caseId, [{ to: "ACKNOWLEDGED" }]);
  await expect(api.note(caseId, "Nota de otra pestaña")).resolves.toBeOK();
  await expect(ui.status()).toHaveText("Recibido", { timeout: 1_000 });
  await expect(ui.notes()).toContainText(["Nota de otra pestaña"]);
  await expect(ui.noteBox()).toHaveValue("Borrador a medio escribir");
  await context.close();
});

test("[TRIAGE] a supervisor assigns a new case, the officer sees it live; duress shows a banner", async ({ browser, request }) => {
  const event = panicNear({ near: LOS_ANGELES });
  const posted = await postAlert(request, event);
  const caseId = posted.body.caseId as string;
  const cancel = await postAlert(request, fakeCancel(createFaker(Date.now()), { alertId: event.alertId, duress: true }));
  expect(cancel.status).toBe(202);

  const officer = await signedIn(browser, "officerLA");
  const supervisor = await signedIn(browser, "supervisorOeste");
  await Promise.all([officer.ui.goto(caseId), supervisor.ui.goto(caseId)]);
  await expect(officer.page.getByTestId("duress-banner")).toContainText("Coacción");

  const form = supervisor.page.getByTestId("assign-form");
  await form.getByRole("combobox", { name: "Asignar a" }).selectOption({ label: "Jorge Medina (LAX)" });
  await form.getByRole("button", { name: "Asignar" }).click();
  await expect(form.getByRole("status")).toHaveText("Caso asignado a Jorge Medina (LAX).");
  await expect(officer.ui.owner()).toContainText("Tomado por Jorge Medina", { timeout: 1_000 });
  await expect(officer.ui.action("Tomar caso")).toHaveCount(0);
  await expect(officer.ui.timelineOf("ASSIGNED")).toContainText("Asignado a Jorge Medina (LAX)");
  await Promise.all([officer.context.close(), supervisor.context.close()]);
});
