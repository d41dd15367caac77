// The incident routes behind withStaff (the session replaced by a scope the
// test chooses): the bodies the incident page relies on, 409 on a stale
// version, 400 naming the field, the audit log, and never a read or a write
// across consulates.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/server/db";
import type { StaffScope } from "@/lib/server/auth/scope";
import { createStaff, ensureNetwork } from "@/lib/server/testing/fixtures";
import { createIncidentAt } from "@/lib/server/testing/incidents";

const session = vi.hoisted(() => ({ scope: null as StaffScope | null }));
vi.mock("@/lib/server/auth/session", () => ({ getStaffScope: async () => session.scope }));

const { GET: getList } = await import("@/app/api/v1/incidents/route");
const { GET: getOne, PATCH: patchOne } = await import("@/app/api/v1/incidents/[id]/route");
const { POST: postConfirm } = await import("@/app/api/v1/incidents/[id]/confirm/route");
const { POST: postDismiss } = await import("@/app/api/v1/incidents/[id]/dismiss/route");
const { POST: postClose } = await import("@/app/api/v1/incidents/[id]/close/route");
const { POST: postNote } = await import("@/app/api/v1/incidents/[id]/notes/route");
const { POST: postBulk } = await import("@/app/api/v1/incidents/[id]/bulk/route");
const { GET: getCase } = await import("@/app/api/v1/cases/[id]/route");
const { GET: getQueue } = await import("@/app/api/v1/cases/route");

type Staff = Awaited<ReturnType<typeof createStaff>>;
let officer: Staff;
let colleague: Staff;
let supervisor: Staff;
let houOfficer: Staff;
let houSupervisor: Staff;

beforeAll(async () => {
  await ensureNetwork();
  const regions = await db.consulate.findMany({ where: { code: { in: ["LAX", "HOU"] } }, select: { code: true, region: { select: { code: true } } } });
  const regionOf = (code: string) => regions.find((r) => r.code === code)!.region.code;
  [officer, colleague, supervisor, houOfficer, houSupervisor] = await Promise.all([
    createStaff("OFFICER", { consulate: "LAX" }),
    createStaff("OFFICER", { consulate: "LAX" }),
    createStaff("SUPERVISOR", { region: regionOf("LAX") }),
    createStaff("OFFICER", { consulate: "HOU" }),
    createStaff("SUPERVISOR", { region: regionOf("HOU") }),
  ]);
});

const context = (id?: string) => ({ params: Promise.resolve<Record<string, string>>(id ? { id } : {}) });
const send = (method: string, body?: unknown, url = "http://localhost/api") =>
  new Request(url, { method, ...(body !== undefined && { headers: { "content-type": "application/json" }, body: JSON.stringify(body) }) });
const as = (staff: Staff) => {
  session.scope = staff.scope;
};

describe("[ESCALATION] incident routes", () => {
  it("lists and shows an incident with its cases (place and incidentId) and notes; the case's own route carries its incidentId", async () => {
    const { incident, cases } = await createIncidentAt({ cases: 3, status: "PROPOSED" });
    as(officer);
    const list = await getList(send("GET", undefined, "http://localhost/api/v1/incidents?status=PROPOSED,OPEN"), context());
    expect(list.status).toBe(200);
    const found = (await list.json()).incidents.find((i: { id: string }) => i.id === incident.id);
    expect(found).toMatchObject({ status: "PROPOSED", consulateCode: "LAX", caseCount: 3, untakenCount: 3, lead: null, openedBy: null, version: 1, place: { town: expect.any(String) } });
    const closedOnly = await (await getList(send("GET", undefined, "http://localhost/api/v1/incidents?status=CLOSED"), context())).json();
    expect(closedOnly.incidents.some((i: { id: string }) => i.id === incident.id)).toBe(false);
    const bad = await getList(send("GET", undefined, "http://localhost/api/v1/incidents?status=OPEN,LOST"), context());
    expect(bad.status).toBe(400);
    expect((await bad.json()).issues).toEqual([expect.objectContaining({ path: "status" })]);

    const note = await postNote(send("POST", { body: "Punto de reunión: parroquia de San Miguel" }), context(incident.id));
    expect(note.status).toBe(201);
    const detail = await (await getOne(send("GET"), context(incident.id))).json();
    expect(detail.incident.id).toBe(incident.id);
    expect(detail.cases.map((c: { id: string }) => c.id).sort()).toEqual(cases.map((c) => c.id).sort());
    expect(detail.cases.every((c: { incidentId: string; place: unknown }) => c.incidentId === incident.id && c.place)).toBe(true);
    expect(detail.notes).toEqual([expect.objectContaining({ body: "Punto de reunión: parroquia de San Miguel", author: { id: officer.user.id, name: officer.user.name } })]);

    const one = await (await getCase(send("GET"), context(cases[0].id))).json();
    expect(JSON.stringify(one)).toContain(`"incidentId":"${incident.id}"`);

    // The queue filtered to the incident holds exactly its cases; for another consulate, none.
    const queueUrl = `http://localhost/api/v1/cases?status=all&incident=${incident.id}`;
    const queue = await (await getQueue(send("GET", undefined, queueUrl), context())).json();
    expect(queue.cases.map((c: { id: string }) => c.id).sort()).toEqual(cases.map((c) => c.id).sort());
    expect(queue.total).toBe(3);
    as(houOfficer);
    expect((await (await getQueue(send("GET", undefined, queueUrl), context())).json()).cases).toEqual([]);
  });

  it("confirms, names a lead, closes; a stale version is a 409 with the incident as it is; each write is audited", async () => {
    const { incident } = await createIncidentAt({ status: "PROPOSED" });
    as(supervisor);
    const confirmed = await postConfirm(send("POST", { version: 1 }), context(incident.id));
    expect(confirmed.status).toBe(200);
    expect((await confirmed.json()).incident).toMatchObject({ status: "OPEN", openedBy: { id: supervisor.user.id }, version: 2 });

    const stale = await patchOne(send("PATCH", { version: 1, leadId: colleague.user.id }), context(incident.id));
    expect(stale.status).toBe(409);
    expect(await stale.json()).toMatchObject({ error: "conflict", reason: "stale_version", incident: { id: incident.id, version: 2, lead: null } });

    const foreignLead = await patchOne(send("PATCH", { version: 2, leadId: houOfficer.user.id }), context(incident.id));
    expect(foreignLead.status).toBe(400);
    expect((await foreignLead.json()).issues).toEqual([{ path: "leadId", message: "not an active staff member of this incident's consulate" }]);

    const lead = await patchOne(send("PATCH", { version: 2, leadId: colleague.user.id }), context(incident.id));
    expect((await lead.json()).incident).toMatchObject({ lead: { id: colleague.user.id, name: colleague.user.name }, version: 3 });

    // Dismissing is for a proposal: an open incident is closed instead.
    const dismiss = await postDismiss(send("POST", { version: 3, reason: "Era un simulacro" }), context(incident.id));
    expect(dismiss.status).toBe(409);
    expect(await dismiss.json()).toMatchObject({ reason: "not_allowed", currentStatus: "OPEN" });
    const closed = await postClose(send("POST", { version: 3 }), context(incident.id));
    expect((await closed.json()).incident).toMatchObject({ status: "CLOSED", closedAt: expect.any(String), version: 4 });

    const audit = await db.auditLog.findMany({ where: { targetType: "incident", targetId: incident.id }, orderBy: { id: "asc" }, select: { action: true, actorUserId: true } });
    expect(audit).toEqual([
      { action: "incident.confirm", actorUserId: supervisor.user.id },
      { action: "incident.lead", actorUserId: supervisor.user.id },
      { action: "incident.close", actorUserId: supervisor.user.id },
    ]);
  });

  it("dismisses a proposal only with a reason", async () => {
    const { incident } = await createIncidentAt({ status: "PROPOSED" });
    as(officer);
    const missing = await postDismiss(send("POST", { version: 1 }), context(incident.id));
    expect(missing.status).toBe(400);
    expect((await missing.json()).issues).toEqual([expect.objectContaining({ path: "reason" })]);
    const dismissed = await postDismiss(send("POST", { version: 1, reason: "Un solo edificio, una fiesta" }), context(incident.id));
    expect((await dismissed.json()).incident).toMatchObject({ status: "DISMISSED" });
    expect(await db.auditLog.findFirst({ where: { targetId: incident.id, action: "incident.dismiss" }, select: { data: true } })).toMatchObject({
      data: { reason: "Un solo edificio, una fiesta" },
    });
  });

  it("answers another consulate's officer, and another region's supervisor, 404 on every route, and lists it to neither", async () => {
    const { incident, cases } = await createIncidentAt({ status: "PROPOSED", cases: 2 });
    const calls = [
      () => getOne(send("GET"), context(incident.id)),
      () => patchOne(send("PATCH", { version: 1, leadId: null }), context(incident.id)),
      () => postConfirm(send("POST", { version: 1 }), context(incident.id)),
      () => postDismiss(send("POST", { version: 1, reason: "No" }), context(incident.id)),
      () => postClose(send("POST", { version: 1 }), context(incident.id)),
      () => postNote(send("POST", { body: "Hola" }), context(incident.id)),
      () => postBulk(send("POST", { action: "take", cases: cases.map((c) => ({ id: c.id, version: c.version })) }), context(incident.id)),
    ];
    for (const outsider of [houOfficer, houSupervisor]) {
      as(outsider);
      const statuses = [];
      for (const call of calls) statuses.push((await call()).status);
      expect(statuses).toEqual(calls.map(() => 404));
      const list = await (await getList(send("GET", undefined, "http://localhost/api/v1/incidents"), context())).json();
      expect(list.incidents.some((i: { id: string }) => i.id === incident.id)).toBe(false);
    }
    const unchanged = await db.incident.findUniqueOrThrow({ where: { id: incident.id } });
    expect(unchanged).toMatchObject({ status: "PROPOSED", version: 1, leadId: null });
    expect(await db.incidentNote.count({ where: { incidentId: incident.id } })).toBe(0);
    expect(await db.case.count({ where: { id: { in: cases.map((c) => c.id) }, version: { gt: 1 } } })).toBe(0);
  });
});
