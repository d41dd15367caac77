import { describe, expect, it } from "vitest";
import { DEFAULT_LEGAL_FILTER, legalFilterToSearchParams } from "./filters";
import { parseLegalQueueFilter } from "./schema";

describe("parseLegalQueueFilter", () => {
  it("defaults to cases referred to legal aid, anyone's", () => {
    expect(parseLegalQueueFilter(new URLSearchParams())).toMatchObject({
      success: true,
      data: { status: ["REFERRED_LEGAL_AID"], owner: null, flag: null, q: "", overdue: false },
    });
  });

  it("reads the triage queue's parameters, plus overdue", () => {
    const parsed = parseLegalQueueFilter(new URLSearchParams("status=open&owner=unassigned&overdue=1&q=Hernández"));
    expect(parsed).toMatchObject({ success: true, data: { status: "open", owner: "unassigned", overdue: true, q: "Hernández" } });
    expect(parseLegalQueueFilter(new URLSearchParams("overdue=maybe")).success).toBe(false);
  });

  it("writes a filter back to the URL without its defaults, and reads it again", () => {
    expect(legalFilterToSearchParams(DEFAULT_LEGAL_FILTER).toString()).toBe("");
    for (const filter of [
      { ...DEFAULT_LEGAL_FILTER, owner: "me", overdue: true, q: "Ruiz" },
      { ...DEFAULT_LEGAL_FILTER, status: "open" as const },
      { ...DEFAULT_LEGAL_FILTER, status: "all" as const, owner: "unassigned" },
      { ...DEFAULT_LEGAL_FILTER, status: ["CLOSED" as const] },
    ]) {
      expect(parseLegalQueueFilter(legalFilterToSearchParams(filter))).toMatchObject({ success: true, data: filter });
    }
  });
});
