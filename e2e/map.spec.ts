import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { TEST_STREET } from "../lib/map/testing/street-archive";
import { baseURL, secondURL } from "./playwright.config";
import { MapPage } from "./pages/map-page";
import { QueuePage } from "./pages/queue-page";
import type { AccountRole } from "./support/accounts";
import { expect, test, type SignIn } from "./support/fixtures";
import { pattern, t } from "./support/messages";
import { panicNear, postAlert } from "./support/relay";

// Other specs post Los Angeles alerts at the same time: each test raises its
// own, at a point of its own inside Los Angeles County (routed to LAX), and
// follows them by the case ids the relay answers with.
const pointInLosAngeles = () => ({
  lat: Math.round((33.95 + Math.random() * 0.15) * 1e5) / 1e5,
  lng: Math.round((-118.3 + Math.random() * 0.2) * 1e5) / 1e5,
});
const pointInHouston = () => ({
  lat: Math.round((29.7 + Math.random() * 0.1) * 1e5) / 1e5,
  lng: Math.round((-95.45 + Math.random() * 0.1) * 1e5) / 1e5,
});

type Request = Parameters<typeof postAlert>[0];

// A map in software WebGL is slow to first draw when the suite shares two
// CPUs, and on such a machine it gathers live events for up to 3 s a batch.
test.describe.configure({ timeout: 90_000 });

const raise = async (request: Request, near: { lat: number; lng: number }) => {
  const { status, body } = await postAlert(request, panicNear({ near }));
  expect(status).toBe(202);
  return body.caseId as string;
};

/** Every URL the page asks for, websockets included, from before its first navigation. */
const recordHosts = (page: Page, own = baseURL) => {
  const urls: string[] = [];
  page.on("request", (request) => urls.push(request.url()));
  page.on("websocket", (socket) => urls.push(socket.url()));
  return {
    urls,
    foreign: () =>
      urls.filter((url) => {
        const { protocol, host } = new URL(url);
        // data: and blob: URLs are made in the page and never touch the network.
        return protocol !== "data:" && protocol !== "blob:" && host !== new URL(own).host;
      }),
  };
};

const openMap = async (signIn: SignIn, role: AccountRole, viewport = { width: 1100, height: 800 }, server = baseURL) => {
  // Each frame of a map costs the main thread in software WebGL: a modest
  // window, and no pulse (reduced motion keeps the ring still), keep the suite quick.
  const page = await signIn(role, { reducedMotion: "reduce", viewport, baseURL: server });
  const hosts = recordHosts(page, server);
  return { page, hosts, map: new MapPage(page) };
};

test("[MAP] the officer's map renders its basemap and cases, asking no other host", async ({ signIn, request }) => {
  const { hosts, map } = await openMap(signIn, "officerLA");
  await map.gotoOfficer();
  await map.waitLive();
  // Land, borders and markers over the water, not a blank canvas.
  expect(await map.paintedShare()).toBeGreaterThan(0.05);

  const at = pointInLosAngeles();
  const before = await map.count();
  const caseId = await raise(request, at);
  await expect.poll(() => map.hasCase(caseId), { timeout: 10_000 }).toBe(true);
  expect(await map.count()).toBeGreaterThan(before);
  await map.zoomTo(at);
  expect(await map.casesDrawnAt(at)).toContain(caseId);

  expect(hosts.urls.some((url) => url.includes("/map/tiles/"))).toBe(true);
  expect(hosts.urls.some((url) => url.includes("/api/v1/map/jurisdiction-tiles/"))).toBe(true);
  expect(hosts.urls.some((url) => url.includes("/api/v1/map/jurisdiction-area?code=LAX"))).toBe(true);
  expect(hosts.urls.some((url) => url.includes("/map/fonts/"))).toBe(true);
  expect(hosts.foreign()).toEqual([]);
});

// The second instance serves a street archive (scripts/e2e-server.ts builds it): two Los Angeles streets.
test("[MAP] with a street archive on the server, the officer's map draws its streets and credits OpenStreetMap, asking no other host", async ({ signIn }) => {
  const { page, hosts, map } = await openMap(signIn, "officerLA", undefined, secondURL);
  // What the map says when a source, glyph or icon fails (use-map.ts logs MapLibre's errors), or MapLibre's missing-icon warning.
  const complaints: string[] = [];
  page.on("console", (message) => {
    if (/\[amparo\] map:|could not be loaded/.test(message.text())) complaints.push(message.text());
  });
  await map.gotoOfficer();
  const [lng, lat] = TEST_STREET.from;
  await map.zoomTo({ lng: lng + 0.01, lat }, 14);
  expect(await map.streetsDrawn()).toContain(TEST_STREET.name);
  await expect(map.attribution()).toContainText(t("map.attribution.streets"));

  // The archive came in byte ranges from the desk itself.
  expect(hosts.urls.some((url) => url === `${secondURL}/map/streets.pmtiles`)).toBe(true);
  expect(hosts.urls.some((url) => url.includes("/map/tiles/"))).toBe(true);
  expect(hosts.foreign()).toEqual([]);
  expect(complaints).toEqual([]);
});

test("[MAP] with a street archive on the server, the supervisor's map draws its streets too", async ({ signIn }) => {
  const { hosts, map } = await openMap(signIn, "supervisorOeste", undefined, secondURL);
  await map.gotoRegion();
  const [lng, lat] = TEST_STREET.from;
  await map.zoomTo({ lng: lng + 0.01, lat }, 14);
  expect(await map.streetsDrawn()).toContain(TEST_STREET.name);
  await expect(map.attribution()).toContainText(t("map.attribution.streets"));
  expect(hosts.foreign()).toEqual([]);
});

test("[MAP] a click on a case opens its summary beside the map, with its trail and a link to it", async ({ signIn, request }) => {
  const { page, map } = await openMap(signIn, "officerLA");
  await map.gotoOfficer();
  await map.waitLive();
  const at = pointInLosAngeles();
  const caseId = await raise(request, at);
  await expect.poll(() => map.hasCase(caseId), { timeout: 10_000 }).toBe(true);

  await map.zoomTo(at);
  await map.clickAt(at);
  await expect(map.panel()).toHaveAttribute("data-case-id", caseId);
  await expect(map.panel().getByRole("heading", { level: 2 })).toBeFocused();
  await expect(map.panel().getByTestId("map-panel-trail")).toContainText(pattern("map.panel.trailOne"));
  await expect(map.panel().getByRole("link")).toHaveAttribute("href", `/cases/${caseId}`);
  await page.keyboard.press("Escape");
  await expect(map.panel()).toBeHidden();
});

test("[MAP] a case is named by its town, on the queue and beside the map, and the map labels the towns", async ({ signIn, request }) => {
  const { page, hosts, map } = await openMap(signIn, "officerLA");
  // West Compton, some 2.5 km south-west of its centre, away from the other specs' points.
  const at = { lat: Math.round((33.88 + (Math.random() - 0.5) * 0.004) * 1e5) / 1e5, lng: Math.round((-118.24 + (Math.random() - 0.5) * 0.004) * 1e5) / 1e5 };
  const caseId = await raise(request, at);
  // "Compton, CA 902xx · 2 km al SO": the town, its ZIP, and how far which way from its centre.
  const offset = pattern("place.offset", { bearing: t("place.bearing.SW") });
  const town = t("place.town", { town: "Compton", region: "CA" });

  // The queue of just this case (it may be beyond the first page after the other specs).
  await page.goto(`/cases?ids=${caseId}`);
  const row = page.locator(`[data-testid="case-row"][data-case-id="${caseId}"]`);
  await expect(row.getByTestId("case-place")).toHaveText(offset, { timeout: 10_000 });
  await expect(row.getByTestId("case-place")).toContainText(town);

  await map.gotoOfficer();
  await map.waitLive();
  await map.zoomTo(at, 11);
  expect(await map.placeLabels()).toEqual(expect.arrayContaining(["Compton", "Torrance", "Downey"]));
  await map.zoomTo(at);
  await map.clickAt(at);
  await expect(map.panel()).toHaveAttribute("data-case-id", caseId);
  await expect(map.panel().getByTestId("map-panel-place")).toHaveText(offset);
  await expect(map.panel().getByTestId("map-panel-place")).toContainText(town);

  expect(hosts.urls.some((url) => url.includes("/map/places/"))).toBe(true);
  expect(hosts.foreign()).toEqual([]);

  // The case page names it too, and its timeline names the county that routed it, not its code.
  await page.goto(`/cases/${caseId}`);
  await expect(page.getByTestId("case-place")).toContainText(town);
  await expect(page.getByText(t("timeline.routing.countyNamed", { county: "Los Angeles", state: "CA" })).first()).toBeVisible();
});

test("[MAP] the map beside the queue shows the listed cases and follows the queue's filter", async ({ signIn, request }) => {
  const { page, map } = await openMap(signIn, "officerLA");
  await map.gotoQueueWithMap();
  await map.waitLive();
  const caseId = await raise(request, pointInLosAngeles());
  // On this page, or on another that the new-alert notice leads to (more than a page of cases after the other specs).
  await new QueuePage(page).reveal(caseId);
  await expect.poll(() => map.hasCase(caseId), { timeout: 10_000 }).toBe(true);

  // "Acknowledged" only: the new case leaves the list and the map together, without a reload.
  await page.locator('[data-testid="status-count"][data-status="ACKNOWLEDGED"]').click();
  await expect(page).toHaveURL(/status=ACKNOWLEDGED/);
  await expect.poll(() => map.hasCase(caseId), { timeout: 10_000 }).toBe(false);
  await page.locator('[data-testid="status-count"][data-status="NEW"]').click();
  await expect.poll(() => map.hasCase(caseId), { timeout: 10_000 }).toBe(true);

  // The choice to show the map is kept: the next visit opens with it.
  await page.goto("/cases?status=ACKNOWLEDGED");
  await expect(page.getByTestId("queue-map-toggle")).toHaveAttribute("aria-pressed", "true");
  await map.waitIdle("case-map");
  expect(await map.hasCase(caseId)).toBe(false);
});

test("[MAP] on a wide screen the map opens beside the queue, and the list keeps to its own column", async ({ signIn }) => {
  const { page, map } = await openMap(signIn, "officerLA", { width: 1600, height: 900 });
  await page.goto("/cases");
  // Unchosen, the map shows on screens 1500 px wide and more.
  await expect(page.getByTestId("queue-map-toggle")).toHaveAttribute("aria-pressed", "true");
  await map.waitIdle("case-map");
  const queue = (await page.locator("section.queue").boundingBox())!;
  const table = (await page.getByTestId("case-table").locator("xpath=..").boundingBox())!;
  const mapBox = (await page.getByTestId("case-map").boundingBox())!;
  // The table scrolls inside the queue's column rather than running under the map.
  expect(table.x + table.width).toBeLessThanOrEqual(queue.x + queue.width + 1);
  expect(mapBox.x).toBeGreaterThanOrEqual(queue.x + queue.width);
  // At the height of the table's header, what shows just inside the map's edge is the map.
  const header = (await page.getByTestId("case-table").locator("thead").boundingBox())!;
  const onTop = await page.evaluate(
    ({ x, y }) => document.elementFromPoint(x, y)?.closest("[data-testid]")?.getAttribute("data-testid"),
    { x: mapBox.x + 20, y: header.y + header.height / 2 },
  );
  expect(onTop).toBe("case-map");
});

test("[MAP] an officer of another consulate never receives the point of a Los Angeles case", async ({ signIn, request }) => {
  const la = await openMap(signIn, "officerLA");
  const houston = await openMap(signIn, "officerHouston");
  await la.map.gotoOfficer();
  await houston.map.gotoOfficer();
  await Promise.all([la.map.waitLive(), houston.map.waitLive()]);
  const caseId = await raise(request, pointInLosAngeles());
  await expect.poll(() => la.map.hasCase(caseId), { timeout: 10_000 }).toBe(true);
  // Events are delivered together; give a stray one a moment, then look.
  await houston.page.waitForTimeout(1_000);
  expect(await houston.map.hasCase(caseId)).toBe(false);
});

test("[MAP] the supervisor sees LAX but not HOU, aggregated, with LAX's possible raid listed", async ({ signIn, request }) => {
  // Five alerts at one place within minutes: a possible raid, in each city.
  const laPoint = pointInLosAngeles();
  const houstonPoint = pointInHouston();
  const laCases = await Promise.all(Array.from({ length: 5 }, () => raise(request, laPoint)));
  const houstonCases = await Promise.all(Array.from({ length: 5 }, () => raise(request, houstonPoint)));

  const { page, hosts, map } = await openMap(signIn, "supervisorOeste");
  await map.gotoRegion();
  const codes = await map.consulateRows().evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset.code));
  expect(codes).toContain("LAX");
  expect(codes).not.toContain("HOU");
  // Their own region only: Texas (HOU's) cannot be chosen, nor "all".
  expect(await map.regionOptions().allTextContents()).toEqual(["Región Oeste"]);
  await map.openHotspots();
  for (const id of laCases) await expect(map.hotspotCase(id)).toBeVisible();
  for (const id of houstonCases) await expect(map.hotspotCase(id)).toHaveCount(0);
  await expect(page.locator('[data-consulate="HOU"]')).toHaveCount(0);
  expect(await map.paintedShare()).toBeGreaterThan(0.05);

  // Aggregated: this view never asks for exact points, and another region is as if it did not exist.
  expect(hosts.urls.some((url) => url.includes("/api/v1/map/cases"))).toBe(false);
  expect((await page.request.get("/api/v1/map/overview?region=TEXAS")).status()).toBe(404);
  expect((await page.goto("/supervision?region=TEXAS"))?.status()).toBe(404);
  expect(hosts.foreign()).toEqual([]);
});

test("[MAP] each role lands on its own map", async ({ signIn }) => {
  const supervisor = await openMap(signIn, "supervisorOeste");
  await supervisor.page.goto("/map");
  await expect(supervisor.page).toHaveURL(/\/supervision$/);
  const officer = await openMap(signIn, "officerLA");
  expect((await officer.page.goto("/supervision"))?.status()).toBe(404);
});

/** Every WCAG 2 A/AA violation axe finds, one line per offending element. */
const violations = async (page: Page) => {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  return results.violations.flatMap((v) => v.nodes.map((node) => `${v.id}: ${v.help} at ${node.target.join(" ")}`));
};

test("[MAP] both maps, and the case panel, have no WCAG 2 A/AA violations", async ({ signIn, request }) => {
  const officer = await openMap(signIn, "officerLA");
  await officer.map.gotoOfficer();
  const at = pointInLosAngeles();
  const caseId = await raise(request, at);
  await expect.poll(() => officer.map.hasCase(caseId), { timeout: 10_000 }).toBe(true);
  await officer.map.zoomTo(at);
  await officer.map.clickAt(at);
  await expect(officer.map.panel()).toBeVisible();
  expect(await violations(officer.page)).toEqual([]);

  const supervisor = await openMap(signIn, "supervisorOeste");
  await supervisor.map.gotoRegion();
  expect(await violations(supervisor.page)).toEqual([]);
});
