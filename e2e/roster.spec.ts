// The on-duty roster: a supervisor puts someone on duty now and the officer's
// queue header names them at once, without a reload; removing the shift takes
// them off again. Spanish and English. The demo roster (prisma/seed/demo-roster.ts)
// covers LAX with its two officers by day and by night, and leaves legal aid off.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { QueuePage } from "./pages/queue-page";
import { RosterPage } from "./pages/roster-page";
import { t } from "./support/messages";
import { expect, test } from "./support/fixtures";

const NAMES = { ana: "Ana López (LAX)", jorge: "Jorge Medina (LAX)", lucia: "Lucía Ramírez (LAX)" };

/** The LAX officer whom the demo roster leaves off duty now (Ana by day, 07:00–19:00 in Los Angeles). */
const offDutyOfficer = () => {
  const hour = Number(new Intl.DateTimeFormat("en-US", { timeZone: "America/Los_Angeles", hour: "numeric", hourCycle: "h23" }).format(new Date()));
  return hour >= 7 && hour < 19 ? NAMES.jorge : NAMES.ana;
};

const onDuty = (page: Page) => page.locator(".queue").getByTestId("on-duty");

for (const uiLocale of ["es", "en"] as const) {
  test(`[ESCALATION] a supervisor puts someone on duty now and the officer's queue header names them live (${uiLocale})`, async ({ signIn }) => {
    // Spanish with an officer, English with legal aid: two people, so the two runs never meet.
    const person = uiLocale === "es" ? offDutyOfficer() : NAMES.lucia;
    const queue = new QueuePage(await signIn("officerLA", { uiLocale, viewport: { width: 1280, height: 900 } }));
    await queue.goto();
    const header = onDuty(queue.page);
    await expect(header).toHaveAttribute("data-state", "some");
    await expect(header).not.toContainText(person);

    const roster = new RosterPage(await signIn("supervisorOeste", { uiLocale }), uiLocale);
    await roster.goto("LAX");
    await roster.addOneOffNow(person);
    await expect(roster.blocksOf(person).first()).toBeVisible();
    await expect(roster.page.getByTestId("roster-on-duty")).toContainText(person);

    // Live: the queue is not reloaded.
    await expect(header).toContainText(person, { timeout: 15_000 });
    await expect(header).toContainText(roster.t("queue.onDuty.label"));

    await roster.removeOneOffShiftsOf(person);
    await expect(roster.message()).toHaveText(roster.t("roster.delete.done"));
    await expect(header).not.toContainText(person, { timeout: 15_000 });
  });
}

test("[ESCALATION] a supervisor's queue header counts each consulate of the region and flags one nobody covers", async ({ supervisorPage }) => {
  const queue = new QueuePage(supervisorPage);
  await queue.goto();
  const header = onDuty(supervisorPage);
  // LAX is covered around the clock by the demo roster; San Diego has no shifts.
  await expect(header.locator('[data-code="LAX"]')).not.toHaveClass(/on-duty__consulate--none/);
  await expect(header.locator('[data-code="SAN"]')).toHaveClass(/on-duty__consulate--none/);
  await expect(header.locator('[data-code="SAN"]')).toHaveAttribute("title", t("queue.onDuty.noneAt", { code: "SAN" }));
  await expect(header.locator('[data-code="HOU"]')).toHaveCount(0);
});

test("[ESCALATION] officers read their roster without editing it; administrators have none", async ({ officerPage, adminPage }) => {
  const roster = new RosterPage(officerPage);
  await roster.goto();
  await expect(officerPage.getByTestId("shift-form")).toHaveCount(0);
  await expect(roster.blocksOf(NAMES.ana).first()).toBeVisible();
  await expect(officerPage.getByText(t("roster.readOnly"))).toBeVisible();
  await expect(officerPage.getByTestId("roster-now")).toBeVisible();

  await expect(adminPage.locator(".app-header__nav").getByRole("link", { name: t("roster.nav") })).toHaveCount(0);
  const answer = await adminPage.goto("/roster");
  expect(answer?.status()).toBe(404);
});

for (const role of ["officerLA", "supervisorOeste"] as const) {
  test(`[TRIAGE] at 1280 px who is on duty stays on the queue header's one row beside the map (${role})`, async ({ signIn }) => {
    const queue = new QueuePage(await signIn(role, { viewport: { width: 1280, height: 900 } }));
    await queue.goto();
    if (role === "officerLA") await queue.showMap();
    const header = queue.page.locator(".queue .queue__header");
    const title = header.locator(".panel__title");
    const status = onDuty(queue.page);
    await expect(status).toBeVisible();
    const [titleBox, statusBox, toolsBox] = await Promise.all([title.boundingBox(), status.boundingBox(), header.locator(".queue__tools").boundingBox()]);
    const middle = (box: { y: number; height: number } | null) => box!.y + box!.height / 2;
    expect(Math.abs(middle(statusBox) - middle(titleBox))).toBeLessThan(12);
    expect(Math.abs(middle(toolsBox) - middle(titleBox))).toBeLessThan(12);
    // Readable, not squeezed to nothing.
    expect(statusBox!.width).toBeGreaterThan(120);
  });
}

test("[ESCALATION] the roster, with its form, has no WCAG 2 A/AA violations", async ({ supervisorPage }) => {
  const roster = new RosterPage(supervisorPage);
  await roster.goto("LAX");
  await expect(roster.blocksOf(NAMES.ana).first()).toBeVisible();
  const results = await new AxeBuilder({ page: supervisorPage }).withTags(["wcag2a", "wcag2aa"]).analyze();
  const found = results.violations.flatMap((v) => v.nodes.map((node) => `${v.id}: ${v.help} at ${node.target.join(" ")}`));
  expect(found, found.join("\n")).toEqual([]);
});
