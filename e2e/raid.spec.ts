import { IncidentPage } from "./pages/incident-page";
import { MapPage } from "./pages/map-page";
import { QueuePage } from "./pages/queue-page";
import { ACCOUNTS } from "./support/accounts";
import { sql } from "./support/database";
import { expect, test } from "./support/fixtures";
import { t, tEn } from "./support/messages";
import { endRaid, incidentOf, raidAt } from "./support/incidents";
import { panicNear, postAlert } from "./support/relay";
import { CONSULATES } from "../lib/consulates/network";

// The region map draws in software WebGL on a shared machine.
test.describe.configure({ timeout: 120_000 });

const LAX = CONSULATES.find((c) => c.code === "LAX")!;
/** The raid marker's side in CSS pixels (RAID_MARKER_PX, components/map/marker-images.ts). */
const RAID_MARKER_PX = 24;

type LatLng = { lat: number; lng: number };

/** A dozen panics or so within about 100 m of a spot, jittered by up to `spread` degrees so that each run has its own. */
const raidNear = async (request: Parameters<typeof postAlert>[0], { at, count, spread = 0.004 }: { at: LatLng; count: number; spread?: number }) => {
  const spot = { lat: at.lat + (Math.random() - 0.5) * spread, lng: at.lng + (Math.random() - 0.5) * spread };
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const near = { lat: spot.lat + (Math.random() - 0.5) * 0.001, lng: spot.lng + (Math.random() - 0.5) * 0.001 };
    const { status, body } = await postAlert(request, panicNear({ near }));
    expect(status).toBe(202);
    ids.push(body.caseId as string);
  }
  return ids;
};

// Los Angeles County (routed to LAX), but away from the consulate and from
// the points map.spec.ts raises (33.95-34.10 N), so that no other test's
// alerts join these raids while they run: a card then holds this test's cases.
const LONG_BEACH = { lat: 33.84, lng: -118.17 };
const PASADENA = { lat: 34.15, lng: -118.13 };

test("[MAP] a raid's card names its people and opens a queue holding exactly its cases", async ({ signIn, request }) => {
  const raid = await raidNear(request, { at: LONG_BEACH, count: 12, spread: 0.02 });
  const page = await signIn("supervisorOeste", { reducedMotion: "reduce", viewport: { width: 1280, height: 900 } });
  const map = new MapPage(page);
  await map.gotoRegion();

  const card = map.hotspotOf(raid[0]);
  await expect(card).toBeVisible();
  // Readable at a glance: the first few people by name, age and place, the rest on demand.
  const listed = card.getByTestId("hotspot-case");
  await expect(listed.first()).toContainText(/\p{L}+/u);
  // Where in words: a town with its ZIP ("Long Beach, CA 90806 · 2 km al N"), not the county.
  await expect(listed.first()).toContainText(/\p{L}, CA \d{5}/u);
  await expect(listed.first()).toContainText(/\d+ años/);
  const total = Number(await card.getAttribute("data-count"));
  expect(total).toBeGreaterThanOrEqual(12);
  await expect(listed).toHaveCount(5);
  await card.getByTestId("hotspot-more").click();
  await expect(listed).toHaveCount(total);
  const numbers = await map.hotspotNumbers(card);
  for (const id of raid) await expect(map.hotspotCase(id)).toBeVisible();
  // Each name links to its case, and none is prefetched: a prefetch would render
  // the case page and audit a read the supervisor never made. A moment for one to start.
  await page.waitForTimeout(1_500);
  const [{ reads }] = await sql<{ reads: number }>(
    `SELECT count(*)::int AS reads FROM audit_log a JOIN users u ON u.id = a.actor_user_id
     WHERE u.email = $1 AND a.action = 'read.case' AND a.target_id = ANY($2::text[])`,
    [ACCOUNTS.supervisorOeste, raid],
  );
  expect(reads).toBe(0);

  // The link: the queue holding exactly the card's cases, its filter shown as a removable chip.
  const link = card.getByTestId("hotspot-queue-link");
  await expect(link).toHaveText(t("map.hotspots.queue", { count: total }));
  await link.click();
  await expect(page).toHaveURL(/\/cases\?.*ids=/);
  const queue = new QueuePage(page);
  await queue.waitLive();
  const chip = page.getByTestId("filter-ids");
  await expect(chip).toContainText(t("queue.filter.ids", { count: total }));
  await expect(queue.rows()).toHaveCount(total);
  const rowNumbers = await queue.rows().evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset.caseNumber!));
  expect(new Set(rowNumbers)).toEqual(new Set(numbers));

  // Taking the chip off gives the queue back whole.
  await chip.getByRole("button", { name: t("queue.filter.ids.remove") }).click();
  await expect(chip).toHaveCount(0);
  await expect(page).not.toHaveURL(/ids=/);
});

test("[MAP] in English, the raid's link and its chip say so", async ({ signIn, request }) => {
  const raid = await raidNear(request, { at: PASADENA, count: 6, spread: 0.02 });
  const page = await signIn("supervisorOeste", { uiLocale: "en", reducedMotion: "reduce", viewport: { width: 1280, height: 900 } });
  const map = new MapPage(page);
  await map.gotoRegion();
  const card = map.hotspotOf(raid[0]);
  const total = Number(await card.getAttribute("data-count"));
  await expect(card.getByTestId("hotspot-case").first()).toContainText(/\p{L}, CA \d{5}/u);
  await card.getByTestId("hotspot-queue-link").filter({ hasText: tEn("map.hotspots.queue", { count: total }) }).click();
  await new QueuePage(page).waitLive();
  await expect(page.getByTestId("filter-ids")).toContainText(tEn("queue.filter.ids", { count: total }));
  await expect(page.getByRole("button", { name: tEn("queue.filter.ids.remove") })).toBeVisible();
});

test("[MAP] a raid's marker at the consulate leaves the consulate's label readable beside it", async ({ signIn, request }) => {
  // At the consulate's own door: its dot, its label and the raid's marker within a few pixels.
  await raidNear(request, { at: LAX, count: 6 });
  const page = await signIn("supervisorOeste", { reducedMotion: "reduce", viewport: { width: 1100, height: 800 } });
  const map = new MapPage(page);
  await map.gotoRegion();
  // Close on the consulate.
  await map.zoomTo({ lat: LAX.lat, lng: LAX.lng }, 11);
  await expect
    .poll(async () => {
      const { markers, overlapping, placed } = await map.labelsAroundRaidMarkers(RAID_MARKER_PX);
      return { marker: markers > 0, overlapping, laxPlaced: placed.includes("LAX") };
    })
    .toEqual({ marker: true, overlapping: [], laxPlaced: true });
});

test("[ESCALATION] [MAP] an incident's page draws its area and each of its cases on the map; a dot marks its case in the list", async ({ signIn, request, apiAs }) => {
  // Whittier: in Los Angeles County, kilometres from every other spec's points.
  const raid = await raidAt(request, { at: { lat: 33.975, lng: -118.03 }, count: 10 });
  const officerApi = await apiAs("officerLA");
  const incidentId = await incidentOf(officerApi, raid.map((c) => c.id));
  const page = await signIn("officerLA", { reducedMotion: "reduce", viewport: { width: 1280, height: 900 } });
  const incident = new IncidentPage(page);
  await incident.goto(incidentId);
  await expect(incident.map()).toHaveAttribute("data-map-state", "idle", { timeout: 60_000 });
  await expect(incident.map()).toHaveAttribute("data-drawn-cases", String(raid.length));
  await expect.poll(incident.areaDrawn).toBe(true);
  // Every case drawn as its own dot (within 100 m of each other, so compare the sets once the map has placed them all).
  await expect.poll(async () => new Set(await incident.drawnCaseIds())).toEqual(new Set(raid.map((c) => c.id)));

  // A dot opens nothing: it marks its case in the list.
  const lone = raid[0];
  await page.evaluate(([lat, lng]) => window.__amparoMap!.map!.jumpTo({ center: [lng, lat], zoom: 17 }), [lone.near.lat, lone.near.lng] as const);
  await expect.poll(async () => (await incident.drawnCaseIds()).length).toBeGreaterThan(0);
  const [under] = await page.evaluate(([lat, lng]) => {
    const map = window.__amparoMap!.map!;
    return map.queryRenderedFeatures(map.project([lng, lat]), { layers: ["incident-case-points"] }).map((f) => f.properties.id as string);
  }, [lone.near.lat, lone.near.lng] as const);
  expect(under).toBeTruthy();
  await incident.clickCase(lone.near.lat, lone.near.lng);
  await expect(incident.row(under)).toHaveClass(/incident-case--picked/);
  await endRaid(officerApi, raid.map((c) => c.id));
});
