// The append-only rules let privacy work through only when a transaction
// says so (migration 20261227000050), and never for the audit log.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { createCaseAt, ensureNetwork } from "@/lib/server/testing/fixtures";

let caseId: string;

beforeAll(async () => {
  await ensureNetwork();
  caseId = (await createCaseAt()).id;
  await db.caseTimelineEntry.create({ data: { caseId, kind: "NOTE_ADDED", data: { body: "x" } } });
  await db.auditLog.create({ data: { action: "test.maintenance", targetType: "case", targetId: caseId } });
});

describe("maintenance bypass of the append-only rules", () => {
  it("refuses an update or delete of the timeline from an ordinary transaction", async () => {
    await expect(db.caseTimelineEntry.updateMany({ where: { caseId }, data: { data: {} } })).rejects.toThrow(/append-only/);
    await expect(db.caseTimelineEntry.deleteMany({ where: { caseId } })).rejects.toThrow(/append-only/);
  });

  it("lets a transaction that sets amparo.maintenance through, for that transaction only", async () => {
    await db.$transaction(async (tx) => {
      await tx.$executeRaw`SET LOCAL amparo.maintenance = 'on'`;
      await tx.caseTimelineEntry.updateMany({ where: { caseId }, data: { data: { sealed: "x" } } });
    });
    expect((await db.caseTimelineEntry.findFirstOrThrow({ where: { caseId } })).data).toEqual({ sealed: "x" });
    await expect(db.caseTimelineEntry.deleteMany({ where: { caseId } })).rejects.toThrow(/append-only/);
  });

  it("never lets the audit log change", async () => {
    await expect(
      db.$transaction(async (tx) => {
        await tx.$executeRaw`SET LOCAL amparo.maintenance = 'on'`;
        await tx.auditLog.deleteMany({ where: { action: "test.maintenance" } });
      }),
    ).rejects.toThrow(/append-only/);
  });
});
