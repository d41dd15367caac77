import { expect, type Page } from "@playwright/test";
import type {} from "../../components/map/map-probe";

/** An incident's page at /incidents/:id: its header, its cases with boxes, the bulk bar, its notes and map. */
export class IncidentPage {
  constructor(readonly page: Page) {}

  goto = async (incidentId: string) => {
    await this.page.goto(`/incidents/${incidentId}`);
    await this.waitLive();
  };

  waitLive = async () => {
    await expect(this.page.getByTestId("incident-desk")).toBeVisible({ timeout: 15_000 });
    await expect(this.page.locator(".incident-header").getByTestId("live-status")).toHaveAttribute("data-state", "connected", { timeout: 15_000 });
  };

  title = () => this.page.getByTestId("incident-title");
  rows = () => this.page.getByTestId("incident-case-row");
  row = (caseId: string) => this.page.locator(`[data-testid="incident-case-row"][data-incident-case-id="${caseId}"]`);
  selectAll = () => this.page.getByTestId("incident-select-all");
  action = () => this.page.getByTestId("incident-bulk-action");
  person = () => this.page.getByTestId("incident-bulk-person");
  apply = () => this.page.getByTestId("incident-bulk-apply");
  outcome = () => this.page.getByTestId("incident-bulk-outcome");
  reload = () => this.page.getByTestId("incident-bulk-reload");
  untaken = () => this.page.getByTestId("incident-untaken-count");
  notes = () => this.page.getByTestId("incident-notes");
  map = () => this.page.getByTestId("incident-map");

  /** The owners' names shown in the list, one per row. */
  owners = () => this.page.getByTestId("incident-case-owner").allInnerTexts();

  /** The case ids the map has drawn as dots (window.__amparoMap, components/map/map-probe.ts). */
  drawnCaseIds = () =>
    this.page.evaluate(() => {
      const map = window.__amparoMap?.map;
      if (!map) return [];
      return [...new Set(map.queryRenderedFeatures({ layers: ["incident-case-points"] }).map((f) => f.properties.id as string))];
    });

  /** Whether the incident's circle is drawn. */
  areaDrawn = () =>
    this.page.evaluate(() => (window.__amparoMap?.map?.queryRenderedFeatures({ layers: ["incident-area-line"] }).length ?? 0) > 0);

  /** Clicks the dot of a case on the map. */
  clickCase = async (lat: number, lng: number) => {
    const point = await this.page.evaluate(([lat, lng]) => {
      const projected = window.__amparoMap!.map!.project([lng, lat]);
      return { x: projected.x, y: projected.y };
    }, [lat, lng] as const);
    await this.page.locator('[data-testid="incident-map"] canvas').click({ position: point });
  };
}
