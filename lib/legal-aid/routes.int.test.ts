// The legal-aid routes end to end behind withStaff (the session replaced by a
// scope the test chooses): status codes and bodies the UI relies on.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { StaffScope } from "@/lib/server/auth/scope";
import { createCaseAt, createStaff, ensureNetwork } from "@/lib/server/testing/fixtures";

const session = vi.hoisted(() => ({ scope: null as StaffScope | null }));
vi.mock("@/lib/server/auth/session", () => ({ getStaffScope: async () => session.scope }));

const { GET: getLegal, PATCH: patchLegal } = await import("@/app/api/v1/cases/[id]/legal/route");
const { POST: postTask } = await import("@/app/api/v1/cases/[id]/tasks/route");
const { POST: postTransition } = await import("@/app/api/v1/cases/[id]/transitions/route");
const { GET: getCsv } = await import("@/app/api/v1/reports/cases/route");
const { GET: getQueue } = await import("@/app/api/v1/legal-aid/cases/route");
const { POST: postAccept } = await import("@/app/api/v1/transfers/[id]/accept/route");
const { GET: getMyTasks } = await import("@/app/api/v1/tasks/route");

type Staff = Awaited<ReturnType<typeof createStaff>>;
let legal: Staff;

beforeAll(async () => {
  await ensureNetwork();
  legal = await createStaff("LEGAL_AID", { consulate: "LAX" });
});

const context = <P>(params: P) => ({ params: Promise.resolve(params) });
const jsonRequest = (method: string, body: unknown, contentType = "application/json") =>
  new Request("http://localhost/api", { method, headers: { "content-type": contentType }, body: JSON.stringify(body) });

describe("[LEGAL] routes", () => {
  it("validates, writes, conflicts and reads through the HTTP contract", async () => {
    session.scope = null;
    const c = await createCaseAt({ status: "REFERRED_LEGAL_AID" });
    expect((await getLegal(new Request("http://localhost/api"), context({ id: c.id }))).status).toBe(401);

    session.scope = legal.scope;
    const bad = await patchLegal(jsonRequest("PATCH", { version: 0, aNumber: "A12" }), context({ id: c.id }));
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ error: "invalid_body", issues: [{ path: "aNumber", message: "a_number_format" }] });

    const ok = await patchLegal(jsonRequest("PATCH", { version: 0, aNumber: "A 987 654 321", lawyerName: "Lic. Ana Soto" }), context({ id: c.id }));
    expect(ok.status).toBe(200);
    expect((await ok.json()).legal).toMatchObject({ aNumberDisplay: "A987-654-321", recordVersion: 1, record: { lawyerName: "Lic. Ana Soto" } });

    const stale = await patchLegal(jsonRequest("PATCH", { version: 0, lawyerName: "Otro" }), context({ id: c.id }));
    expect(stale.status).toBe(409);
    expect(await stale.json()).toMatchObject({ error: "conflict", reason: "stale_version", target: "legal_record" });

    const dueAt = new Date(Date.now() - 3_600_000).toISOString(); // already overdue
    const task = await postTask(jsonRequest("POST", { title: "Pedir audiencia de fianza", dueAt }), context({ id: c.id }));
    expect(task.status).toBe(201);
    expect((await task.json()).task).toMatchObject({ overdue: true, ownerName: legal.user.name });

    const mine = await (await getMyTasks(new Request("http://localhost/api/v1/tasks"), context({}))).json();
    expect(mine.tasks).toEqual([expect.objectContaining({ caseId: c.id, caseNumber: c.number, overdue: true })]);

    const queue = await getQueue(new Request("http://localhost/api/v1/legal-aid/cases?overdue=1"), context({}));
    const row = (await queue.json()).cases.find((r: { id: string }) => r.id === c.id);
    expect(row).toMatchObject({ overdueTasks: 1, aNumber: "A987-654-321", nextDeadline: { kind: "task", at: dueAt }, recordVersion: 1 });

    const closing = await postTransition(jsonRequest("POST", { to: "CLOSED", version: c.version, outcome: "RELEASED" }), context({ id: c.id }));
    expect(closing.status).toBe(409);
    expect(await closing.json()).toMatchObject({ error: "conflict", reason: "open_tasks", openTasks: [{ title: "Pedir audiencia de fianza" }] });

    const csv = await getCsv(new Request("http://localhost/api/v1/reports/cases?status=all&purpose=monthly_report"), context({}));
    expect(csv.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(await csv.text()).toContain(`${c.number},LAX,REFERRED_LEGAL_AID`);

    const form = await postAccept(jsonRequest("POST", {}, "application/x-www-form-urlencoded"), context({ id: c.id }));
    expect(form.status).toBe(415);
  });
});
