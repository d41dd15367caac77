import { describe, expect, it } from "vitest";
import { caseSummary } from "@/lib/server/testing/case-summary";
import { applyIncidentCase } from "./live";
import { incidentTown, spanMinutes } from "./words";
import { catalogs } from "@/lib/i18n/messages";
import { translator } from "@/lib/i18n/translate";

const row = (id: string, at: string, overrides = {}) =>
  caseSummary({ id, number: `LAX-2026-00000${id}`, alertAt: at, incidentId: "i1", ...overrides });

describe("an incident's cases, live", () => {
  const cases = [row("1", "2026-11-25T10:00:00.000Z"), row("3", "2026-11-25T10:02:00.000Z")];

  it("adds a case that joined in the order of its alert", () => {
    expect(applyIncidentCase(cases, row("2", "2026-11-25T10:01:00.000Z"), "i1").map((c) => c.id)).toEqual(["1", "2", "3"]);
  });

  it("replaces a case by its newer version, never by an older one", () => {
    const taken = row("1", "2026-11-25T10:00:00.000Z", { status: "ACKNOWLEDGED", version: 2 });
    const after = applyIncidentCase(cases, taken, "i1");
    expect(after[0].status).toBe("ACKNOWLEDGED");
    expect(applyIncidentCase(after, row("1", "2026-11-25T10:00:00.000Z"), "i1")[0].status).toBe("ACKNOWLEDGED");
  });

  it("removes a case that left the incident and ignores other incidents' cases", () => {
    expect(applyIncidentCase(cases, row("3", "2026-11-25T10:02:00.000Z", { incidentId: null, version: 2 }), "i1").map((c) => c.id)).toEqual(["1"]);
    expect(applyIncidentCase(cases, row("9", "2026-11-25T10:02:00.000Z", { incidentId: "i2" }), "i1")).toBe(cases);
  });
});

describe("an incident in words", () => {
  const es = translator(catalogs.es);
  it("names its town, or says it has none", () => {
    const place = { kind: "in" as const, town: "Compton", region: "CA", country: "US" as const, zip: "90220", county: null, km: 3, bearing: "N" as const };
    expect(incidentTown(place, es)).toBe("Compton, CA");
    expect(incidentTown(null, es)).toBe(es("incidents.place.unknown"));
  });
  it("spans at least one minute", () => {
    expect(spanMinutes({ firstAt: "2026-11-25T10:00:00.000Z", lastAt: "2026-11-25T10:00:10.000Z" })).toBe(1);
    expect(spanMinutes({ firstAt: "2026-11-25T10:00:00.000Z", lastAt: "2026-11-25T10:14:30.000Z" })).toBe(15);
  });
});
