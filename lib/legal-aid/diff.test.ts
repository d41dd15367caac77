import { describe, expect, it } from "vitest";
import { diffFields } from "./diff";

describe("diffFields", () => {
  it("lists only the fields that change, with dates as ISO strings and undefined as untouched", () => {
    const before = { bondStatus: "REQUESTED", bondAmountCents: null, detainedOn: new Date("2026-01-02T00:00:00Z"), lawyerName: "A" };
    const changes = diffFields(before, {
      bondStatus: "SET",
      bondAmountCents: 150000,
      detainedOn: new Date("2026-01-02T00:00:00Z"),
      lawyerName: undefined,
    });
    expect(changes).toEqual([
      { field: "bondStatus", before: "REQUESTED", after: "SET" },
      { field: "bondAmountCents", before: null, after: 150000 },
    ]);
  });

  it("treats a cleared field as a change to null", () => {
    expect(diffFields({ judge: "X" }, { judge: null })).toEqual([{ field: "judge", before: "X", after: null }]);
  });
});
