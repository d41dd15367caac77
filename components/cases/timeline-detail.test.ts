import { describe, expect, it } from "vitest";
import { formatTime } from "@/lib/i18n/format";
import { withCountyName } from "@/lib/cases/timeline-counties";
import { catalogs } from "@/lib/i18n/messages";
import { translator } from "@/lib/i18n/translate";
import type { CaseDetail } from "@/lib/cases/detail-data";
import { describeTimelineEntry } from "./timeline-detail";

type Entry = CaseDetail["timeline"][number];

const LA = "America/Los_Angeles";
const entry = (over: Partial<Entry>): Entry => ({
  id: "1",
  kind: "LOCATION_UPDATED",
  data: { lat: 34.0239, lng: -118.172, accuracyM: 12 },
  actorName: null,
  createdAt: "2026-12-05T09:13:05.000Z",
  capturedAt: null,
  ...over,
});

describe("describeTimelineEntry: a position's two times", () => {
  it("says when the phone took it and when the desk received it, as the location panel does", () => {
    const lines = describeTimelineEntry(entry({ capturedAt: "2026-12-05T09:12:03.000Z" }), {
      t: translator(catalogs.es),
      caseMessage: null,
      formatClock: (iso) => formatTime(iso, { locale: "es", timeZone: LA }),
    });
    expect(lines).toEqual(["34.02390, -118.17200 (±12 m)", "Captada 01:12:03 (recibida 01:13:05)"]);
  });

  it("in English too", () => {
    const lines = describeTimelineEntry(entry({ kind: "ALERT_RECEIVED", data: {}, capturedAt: "2026-12-05T09:12:03.000Z" }), {
      t: translator(catalogs.en),
      caseMessage: null,
      formatClock: (iso) => formatTime(iso, { locale: "en", timeZone: LA }),
    });
    expect(lines).toEqual(["Captured 01:12:03 (received 01:13:05)"]);
  });

  it("adds nothing to an entry that carries no position", () => {
    const lines = describeTimelineEntry(entry({ kind: "NOTE_ADDED", data: { text: "Llamó la hermana" } }), {
      t: translator(catalogs.es),
      caseMessage: null,
    });
    expect(lines).toEqual(["Llamó la hermana"]);
  });
});

const routedEntry = (data: Record<string, unknown> | null) => ({
  id: "1",
  kind: "ALERT_RECEIVED" as const,
  // As the case page is sent it (lib/cases/detail-data.ts).
  data: withCountyName(data) as Record<string, unknown>,
  actorName: null,
  createdAt: "2026-03-14T17:00:00.000Z",
  capturedAt: null,
});

describe("describeTimelineEntry: routing", () => {
  it("names the county that routed the alert, not its code", () => {
    const routed = routedEntry({ routing: "county", countyFips: "06037" });
    expect(describeTimelineEntry(routed, { t: translator(catalogs.es), caseMessage: null })).toEqual(["Asignado por el condado de Los Angeles, CA"]);
    expect(describeTimelineEntry(routed, { t: translator(catalogs.en), caseMessage: null })).toEqual(["Assigned by Los Angeles County, CA"]);
    const nearest = routedEntry({ routing: "nearest", countyFips: "48141" });
    expect(describeTimelineEntry(nearest, { t: translator(catalogs.es), caseMessage: null })).toEqual([
      "Asignado al consulado más cercano (el condado de El Paso, TX no tiene jurisdicción)",
    ]);
  });

  it("falls back to the code for a county us-atlas does not know", () => {
    expect(describeTimelineEntry(routedEntry({ routing: "county", countyFips: "99999" }), { t: translator(catalogs.es), caseMessage: null })).toEqual([
      "Asignado por condado 99999",
    ]);
  });
});

describe("describeTimelineEntry: a correction of the person", () => {
  it("names the corrected fields in the reader's language, and skips what it does not know", () => {
    const corrected = entry({ kind: "PERSON_CORRECTED", data: { fields: ["phone", "aNumber", "nickname"] } });
    expect(describeTimelineEntry(corrected, { t: translator(catalogs.es), caseMessage: null })).toEqual(["Corregido: Teléfono, Número A"]);
    expect(describeTimelineEntry(corrected, { t: translator(catalogs.en), caseMessage: null })).toEqual(["Corrected: Phone, A-number"]);
    expect(describeTimelineEntry(entry({ kind: "PERSON_CORRECTED", data: {} }), { t: translator(catalogs.es), caseMessage: null })).toEqual([]);
  });
});
