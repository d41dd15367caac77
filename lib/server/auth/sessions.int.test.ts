// A session ends 12 h after its sign-in, however busy it was, and when its
// user's sessions are ended (signing out, being disabled, a new role or
// place). Both places a session is read are checked: next-auth's own read,
// which pages and routes make (getStaffScope), and the cookie's direct read,
// which sockets and server.ts's queue read make (scopeFromRequest).
import type { IncomingMessage } from "node:http";
import { beforeAll, describe, expect, it } from "vitest";
import { getServerSession, type User } from "next-auth";
import { decode, encode, type JWT } from "next-auth/jwt";
import { db } from "@/lib/server/db";
import { changeUserRole, disableUser, moveUser } from "@/lib/users/mutations";
import { createStaff, ensureNetwork } from "@/lib/server/testing/fixtures";
import { authOptions } from "./options";
import { hashPassword } from "./password";
import { scopeFromRequest } from "./request-scope";
import { scopeOfSession } from "./session";
import { SESSION_MAX_AGE_SECONDS } from "./session-claims";

const PASSWORD = "a-test-password";
const secret = () => process.env.NEXTAUTH_SECRET!;

/** A staff member who can sign in with PASSWORD. */
const staffMember = async (...args: Parameters<typeof createStaff>) => {
  const { user } = await createStaff(...args);
  await db.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(PASSWORD) } });
  return user;
};

// Signing in as next-auth does it: the credentials provider's authorize, then the jwt callback.
const signIn = async (email: string): Promise<JWT | null> => {
  const options = authOptions();
  const credentials = options.providers[0] as unknown as { options: { authorize: (raw: Record<string, string>) => Promise<User | null> } };
  const user = await credentials.options.authorize({ email, password: PASSWORD });
  if (!user) return null;
  const jwt = options.callbacks!.jwt! as (params: { token: JWT; user: User }) => Promise<JWT>;
  return jwt({ token: { name: user.name, email: user.email }, user });
};

const cookieOf = async (token: JWT) => `next-auth.session-token=${await encode({ token, secret: secret() })}`;

/** The scope pages and routes get for this token: next-auth's session read, then the user's row. */
const pageScope = async (token: JWT) => {
  const encoded = await encode({ token, secret: secret() });
  const request = { headers: { host: "localhost:3000" }, cookies: { "next-auth.session-token": encoded } };
  const response = { getHeader: () => undefined, setCookie: () => undefined, setHeader: () => undefined };
  return scopeOfSession(await getServerSession(request as never, response as never, authOptions()));
};

/** The scope sockets and server.ts's queue read get for this token. */
const directScope = async (token: JWT) => scopeFromRequest({ headers: { cookie: await cookieOf(token) } } as IncomingMessage);

const scopes = async (token: JWT) => Promise.all([pageScope(token), directScope(token)]);

const signOut = async (token: JWT) => {
  // What next-auth hands its signOut event: the token it decoded from the cookie.
  const decoded = await decode({ token: await encode({ token, secret: secret() }), secret: secret() });
  await authOptions().events!.signOut!({ token: decoded!, session: undefined as never });
};

const now = () => Math.floor(Date.now() / 1000);

beforeAll(() => ensureNetwork());

describe("[AUTH] a session's absolute lifetime", () => {
  it("opens pages, routes and sockets from sign-in until 12 h later, however recently it was used", async () => {
    const officer = await staffMember("OFFICER", { consulate: "LAX" });
    const token = (await signIn(officer.email))!;
    expect(token).toMatchObject({ sub: officer.id, sessionVersion: 0 });
    expect((await scopes(token)).map((scope) => scope?.userId)).toEqual([officer.id, officer.id]);

    // Encoded just now, as next-auth rolls it on every use: a fresh expiry, an old sign-in.
    const nearlyOver = { ...token, authTime: now() - SESSION_MAX_AGE_SECONDS + 60 };
    expect((await scopes(nearlyOver)).map((scope) => scope?.userId)).toEqual([officer.id, officer.id]);
    const over = { ...token, authTime: now() - SESSION_MAX_AGE_SECONDS - 1 };
    expect(await scopes(over)).toEqual([null, null]);
  });

  it("refuses a token without a sign-in time, as every one made before they were recorded", async () => {
    const officer = await staffMember("OFFICER", { consulate: "LAX" });
    expect(await scopes({ sub: officer.id, name: officer.name, email: officer.email })).toEqual([null, null]);
  });
});

describe("[AUTH] ending a user's sessions", () => {
  it("signing out ends every session of that user, and signing in again carries on", async () => {
    const officer = await staffMember("OFFICER", { consulate: "LAX" });
    const [desk, laptop] = [(await signIn(officer.email))!, (await signIn(officer.email))!];
    await signOut(desk);
    expect(await scopes(desk)).toEqual([null, null]);
    expect(await scopes(laptop)).toEqual([null, null]);
    const audit = await db.auditLog.findMany({ where: { actorUserId: officer.id, action: "auth.sign_out" } });
    expect(audit).toHaveLength(1);

    const again = (await signIn(officer.email))!;
    expect((await scopes(again)).map((scope) => scope?.userId)).toEqual([officer.id, officer.id]);
    // An old, already ended token cannot sign the user out of the session they opened since.
    await signOut(laptop);
    expect((await scopes(again)).map((scope) => scope?.userId)).toEqual([officer.id, officer.id]);
  });

  it("a new role ends the sessions opened under the old one; the next sign-in has the new role", async () => {
    const user = await staffMember("OFFICER", { consulate: "LAX" });
    const before = (await signIn(user.email))!;
    const oeste = await db.region.findUniqueOrThrow({ where: { code: "OESTE" } });
    await changeUserRole({ userId: user.id, placement: { role: "SUPERVISOR", regionId: oeste.id } });
    expect(await scopes(before)).toEqual([null, null]);

    const after = (await signIn(user.email))!;
    for (const scope of await scopes(after)) expect(scope).toMatchObject({ role: "SUPERVISOR", regionId: oeste.id, consulateId: null });
  });

  it("a move to another consulate ends the sessions; the next sign-in is at the new one", async () => {
    const user = await staffMember("LEGAL_AID", { consulate: "LAX" });
    const before = (await signIn(user.email))!;
    const houston = await db.consulate.findUniqueOrThrow({ where: { code: "HOU" } });
    await moveUser({ userId: user.id, to: { consulateId: houston.id } });
    expect(await scopes(before)).toEqual([null, null]);

    const after = (await signIn(user.email))!;
    for (const scope of await scopes(after)) expect(scope).toMatchObject({ role: "LEGAL_AID", consulateCode: "HOU" });
  });

  it("disabling a user ends their sessions, and they cannot sign in again", async () => {
    const user = await staffMember("OFFICER", { consulate: "LAX" });
    const before = (await signIn(user.email))!;
    await disableUser({ userId: user.id });
    expect(await scopes(before)).toEqual([null, null]);
    expect(await signIn(user.email)).toBeNull();
  });

  it("ends only that user's sessions", async () => {
    const [leaving, staying] = await Promise.all([staffMember("OFFICER", { consulate: "LAX" }), staffMember("OFFICER", { consulate: "LAX" })]);
    const [theirs, colleagues] = [(await signIn(leaving.email))!, (await signIn(staying.email))!];
    await disableUser({ userId: leaving.id });
    expect(await scopes(theirs)).toEqual([null, null]);
    expect((await scopes(colleagues)).map((scope) => scope?.userId)).toEqual([staying.id, staying.id]);
  });
});
