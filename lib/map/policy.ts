// Who looks at which map: officers and legal aid at their consulate's exact
// points (/map); supervisors and administrators at regions, aggregated
// (/supervision).
import type { StaffScope } from "@/lib/server/auth/scope";

export const watchesRegions = (scope: Pick<StaffScope, "role">) => scope.role === "SUPERVISOR" || scope.role === "ADMIN";
