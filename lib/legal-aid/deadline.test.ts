import { describe, expect, it } from "vitest";
import { compareLegalQueue, nextDeadline } from "./deadline";

describe("nextDeadline", () => {
  it("takes the earliest of a task and a hearing", () => {
    const task = { kind: "task" as const, id: "t", title: "Pedir fianza", at: new Date("2026-03-02T10:00:00Z") };
    const hearing = { kind: "hearing" as const, id: "h", title: "Adelanto Immigration Court", at: new Date("2026-03-01T16:00:00Z") };
    expect(nextDeadline([task, hearing])).toEqual({ ...hearing, at: "2026-03-01T16:00:00.000Z" });
    expect(nextDeadline([task, null])?.id).toBe("t");
    expect(nextDeadline([null, null])).toBeNull();
  });

  it("orders overdue cases first, then the nearest deadline, none last", () => {
    const at = (iso: string) => ({ kind: "task" as const, id: iso, title: "", at: iso });
    const rows = [
      { n: "none", overdueTasks: 0, nextDeadline: null },
      { n: "later", overdueTasks: 0, nextDeadline: at("2026-03-05T00:00:00.000Z") },
      { n: "overdue", overdueTasks: 2, nextDeadline: at("2026-02-01T00:00:00.000Z") },
      { n: "sooner", overdueTasks: 0, nextDeadline: at("2026-03-02T00:00:00.000Z") },
    ];
    expect([...rows].sort(compareLegalQueue(() => 0)).map((r) => r.n)).toEqual(["overdue", "sooner", "later", "none"]);
  });
});
