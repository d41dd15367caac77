import { describe, expect, it } from "vitest";
import type { CaseSummary } from "@/lib/cases/events";
import { mergeCases, upsertCase } from "./case-list";

const summary = (id: string, alertAt: string, version = 1): CaseSummary => ({
  id,
  number: `LAX-2026-00000${id}`,
  status: "NEW",
  priority: "HIGH",
  pressCount: 1,
  pressedAgain: false,
  duress: false,
  rescinded: false,
  consulateId: "c",
  consulateCode: "LAX",
  timeZone: "America/Los_Angeles",
  personName: "Persona",
  alertAt,
  lastEventAt: alertAt,
  lastLocation: null,
  owner: null,
  acknowledgedAt: null,
  contactedAt: null,
  outcome: null,
  targets: { ackAmber: 5, ackRed: 15, contactAmber: 30, contactRed: 60 },
  version,
});

describe("the live list", () => {
  const older = summary("1", "2026-11-25T10:00:00.000Z");
  const newer = summary("2", "2026-11-25T10:05:00.000Z");

  it("puts a new case above older ones whatever order events arrive in", () => {
    expect(upsertCase([newer], older).map((c) => c.id)).toEqual(["2", "1"]);
    expect(upsertCase([older], newer).map((c) => c.id)).toEqual(["2", "1"]);
  });

  it("replaces a case with a newer version and ignores a stale one", () => {
    const v2 = { ...older, version: 2, duress: true };
    const list = upsertCase([newer, older], v2);
    expect(list).toHaveLength(2);
    expect(list.find((c) => c.id === "1")?.duress).toBe(true);
    expect(upsertCase(list, older).find((c) => c.id === "1")?.version).toBe(2);
  });

  it("takes a fetched list after a reconnect but keeps what it holds that is newer", () => {
    const heldV3 = { ...older, version: 3 };
    const merged = mergeCases([heldV3], [older, newer]);
    expect(merged.map((c) => [c.id, c.version])).toEqual([
      ["2", 1],
      ["1", 3],
    ]);
  });
});
