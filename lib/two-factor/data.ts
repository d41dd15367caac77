import "server-only";
import { db } from "@/lib/server/db";
import type { StaffScope } from "@/lib/server/auth/scope";
import type { TwoFactorStatus } from "./types";

/** The signed-in user's own two factors: on or off, and the recovery codes left. */
export const getTwoFactorStatus = async (scope: StaffScope): Promise<TwoFactorStatus> => {
  const user = await db.user.findUniqueOrThrow({ where: { id: scope.userId }, select: { totpEnabledAt: true } });
  const recoveryCodesLeft = user.totpEnabledAt ? await db.recoveryCode.count({ where: { userId: scope.userId, usedAt: null } }) : 0;
  return { enabledAt: user.totpEnabledAt?.toISOString() ?? null, recoveryCodesLeft };
};
