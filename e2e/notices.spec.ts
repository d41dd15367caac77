import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { CasePage } from "./pages/case-page";
import { NoticePage } from "./pages/notice-page";
import { ProfilePage } from "./pages/profile-page";
import { expect, test } from "./support/fixtures";
import { pattern, t, tEn } from "./support/messages";
import { sentNotice } from "./support/notices";
import { LOS_ANGELES, panicNear, postAlert } from "./support/relay";

const newCase = async (request: Parameters<typeof postAlert>[0]) => {
  const posted = await postAlert(request, panicNear({ near: LOS_ANGELES }));
  expect(posted.status).toBe(202);
  return posted.body.caseId as string;
};

const expectNoViolations = async (page: Page) => {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  const found = results.violations.flatMap((v) => v.nodes.map((node) => `${v.id}: ${v.help} at ${node.target.join(" ")}`));
  expect(found, found.join("\n")).toEqual([]);
};

for (const [uiLocale, tr] of [
  ["es", t],
  ["en", tEn],
] as const) {
  test.describe(`in ${uiLocale}`, () => {
    test.use({ uiLocale });

    test(`[ESCALATION] an officer acknowledges a notice from its link, then takes the case (${uiLocale})`, async ({ officerPage, request }) => {
      const caseId = await newCase(request);
      const { path, number } = await sentNotice({ caseId, to: "officerLA" });
      const notice = new NoticePage(officerPage);
      await notice.goto(path);

      await expect(notice.card()).toContainText(tr("notices.ack.heading", { reason: tr("notices.reason.UNTAKEN") }));
      await expect(notice.caseNumber()).toHaveText(number);
      await expect(notice.card()).toContainText("LAX");
      await notice.doAcknowledge();
      await expect(notice.acknowledged()).toHaveText(pattern("notices.ack.acknowledged", {}, uiLocale));
      // Opened again, the link says so and acknowledges nothing twice.
      await notice.goto(path);
      await expect(notice.acknowledged()).toBeVisible();
      await expect(notice.acknowledge()).toHaveCount(0);

      await notice.take().click();
      await officerPage.waitForURL(`**/cases/${caseId}`);
      const ui = new CasePage(officerPage);
      await expect(ui.status()).toHaveText(tr("status.ACKNOWLEDGED"));
      await expect(ui.timelineOf("NOTICE_ACKNOWLEDGED")).toHaveCount(1);
      await expect(ui.timelineOf("NOTICE_ACKNOWLEDGED")).toContainText(tr("notices.reason.UNTAKEN"));
      const panel = officerPage.getByTestId("case-notices");
      await expect(panel.locator('tr[data-channel="SMS"]')).toContainText("Ana López");
      await expect(panel.locator('tr[data-channel="SMS"]')).toContainText(tr("notices.status.SENT"));
    });
  });
}

test("[ESCALATION] a notice's link is only its addressee's: another officer finds nothing", async ({ houstonPage, officer2Page, request }) => {
  const caseId = await newCase(request);
  const { path } = await sentNotice({ caseId, to: "officerLA" });
  for (const page of [houstonPage, officer2Page]) {
    const notice = new NoticePage(page);
    await notice.goto(path);
    await expect(notice.notFound()).toContainText(t("notices.ack.notFound"));
    await expect(notice.card()).toHaveCount(0);
  }
});

test("[ESCALATION] a notice's link, opened signed out, asks for the sign-in and comes back to it", async ({ page, request }) => {
  const caseId = await newCase(request);
  const { path } = await sentNotice({ caseId, to: "officerLA" });
  await page.goto(path);
  await page.waitForURL("**/sign-in?**");
  expect(new URL(page.url()).searchParams.get("callbackUrl")).toBe(path);
});

test("[ESCALATION] the profile screen saves a mobile number for SMS notices, refusing one that is not E.164", async ({ officer2Page }) => {
  const profile = new ProfilePage(officer2Page);
  await profile.goto();
  await profile.mobile().fill("323 555 0142");
  await profile.save().click();
  await expect(profile.mobileError()).toHaveText(t("profile.mobilePhone.invalid"));
  await expect(profile.mobile()).toHaveAttribute("aria-invalid", "true");

  await profile.mobile().fill("+13235550142");
  await profile.save().click();
  await expect(profile.status()).toHaveText(t("profile.saved"));
  await expect(profile.mobileError()).toHaveText("");
  await officer2Page.reload();
  await expect(profile.mobile()).toHaveValue("+13235550142");
});

test("[ESCALATION] the header's user menu leads to the profile", async ({ legalPage }) => {
  await legalPage.goto("/legal");
  await legalPage.locator(".user-chip").getByRole("link").click();
  await legalPage.waitForURL("**/profile");
  await expect(legalPage.getByRole("heading", { level: 1 })).toHaveText(t("profile.heading"));
});

test("[ESCALATION] a notice's page, the case's notices and the profile have no WCAG 2 A/AA violations", async ({ officerPage, request }) => {
  const caseId = await newCase(request);
  const { path } = await sentNotice({ caseId, to: "officerLA", reason: "DURESS" });
  const notice = new NoticePage(officerPage);
  await notice.goto(path);
  await expect(notice.take()).toBeVisible();
  await expectNoViolations(officerPage);

  const ui = new CasePage(officerPage);
  await ui.goto(caseId);
  await expect(officerPage.getByTestId("case-notices").locator("tbody tr")).toHaveCount(1);
  await expectNoViolations(officerPage);

  const profile = new ProfilePage(officerPage);
  await profile.goto();
  await expect(profile.form()).toBeVisible();
  await expectNoViolations(officerPage);
});
