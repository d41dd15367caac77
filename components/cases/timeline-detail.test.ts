import { describe, expect, it } from "vitest";
import { withCountyName } from "@/lib/cases/timeline-counties";
import { catalogs } from "@/lib/i18n/messages";
import { translator } from "@/lib/i18n/translate";
import { describeTimelineEntry } from "./timeline-detail";

const entry = (data: Record<string, unknown> | null) => ({
  id: "1",
  kind: "ALERT_RECEIVED" as const,
  // As the case page is sent it (lib/cases/detail-data.ts).
  data: withCountyName(data) as Record<string, unknown>,
  actorName: null,
  createdAt: "2026-03-14T17:00:00.000Z",
});

describe("describeTimelineEntry: routing", () => {
  it("names the county that routed the alert, not its code", () => {
    const routed = entry({ routing: "county", countyFips: "06037" });
    expect(describeTimelineEntry(routed, { t: translator(catalogs.es), caseMessage: null })).toEqual(["Asignado por el condado de Los Angeles, CA"]);
    expect(describeTimelineEntry(routed, { t: translator(catalogs.en), caseMessage: null })).toEqual(["Assigned by Los Angeles County, CA"]);
    const nearest = entry({ routing: "nearest", countyFips: "48141" });
    expect(describeTimelineEntry(nearest, { t: translator(catalogs.es), caseMessage: null })).toEqual([
      "Asignado al consulado más cercano (el condado de El Paso, TX no tiene jurisdicción)",
    ]);
  });

  it("falls back to the code for a county us-atlas does not know", () => {
    expect(describeTimelineEntry(entry({ routing: "county", countyFips: "99999" }), { t: translator(catalogs.es), caseMessage: null })).toEqual([
      "Asignado por condado 99999",
    ]);
  });
});
