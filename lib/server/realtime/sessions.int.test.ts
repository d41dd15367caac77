// A socket lasts no longer than its session: ending a user's sessions closes
// their open sockets at once and the handshake refuses the old cookie; the
// sweep closes a socket whose session ran out while it was open, or whose
// close was lost. After signing in again, the socket joins the rooms of who
// the user is now.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { roomsForScope } from "@/lib/cases/policy";
import { changeUserRole, disableUser, moveUser } from "@/lib/users/mutations";
import { mintScope } from "@/lib/server/auth/scope";
import { SESSION_MAX_AGE_SECONDS } from "@/lib/server/auth/session-claims";
import { getScopeUser } from "@/lib/server/auth/users";
import { endSessionsOnSignOut } from "@/lib/server/auth/sign-out";
import { createStaff, ensureNetwork } from "@/lib/server/testing/fixtures";
import { startSocketServer, type SocketServer } from "@/lib/server/testing/socket-server";
import { cookieFor, waitFor } from "@/lib/server/testing/sockets";
import { userRoom } from "./publish";
import { sweepSessions } from "./session-sweep";

let server: SocketServer;

const officer = async (consulate = "LAX") => (await createStaff("OFFICER", { consulate })).user;

/** The rooms the server put this user's one open socket in. */
const roomsOf = async (userId: string) => {
  const [socket] = await server.io.in(userRoom(userId)).fetchSockets();
  return [...socket.rooms].filter((room) => room !== socket.id).sort();
};

/** The rooms a socket of this user should be in, from their row as it is now. */
const expectedRooms = async (userId: string) =>
  [...roomsForScope(mintScope((await getScopeUser(userId))!)), userRoom(userId)].sort();

beforeAll(async () => {
  await ensureNetwork();
  server = await startSocketServer();
});

afterAll(() => server.close());

describe("[AUTH] ending a user's sessions closes their sockets", () => {
  it("a disabled user's open sockets close within a second and cannot come back; a colleague's stay", async () => {
    const [leaving, staying] = await Promise.all([officer(), officer()]);
    const [first, second, colleague] = await Promise.all([server.connectAs(leaving.id), server.connectAs(leaving.id), server.connectAs(staying.id)]);
    const cookie = await cookieFor(leaving.id);
    await disableUser({ userId: leaving.id });

    await waitFor(() => !first.connected && !second.connected, 1_000);
    expect([first.connected, second.connected]).toEqual([false, false]);
    await expect(server.connect({ cookie })).rejects.toThrow("unauthorized");
    expect(colleague.connected).toBe(true);
  });

  it("a new role closes the socket within a second; the old cookie is refused, and after signing in again it joins the new role's rooms", async () => {
    const user = await officer();
    const socket = await server.connectAs(user.id);
    const oldCookie = await cookieFor(user.id);
    expect(await roomsOf(user.id)).toEqual(await expectedRooms(user.id));
    const oeste = await db.region.findUniqueOrThrow({ where: { code: "OESTE" } });
    await changeUserRole({ userId: user.id, placement: { role: "SUPERVISOR", regionId: oeste.id } });

    await waitFor(() => !socket.connected, 1_000);
    expect(socket.connected).toBe(false);
    await expect(server.connect({ cookie: oldCookie })).rejects.toThrow("unauthorized");
    await server.connectAs(user.id);
    const rooms = await roomsOf(user.id);
    expect(rooms).toEqual(await expectedRooms(user.id));
    expect(rooms).toContain(`region:${oeste.id}`);
  });

  it("a move to another consulate closes the socket within a second, and the next one joins the new consulate's room", async () => {
    const user = await officer();
    const laxRooms = await expectedRooms(user.id);
    const socket = await server.connectAs(user.id);
    const houston = await db.consulate.findUniqueOrThrow({ where: { code: "HOU" } });
    await moveUser({ userId: user.id, to: { consulateId: houston.id } });

    await waitFor(() => !socket.connected, 1_000);
    expect(socket.connected).toBe(false);
    await server.connectAs(user.id);
    const rooms = await roomsOf(user.id);
    expect(rooms).toEqual(await expectedRooms(user.id));
    expect(rooms).toContain(`consulate:${houston.id}`);
    expect(rooms).not.toEqual(laxRooms);
  });

  it("signing out closes the user's other sockets", async () => {
    const user = await officer();
    const elsewhere = await server.connectAs(user.id);
    const { sessionVersion } = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    await endSessionsOnSignOut({ sub: user.id, authTime: Math.floor(Date.now() / 1000), sessionVersion });

    await waitFor(() => !elsewhere.connected, 1_000);
    expect(elsewhere.connected).toBe(false);
  });
});

describe("[AUTH] the handshake", () => {
  it("refuses a token past its lifetime, or from before the user's sessions were ended", async () => {
    const user = await officer();
    const expired = await cookieFor(user.id, { authTime: Math.floor(Date.now() / 1000) - SESSION_MAX_AGE_SECONDS - 1 });
    await expect(server.connect({ cookie: expired })).rejects.toThrow("unauthorized");
    await db.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
    await expect(server.connect({ cookie: await cookieFor(user.id, { sessionVersion: 0 }) })).rejects.toThrow("unauthorized");
    await expect(server.connectAs(user.id)).resolves.toMatchObject({ connected: true });
  });
});

describe("[AUTH] the sweep", () => {
  it("closes the sockets whose session ran out while open, or was ended without them being told, and no other", async () => {
    const [ageing, missed, fine] = await Promise.all([officer(), officer(), officer()]);
    const nearlyOver = Math.floor(Date.now() / 1000) - SESSION_MAX_AGE_SECONDS + 30;
    const [ageingSocket, missedSocket, fineSocket] = await Promise.all([
      server.connect({ cookie: await cookieFor(ageing.id, { authTime: nearlyOver }) }),
      server.connectAs(missed.id),
      server.connectAs(fine.id),
    ]);
    // Ended in the database with no close pushed, as when Redis was away at that moment.
    await db.user.update({ where: { id: missed.id }, data: { sessionVersion: { increment: 1 } } });

    expect(await sweepSessions(server.io)).toBe(1);
    await waitFor(() => !missedSocket.connected, 1_000);
    expect([ageingSocket.connected, missedSocket.connected, fineSocket.connected]).toEqual([true, false, true]);

    // A minute later, the ageing session is past its 12 h.
    expect(await sweepSessions(server.io, Date.now() + 60_000)).toBe(1);
    await waitFor(() => !ageingSocket.connected, 1_000);
    expect([ageingSocket.connected, fineSocket.connected]).toEqual([false, true]);
  });
});
