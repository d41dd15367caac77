// Relay keys let a caller open cases anywhere: only administrators manage them.
import type { StaffScope } from "@/lib/server/auth/scope";
import { AppError } from "@/lib/server/errors";

export const canManageRelayKeys = (scope: StaffScope) => scope.role === "ADMIN";

export const assertCanManageRelayKeys = (scope: StaffScope) => {
  if (!canManageRelayKeys(scope)) throw new AppError("forbidden", "Only administrators manage relay keys");
};
