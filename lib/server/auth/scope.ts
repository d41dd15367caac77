// The authorized scope: who is asking, with the role and consulate or region
// read from the database. Data functions require one; only the auth gate
// (session.ts, socket-auth.ts) mints it, from a verified session.
import type { Role } from "@/lib/generated/prisma/enums";

declare const scopeBrand: unique symbol;

export type StaffScope = {
  readonly userId: string;
  readonly email: string;
  readonly name: string;
  readonly role: Role;
  readonly consulateId: string | null;
  readonly consulateCode: string | null;
  readonly timeZone: string | null;
  readonly regionId: string | null;
  readonly regionCode: string | null;
  readonly regionName: string | null;
  readonly locale: "es" | "en";
  /** An authenticator app confirmed (two-factor-gate.ts: AMPARO_REQUIRE_2FA holds back everyone else). */
  readonly twoFactorEnabled: boolean;
  readonly [scopeBrand]: true;
};

export type ScopeUser = Omit<StaffScope, typeof scopeBrand>;

export const mintScope = (user: ScopeUser): StaffScope => Object.freeze({ ...user }) as StaffScope;
