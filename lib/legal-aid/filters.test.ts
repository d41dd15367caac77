import { describe, expect, it } from "vitest";
import { parseLegalQueueFilter } from "./filters";

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
});
