// Live delivery: a socket is let in only with a valid session, lands in the
// rooms its role allows, and hears about a case only if it may see it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/v1/alerts/route";
import { db } from "@/lib/server/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { panicEvent } from "@/lib/alerts/testing/panic";
import { createStaff, createTestRelayKey, ensureNetwork, signedRequest } from "@/lib/server/testing/fixtures";
import { startSocketServer, type SocketServer } from "@/lib/server/testing/socket-server";
import { collectCases, collectPresence, cookieFor } from "@/lib/server/testing/sockets";

let server: SocketServer;

const createUser = async (role: Role, where: { consulate?: string; region?: string }) => (await createStaff(role, where)).user;

beforeAll(async () => {
  await ensureNetwork();
  server = await startSocketServer();
});

afterAll(() => server.close());

describe("[AUTH] socket handshake", () => {
  it("refuses a socket without a session, with a forged token, or from another site", async () => {
    await expect(server.connect({})).rejects.toThrow("unauthorized");
    await expect(server.connect({ cookie: "next-auth.session-token=forged" })).rejects.toThrow("unauthorized");
    const officer = await createUser("OFFICER", { consulate: "LAX" });
    await expect(server.connect({ cookie: await cookieFor(officer.id), origin: "https://evil.example" })).rejects.toThrow("forbidden");
  });

  it("refuses a deactivated user's still-valid token", async () => {
    const officer = await createUser("OFFICER", { consulate: "LAX" });
    await db.user.update({ where: { id: officer.id }, data: { active: false } });
    await expect(server.connect({ cookie: await cookieFor(officer.id) })).rejects.toThrow("unauthorized");
  });
});

describe("[INTAKE] live delivery after commit", () => {
  it("reaches LAX's officer and the Oeste supervisor (without the point) within a second, never Houston's officer or an administrator", async () => {
    const [la, houston, supervisor, admin] = await Promise.all([
      createUser("OFFICER", { consulate: "LAX" }),
      createUser("OFFICER", { consulate: "HOU" }),
      createUser("SUPERVISOR", { region: "OESTE" }),
      createUser("ADMIN", {}),
    ]);
    const [laSeen, houSeen, supSeen, adminSeen] = await Promise.all(
      [la, houston, supervisor, admin].map(async (u) => collectCases(await server.connectAs(u.id))),
    );
    const key = await createTestRelayKey();
    const event = panicEvent();
    const started = Date.now();
    const response = await POST(signedRequest({ key, body: event }));
    expect(response.status).toBe(202);
    const { caseId } = await response.json();

    while (laSeen.length === 0 && Date.now() - started < 1_000) await new Promise((r) => setTimeout(r, 10));
    expect(laSeen.map((c) => c.id)).toEqual([caseId]);
    expect(laSeen[0]).toMatchObject({ consulateCode: "LAX", status: "NEW", personName: "María Guadalupe Hernández Ruiz" });
    // Give a wrongly routed message time to arrive before asserting it did not.
    await new Promise((r) => setTimeout(r, 300));
    expect(supSeen.map((c) => c.id)).toEqual([caseId]);
    expect(laSeen[0].lastLocation).not.toBeNull();
    expect(supSeen[0]).toMatchObject({ personName: laSeen[0].personName, lastLocation: null });
    expect(adminSeen).toEqual([]);
    expect(houSeen).toEqual([]);
  });
});

describe("[TRIAGE] presence on a case", () => {
  const settle = () => new Promise((r) => setTimeout(r, 300));

  it("shows who has a case open to those who may see it, and nobody else joins", async () => {
    const [a, b, houston] = await Promise.all([
      createUser("OFFICER", { consulate: "LAX" }),
      createUser("OFFICER", { consulate: "LAX" }),
      createUser("OFFICER", { consulate: "HOU" }),
    ]);
    const [sa, sb, sh] = await Promise.all([a, b, houston].map((u) => server.connectAs(u.id)));
    const [seenA, seenB, seenH] = [collectPresence(sa), collectPresence(sb), collectPresence(sh)];
    const key = await createTestRelayKey();
    const { caseId } = await (await POST(signedRequest({ key, body: panicEvent() }))).json();

    sa.emit("presence:join", caseId);
    await settle();
    sb.emit("presence:join", caseId);
    sh.emit("presence:join", caseId); // not Houston's case: ignored
    await settle();
    const names = (p: (typeof seenA)[number] | undefined) => p?.viewers.map((v) => v.userId).sort();
    expect(names(seenA.at(-1))).toEqual([a.id, b.id].sort());
    expect(names(seenB.at(-1))).toEqual([a.id, b.id].sort());
    expect(seenH).toEqual([]);

    sa.close();
    await settle();
    expect(names(seenB.at(-1))).toEqual([b.id]);
  });
});
