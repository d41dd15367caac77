import type { Page } from "@playwright/test";
import type {} from "../../components/map/map-probe";
import { either } from "../support/messages";

type LatLng = { lat: number; lng: number };

/** /admin/jurisdictions: the county map, its list, and the chosen county's panel. */
export class JurisdictionsPage {
  constructor(private readonly page: Page) {}

  goto = () => this.page.goto("/admin/jurisdictions");

  map = () => this.page.getByTestId("jurisdiction-map");

  /** Brings a place into view close up, then clicks the county drawn there. */
  clickCountyAt = async (at: LatLng) => {
    await this.page.evaluate((at) => window.__amparoMap!.map!.jumpTo({ center: [at.lng, at.lat], zoom: 7 }), at);
    await this.page.waitForFunction(() => window.__amparoMap!.map!.loaded());
    const point = await this.page.evaluate((at) => window.__amparoMap!.map!.project([at.lng, at.lat]), at);
    const box = (await this.map().boundingBox())!;
    await this.page.mouse.click(box.x + point.x, box.y + point.y);
  };

  panel = () => this.page.getByTestId("county-panel");

  reassign = async ({ toCode, reason }: { toCode: string; reason: string }) => {
    const panel = this.panel();
    const select = panel.getByLabel(either("jurisdictions.panel.to"));
    const value = await select.locator("option", { hasText: new RegExp(`^${toCode} · `) }).getAttribute("value");
    await select.selectOption(value!);
    await panel.getByLabel(either("jurisdictions.panel.reason")).fill(reason);
    await panel.getByRole("button", { name: either("jurisdictions.panel.submit") }).click();
  };

  search = (text: string) => this.page.getByLabel(either("jurisdictions.search")).fill(text);

  listItem = (name: RegExp) => this.page.getByTestId("county-list").getByRole("button", { name });
}
