import { RelayKeysPage } from "./pages/relay-keys-page";
import { expect, test } from "./support/fixtures";
import { pattern, t } from "./support/messages";
import { LOS_ANGELES, panicNear, postAlert } from "./support/relay";

test.describe("as the administrator", () => {
  test("[ADMIN] creates a relay key, sees its secret once, and revokes it", async ({ adminPage: page, request }) => {
    const keys = new RelayKeysPage(page);
    await keys.goto();
    const created = await keys.create(`Relay e2e ${Date.now()}`);
    expect(created.secret.length).toBeGreaterThanOrEqual(32);
    await expect(keys.row(created.id)).toContainText(t("relayKeys.state.active"));

    expect((await postAlert(request, panicNear({ near: LOS_ANGELES }), created)).status).toBe(202);

    // The secret never appears again: not after a reload, not in the API.
    await page.reload();
    await expect(page.getByText(created.secret)).toHaveCount(0);
    const listed = await (await page.request.get("/api/v1/relay-keys")).text();
    expect(listed).toContain(created.id);
    expect(listed).not.toContain(created.secret);

    await keys.revoke(created.id);
    await expect(keys.row(created.id).getByTestId("relay-key-state")).toContainText(pattern("relayKeys.state.revoked"));
    // Other instances cache a key for a few seconds; within that, it is refused.
    await expect
      .poll(async () => (await postAlert(request, panicNear({ near: LOS_ANGELES }), created)).status, { timeout: 10_000 })
      .toBe(401);
  });

  test("[ADMIN] a key needs a name", async ({ adminPage: page }) => {
    await page.goto("/admin/relay-keys");
    const response = await page.request.post("/api/v1/relay-keys", { data: { name: "  " } });
    expect(response.status()).toBe(400);
    expect((await response.json()).issues[0].path).toBe("name");
  });

  test("[ADMIN] lands on the staff screen; the case desk and the maps are not theirs", async ({ adminPage: page, request }) => {
    const caseId = (await postAlert(request, panicNear({ near: LOS_ANGELES }))).body.caseId as string;
    for (const path of ["/", "/cases", `/cases/${caseId}`, "/legal", "/map"]) {
      await page.goto(path);
      await expect(page, path).toHaveURL(/\/admin\/staff$/);
    }
    expect((await page.goto("/supervision"))?.status()).toBe(404);
    // The header names administration once (its tabs, below it, hold staff, relay keys and the rest).
    const nav = page.getByRole("navigation", { name: t("app.name") });
    await expect(nav.getByRole("link", { name: t("admin.nav.header.admin") })).toHaveAttribute("href", "/admin/staff");
    await expect(nav.getByRole("link", { name: t("nav.cases") })).toHaveCount(0);
    const caseApi = ["/api/v1/cases", `/api/v1/cases/${caseId}`, "/api/v1/map/cases", `/api/v1/map/cases/${caseId}/trail`, "/api/v1/reports/cases"];
    for (const path of [...caseApi, "/api/v1/map/overview?region=OESTE"]) {
      expect((await page.request.get(path)).status(), path).toBe(403);
    }
  });
});

test("[ADMIN] an officer can neither see nor use the relay-key screen", async ({ officerPage: page }) => {
  const response = await page.goto("/admin/relay-keys");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("link", { name: t("nav.relayKeys") })).toHaveCount(0);
  expect((await page.request.get("/api/v1/relay-keys")).status()).toBe(403);
  expect((await page.request.post("/api/v1/relay-keys", { data: { name: "x" } })).status()).toBe(403);
});
