import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { ConsulatesPage } from "./pages/consulates-page";
import { JurisdictionsPage } from "./pages/jurisdictions-page";
import { expect, test } from "./support/fixtures";
import { pattern, t } from "./support/messages";

const expectNoViolations = async (page: Page) => {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  const found = results.violations.flatMap((v) => v.nodes.map((node) => `${v.id}: ${v.help} at ${node.target.join(" ")}`));
  expect(found, found.join("\n")).toEqual([]);
};

// Presidio (PRS): no other spec sends alerts there or reads its targets.
test("[ADMIN] an administrator changes a consulate's response target and sees it in the history", async ({ adminPage: page }) => {
  const consulates = new ConsulatesPage(page);
  await consulates.goto();
  await consulates.pick("PRS");
  const amber = consulates.field("consulates.field.ackAmberMinutes");
  const before = Number(await amber.inputValue());
  const after = before === 6 ? 7 : 6;
  await amber.fill(String(after));
  await consulates.save();
  await expect(consulates.status()).toHaveText(t("consulates.saved"));
  await expect(consulates.history().locator("li").first()).toContainText(
    t("consulates.history.change", { field: t("consulates.field.ackAmberMinutes"), from: String(before), to: String(after) }),
  );

  // A bad value is named at its field, and nothing is saved.
  await consulates.field("consulates.field.ackRedMinutes").fill(String(after));
  await consulates.save();
  await expect(consulates.status()).toHaveText(t("consulates.error"));
  await expect(page.getByText(t("consulates.issue.red_after_amber"))).toBeVisible();
  await page.reload();
  await consulates.pick("PRS");
  await expect(consulates.field("consulates.field.ackAmberMinutes")).toHaveValue(String(after));
  await expectNoViolations(page);
});

test.describe("in English", () => {
  test.use({ uiLocale: "en" });

  // Mono County, CA: rural, and no other spec's alerts land there.
  const MONO = { lat: 37.9, lng: -118.9 };

  test("[ADMIN] an administrator reassigns a county on the map with a reason, and its history lists it", async ({ adminPage: page }) => {
    const jurisdictions = new JurisdictionsPage(page);
    await jurisdictions.goto();
    await expect(jurisdictions.map()).toHaveAttribute("data-map-state", "idle", { timeout: 30_000 });
    await jurisdictions.clickCountyAt(MONO);
    const panel = jurisdictions.panel();
    await expect(panel.getByRole("heading", { name: "Mono, CA" })).toBeVisible();
    const current = (await panel.getByTestId("county-consulate").textContent())!;
    const toCode = current.includes("SMF") ? "FAT" : "SMF";
    const reason = `Agreement with ${toCode} ${Date.now()}`;
    await jurisdictions.reassign({ toCode, reason });
    await expect(panel.getByTestId("county-status")).toContainText(pattern("jurisdictions.panel.done", { county: "Mono, CA", code: toCode, moved: 0 }, "en"));
    await expect(panel.getByTestId("county-history").locator("li").first()).toContainText(reason);
    await expect(panel.getByTestId("county-consulate")).toContainText(toCode);

    // The keyboard's path: the list finds it, marked as reassigned.
    await jurisdictions.search("Mono CA");
    await expect(jurisdictions.listItem(/Mono, CA/)).toContainText(toCode);
    await expectNoViolations(page);
  });
});

test("[ADMIN] an officer finds neither screen nor their API", async ({ officerPage: page }) => {
  for (const path of ["/admin/consulates", "/admin/jurisdictions"]) expect((await page.goto(path))?.status(), path).toBe(404);
  expect((await page.request.get("/api/v1/admin/consulates")).status()).toBe(403);
  expect((await page.request.get("/api/v1/admin/jurisdictions/06051")).status()).toBe(403);
});
