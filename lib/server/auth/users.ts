// The auth gate's own reads of a staff member: by e-mail to sign in, by id
// for the scope of every request. They are the gate's, not the users domain's:
// lib/server imports no domain, and every Next bundle that checks a session
// needs them without any registration to forget.
import "server-only";
import { db } from "@/lib/server/db";
import type { ScopeUser } from "@/lib/server/auth/scope";

const scopeSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  locale: true,
  active: true,
  consulateId: true,
  regionId: true,
  region: { select: { code: true, name: true } },
  consulate: { select: { code: true, timeZone: true, regionId: true } },
} as const;

/** The user as the auth gate needs them, or null when unknown or deactivated. */
export const getScopeUser = async (userId: string): Promise<ScopeUser | null> => {
  const user = await db.user.findUnique({ where: { id: userId }, select: scopeSelect });
  if (!user || !user.active) return null;
  return {
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
  };
};

export const getCredentials = (email: string) =>
  db.user.findUnique({
    where: { email: email.trim().toLowerCase() },
    select: { id: true, email: true, name: true, passwordHash: true, active: true },
  });
