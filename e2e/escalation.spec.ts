// The escalation policy on screen: a case nobody took reaches the region's
// supervisors, flagged on their queue row and on its page as it happens,
// without a reload, in Spanish and in English; then it is offered to the
// backup consulate, whose officer takes it. Timers are made due through SQL
// (time passing); the server's own job worker fires them.
import { expect, test } from "./support/fixtures";
import { makeStepDue } from "./support/database";
import { t, tEn } from "./support/messages";
import { panicNear, postAlert, scatteredInLosAngeles } from "./support/relay";

// Dallas's backup is Houston (lib/consulates/network.ts, BACKUPS).
const DALLAS = { lat: 32.7767, lng: -96.797 };
import { CasePage } from "./pages/case-page";
import { QueuePage } from "./pages/queue-page";

// The job worker polls every 5 s; on a loaded machine a tick can run late.
const WORKER = { timeout: 20_000 };

// Away from downtown, where the other specs' alerts open an incident that folds its cases out of the queue's rows.
const newCase = async (request: Parameters<typeof postAlert>[0], near = scatteredInLosAngeles()) => {
  const posted = await postAlert(request, panicNear({ near }));
  expect(posted.status).toBe(202);
  return posted.body.caseId as string;
};

for (const [locale, tr] of [["es", t], ["en", tEn]] as const) {
  test.describe(`in ${locale}`, () => {
    test.use({ uiLocale: locale });

    test(`[ESCALATION] a supervisor sees a case escalated to them flagged live, on the queue and the case page (${locale})`, async ({ supervisorPage, request }) => {
      const queue = new QueuePage(supervisorPage);
      await queue.goto();
      const caseId = await newCase(request);
      await queue.reveal(caseId);
      const flag = queue.row(caseId).locator('[data-flag="escalated"]');
      await expect(flag).toHaveCount(0);

      expect(await makeStepDue(caseId, "red")).toBe(1);
      await expect(flag).toHaveText(tr("escalation.flag.SUPERVISORS"), WORKER);
      await expect(flag).toHaveAttribute("data-level", "SUPERVISORS");

      const page = new CasePage(supervisorPage);
      await page.goto(caseId);
      await expect(supervisorPage.locator('.case-header [data-flag="escalated"]')).toHaveText(tr("escalation.flag.SUPERVISORS"));
      const entry = page.timelineOf("ESCALATED");
      await expect(entry).toHaveCount(1);
      await expect(entry).toContainText(tr("timeline.kind.ESCALATED"));
      await expect(entry).toContainText(tr("escalation.timeline.step.red"));
    });
  });
}

test("[ESCALATION] the flag appears on an open case page without a reload, and taking the case clears it", async ({ supervisorPage, officerPage, request }) => {
  const caseId = await newCase(request);
  const watching = new CasePage(supervisorPage);
  await watching.goto(caseId);
  const flag = supervisorPage.locator('.case-header [data-flag="escalated"]');
  await expect(flag).toHaveCount(0);

  expect(await makeStepDue(caseId, "red")).toBe(1);
  await expect(flag).toHaveText(t("escalation.flag.SUPERVISORS"), WORKER);
  await expect(watching.timelineOf("ESCALATED")).toContainText(t("escalation.timeline.step.red"));

  const officer = new CasePage(officerPage);
  await officer.goto(caseId);
  const taken = await officer.act(t("caseWork.action.ACKNOWLEDGED"));
  expect(taken.status()).toBe(200);
  await expect(flag).toHaveCount(0);
});

test("[ESCALATION] an untaken case is offered to the backup consulate, which sees it only then, and takes it", async ({ signIn, request }) => {
  const caseId = await newCase(request, DALLAS);
  const houston = await signIn("officerHouston");
  // Before the offer Houston sees nothing of Dallas's case.
  expect((await houston.request.get(`/api/v1/cases/${caseId}`)).status()).toBe(404);
  const queue = new QueuePage(houston);
  await queue.goto();
  const offered = houston.locator(`[data-testid="offered-case"]:has(a[href="/cases/${caseId}"])`);
  await expect(offered).toHaveCount(0);

  expect(await makeStepDue(caseId, "offer")).toBe(1);
  // The panel hears the offer live.
  await expect(offered).toBeVisible(WORKER);
  await expect(offered).toContainText(/\bDAL\b/);
  await offered.getByRole("link").click();
  const page = new CasePage(houston);
  await expect(houston.getByTestId("live-status")).toHaveAttribute("data-state", "connected", { timeout: 15_000 });
  const banner = houston.getByTestId("offer-banner");
  await expect(banner).toContainText(t("escalation.offer.banner", { code: "DAL" }));
  await banner.getByRole("button").click();
  await expect(page.status()).toHaveText(t("status.ACKNOWLEDGED"));
  await expect(banner).toHaveCount(0);
  await expect(page.timelineOf("OFFER_TAKEN")).toContainText(t("escalation.timeline.offerTaken", { from: "DAL", to: "HOU" }));
  await expect(page.owner()).toContainText(t("caseWork.owner.you"));
});
