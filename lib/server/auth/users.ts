// The auth gate's own reads of a staff member: by e-mail to sign in, by id
// for the scope of every request. They are the gate's, not the users domain's:
// lib/server imports no domain, and every Next bundle that checks a session
// needs them without any registration to forget.
import "server-only";
import { db } from "@/lib/server/db";
import type { ScopeUser } from "@/lib/server/auth/scope";
import type { SessionClaims } from "@/lib/server/auth/session-claims";

const scopeSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  locale: true,
  active: true,
  sessionVersion: true,
  totpEnabledAt: true,
  consulateId: true,
  regionId: true,
  region: { select: { code: true, name: true } },
  consulate: { select: { code: true, timeZone: true, regionId: true } },
} as const;

type ScopeRow = NonNullable<Awaited<ReturnType<typeof readScopeRow>>>;

const readScopeRow = (userId: string) => db.user.findUnique({ where: { id: userId }, select: scopeSelect });

const toScopeUser = (user: ScopeRow): ScopeUser => ({
  userId: user.id,
  email: user.email,
  name: user.name,
  role: user.role,
  consulateId: user.consulateId,
  consulateCode: user.consulate?.code ?? null,
  timeZone: user.consulate?.timeZone ?? null,
  regionId: user.regionId,
  regionCode: user.region?.code ?? null,
  regionName: user.region?.name ?? null,
  locale: user.locale === "en" ? "en" : "es",
  twoFactorEnabled: user.totpEnabledAt !== null,
});

/** The user as the auth gate needs them, or null when unknown or deactivated. */
export const getScopeUser = async (userId: string): Promise<ScopeUser | null> => {
  const user = await readScopeRow(userId);
  return user?.active ? toScopeUser(user) : null;
};

/**
 * The user a session belongs to, or null when they are unknown or
 * deactivated, or their sessions were ended after this one began (the
 * versions differ). The same one read as getScopeUser: checking costs nothing.
 */
export const getSessionUser = async ({ userId, sessionVersion }: Pick<SessionClaims, "userId" | "sessionVersion">): Promise<ScopeUser | null> => {
  const user = await readScopeRow(userId);
  return user?.active && user.sessionVersion === sessionVersion ? toScopeUser(user) : null;
};

/** The current session version of each of these users who is still active (for re-checking open sockets). */
export const getSessionVersions = async (userIds: string[]): Promise<Map<string, number>> => {
  const rows = await db.user.findMany({ where: { id: { in: userIds }, active: true }, select: { id: true, sessionVersion: true } });
  return new Map(rows.map((row) => [row.id, row.sessionVersion]));
};

export const getCredentials = (email: string) =>
  db.user.findUnique({
    where: { email: email.trim().toLowerCase() },
    select: { id: true, email: true, name: true, passwordHash: true, active: true, sessionVersion: true, totpEnabledAt: true },
  });
