import { expect, type Locator, type Page } from "@playwright/test";
import type {} from "../../components/map/map-probe";

type LatLng = { lat: number; lng: number };

/** The water colour of the map's background (components/map/layers.ts). */
const BACKGROUND = [0xdb, 0xe6, 0xec] as const;

/**
 * The maps: the officer's /map and the supervisors' /supervision. The map
 * itself is read through window.__amparoMap (components/map/map-probe.ts).
 */
export class MapPage {
  constructor(readonly page: Page) {}

  gotoOfficer = async () => {
    await this.page.goto("/map");
    await this.waitIdle("case-map");
  };

  /** The triage queue with its map beside it: shown by the toggle, which the browser remembers. */
  gotoQueueWithMap = async (query = "") => {
    await this.page.goto(`/cases${query}`);
    const toggle = this.page.getByTestId("queue-map-toggle");
    if ((await toggle.getAttribute("aria-pressed")) !== "true") await toggle.click();
    await expect(toggle).toHaveAttribute("aria-pressed", "true");
    await this.waitIdle("case-map");
  };

  gotoRegion = async (query = "") => {
    await this.page.goto(`/supervision${query}`);
    await this.waitIdle("region-map");
  };

  /** Readiness, not speed (the benchmark measures that): a full parallel run shares two CPUs. */
  waitIdle = (testId: "case-map" | "region-map") =>
    expect(this.page.getByTestId(testId)).toHaveAttribute("data-map-state", "idle", { timeout: 60_000 });

  /** Every live connection on the page (the queue and its map have one each) is up. */
  waitLive = async () => {
    for (const status of await this.page.getByTestId("live-status").all()) {
      await expect(status).toHaveAttribute("data-state", "connected", { timeout: 15_000 });
    }
  };

  count = async () => Number(await this.page.getByTestId("map-case-count").getAttribute("data-count"));

  panel = () => this.page.getByTestId("map-panel");

  consulateRows = () => this.page.getByTestId("consulate-row");

  regionOptions = () => this.page.getByTestId("region-select").locator("option");

  hotspotCase = (caseId: string) => this.page.locator(`[data-testid="hotspot-case"][data-case-id="${caseId}"]`);

  /** The possible-raid card of this case: its queue link names every case of the raid, shown or not yet. */
  hotspotOf = (caseId: string) =>
    this.page.getByTestId("hotspot").filter({ has: this.page.locator(`[data-testid="hotspot-queue-link"][href*="${caseId}"]`) });

  /** Opens every raid card's "y N más", so that each lists all its cases. */
  openHotspots = async () => {
    for (const more of await this.page.getByTestId("hotspot-more").all()) {
      if ((await more.getAttribute("aria-expanded")) === "false") await more.click();
    }
  };

  /** The case numbers a raid card lists (all of them once "y N más" is open). */
  hotspotNumbers = (card: Locator) =>
    card.getByTestId("hotspot-case").evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.caseNumber!));

  /**
   * For each raid marker drawn on the region map: the consulate labels that MapLibre placed within
   * the marker's box (its own query of placed symbols), and every label placed anywhere in view.
   */
  labelsAroundRaidMarkers = (markerPx: number) =>
    this.page.evaluate((half) => {
      const map = window.__amparoMap!.map!;
      const codes = (features: { properties: Record<string, unknown> }[]) => features.map((f) => String(f.properties.code));
      const markers = map.queryRenderedFeatures({ layers: ["hotspot-marker"] });
      return {
        markers: markers.length,
        overlapping: markers.flatMap((marker) => {
          const [lng, lat] = (marker.geometry as GeoJSON.Point).coordinates;
          const { x, y } = map.project([lng, lat]);
          return codes(map.queryRenderedFeatures([[x - half, y - half], [x + half, y + half]], { layers: ["consulate-labels"] }));
        }),
        placed: codes(map.queryRenderedFeatures({ layers: ["consulate-labels"] })),
      };
    }, markerPx / 2);

  /** The share of the canvas's pixels, in the frame just drawn, that are not the plain background. */
  paintedShare = () =>
    this.page.evaluate(async (background) => {
      const map = window.__amparoMap!.map!;
      // Read inside the render event: the drawing buffer is still there (no preserveDrawingBuffer needed).
      const url = await new Promise<string>((resolve) => {
        map.once("render", () => resolve(map.getCanvas().toDataURL()));
        map.triggerRepaint();
      });
      const image = new Image();
      image.src = url;
      await image.decode();
      const canvas = document.createElement("canvas");
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext("2d")!;
      context.drawImage(image, 0, 0);
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
      let painted = 0;
      for (let i = 0; i < data.length; i += 4) {
        const distance = Math.abs(data[i] - background[0]) + Math.abs(data[i + 1] - background[1]) + Math.abs(data[i + 2] - background[2]);
        if (distance > 12) painted++;
      }
      return painted / (data.length / 4);
    }, BACKGROUND);

  /** Whether the map shows this case, as a point or inside a cluster (its source holds only what is in view). */
  hasCase = (caseId: string) => this.page.evaluate((id) => window.__amparoMap?.hasCase?.(id) ?? false, caseId);

  /** Centres the map on a point close enough for every case to be its own dot, and waits until it is drawn. */
  zoomTo = (at: LatLng, zoom = 16) =>
    this.page.evaluate(
      ({ at, zoom }) =>
        new Promise<void>((resolve) => {
          const map = window.__amparoMap!.map!;
          map.once("idle", () => resolve());
          map.jumpTo({ center: [at.lng, at.lat], zoom });
        }),
      { at, zoom },
    );

  /** The ids of the single (unclustered) cases drawn at this point. */
  casesDrawnAt = (at: LatLng) =>
    this.page.evaluate((at) => {
      const map = window.__amparoMap!.map!;
      const point = map.project([at.lng, at.lat]);
      return map.queryRenderedFeatures(point, { layers: ["cases"] }).map((f) => f.properties.id as string);
    }, at);

  /** The names of the streets drawn in view, from the street basemap's layers (components/map/street-layers.ts). */
  streetsDrawn = () =>
    this.page.evaluate(() => {
      const map = window.__amparoMap!.map!;
      const layers = map.getStyle().layers.filter((layer) => layer.id.startsWith("streets-roads")).map((layer) => layer.id);
      return map.queryRenderedFeatures({ layers }).map((f) => f.properties.name as string);
    });

  /** The map's credits, as its attribution control lists them. */
  attribution = () => this.page.locator(".maplibregl-ctrl-attrib");

  /** The town labels drawn in view now (components/map/place-labels.ts). */
  placeLabels = () =>
    this.page.evaluate(() =>
      window.__amparoMap!.map!.queryRenderedFeatures({ layers: ["place-labels"] }).map((f) => f.properties.name as string),
    );

  /** Clicks the map where a location is drawn. */
  clickAt = async (at: LatLng) => {
    const point = await this.page.evaluate((at) => window.__amparoMap!.map!.project([at.lng, at.lat]), at);
    const box = (await this.page.getByTestId("case-map").boundingBox())!;
    await this.page.mouse.click(box.x + point.x, box.y + point.y);
  };
}
