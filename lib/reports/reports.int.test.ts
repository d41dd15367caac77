// Reports against the real PostgreSQL: the export holds exactly the cases the
// user may see under the filter (its route audits it: lib/audit/reads.int.test.ts);
// the monthly summary's figures.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { DEFAULT_FILTER } from "@/lib/cases/filters";
import { createCaseAt, createStaff, ensureNetwork, updatePerson } from "@/lib/server/testing/fixtures";
import { exportCasesCsv } from "./export-data";
import { getMonthlySummary } from "./summary-data";

type Staff = Awaited<ReturnType<typeof createStaff>>;
let denOfficer: Staff;
let admin: Staff;

beforeAll(async () => {
  await ensureNetwork();
  [denOfficer, admin] = await Promise.all([createStaff("OFFICER", { consulate: "DEN" }), createStaff("ADMIN")]);
});

describe("[LEGAL] CSV export", () => {
  it("holds exactly the visible cases that match the filter, defused", async () => {
    const mine = await Promise.all([
      createCaseAt({ consulate: "DEN", status: "NEW" }),
      createCaseAt({ consulate: "DEN", status: "REFERRED_LEGAL_AID", ownerId: denOfficer.user.id }),
      createCaseAt({ consulate: "DEN", status: "CLOSED", ownerId: denOfficer.user.id }),
    ]);
    const elsewhere = await createCaseAt({ consulate: "PHX", status: "NEW" });
    await updatePerson(mine[0].personId, { fullName: "=HYPERLINK(\"http://x\",\"y\")" });

    const all = await exportCasesCsv(denOfficer.scope, { queue: "triage", ...DEFAULT_FILTER, status: "all" });
    const den = await db.consulate.findUniqueOrThrow({ where: { code: "DEN" } });
    const visible = await db.case.findMany({ where: { consulateId: den.id }, select: { id: true } });
    expect([...all.caseIds].sort()).toEqual(visible.map((c) => c.id).sort());
    expect(all.caseIds).toEqual(expect.arrayContaining(mine.map((c) => c.id)));
    expect(all.caseIds).not.toContain(elsewhere.id);
    const lines = all.csv.trimEnd().split("\r\n");
    expect(lines[0]).toBe("case_number,consulate,status,priority,person,alert_at,owner,outcome,closed_at,a_number,facility,custody_status,legal_aid_assignee");
    expect(lines).toHaveLength(visible.length + 1);
    expect(all.csv).toContain(`${mine[0].number},DEN,NEW,HIGH,"'=HYPERLINK(""http://x"",""y"")"`);

    const open = await exportCasesCsv(denOfficer.scope, { queue: "triage", ...DEFAULT_FILTER, owner: "me" });
    expect(open.caseIds).toEqual([mine[1].id]);

    const referred = await exportCasesCsv(denOfficer.scope, { queue: "legal", ...DEFAULT_FILTER, status: ["REFERRED_LEGAL_AID"], overdue: false });
    expect(referred.caseIds).toEqual(expect.arrayContaining([mine[1].id]));
    expect(referred.caseIds).not.toContain(mine[0].id);
    expect(referred.truncated).toBe(false);
  });
});

describe("[LEGAL] monthly summary", () => {
  it("counts opened cases, confirmed detentions, outcomes and the median days to outcome, in the consulate's month", async () => {
    // March 2019 in Denver (UTC-7 then, MDT from the 10th): nothing else in the database is dated there.
    const at = (iso: string) => new Date(iso);
    const opened = await Promise.all([
      createCaseAt({ consulate: "DEN", status: "DETENTION_CONFIRMED", alertAt: at("2019-03-01T07:30:00Z") }), // 00:30 local, in March
      createCaseAt({ consulate: "DEN", status: "CLOSED", alertAt: at("2019-03-02T12:00:00Z") }),
      createCaseAt({ consulate: "DEN", status: "CLOSED", alertAt: at("2019-03-05T12:00:00Z") }),
      createCaseAt({ consulate: "DEN", status: "CLOSED", alertAt: at("2019-03-10T12:00:00Z") }),
    ]);
    await createCaseAt({ consulate: "DEN", status: "NEW", alertAt: at("2019-03-01T06:30:00Z") }); // 23:30 on Feb 28, local
    await createCaseAt({ consulate: "DEN", status: "NEW", alertAt: at("2019-04-01T06:30:00Z") }); // 00:30 on April 1, local
    // Closed after 2, 4 and 6 days: median 4.
    const closings: [number, string, "RELEASED" | "REMOVED"][] = [
      [1, "2019-03-04T12:00:00Z", "RELEASED"],
      [2, "2019-03-09T12:00:00Z", "RELEASED"],
      [3, "2019-03-16T12:00:00Z", "REMOVED"],
    ];
    for (const [i, closedAt, outcome] of closings) {
      await db.case.update({ where: { id: opened[i].id }, data: { closedAt: at(closedAt), outcome } });
    }
    for (const c of opened.slice(0, 2)) {
      await db.caseTimelineEntry.create({
        data: { caseId: c.id, kind: "STATUS_CHANGED", data: { from: "IN_CONTACT", to: "DETENTION_CONFIRMED" }, createdAt: at("2019-03-03T12:00:00Z") },
      });
    }

    const rows = await getMonthlySummary(denOfficer.scope, "2019-03");
    expect(rows).toEqual([
      {
        consulateCode: "DEN",
        consulateName: expect.any(String),
        opened: 4,
        detentionsConfirmed: 2,
        outcomes: { RELEASED: 2, REMOVED: 1 },
        closed: 3,
        medianDaysToOutcome: 4,
      },
    ]);
    const everyone = await getMonthlySummary(admin.scope, "2019-03");
    expect(everyone.length).toBeGreaterThan(40);
    expect(everyone.find((r) => r.consulateCode === "DEN")?.opened).toBe(4);
    expect(everyone.find((r) => r.consulateCode === "PHX")).toMatchObject({ opened: 0, closed: 0, medianDaysToOutcome: null });
  });
});
