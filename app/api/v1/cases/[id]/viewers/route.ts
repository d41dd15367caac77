// GET /api/v1/cases/[id]/viewers: who opened the case and when (name, role, consulate, last time, how many
// times), the latest first; 404 when it does not exist or the caller may not read it.
import { listCaseViewers } from "@/lib/audit/viewers-data";
import { CASE_ROLES } from "@/lib/cases/policy";
import { AppError } from "@/lib/server/errors";
import { json } from "@/lib/server/http/responses";
import { withStaff } from "@/lib/server/http/with-staff";

export const dynamic = "force-dynamic";

export const GET = withStaff({ roles: CASE_ROLES }, async ({ scope, params }) => {
  const viewers = await listCaseViewers(scope, params.id);
  if (!viewers) throw new AppError("not_found", "not_found");
  return json({ viewers });
});
