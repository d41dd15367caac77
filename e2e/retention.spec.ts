import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { CasePage } from "./pages/case-page";
import { LegalHoldPanel, RetentionPage } from "./pages/retention-page";
import { expect, test } from "./support/fixtures";
import { pattern, t, tEn } from "./support/messages";
import { panicNear, postAlert, scatteredInLosAngeles } from "./support/relay";

const expectNoViolations = async (page: Page) => {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  const found = results.violations.flatMap((v) => v.nodes.map((node) => `${v.id}: ${v.help} at ${node.target.join(" ")}`));
  expect(found, found.join("\n")).toEqual([]);
};

// Days count from a case's end: nothing an e2e run creates is old enough for either value.
test("[ADMIN] an administrator changes when a not-detained case loses its exact points, and a bad value is named", async ({ adminPage: page }) => {
  const retention = new RetentionPage(page);
  await retention.goto();
  await expect(page.getByRole("heading", { level: 1, name: t("retention.title") })).toBeVisible();
  await expect(retention.preview()).toContainText(t("retention.preview.held"));
  const coarsen = retention.days("NOT_DETAINED", "retention.coarsenAfterDays");
  const before = Number(await coarsen.inputValue());
  const after = before === 45 ? 30 : 45;
  await coarsen.fill(String(after));
  await retention.save("NOT_DETAINED");
  await expect(retention.status("NOT_DETAINED")).toHaveText(t("retention.saved"));
  await page.reload();
  await expect(retention.days("NOT_DETAINED", "retention.coarsenAfterDays")).toHaveValue(String(after));
  await expect(retention.form("NOT_DETAINED")).toContainText(pattern("retention.updatedBy", { name: "Administración Amparo" }));

  // Coarsening after the purge is refused at its field, and nothing is saved.
  const purge = Number(await retention.days("NOT_DETAINED", "retention.purgeAfterDays").inputValue());
  await retention.days("NOT_DETAINED", "retention.coarsenAfterDays").fill(String(purge + 1));
  await retention.save("NOT_DETAINED");
  await expect(retention.form("NOT_DETAINED")).toContainText(t("retention.invalid.order"));
  await page.reload();
  await expect(retention.days("NOT_DETAINED", "retention.coarsenAfterDays")).toHaveValue(String(after));
  await expectNoViolations(page);
});

test.describe("in English", () => {
  test.use({ uiLocale: "en" });

  test("[LEGAL] a supervisor puts a case on legal hold with a reason, and lifts it", async ({ supervisorPage: page, request }) => {
    const posted = await postAlert(request, panicNear({ near: scatteredInLosAngeles() }));
    expect(posted.status).toBe(202);
    const caseId = posted.body.caseId as string;
    const casePage = new CasePage(page);
    await casePage.goto(caseId);
    const hold = new LegalHoldPanel(page);
    const reason = `Class action ${Date.now()}`;
    await hold.place(reason);
    await expect(hold.panel().getByRole("heading", { name: tEn("legalHold.title") })).toBeVisible();
    await expect(hold.panel()).toContainText(reason);
    await expect(hold.panel()).toContainText("Roberto Salinas");
    await expect(casePage.timelineOf("LEGAL_HOLD_PLACED")).toContainText(reason);
    await expectNoViolations(page);

    await hold.lift();
    await expect(hold.panel().getByRole("heading", { name: tEn("legalHold.place") })).toBeVisible();
    await expect(casePage.timelineOf("LEGAL_HOLD_LIFTED")).toHaveCount(1);
  });
});

test("[ADMIN] an officer finds neither the retention screen nor its API", async ({ officerPage: page }) => {
  expect((await page.goto("/admin/retention"))?.status()).toBe(404);
  expect((await page.request.get("/api/v1/admin/retention")).status()).toBe(403);
});

for (const width of [1280, 1920]) {
  test(`[ADMIN] at ${width} px the retention screen shows the three schedules side by side, nothing past the window`, async ({ signIn }) => {
    const page = await signIn("admin", { viewport: { width, height: 900 } });
    const retention = new RetentionPage(page);
    await retention.goto();
    const tops = await Promise.all((["RESCINDED", "NOT_DETAINED", "CLOSED"] as const).map(async (name) => (await retention.form(name).boundingBox())!.y));
    expect(new Set(tops).size, "one row").toBe(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  });
}
