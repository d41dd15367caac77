// Issue 12, role-aware next steps: each role starts at its own desk, a
// referral names who in legal aid has the case, and closing warns of hearings
// still to come.
import AxeBuilder from "@axe-core/playwright";
import { randomInt } from "node:crypto";
import { createFaker, fakeCancel } from "../lib/alerts/testing/fake";
import type { APIRequestContext } from "@playwright/test";
import { CaseApi, CasePage } from "./pages/case-page";
import { LegalDeskPage } from "./pages/legal-desk-page";
import { QueuePage } from "./pages/queue-page";
import { SignInPage } from "./pages/sign-in-page";
import { ACCOUNTS, PASSWORD, type AccountRole } from "./support/accounts";
import { expect, test } from "./support/fixtures";
import { t } from "./support/messages";
import { LOS_ANGELES, panicNear, postAlert } from "./support/relay";

test.describe.configure({ timeout: 120_000 });

const DESKS: [AccountRole, RegExp][] = [
  ["officerLA", /\/cases$/],
  ["legalLA", /\/legal$/],
  ["supervisorOeste", /\/supervision$/],
  ["admin", /\/admin\/staff$/],
];

const newCase = async (request: Parameters<typeof postAlert>[0]) => {
  const posted = await postAlert(request, panicNear({ near: LOS_ANGELES }));
  expect(posted.status).toBe(202);
  return posted.body.caseId as string;
};

const numberOf = async (api: APIRequestContext, caseId: string) =>
  ((await (await api.get(`/api/v1/cases/${caseId}`)).json()) as { summary: { number: string } }).summary.number;

test("[AUTH] each role lands on its own desk after signing in, and at /", async ({ browser }) => {
  for (const [role, desk] of DESKS) {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const signIn = new SignInPage(page);
      await signIn.goto();
      await signIn.signIn(ACCOUNTS[role], PASSWORD);
      await expect(page, role).toHaveURL(desk, { timeout: 15_000 });
      await page.goto("/");
      await expect(page, `${role} at /`).toHaveURL(desk);
    } finally {
      await context.close();
    }
  }
});

test("[AUTH] a link to a case, opened signed out, comes back to that case after signing in", async ({ page, request }) => {
  const caseId = await newCase(request);
  await page.goto(`/cases/${caseId}`);
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
  await new SignInPage(page).signIn(ACCOUNTS.legalLA, PASSWORD);
  await expect(page).toHaveURL(new RegExp(`/cases/${caseId}$`), { timeout: 15_000 });
});

test("[LEGAL] a referral names its legal-aid assignee, shown to the officer on the case and in the queue, and on legal aid's desk", async ({
  officerPage,
  legalPage,
  request,
}) => {
  const caseId = await newCase(request);
  const api = new CaseApi(officerPage.request);
  await api.advance(caseId, [{ to: "ACKNOWLEDGED" }, { to: "IN_CONTACT" }]);
  const ui = new CasePage(officerPage);
  await ui.goto(caseId);

  // Both outcomes of the contact are forward steps; the cancellation is not.
  await expect(ui.action(t("caseWork.action.DETENTION_CONFIRMED"))).toHaveClass(/button--primary/);
  await expect(ui.action(t("caseWork.action.NOT_DETAINED"))).toHaveClass(/button--primary/);
  expect((await ui.act(t("caseWork.action.DETENTION_CONFIRMED"))).status()).toBe(200);
  await expect(ui.status()).toHaveText(t("status.DETENTION_CONFIRMED"));

  // The dialog, once its suggestion is in, passes the accessibility check; then it is cancelled and used for real.
  await ui.action(t("caseWork.action.REFERRED_LEGAL_AID")).click();
  await expect(ui.dialog().getByRole("combobox", { name: t("caseWork.refer.assignee") })).not.toHaveValue("");
  const axe = await new AxeBuilder({ page: officerPage }).include("dialog").withTags(["wcag2a", "wcag2aa"]).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  await ui.dialog().getByRole("button", { name: t("caseWork.dialog.cancel") }).click();
  await expect(ui.dialog()).toHaveCount(0);

  const note = `Audiencia pronto ${randomInt(1000, 9999)}`;
  const referred = await ui.refer({ action: t("caseWork.action.REFERRED_LEGAL_AID"), assignee: "Lucía Ramírez", note });
  expect(referred.status()).toBe(200);
  await expect(ui.status()).toHaveText(t("status.REFERRED_LEGAL_AID"));
  await expect(officerPage.getByTestId("case-legal-assignee")).toContainText(t("caseWork.owner.legal", { name: "Lucía Ramírez (LAX)" }));
  // The officer is pointed to the legal record; closing is offered, but quietly.
  await expect(ui.actions().getByRole("link", { name: t("caseWork.action.legalRecord") })).toHaveClass(/button--primary/);
  await expect(ui.action(t("caseWork.action.CLOSED"))).not.toHaveClass(/button--primary/);
  const referral = ui.timelineOf("STATUS_CHANGED").first();
  await expect(referral).toContainText(t("caseWork.timeline.referredTo", { name: "Lucía Ramírez (LAX)" }));
  await expect(referral).toContainText(note);

  const number = await numberOf(officerPage.request, caseId);
  const queue = new QueuePage(officerPage);
  await queue.goto(`?status=REFERRED_LEGAL_AID&q=${encodeURIComponent(number)}`);
  await expect(queue.ownerCell(caseId)).toContainText("Lucía Ramírez");
  await expect(queue.ownerCell(caseId)).toContainText(t("queue.owner.legal"));

  const desk = new LegalDeskPage(legalPage);
  await desk.goto("?owner=me");
  await expect(desk.row(number).getByTestId("legal-assignee")).toContainText(t("caseWork.owner.you"));
});

test("[LEGAL] closing with a hearing still to come lists it and cancels its reminders with the close", async ({ legalPage, apiAs, request }) => {
  const caseId = await newCase(request);
  await new CaseApi(await apiAs("officerLA")).advance(caseId, [
    { to: "ACKNOWLEDGED" },
    { to: "IN_CONTACT" },
    { to: "DETENTION_CONFIRMED" },
    { to: "REFERRED_LEGAL_AID" },
  ]);
  const court = `Corte de Inmigración ${randomInt(1000, 9999)}`;
  const scheduled = await legalPage.request.post(`/api/v1/cases/${caseId}/hearings`, {
    data: { court, scheduledAt: new Date(Date.now() + 7 * 24 * 3_600_000).toISOString(), type: "BOND" },
  });
  expect(scheduled.status()).toBe(201);

  const ui = new CasePage(legalPage);
  await ui.goto(caseId);
  await ui.action(t("caseWork.action.CLOSED")).click();
  const warning = ui.dialog().getByTestId("close-hearings");
  await expect(warning).toContainText(t("caseWork.close.hearings", { count: 1 }));
  await expect(warning).toContainText(court);
  await expect(warning.getByRole("checkbox", { name: t("caseWork.close.cancelReminders") })).toBeChecked();
  await ui.dialog().getByRole("combobox").selectOption({ label: t("caseWork.outcome.RELEASED_ON_BOND") });
  await ui.dialog().getByRole("button", { name: t("caseWork.action.CLOSED"), exact: true }).click();
  await expect(ui.dialog()).toHaveCount(0);
  await expect(ui.status()).toHaveText(t("status.CLOSED"));
  await expect(ui.timelineOf("STATUS_CHANGED").first()).toContainText(t("caseWork.timeline.remindersCancelled", { count: 1 }));
});

test("[TRIAGE] an ended case under duress reads as ended: a quiet note, no red, on the case and in the queue", async ({ officerPage, request }) => {
  const event = panicNear({ near: LOS_ANGELES });
  const caseId = (await postAlert(request, event)).body.caseId as string;
  expect((await postAlert(request, fakeCancel(createFaker(Date.now()), { alertId: event.alertId, duress: true }))).status).toBe(202);
  await new CaseApi(officerPage.request).advance(caseId, [
    { to: "ACKNOWLEDGED" },
    { to: "IN_CONTACT" },
    { to: "NOT_DETAINED", reason: "Habló con la persona: está a salvo." },
  ]);

  const ui = new CasePage(officerPage);
  await ui.goto(caseId);
  await expect(ui.status()).toHaveText(t("status.NOT_DETAINED"));
  await expect(officerPage.getByTestId("duress-banner")).toHaveCount(0);
  await expect(officerPage.getByTestId("duress-note")).toHaveText(t("caseWork.duress.endedNote"));
  await expect(officerPage.locator(".case-header [data-priority]")).toHaveAttribute("data-ended", "true");
  await expect(officerPage.locator(".case-header .flag--duress")).toHaveCount(0);

  const queue = new QueuePage(officerPage);
  await queue.goto(`?status=NOT_DETAINED&q=${encodeURIComponent(await numberOf(officerPage.request, caseId))}`);
  await expect(queue.row(caseId)).toBeVisible();
  await expect(queue.row(caseId)).not.toHaveClass(/case-row--(critical|duress)/);
  await expect(queue.row(caseId).locator("[data-priority]")).toHaveAttribute("data-ended", "true");
  await expect(queue.row(caseId).locator('[data-flag="duress"]')).not.toHaveClass(/flag--duress/);
});
