import AxeBuilder from "@axe-core/playwright";
import { AuditPage } from "./pages/audit-page";
import { CasePage } from "./pages/case-page";
import { expect, test } from "./support/fixtures";
import { pattern, t, tEn } from "./support/messages";
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
  // Every render of the case page is a read: the case's own live updates (its
  // family messages sent, its joining the run's raid incident) re-render an
  // open page, one more row each. Closed, the look is over.
  await officerPage.close();

  const audit = new AuditPage(adminPage);
  await audit.goto();
  await expect(adminPage.getByRole("heading", { name: t("audit.title") })).toBeVisible();
  await audit.search({ caseRef: number, action: "read.case" });
  await expect(audit.rows().first()).toBeVisible();
  const looks = await audit.rows().count();
  for (let i = 0; i < looks; i += 1) {
    const row = audit.rows().nth(i);
    await expect(row).toContainText(OFFICER);
    await expect(row).toContainText(t("role.OFFICER"));
    await expect(row).toContainText(t("audit.action.read.case"));
    await expect(row).toContainText(t("audit.part.person"));
    await expect(row.getByRole("link", { name: number })).toBeVisible();
  }
  const searched = new URL(adminPage.url()).search;

  // The same search in English, and its export: one line per row on the screen.
  const english = new AuditPage(await signIn("admin", { uiLocale: "en" }));
  await english.goto(searched);
  await expect(english.rows().first()).toContainText(tEn("audit.action.read.case"));
  const shown = await english.rows().count();
  expect(shown).toBeGreaterThanOrEqual(looks);
  const { name, bytes } = await english.export();
  expect(name).toMatch(/\.csv$/);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.subarray(3).toString("utf8").trimEnd().split("\r\n");
  expect(lines[0]).toBe(
    ["at", "actor", "role", "action", "actionCode", "targetType", "target", "case", "address", "details"].map((c) => tEn(`audit.csv.${c}` as "audit.csv.at")).join(","),
  );
  expect(lines).toHaveLength(shown + 1);
  expect(lines[1]).toContain(`${OFFICER},${tEn("role.OFFICER")},${tEn("audit.action.read.case")},read.case,case,${caseId},${number}`);

  // The export is itself in the log, found by its action.
  await english.goto("?action=audit.exported");
  await expect(english.rows().first()).toContainText(tEn("audit.action.audit.exported"));
  await expect(english.rows().first()).toContainText(number);
});

// Other specs' users load queues and maps that hold this test's new case meanwhile: they may be listed too.
test("[ADMIN] the case page shows who saw the case and what they read", async ({ officerPage, officer2Page, houstonPage, request }) => {
  const officer = new CasePage(officerPage);
  const { caseId } = await openNewCase(request, officer);
  const colleague = new CasePage(officer2Page);
  await colleague.goto(caseId);
  const panel = officer2Page.getByTestId("case-viewers");
  await expect(panel.getByRole("heading", { name: t("audit.viewers.title") })).toBeVisible();
  await expect(panel.getByTestId("case-viewer").filter({ hasText: OFFICER2 })).toHaveCount(1);
  const first = panel.getByTestId("case-viewer").filter({ hasText: OFFICER });
  await expect(first).toHaveCount(1);
  await expect(first).toContainText("LAX");
  // At least once: a live update of the case while the officer's page is open re-renders it, one more read.
  await expect(first.locator('[data-action="read.case"]')).toHaveText(pattern("audit.viewers.readTimes", { label: t("audit.action.read.case") }));
  await expect(first).toContainText(t("audit.part.family_messages"));
  // The same list through the API, scoped like the case: Houston cannot read it.
  expect((await officerPage.request.get(`/api/v1/cases/${caseId}/viewers`)).status()).toBe(200);
  expect((await houstonPage.request.get(`/api/v1/cases/${caseId}/viewers`)).status()).toBe(404);
});

test("[ADMIN] a search that returned a case is in its who-saw-this and in the audit view's reads, its terms only counted (es, en)", async ({
  officerPage,
  officer2Page,
  adminPage,
  signIn,
  request,
}) => {
  const { status, body } = await postAlert(request, panicNear({ near: LOS_ANGELES }));
  expect(status).toBe(202);
  const caseId = body.caseId as string;
  const colleague = new CasePage(officer2Page);
  await colleague.goto(caseId);
  const number = /[A-Z]{3}-\d{4}-\d{6}/.exec(await officer2Page.title())![0];

  // The officer searches the queue for the number: one read.search row holding the case.
  await officerPage.goto(`/cases?status=all&q=${number}`);
  await expect(officerPage.getByText(number).first()).toBeVisible();

  await colleague.goto(caseId);
  const searcher = officer2Page.getByTestId("case-viewers").getByTestId("case-viewer").filter({ hasText: OFFICER });
  await expect(searcher.locator('[data-action="read.search"]')).toHaveText(pattern("audit.viewers.readTimes", { label: t("audit.action.read.search") }));

  const audit = new AuditPage(adminPage);
  await audit.goto();
  await audit.search({ caseRef: number, action: "read.*" });
  const search = audit.rows().and(adminPage.locator('[data-action="read.search"]')).first();
  await expect(search).toContainText(OFFICER);
  await expect(search).toContainText(pattern("audit.read.terms"));
  // One case held: said in the singular.
  await expect(search).toContainText(t("audit.read.casesOne"));
  await expect(search).not.toContainText(number.split("-")[2]);
  await expect(audit.rows().and(adminPage.locator('[data-action="read.case"]')).first()).toContainText(OFFICER2);

  const english = new AuditPage(await signIn("admin", { uiLocale: "en" }));
  await english.goto(`?case=${number}&action=read.*`);
  const englishSearch = english.rows().and(english.page.locator('[data-action="read.search"]')).first();
  await expect(englishSearch).toContainText(tEn("audit.action.read.search"));
  await expect(englishSearch).toContainText(pattern("audit.read.terms", {}, "en"));
  await expect(englishSearch).toContainText(tEn("audit.read.casesOne"));
  await expect(english.page.getByLabel(tEn("audit.filter.action"))).toHaveValue("read.*");
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
