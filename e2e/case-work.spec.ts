import type { Page } from "@playwright/test";
import { createFaker, fakeCancel } from "../lib/alerts/testing/fake";
import { CaseApi, CasePage } from "./pages/case-page";
import { expect, test } from "./support/fixtures";
import { inOrder, pattern, t, tEn } from "./support/messages";
import { LOS_ANGELES, panicNear, postAlert } from "./support/relay";

/** One signed-in window on cases: its page, the case page object, and the API with its session. */
const desk = (page: Page) => ({ page, ui: new CasePage(page), api: new CaseApi(page.request) });

const newCase = async (request: Parameters<typeof postAlert>[0]) => {
  const posted = await postAlert(request, panicNear({ near: LOS_ANGELES }));
  expect(posted.status).toBe(202);
  return posted.body.caseId as string;
};

test("[TRIAGE] two officers open a new case; one takes it, the other sees it owned within a second", async ({ officerPage, officer2Page, request }) => {
  const caseId = await newCase(request);
  const [ana, jorge] = [desk(officerPage), desk(officer2Page)];
  await Promise.all([ana.ui.goto(caseId), jorge.ui.goto(caseId)]);

  // Each sees the other, never themselves.
  await expect(ana.ui.presence()).toContainText("Jorge Medina");
  await expect(jorge.ui.presence()).toContainText("Ana López");
  await expect(ana.ui.presence()).not.toContainText("Ana López");
  await expect(jorge.ui.owner()).toHaveText(pattern("caseWork.owner.none"));
  await expect(jorge.ui.action(t("caseWork.action.ACKNOWLEDGED"))).toBeVisible();

  const seenVersion = await jorge.api.version(caseId);
  const taken = await ana.ui.act(t("caseWork.action.ACKNOWLEDGED"));
  expect(taken.status()).toBe(200);

  await expect(jorge.ui.owner()).toContainText(t("caseWork.owner.takenBy", { name: "Ana López" }), { timeout: 1_000 });
  await expect(jorge.ui.action(t("caseWork.action.ACKNOWLEDGED"))).toHaveCount(0);
  await expect(jorge.ui.status()).toHaveText(t("status.ACKNOWLEDGED"));
  await expect(jorge.page.getByTestId("case-actions-none")).toContainText("Ana López");
  await expect(ana.ui.owner()).toContainText(inOrder(t("caseWork.owner.takenBy", { name: "Ana López" }), t("caseWork.owner.you")));

  // A click sent from the stale page (the version it had) is refused with the current status.
  const stale = await jorge.api.transition(caseId, { to: "ACKNOWLEDGED", version: seenVersion });
  expect(stale.status()).toBe(409);
  expect(await stale.json()).toMatchObject({ error: "conflict", reason: "stale_version", currentStatus: "ACKNOWLEDGED" });

  // Leaving the page takes the chip away.
  await jorge.page.context().close();
  await expect(ana.ui.presence()).not.toContainText("Jorge Medina");
});

test("[TRIAGE] a stale page's click shows who changed the case, refreshes, and keeps the typed reason", async ({ officerPage, signIn, request }) => {
  const caseId = await newCase(request);
  const live = desk(officerPage);
  await live.api.advance(caseId, [{ to: "ACKNOWLEDGED" }, { to: "IN_CONTACT" }]);
  // The same officer in a second window whose live connection is down: it cannot know.
  const stale = desk(await signIn("officerLA"));
  await stale.page.routeWebSocket(/socket\.io/, () => undefined);
  await stale.page.route(/socket\.io/, (route) => route.abort());
  await stale.page.goto(`/cases/${caseId}`);
  await expect(stale.ui.status()).toHaveText(t("status.IN_CONTACT"));

  await stale.ui.action(t("caseWork.action.NOT_DETAINED")).click();
  const reason = "Hablé con su hermana: la persona está en casa, a salvo.";
  await stale.ui.dialog().getByRole("textbox").fill(reason);
  await live.api.advance(caseId, [{ to: "DETENTION_CONFIRMED" }]);
  await stale.ui.dialog().getByRole("button", { name: t("caseWork.action.NOT_DETAINED") }).click();

  await expect(stale.ui.dialog().getByRole("alert")).toHaveText(
    t("caseWork.error.conflict", { status: t("status.DETENTION_CONFIRMED") }),
  );
  await expect(stale.ui.status()).toHaveText(t("status.DETENTION_CONFIRMED"));
  await expect(stale.ui.dialog().getByRole("textbox")).toHaveValue(reason);
  await expect(stale.ui.dialog().getByRole("button", { name: t("caseWork.action.NOT_DETAINED") })).toBeDisabled();
  await stale.page.keyboard.press("Escape");
  await expect(stale.ui.dialog()).toHaveCount(0);
  await expect(stale.ui.action(t("caseWork.action.REFERRED_LEGAL_AID"))).toBeVisible();
});

test("[TRIAGE] the whole path to closed, in Spanish, with a call and a note", async ({ officerPage, request }) => {
  const caseId = await newCase(request);
  const { page, ui } = desk(officerPage);
  await ui.goto(caseId);
  await expect(ui.owner()).toHaveText(t("caseWork.owner.none"));

  await ui.act(t("caseWork.action.ACKNOWLEDGED"));
  await expect(ui.status()).toHaveText(t("status.ACKNOWLEDGED"));
  await expect(ui.actionStatus()).toHaveText(t("caseWork.done.transition", { status: t("status.ACKNOWLEDGED") }));
  await expect(ui.actionStatus()).toBeFocused();

  const person = (await page.getByTestId("case-person").locator("dd").first().textContent())!.trim();
  const reached = t("caseWork.contactResult.REACHED_PERSON");
  await ui.logContact({ choice: pattern("caseWork.contactForm.quickPerson"), result: reached, notes: "Está en la oficina de ICE de la calle 300." });
  await expect(ui.attempts()).toHaveCount(1);
  await expect(ui.attempts().first()).toContainText(person);
  await expect(ui.attempts().first()).toContainText(reached);
  await expect(ui.attempts().first()).toContainText(t("caseWork.contactLog.by", { name: "Ana López" }));
  await expect(page.getByTestId("contact-form").getByRole("combobox")).toHaveValue("");

  await ui.act(t("caseWork.action.IN_CONTACT"));
  await expect(ui.status()).toHaveText(t("status.IN_CONTACT"));
  await ui.act(t("caseWork.action.DETENTION_CONFIRMED"));
  await expect(ui.status()).toHaveText(t("status.DETENTION_CONFIRMED"));
  await ui.addNote("Detenido en la calle 300; se avisó a su esposa.");
  await expect(ui.notes().first()).toContainText("Detenido en la calle 300");
  await expect(ui.noteBox()).toHaveValue("");
  await ui.refer({ action: t("caseWork.action.REFERRED_LEGAL_AID") });
  await expect(ui.status()).toHaveText(t("status.REFERRED_LEGAL_AID"));
  const bond = t("caseWork.outcome.RELEASED_ON_BOND");
  await ui.close({ action: t("caseWork.action.CLOSED"), outcome: bond, note: "Fianza pagada por la familia." });
  await expect(ui.status()).toHaveText(t("status.CLOSED"));
  await expect(page.getByTestId("case-outcome")).toHaveText(bond);
  await expect(ui.action(t("caseWork.action.reopen"))).toBeVisible();

  // One timeline entry per change, each with who did it.
  await expect(ui.timelineOf("STATUS_CHANGED")).toHaveCount(5);
  await expect(ui.timelineOf("CONTACT_LOGGED")).toHaveCount(1);
  await expect(ui.timelineOf("NOTE_ADDED")).toHaveCount(1);
  const closed = ui.timelineOf("STATUS_CHANGED").first();
  await expect(closed).toContainText(t("timeline.statusChanged", { from: t("status.REFERRED_LEGAL_AID"), to: t("status.CLOSED") }));
  await expect(closed).toContainText(t("caseWork.timeline.outcome", { outcome: bond }));
  await expect(closed).toContainText(t("caseWork.timeline.reason", { reason: "Fianza pagada por la familia." }));
  await expect(closed).toContainText(t("case.timeline.by", { name: "Ana López" }));
});

test("[TRIAGE] the whole path once in English, closed by legal aid", async ({ officer2Page, signIn, request }) => {
  const caseId = await newCase(request);
  const officer = desk(officer2Page);
  const legal = desk(await signIn("legalLA", { uiLocale: "en" }));
  const { ui } = officer;
  await ui.goto(caseId);
  try {
    await ui.switchLocale("EN");
    await expect(ui.owner()).toHaveText(tEn("caseWork.owner.none"));
    await ui.act(tEn("caseWork.action.ACKNOWLEDGED"));
    await expect(ui.status()).toHaveText(tEn("status.ACKNOWLEDGED"));
    const reached = tEn("caseWork.contactResult.REACHED_RELATIVE");
    await ui.logContact({ choice: pattern("caseWork.contactForm.quickPerson", {}, "en"), result: reached, notes: "His brother answered." });
    await expect(ui.attempts().first()).toContainText(reached);
    await ui.act(tEn("caseWork.action.IN_CONTACT"));
    await expect(ui.status()).toHaveText(tEn("status.IN_CONTACT"));
    await ui.act(tEn("caseWork.action.DETENTION_CONFIRMED"));
    await expect(ui.status()).toHaveText(tEn("status.DETENTION_CONFIRMED"));
    await ui.addNote("Held at the Adelanto processing center.");
    await ui.refer({ action: tEn("caseWork.action.REFERRED_LEGAL_AID") });
    await expect(ui.status()).toHaveText(tEn("status.REFERRED_LEGAL_AID"));

    // Legal aid closes it; the officer's page follows live.
    await legal.ui.goto(caseId);
    await expect(legal.ui.owner()).toContainText(tEn("caseWork.owner.takenBy", { name: "Jorge Medina" }));
    const relief = tEn("caseWork.outcome.RELIEF_GRANTED");
    await legal.ui.close({ action: tEn("caseWork.action.CLOSED"), outcome: relief });
    await expect(legal.ui.status()).toHaveText(tEn("status.CLOSED"));
    await expect(legal.page.getByTestId("case-outcome")).toHaveText(relief);
    await expect(ui.status()).toHaveText(tEn("status.CLOSED"), { timeout: 1_000 });
    await expect(ui.timelineOf("STATUS_CHANGED")).toHaveCount(5);
    const closed = ui.timelineOf("STATUS_CHANGED").first();
    await expect(closed).toContainText(tEn("timeline.statusChanged", { from: tEn("status.REFERRED_LEGAL_AID"), to: tEn("status.CLOSED") }));
    await expect(closed).toContainText(tEn("case.timeline.by", { name: "Lucía Ramírez" }));
  } finally {
    // The switch also stored English on the user: give the account back its Spanish.
    await officer.page.request.post("/api/v1/preferences/locale", { data: { locale: "es" } });
  }
});

test("[TRIAGE] a case is reopened with a written reason, from an accessible dialog", async ({ officerPage, request }) => {
  const caseId = await newCase(request);
  const { page, ui, api } = desk(officerPage);
  await api.advance(caseId, [{ to: "ACKNOWLEDGED" }, { to: "IN_CONTACT" }]);
  await ui.goto(caseId);
  await ui.actWithReason(t("caseWork.action.NOT_DETAINED"), "Falsa alarma: la persona está trabajando, habló conmigo.");
  await expect(ui.status()).toHaveText(t("status.NOT_DETAINED"));

  const reopen = ui.action(t("caseWork.action.reopen"));
  await expect(reopen).toBeEnabled();
  await reopen.focus();
  await page.keyboard.press("Enter");
  const dialog = ui.dialog();
  await expect(dialog).toBeVisible();
  await expect(dialog).toHaveAccessibleName(t("caseWork.reason.title.reopen"));
  const reason = dialog.getByRole("textbox", { name: t("caseWork.reason.label") });
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
  await dialog.getByRole("button", { name: t("caseWork.action.reopen") }).click();
  await expect(reason).toHaveAttribute("aria-invalid", "true");
  await expect(dialog).toContainText(t("caseWork.field.required"));
  await reason.fill("La persona volvió a llamar: la detuvieron en su trabajo.");
  await dialog.getByRole("button", { name: t("caseWork.action.reopen") }).click();
  await expect(dialog).toHaveCount(0);

  await expect(ui.status()).toHaveText(t("status.ACKNOWLEDGED"));
  await expect(ui.timelineOf("REOPENED")).toHaveCount(1);
  await expect(ui.timelineOf("REOPENED")).toContainText(t("caseWork.timeline.reopened", { from: t("status.NOT_DETAINED") }));
  await expect(ui.timelineOf("REOPENED")).toContainText(t("caseWork.timeline.reason", { reason: "La persona volvió a llamar" }));
});

test("[TRIAGE] a live refresh never wipes a note being typed", async ({ officerPage, request }) => {
  const caseId = await newCase(request);
  const { ui, api } = desk(officerPage);
  await ui.goto(caseId);
  await ui.noteBox().fill("Borrador a medio escribir");
  await api.advance(caseId, [{ to: "ACKNOWLEDGED" }]);
  await expect(api.note(caseId, "Nota de otra pestaña")).resolves.toBeOK();
  await expect(ui.status()).toHaveText(t("status.ACKNOWLEDGED"), { timeout: 1_000 });
  await expect(ui.notes()).toContainText(["Nota de otra pestaña"]);
  await expect(ui.noteBox()).toHaveValue("Borrador a medio escribir");
});

test("[TRIAGE] a supervisor assigns a new case, the officer sees it live; duress shows a banner", async ({ officerPage, supervisorPage, request }) => {
  const event = panicNear({ near: LOS_ANGELES });
  const posted = await postAlert(request, event);
  const caseId = posted.body.caseId as string;
  const cancel = await postAlert(request, fakeCancel(createFaker(Date.now()), { alertId: event.alertId, duress: true }));
  expect(cancel.status).toBe(202);

  const [officer, supervisor] = [desk(officerPage), desk(supervisorPage)];
  await Promise.all([officer.ui.goto(caseId), supervisor.ui.goto(caseId)]);
  await expect(officer.page.getByTestId("duress-banner")).toContainText(t("caseWork.duress.title"));

  const form = supervisor.page.getByTestId("assign-form");
  await form.getByRole("combobox", { name: t("caseWork.assign.label") }).selectOption({ label: "Jorge Medina (LAX)" });
  await form.getByRole("button", { name: t("caseWork.assign.submit") }).click();
  await expect(form.getByRole("status")).toHaveText(t("caseWork.done.assign", { name: "Jorge Medina (LAX)" }));
  await expect(officer.ui.owner()).toContainText(t("caseWork.owner.takenBy", { name: "Jorge Medina" }), { timeout: 1_000 });
  await expect(officer.ui.action(t("caseWork.action.ACKNOWLEDGED"))).toHaveCount(0);
  await expect(officer.ui.timelineOf("ASSIGNED")).toContainText(t("caseWork.timeline.assignedFirst", { to: "Jorge Medina (LAX)" }));
});
