import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { IncidentPage } from "./pages/incident-page";
import { QueuePage } from "./pages/queue-page";
import { expect, test } from "./support/fixtures";
import { endRaid, incidentOf, raidAt } from "./support/incidents";
import { pattern, t, tEn } from "./support/messages";

// Los Angeles County (routed to LAX), each test at a spot of its own, kilometres
// from the consulate's door and from the points the other specs raise, so that
// no other alert joins these incidents while they run.
const COMPTON = { lat: 33.895, lng: -118.22 };
const NORWALK = { lat: 33.905, lng: -118.08 };
const RAID = 10;

/** The queue's row folding this incident, turning pages until it shows (the queue reads its incidents after its rows). */
const foldedRow = async (page: Page, incidentId: string) => {
  const row = page.locator(`[data-testid="incident-row"][data-incident-id="${incidentId}"]`);
  const next = page.getByTestId("queue-next");
  for (let turns = 0; turns < 10; turns++) {
    if (await row.waitFor({ timeout: 3_000 }).then(() => true, () => false)) return row;
    if ((await next.count()) === 0 || !(await next.isEnabled())) break;
    await next.click();
    await expect(page.getByTestId("case-table")).toHaveAttribute("aria-busy", "false");
  }
  await expect(row).toBeVisible();
  return row;
};

test("[ESCALATION] a raid opens an incident whose cases a supervisor assigns in bulk: a case changed meanwhile is named and nothing written", async ({
  supervisorPage,
  officerPage,
  apiAs,
  request,
}) => {
  const raid = await raidAt(request, { at: COMPTON, count: RAID });
  const officerApi = await apiAs("officerLA");
  const incidentId = await incidentOf(officerApi, raid.map((c) => c.id));

  // The officer's queue folds the incident's cases into one row, which expands in place.
  const queue = new QueuePage(officerPage);
  await queue.goto();
  const folded = await foldedRow(officerPage, incidentId);
  await expect(folded).toContainText(t("incidents.row.cases", { count: RAID }));
  await expect(folded).toContainText(t("incidents.row.untaken", { count: RAID }));
  await expect(folded.getByRole("link")).toHaveText(pattern("incidents.row.title"));
  const ours = new Set(raid.map((c) => c.id));
  const oursShown = async () => (await queue.rowIds()).filter((id) => ours.has(id)).length;
  expect(await oursShown()).toBe(0);
  await folded.getByTestId("incident-row-toggle").click();
  await expect(folded.getByTestId("incident-row-toggle")).toHaveAttribute("aria-expanded", "true");
  await expect.poll(oursShown).toBeGreaterThan(0);

  // The case page links to its incident.
  await supervisorPage.goto(`/cases/${raid[0].id}`);
  await supervisorPage.getByTestId("case-incident-link").click();
  await expect(supervisorPage).toHaveURL(new RegExp(`/incidents/${incidentId}$`));
  const incident = new IncidentPage(supervisorPage);
  await incident.waitLive();
  await expect(incident.title()).toHaveText(pattern("incidents.title"));
  await expect(supervisorPage.getByTestId("incident-status")).toHaveText(t("incidents.status.OPEN"));
  await expect(incident.rows()).toHaveCount(RAID);
  await expect(incident.untaken()).toHaveText(String(RAID));

  const officers = (await (await officerApi.get(`/api/v1/cases/${raid[0].id}/assignees`)).json()) as { assignees: { id: string; name: string }[] };
  // The demo seed names her "Ana López (LAX)".
  const ana = officers.assignees.find((o) => o.name.startsWith("Ana López"))!;
  expect(ana).toBeTruthy();

  await incident.selectAll().check();
  await expect(supervisorPage.getByTestId("incident-selected-count")).toHaveText(t("incidents.list.selected", { count: RAID }));
  await incident.action().selectOption("assign");
  await incident.person().selectOption(ana.id);

  // As if one case had changed since the page read it: its version in the request is not the one stored.
  let tampered = "";
  await supervisorPage.route("**/api/v1/incidents/*/bulk", async (route) => {
    const body = route.request().postDataJSON() as { cases: { id: string; version: number }[] };
    tampered = body.cases[3].id;
    body.cases[3].version += 1;
    await route.continue({ postData: JSON.stringify(body) });
  });
  await incident.apply().click();
  await expect(incident.outcome()).toContainText(pattern("incidents.bulk.staleOne"));
  const number = await incident.row(tampered).getAttribute("data-case-number");
  await expect(incident.outcome()).toContainText(t("incidents.bulk.staleOne", { numbers: number! }));
  // Nothing was written: every case is still nobody's.
  for (const { id } of raid) expect(((await (await officerApi.get(`/api/v1/cases/${id}`)).json()) as { summary: { owner: unknown } }).summary.owner).toBeNull();
  await supervisorPage.unroute("**/api/v1/incidents/*/bulk");

  await incident.reload().click();
  await expect(incident.outcome()).toHaveText("");
  await incident.apply().click();
  await expect(incident.outcome()).toHaveText(t("incidents.bulk.done", { count: RAID }));
  await expect.poll(incident.owners).toEqual(Array(RAID).fill(ana.name));
  // Given before anyone took them, they are still new: "untaken" counts them until she does.
  await expect(incident.untaken()).toHaveText(String(RAID));

  // A shared note, with its author.
  await incident.notes().getByLabel(t("incidents.notes.label")).fill("Equipo en camino al lugar.");
  await incident.notes().getByRole("button", { name: t("incidents.notes.add") }).click();
  await expect(incident.notes().getByTestId("incident-note")).toContainText(["Equipo en camino al lugar."]);
  await expect(incident.notes().getByTestId("incident-note").last()).toContainText(/Supervis|\p{L}+/u);

  // The officer's queue follows live: the expanded incident's rows now name her.
  const expanded = (await queue.rowIds()).filter((id) => ours.has(id));
  for (const id of expanded) await expect(queue.ownerCell(id)).toContainText("Ana López");
  await endRaid(officerApi, raid.map((c) => c.id));
});

test.describe("in English", () => {
  test.use({ uiLocale: "en" });

  test("[ESCALATION] an officer takes an incident's cases in bulk from its page; a move they do not allow is refused whole", async ({ officerPage, apiAs, request }) => {
    const raid = await raidAt(request, { at: NORWALK, count: RAID });
    const officerApi = await apiAs("officerLA");
    const incidentId = await incidentOf(officerApi, raid.map((c) => c.id));
    const incident = new IncidentPage(officerPage);
    await incident.goto(incidentId);
    await expect(incident.title()).toHaveText(pattern("incidents.title", {}, "en"));
    await expect(officerPage.getByTestId("incident-status")).toHaveText(tEn("incidents.status.OPEN"));
    await expect(incident.rows()).toHaveCount(RAID);

    await incident.selectAll().check();
    await incident.action().selectOption("take");
    await expect(incident.apply()).toHaveText(tEn("incidents.bulk.apply", { count: RAID }));
    await incident.apply().click();
    await expect(incident.outcome()).toHaveText(tEn("incidents.bulk.done", { count: RAID }));
    await expect.poll(async () => new Set(await incident.owners())).toEqual(new Set([expect.stringMatching(/^Ana López/)]));
    await expect(incident.untaken()).toHaveText("0");
    await expect(incident.rows().first()).toHaveAttribute("data-status", "ACKNOWLEDGED");

    // Closing them as false alarms needs a reason, and a contact first (the lifecycle: only from "in contact"):
    // the whole action is refused, naming the cases, and none of them changes.
    await incident.selectAll().check();
    await incident.action().selectOption("close_false_alarm");
    await incident.apply().click();
    await expect(officerPage.getByTestId("incident-bulk").getByRole("alert")).toHaveText(tEn("incidents.bulk.reasonRequired"));
    await officerPage.getByTestId("incident-bulk").getByLabel(tEn("incidents.bulk.falseAlarm.label")).fill("Drill at the school, confirmed by phone.");
    await incident.apply().click();
    await expect(incident.outcome()).toContainText(pattern("incidents.bulk.refused", { count: RAID }, "en"));
    await expect(incident.reload()).toHaveCount(0);
    expect(new Set(await incident.rows().evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.status)))).toEqual(new Set(["ACKNOWLEDGED"]));
    await endRaid(officerApi, raid.map((c) => c.id));
  });
});

test("[ESCALATION] an incident's page, its bulk bar and its dialog pass the accessibility check", async ({ supervisorPage, apiAs, request }) => {
  test.slow();
  const raid = await raidAt(request, { at: { lat: 33.92, lng: -118.4 }, count: 10 });
  const officerApi = await apiAs("officerLA");
  const incidentId = await incidentOf(officerApi, raid.map((c) => c.id));
  const incident = new IncidentPage(supervisorPage);
  await incident.goto(incidentId);
  const check = async () => {
    const { violations } = await new AxeBuilder({ page: supervisorPage }).withTags(["wcag2a", "wcag2aa", "wcag21aa"]).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(" | ")}`)).toEqual([]);
  };
  await expect(incident.rows()).toHaveCount(10);
  await incident.selectAll().check();
  await incident.action().selectOption("close_false_alarm");
  await check();
  await supervisorPage.getByTestId("incident-close").click();
  await expect(supervisorPage.getByTestId("incident-dialog")).toBeVisible();
  await check();
  await endRaid(officerApi, raid.map((c) => c.id));
});
