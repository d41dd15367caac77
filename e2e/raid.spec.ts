import { MapPage } from "./pages/map-page";
import { QueuePage } from "./pages/queue-page";
import { expect, test } from "./support/fixtures";
import { t } from "./support/messages";
import { panicNear, postAlert } from "./support/relay";
import { CONSULATES } from "../lib/consulates/network";

// The region map draws in software WebGL on a shared machine.
test.describe.configure({ timeout: 120_000 });

const LAX = CONSULATES.find((c) => c.code === "LAX")!;
/** The raid marker's side in CSS pixels (RAID_MARKER_PX, components/map/marker-images.ts). */
const RAID_MARKER_PX = 24;

/** A raid at the Los Angeles consulate's own door: a dozen panics within about 100 m, at a spot of this run's own. */
const raidAtTheConsulate = async (request: Parameters<typeof postAlert>[0], count: number) => {
  const spot = { lat: LAX.lat + (Math.random() - 0.5) * 0.004, lng: LAX.lng + (Math.random() - 0.5) * 0.004 };
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const near = { lat: spot.lat + (Math.random() - 0.5) * 0.001, lng: spot.lng + (Math.random() - 0.5) * 0.001 };
    const { status, body } = await postAlert(request, panicNear({ near }));
    expect(status).toBe(202);
    ids.push(body.caseId as string);
  }
  return ids;
};

test("[MAP] a raid's card names its people and opens a queue holding exactly its cases", async ({ signIn, request }) => {
  const raid = await raidAtTheConsulate(request, 12);
  const page = await signIn("supervisorOeste", { reducedMotion: "reduce", viewport: { width: 1280, height: 900 } });
  const map = new MapPage(page);
  await map.gotoRegion();

  const card = map.hotspotWithAny(raid);
  await expect(card).toBeVisible();
  // Readable at a glance: the first few people by name, age and place, the rest on demand.
  const listed = card.getByTestId("hotspot-case");
  await expect(listed.first()).toContainText(/\p{L}+/u);
  await expect(listed.first()).toContainText(t("map.hotspots.county", { name: "Los Angeles", state: "CA" }));
  await expect(listed.first()).toContainText(/\d+ años/);
  const total = Number(await card.getAttribute("data-count"));
  expect(total).toBeGreaterThanOrEqual(12);
  await expect(listed).toHaveCount(5);
  await card.getByTestId("hotspot-more").click();
  await expect(listed).toHaveCount(total);
  const numbers = await map.hotspotNumbers(card);
  for (const id of raid) await expect(map.hotspotCase(id)).toBeVisible();

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

test("[MAP] a raid's marker at the consulate leaves the consulate's label readable beside it", async ({ signIn, request }) => {
  await raidAtTheConsulate(request, 6);
  const page = await signIn("supervisorOeste", { reducedMotion: "reduce", viewport: { width: 1100, height: 800 } });
  const map = new MapPage(page);
  await map.gotoRegion();
  // Close on the consulate: its dot, its label and the raid's marker all in a few pixels.
  await map.zoomTo({ lat: LAX.lat, lng: LAX.lng }, 11);
  await expect
    .poll(async () => {
      const { markers, overlapping, placed } = await map.labelsAroundRaidMarkers(RAID_MARKER_PX);
      return { marker: markers > 0, overlapping, laxPlaced: placed.includes("LAX") };
    })
    .toEqual({ marker: true, overlapping: [], laxPlaced: true });
});
