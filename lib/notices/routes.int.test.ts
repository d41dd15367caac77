// The notices' and the profile's routes behind withStaff (the session replaced
// by a scope the test chooses): a notice's link works for its addressee only,
// acknowledging twice is one timeline entry, the profile refuses bad input
// naming the field, and a case's outbox is read with the case's own scope.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/server/db";
import type { StaffScope } from "@/lib/server/auth/scope";
import { createCaseAt, createStaff, ensureNetwork } from "@/lib/server/testing/fixtures";
import { pushSubscriptionBody, queueNotice } from "./testing/fixtures";

const session = vi.hoisted(() => ({ scope: null as StaffScope | null }));
vi.mock("@/lib/server/auth/session", () => ({ getStaffScope: async () => session.scope }));

const { POST: acknowledge } = await import("@/app/api/v1/notices/[token]/acknowledge/route");
const { GET: getProfile, PATCH: patchProfile } = await import("@/app/api/v1/profile/route");
const { POST: subscribe } = await import("@/app/api/v1/profile/push-subscriptions/route");
const { DELETE: removeDevice } = await import("@/app/api/v1/profile/push-subscriptions/[id]/route");
const { GET: publicKey } = await import("@/app/api/v1/push/public-key/route");
const { GET: caseNotices } = await import("@/app/api/v1/cases/[id]/notices/route");
const { POST: transition } = await import("@/app/api/v1/cases/[id]/transitions/route");

type Staff = Awaited<ReturnType<typeof createStaff>>;
let officer: Staff;
let colleague: Staff;
let officerHOU: Staff;
let supervisor: Staff;

beforeAll(async () => {
  await ensureNetwork();
  const lax = await db.consulate.findUniqueOrThrow({ where: { code: "LAX" }, select: { region: { select: { code: true } } } });
  [officer, colleague, officerHOU, supervisor] = await Promise.all([
    createStaff("OFFICER", { consulate: "LAX" }),
    createStaff("OFFICER", { consulate: "LAX" }),
    createStaff("OFFICER", { consulate: "HOU" }),
    createStaff("SUPERVISOR", { region: lax.region.code }),
  ]);
});

const context = <P>(params: P) => ({ params: Promise.resolve(params) });
const send = (method: string, body?: unknown) =>
  new Request("http://localhost/api", { method, ...(body !== undefined && { headers: { "content-type": "application/json" }, body: JSON.stringify(body) }) });
const as = (staff: Staff) => {
  session.scope = staff.scope;
};

describe("[ESCALATION] acknowledging a notice from its link", () => {
  it("works only for the notice's addressee, acknowledges every channel of the step, and twice is harmless", async () => {
    const c = await createCaseAt({ consulate: "LAX" });
    await db.user.update({ where: { id: officer.user.id }, data: { mobilePhone: "+13235550111", notifySms: true } });
    const { token, stepKey } = await queueNotice({ caseId: c.id, userId: officer.user.id, reason: "ESCALATED" });

    for (const stranger of [colleague, officerHOU, supervisor]) {
      as(stranger);
      expect((await acknowledge(send("POST", {}), context({ token }))).status).toBe(404);
    }
    session.scope = null;
    expect((await acknowledge(send("POST", {}), context({ token }))).status).toBe(401);
    as(officer);
    expect((await acknowledge(send("POST", {}), context({ token: "not-a-token" }))).status).toBe(400);
    expect(await db.staffNotice.count({ where: { stepKey, acknowledgedAt: { not: null } } })).toBe(0);

    const first = await acknowledge(send("POST", {}), context({ token }));
    expect(first.status).toBe(200);
    const firstBody = await first.json();
    expect(firstBody).toMatchObject({ first: true });
    const second = await (await acknowledge(send("POST", {}), context({ token }))).json();
    expect(second).toEqual({ first: false, acknowledgedAt: firstBody.acknowledgedAt });

    const step = await db.staffNotice.findMany({ where: { stepKey }, select: { channel: true, acknowledgedAt: true } });
    expect(step.map((n) => n.channel).sort()).toEqual(["EMAIL", "SMS"]);
    expect(step.every((n) => n.acknowledgedAt?.toISOString() === firstBody.acknowledgedAt)).toBe(true);
    const entries = await db.caseTimelineEntry.findMany({ where: { caseId: c.id, kind: "NOTICE_ACKNOWLEDGED" } });
    expect(entries).toEqual([expect.objectContaining({ actorUserId: officer.user.id, data: expect.objectContaining({ reason: "ESCALATED" }) })]);
  });

  it("lets a supervisor of the region acknowledge a case they were told of, and the addressee then take it through the lifecycle", async () => {
    const c = await createCaseAt({ consulate: "LAX" });
    const told = await queueNotice({ caseId: c.id, userId: supervisor.user.id, reason: "ESCALATED" });
    as(supervisor);
    expect((await acknowledge(send("POST", {}), context({ token: told.token }))).status).toBe(200);

    const { token } = await queueNotice({ caseId: c.id, userId: officer.user.id });
    as(officer);
    expect((await acknowledge(send("POST", {}), context({ token }))).status).toBe(200);
    const taken = await transition(send("POST", { to: "ACKNOWLEDGED", version: c.version }), context({ id: c.id }));
    expect(taken.status).toBe(200);
    expect((await taken.json()).case).toMatchObject({ status: "ACKNOWLEDGED", owner: { id: officer.user.id } });
    expect(await db.caseTimelineEntry.count({ where: { caseId: c.id, kind: "NOTICE_ACKNOWLEDGED" } })).toBe(2);
  });
});

describe("[ESCALATION] a case's staff notices", () => {
  it("are read with the case's scope, with the last error's kind in words' keys", async () => {
    const c = await createCaseAt({ consulate: "LAX" });
    const { id } = await queueNotice({ caseId: c.id, userId: colleague.user.id });
    await db.staffNotice.update({ where: { id }, data: { status: "FAILED", attempts: 4, lastError: "rejected: SMTP 554" } });

    for (const reader of [officer, supervisor]) {
      as(reader);
      const answer = await caseNotices(send("GET"), context({ id: c.id }));
      expect(answer.status).toBe(200);
      expect((await answer.json()).notices).toEqual([
        expect.objectContaining({ id, channel: "EMAIL", status: "FAILED", attempts: 4, user: { id: colleague.user.id, name: colleague.user.name }, lastError: { code: "rejected", detail: "SMTP 554" } }),
      ]);
    }
    as(officerHOU);
    expect((await caseNotices(send("GET"), context({ id: c.id }))).status).toBe(404);
  });
});

describe("[ESCALATION] the profile", () => {
  it("saves a mobile phone in E.164 and a notice e-mail, and refuses anything else naming the field, keeping what was saved", async () => {
    as(colleague);
    const saved = await patchProfile(send("PATCH", { mobilePhone: " +13235550123 ", noticeEmail: "guardia@consulado.test", notifySms: true, notifyEmail: false }), context({}));
    expect(saved.status).toBe(200);
    expect((await saved.json()).profile).toMatchObject({ mobilePhone: "+13235550123", noticeEmail: "guardia@consulado.test", notifySms: true, notifyEmail: false });

    for (const [field, value] of [
      ["mobilePhone", "323 555 0123"],
      ["mobilePhone", "+0123456789"],
      ["mobilePhone", "+1"],
      ["noticeEmail", "no es correo"],
    ] as const) {
      const bad = await patchProfile(send("PATCH", { mobilePhone: "+13235550199", noticeEmail: "", notifySms: true, notifyEmail: true, [field]: value }), context({}));
      expect(bad.status).toBe(400);
      expect((await bad.json()).issues).toEqual([expect.objectContaining({ path: field })]);
    }
    const missing = await patchProfile(send("PATCH", { mobilePhone: "+13235550199" }), context({}));
    expect(missing.status).toBe(400);
    const kept = await (await getProfile(send("GET"), context({}))).json();
    expect(kept.profile).toMatchObject({ email: colleague.user.email, mobilePhone: "+13235550123", noticeEmail: "guardia@consulado.test", notifyEmail: false });

    // Empty clears: notices then go to the sign-in address.
    await patchProfile(send("PATCH", { mobilePhone: "", noticeEmail: "", notifySms: false, notifyEmail: true }), context({}));
    const cleared = await db.user.findUniqueOrThrow({ where: { id: colleague.user.id } });
    expect(cleared).toMatchObject({ mobilePhone: null, noticeEmail: null, notifySms: false });
  });

  it("opts a browser in to push at a public https push service only, lists it, and removes only one's own device", async () => {
    as(officerHOU);
    expect(await (await publicKey(send("GET"), context({}))).json()).toEqual({ publicKey: expect.stringMatching(/^B[A-Za-z0-9_-]{86}$/) });
    const body = pushSubscriptionBody("Chrome en la oficina");
    for (const endpoint of ["http://push.example.com/x", "https://127.0.0.1/x", "https://localhost:8443/x", "ftp://push.example.com/x"]) {
      const bad = await subscribe(send("POST", { ...body, endpoint }), context({}));
      expect(bad.status).toBe(400);
      expect((await bad.json()).issues).toEqual([expect.objectContaining({ path: "endpoint" })]);
    }
    const badKey = await subscribe(send("POST", { ...body, keys: { ...body.keys, p256dh: "short" } }), context({}));
    expect((await badKey.json()).issues).toEqual([expect.objectContaining({ path: "keys.p256dh" })]);

    const created = await subscribe(send("POST", body), context({}));
    expect(created.status).toBe(201);
    const { device } = await created.json();
    // The same browser subscribing again keeps one row.
    expect((await subscribe(send("POST", body), context({}))).status).toBe(201);
    const listed = (await (await getProfile(send("GET"), context({}))).json()).profile.devices;
    expect(listed).toEqual([expect.objectContaining({ id: device.id, label: "Chrome en la oficina", endpoint: body.endpoint })]);

    as(officer);
    expect((await removeDevice(send("DELETE"), context({ id: device.id }))).status).toBe(404);
    as(officerHOU);
    expect((await removeDevice(send("DELETE"), context({ id: device.id }))).status).toBe(200);
    expect((await removeDevice(send("DELETE"), context({ id: device.id }))).status).toBe(404);
    expect((await (await getProfile(send("GET"), context({}))).json()).profile.devices).toEqual([]);
  });
});
