// The escalation policy on screen: a case nobody took reaches the region's
// supervisors, flagged on their queue row and on its page as it happens,
// without a reload, in Spanish and in English. The timer is made due through
// SQL (time passing); the server's own job worker fires it.
import { expect, test } from "./support/fixtures";
import { makeRedDue } from "./support/database";
import { t, tEn } from "./support/messages";
import { LOS_ANGELES, panicNear, postAlert } from "./support/relay";
import { CasePage } from "./pages/case-page";
import { QueuePage } from "./pages/queue-page";

// The job worker polls every 5 s; on a loaded machine a tick can run late.
const WORKER = { timeout: 20_000 };

const newCase = async (request: Parameters<typeof postAlert>[0]) => {
  const posted = await postAlert(request, panicNear({ near: LOS_ANGELES }));
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

      expect(await makeRedDue(caseId)).toBe(1);
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

  expect(await makeRedDue(caseId)).toBe(1);
  await expect(flag).toHaveText(t("escalation.flag.SUPERVISORS"), WORKER);
  await expect(watching.timelineOf("ESCALATED")).toContainText(t("escalation.timeline.step.red"));

  const officer = new CasePage(officerPage);
  await officer.goto(caseId);
  const taken = await officer.act(t("caseWork.action.ACKNOWLEDGED"));
  expect(taken.status()).toBe(200);
  await expect(flag).toHaveCount(0);
});
