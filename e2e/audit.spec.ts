import AxeBuilder from "@axe-core/playwright";
import { AuditPage } from "./pages/audit-page";
import { CasePage } from "./pages/case-page";
import { expect, test } from "./support/fixtures";
import { t, tEn } from "./support/messages";
import { LOS_ANGELES, panicNear, postAlert } from "./support/relay";

const OFFICER = "Ana López (LAX)";
const OFFICER2 = "Jorge Medina (LAX)";

/** A new LAX case of this test's own, opened by the officer (one audited read): its id and number. */
const openNewCase = async (request: Parameters<typeof postAlert>[0], officer: CasePage) => {
  const { status, body } = await postAlert(request, panicNear({ near: LOS_ANGELES }));
  expect(status).toBe(202);
  const caseId = body.caseId as string;
  await officer.goto(caseId);
  const number = /[A-Z]{3}-\d{4}-\d{6}/.exec(await officer.page.title())?.[0];
  expect(number).toBeTruthy();
  return { caseId, number: number! };
};

test("[ADMIN] an officer's look at a case is found by its number (es) and exported (en)", async ({ officerPage, adminPage, signIn, request }) => {
  const officer = new CasePage(officerPage);
  const { caseId, number } = await openNewCase(request, officer);

  const audit = new AuditPage(adminPage);
  await audit.goto();
  await expect(adminPage.getByRole("heading", { name: t("audit.title") })).toBeVisible();
  await audit.search({ caseRef: number, action: "case.viewed" });
  await expect(audit.rows()).toHaveCount(1);
  const row = audit.rows().first();
  await expect(row).toContainText(OFFICER);
  await expect(row).toContainText(t("role.OFFICER"));
  await expect(row).toContainText(t("audit.action.case.viewed"));
  await expect(row.getByRole("link", { name: number })).toBeVisible();
  const searched = new URL(adminPage.url()).search;

  // The same search in English, and its export.
  const english = new AuditPage(await signIn("admin", { uiLocale: "en" }));
  await english.goto(searched);
  await expect(english.rows()).toHaveCount(1);
  await expect(english.rows().first()).toContainText(tEn("audit.action.case.viewed"));
  const { name, bytes } = await english.export();
  expect(name).toMatch(/\.csv$/);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.subarray(3).toString("utf8").trimEnd().split("\r\n");
  expect(lines[0]).toBe(
    ["at", "actor", "role", "action", "actionCode", "targetType", "target", "case", "address", "details"].map((c) => tEn(`audit.csv.${c}` as "audit.csv.at")).join(","),
  );
  expect(lines).toHaveLength(2);
  expect(lines[1]).toContain(`${OFFICER},${tEn("role.OFFICER")},${tEn("audit.action.case.viewed")},case.viewed,case,${caseId},${number}`);

  // The export is itself in the log, found by its action.
  await english.goto("?action=audit.exported");
  await expect(english.rows().first()).toContainText(tEn("audit.action.audit.exported"));
  await expect(english.rows().first()).toContainText(number);
});

test("[ADMIN] the case page shows who opened the case, the latest first", async ({ officerPage, officer2Page, houstonPage, request }) => {
  const officer = new CasePage(officerPage);
  const { caseId } = await openNewCase(request, officer);
  const colleague = new CasePage(officer2Page);
  await colleague.goto(caseId);
  const panel = officer2Page.getByTestId("case-viewers");
  await expect(panel.getByRole("heading", { name: t("audit.viewers.title") })).toBeVisible();
  await expect(panel.getByTestId("case-viewer")).toHaveCount(2);
  await expect(panel.getByTestId("case-viewer").nth(0)).toContainText(OFFICER2);
  await expect(panel.getByTestId("case-viewer").nth(1)).toContainText(OFFICER);
  await expect(panel.getByTestId("case-viewer").nth(1)).toContainText("LAX");
  // The same list through the API, scoped like the case: Houston cannot read it.
  expect((await officerPage.request.get(`/api/v1/cases/${caseId}/viewers`)).status()).toBe(200);
  expect((await houstonPage.request.get(`/api/v1/cases/${caseId}/viewers`)).status()).toBe(404);
});

test("[ADMIN] the audit screen has no WCAG 2 A/AA violations, and is not found by other roles", async ({ adminPage, officerPage, supervisorPage }) => {
  const audit = new AuditPage(adminPage);
  await audit.goto();
  await expect(audit.rows().first()).toBeVisible();
  const results = await new AxeBuilder({ page: adminPage }).withTags(["wcag2a", "wcag2aa"]).analyze();
  const found = results.violations.flatMap((v) => v.nodes.map((node) => `${v.id}: ${v.help} at ${node.target.join(" ")}`));
  expect(found, found.join("\n")).toEqual([]);

  for (const page of [officerPage, supervisorPage]) {
    expect((await page.goto("/admin/audit"))?.status()).toBe(404);
    expect((await page.request.get("/api/v1/admin/audit")).status()).toBe(403);
    expect((await page.request.get("/api/v1/admin/audit/export")).status()).toBe(403);
  }
});
