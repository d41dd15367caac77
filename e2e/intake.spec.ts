import { CaseListPage } from "./pages/case-list-page";
import { QueuePage } from "./pages/queue-page";
import { expect, test } from "./support/fixtures";
import { t } from "./support/messages";
import { LOS_ANGELES, panicNear, postAlert, scatteredInLosAngeles } from "./support/relay";

test("[INTAKE] an alert in Los Angeles appears live for LAX, never for Houston", async ({ officerPage, houstonPage, request }) => {
  const la = new QueuePage(officerPage);
  const houston = new CaseListPage(houstonPage);
  await Promise.all([la.goto(), houston.goto()]);

  // Away from downtown, where the other specs' alerts open an incident that folds its cases.
  const event = panicNear({ near: scatteredInLosAngeles() });
  const posted = await postAlert(request, event);
  expect(posted.status).toBe(202);
  const caseId = posted.body.caseId as string;
  const link = (page: CaseListPage) => page.rows().locator(`a[href="/cases/${caseId}"]`);

  // Live, without a reload, within a second of the 202: its row, or (the
  // other specs' open cases fill the first page) the notice of a new alert
  // on another page, which leads to it.
  await expect(la.row(caseId).or(officerPage.getByTestId("queue-elsewhere")).first()).toBeVisible({ timeout: 1_000 });
  await la.reveal(caseId);
  // Queue order: within a priority, the longest wait first (other specs post in parallel, so compare times).
  const times = await new CaseListPage(officerPage).rowsOfPriority("HIGH").locator("time[datetime]").evaluateAll((els) => els.map((e) => e.getAttribute("datetime")!));
  expect(times).toEqual([...times].sort());

  // Houston was signed in the whole time: nothing arrived, and a reload shows nothing either.
  await expect(link(houston)).toHaveCount(0);
  await houston.goto();
  await expect(link(houston)).toHaveCount(0);
  const direct = await houstonPage.request.get(`/api/v1/cases/${caseId}`);
  expect(direct.status()).toBe(404);
});

test("[INTAKE] the case page shows the person, the last location and the timeline", async ({ officerPage: page, request }) => {
  const event = panicNear({ near: LOS_ANGELES });
  const posted = await postAlert(request, event);
  expect(posted.status).toBe(202);
  await page.goto(`/cases/${posted.body.caseId}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(/LAX-\d{4}-\d{6}/);
  await expect(page.getByText(event.person.fullName).first()).toBeVisible();
  await expect(page.getByText(String(event.location?.lat.toFixed(5))).first()).toBeVisible();
  await expect(page.getByText(t("timeline.kind.ALERT_RECEIVED")).first()).toBeVisible();
});
