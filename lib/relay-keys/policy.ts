// Relay keys let a caller open cases anywhere: only administrators manage them.
import type { Role } from "@/lib/generated/prisma/enums";
import type { StaffScope } from "@/lib/server/auth/scope";

/** The roles of the relay-key routes (withStaff refuses the others with 403) and of the admin page. */
export const RELAY_KEY_MANAGERS: readonly Role[] = ["ADMIN"];

export const canManageRelayKeys = (scope: StaffScope) => RELAY_KEY_MANAGERS.includes(scope.role);
