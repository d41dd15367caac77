import { describe, expect, it } from "vitest";
import { clientAddressOf, compactDetails, readSummaryOf, WITHHELD } from "./details";

describe("compactDetails", () => {
  it("writes each key and value on one line, nested ones in braces", () => {
    expect(compactDetails({ from: { role: "OFFICER", consulateId: null }, to: { role: "SUPERVISOR" } })).toBe(
      "from: {role: OFFICER, consulateId: —} · to: {role: SUPERVISOR}",
    );
    expect(compactDetails({ caseIds: ["a", "b"], rows: 2, truncated: false })).toBe("caseIds: [a, b] · rows: 2 · truncated: false");
    expect(compactDetails({})).toBe("");
  });

  it("withholds free text and personal fields, wherever they sit", () => {
    const line = compactDetails({ reason: "Era María", nested: { phone: "+13235550101", name: "José" }, filter: "status=all&q=Mar%C3%ADa&owner=me" });
    expect(line).not.toMatch(/María|Mar%|José|555/);
    expect(line).toBe(`reason: ${WITHHELD} · nested: {phone: ${WITHHELD}, name: ${WITHHELD}} · filter: status=all&q=${WITHHELD}&owner=me`);
  });

  it("leaves the client address to its own column", () => {
    const data = { email: "ana@consulado.test", address: "203.0.113.9", retryAfterSeconds: 60 };
    expect(compactDetails(data)).toBe("email: ana@consulado.test · retryAfterSeconds: 60");
    expect(clientAddressOf(data)).toBe("203.0.113.9");
    expect(clientAddressOf({})).toBeNull();
    expect(clientAddressOf(null)).toBeNull();
  });

  it("counts a read's case ids and hashed search terms instead of listing them, its address apart", () => {
    const data = { ip: "198.51.100.4", parts: ["person"], caseIds: ["a", "b", "c"], terms: [["n:x", "c:x"]], purpose: { reason: "other", note: "Oficio" } };
    expect(compactDetails(data, "read.search")).toBe(`parts: [person] · caseIds: 3 · terms: 1 (hashed) · purpose: {reason: other, note: ${WITHHELD}}`);
    expect(clientAddressOf(data)).toBe("198.51.100.4");
    expect(readSummaryOf("read.search", data)).toEqual({ parts: ["person"], cases: 3, terms: 1, purpose: { reason: "other", note: "Oficio" } });
    expect(readSummaryOf("case.viewed", data)).toBeNull();
  });

  it("cuts a very long line", () => {
    const line = compactDetails({ caseIds: Array.from({ length: 100 }, (_, i) => `case-${i}`) });
    expect(line.length).toBe(400);
    expect(line.endsWith("…")).toBe(true);
  });
});
