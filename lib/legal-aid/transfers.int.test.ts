// Transfers between consulates against the real PostgreSQL: who can read the
// case after an accept and after a decline, the suggestion from the
// facility's county, and one answer per request.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { captureRealtime } from "@/lib/server/testing/fake-io";
import { db } from "@/lib/server/db";
import { getCase } from "@/lib/cases/detail-data";
import { listCases } from "@/lib/cases/data";
import { DEFAULT_FILTER } from "@/lib/cases/filters";
import { createCaseAt, createStaff, ensureNetwork, outcomeOf } from "@/lib/server/testing/fixtures";
import { keyring } from "@/lib/privacy/keys-data";
import { openTimelineData } from "@/lib/privacy/timeline";
import { getLegalDetail } from "./data";
import { updateLegalRecord } from "./record";
import { createTask } from "./tasks";
import { decideTransfer, requestTransfer } from "./transfers";
import { listIncomingTransfers } from "./transfers-data";

type Staff = Awaited<ReturnType<typeof createStaff>>;
let laLegal: Staff, laOfficer: Staff, sbdOfficer: Staff, sbdLegal: Staff, houOfficer: Staff, oeste: Staff, admin: Staff;

let realtime: ReturnType<typeof captureRealtime>;

afterAll(() => realtime.release());

beforeAll(async () => {
  await ensureNetwork();
  realtime = captureRealtime();
  [laLegal, laOfficer, sbdOfficer, sbdLegal, houOfficer, oeste, admin] = await Promise.all([
    createStaff("LEGAL_AID", { consulate: "LAX" }),
    createStaff("OFFICER", { consulate: "LAX" }),
    createStaff("OFFICER", { consulate: "SBD" }),
    createStaff("LEGAL_AID", { consulate: "SBD" }),
    createStaff("OFFICER", { consulate: "HOU" }),
    createStaff("SUPERVISOR", { region: "OESTE" }),
    createStaff("ADMIN"),
  ]);
});


const canRead = async (staff: Staff, caseId: string) => (await getCase(staff.scope, caseId)) !== null;

const inQueue = async (staff: Staff, caseId: string) =>
  (await listCases(staff.scope, { filter: { ...DEFAULT_FILTER, status: "all" }, limit: 200 })).cases.some((c) => c.id === caseId);

const referredLaxCase = () => createCaseAt({ consulate: "LAX", status: "REFERRED_LEGAL_AID", ownerId: laOfficer.user.id });

describe("[LEGAL] transfers between consulates", () => {
  it("suggests the consulate whose county holds the facility", async () => {
    const c = await referredLaxCase();
    const adelanto = await db.detentionFacility.findUniqueOrThrow({ where: { code: "ADELANTO" }, include: { county: { include: { consulate: true } } } });
    expect(adelanto.county.consulate.code).not.toBe("LAX");
    await updateLegalRecord({ scope: laLegal.scope, caseId: c.id, patch: { version: 0, facilityId: adelanto.id } });
    const detail = await getLegalDetail(laLegal.scope, c.id);
    expect(detail?.transferSuggestion).toMatchObject({ toConsulateCode: adelanto.county.consulate.code, facilityName: "Adelanto ICE Processing Center" });
  });

  it("after an accept the receiving consulate reads the case and the sending one no longer does; the history stays", async () => {
    const c = await referredLaxCase();
    const task = await createTask({ scope: laLegal.scope, caseId: c.id, task: { title: "Enviar expediente", dueAt: new Date(Date.now() + 86_400_000) } });
    const transfer = await requestTransfer({ scope: laLegal.scope, caseId: c.id, toConsulateCode: "SBD", reason: "Trasladado a Adelanto" });

    // Before the answer: the case stays with LAX; SBD sees only the request.
    expect(await canRead(sbdOfficer, c.id)).toBe(false);
    const incoming = await listIncomingTransfers(sbdOfficer.scope);
    expect(incoming.find((t) => t.id === transfer.id)).toMatchObject({ caseId: c.id, fromConsulate: { code: "LAX" }, reason: "Trasladado a Adelanto" });
    expect((await listIncomingTransfers(houOfficer.scope)).some((t) => t.id === transfer.id)).toBe(false);
    // Nobody outside the receiving side answers, and a second request waits for the first.
    expect(await outcomeOf(decideTransfer({ scope: houOfficer.scope, transferId: transfer.id, accept: true }))).toBe("not_found:not_found");
    expect(await outcomeOf(decideTransfer({ scope: laOfficer.scope, transferId: transfer.id, accept: true }))).toBe("not_found:not_found");
    expect(await outcomeOf(requestTransfer({ scope: laLegal.scope, caseId: c.id, toConsulateCode: "SAN", reason: "x" }))).toBe("conflict:transfer_pending");

    await decideTransfer({ scope: sbdOfficer.scope, transferId: transfer.id, accept: true });

    expect(await canRead(sbdOfficer, c.id)).toBe(true);
    expect(await canRead(sbdLegal, c.id)).toBe(true);
    expect(await inQueue(sbdOfficer, c.id)).toBe(true);
    expect(await canRead(laOfficer, c.id)).toBe(false);
    expect(await canRead(laLegal, c.id)).toBe(false);
    expect(await inQueue(laOfficer, c.id)).toBe(false);
    expect(await canRead(oeste, c.id)).toBe(true); // SBD is in the same region
    expect(await canRead(admin, c.id)).toBe(false); // administrators read no case
    expect(await canRead(houOfficer, c.id)).toBe(false);

    const moved = await db.case.findUniqueOrThrow({ where: { id: c.id }, include: { consulate: true } });
    expect(moved).toMatchObject({ ownerId: sbdOfficer.user.id, version: c.version + 1 });
    expect(moved.consulate.code).toBe("SBD");
    expect((await db.caseTask.findUniqueOrThrow({ where: { id: task.id } })).ownerId).toBe(sbdOfficer.user.id);
    const detail = await getCase(sbdOfficer.scope, c.id);
    expect(detail?.timeline.map((t) => t.kind)).toEqual(expect.arrayContaining(["TASK_ADDED", "TRANSFER_REQUESTED", "TRANSFER_ACCEPTED"]));
    expect((await getLegalDetail(sbdOfficer.scope, c.id))?.transfers).toMatchObject([{ status: "ACCEPTED", from: "LAX", to: "SBD" }]);

    expect(await outcomeOf(decideTransfer({ scope: sbdLegal.scope, transferId: transfer.id, accept: false, reason: "tarde" }))).toBe(
      "conflict:transfer_decided",
    );

    // Live: SBD heard the request; after the accept, the case went to SBD's rooms and only LAX was told it left
    // (the Oeste region still sees it, so its supervisors are not told to drop it).
    const [lax, sbd] = await Promise.all(["LAX", "SBD"].map((code) => db.consulate.findUniqueOrThrow({ where: { code } })));
    const about = realtime.emitted.filter((e) => (e.payload as { caseId?: string }).caseId === c.id);
    expect(about.find((e) => e.event === "transfer:requested")?.rooms).toContain(`consulate:${sbd.id}`);
    expect(about.filter((e) => e.event === "case:transferred").map((e) => e.rooms)).toEqual([[`consulate:${lax.id}`]]);
  });

  it("after a decline the case stays where it was and the receiving consulate still cannot read it", async () => {
    const c = await referredLaxCase();
    const transfer = await requestTransfer({ scope: laOfficer.scope, caseId: c.id, toConsulateCode: "HOU", reason: "Traslado a Conroe" });
    await decideTransfer({ scope: houOfficer.scope, transferId: transfer.id, accept: false, reason: "Sigue en Adelanto según ICE" });

    expect(await canRead(laOfficer, c.id)).toBe(true);
    expect(await canRead(laLegal, c.id)).toBe(true);
    expect(await canRead(houOfficer, c.id)).toBe(false);
    expect(await inQueue(houOfficer, c.id)).toBe(false);
    const after = await db.case.findUniqueOrThrow({ where: { id: c.id }, include: { consulate: true } });
    expect(after.consulate.code).toBe("LAX");
    expect(after.ownerId).toBe(laOfficer.user.id);
    const declined = await db.caseTimelineEntry.findFirstOrThrow({ where: { caseId: c.id, kind: "TRANSFER_DECLINED" } });
    expect(declined.data).not.toHaveProperty("reason");
    expect(openTimelineData(await keyring(), declined.data)).toMatchObject({ from: "LAX", to: "HOU", reason: "Sigue en Adelanto según ICE" });
    // Declined, so a new request may be made.
    expect(await outcomeOf(requestTransfer({ scope: laOfficer.scope, caseId: c.id, toConsulateCode: "SBD", reason: "Ahora sí" }))).toBe("ok");
  });

  it("lets exactly one of two racing answers win", async () => {
    const c = await referredLaxCase();
    const transfer = await requestTransfer({ scope: laLegal.scope, caseId: c.id, toConsulateCode: "SBD", reason: "x" });
    const results = await Promise.all([
      outcomeOf(decideTransfer({ scope: sbdOfficer.scope, transferId: transfer.id, accept: true })),
      outcomeOf(decideTransfer({ scope: sbdLegal.scope, transferId: transfer.id, accept: false, reason: "no" })),
    ]);
    expect(results.filter((r) => r === "ok")).toHaveLength(1);
    expect(results.filter((r) => r !== "ok")[0]).toMatch(/^conflict:transfer_decided/);
  });
});
