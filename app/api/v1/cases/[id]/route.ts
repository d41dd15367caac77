// GET /api/v1/cases/[id]: one case in full; 404 when it does not exist or the caller may not see it
// (the two are indistinguishable on purpose).
import { getCase } from "@/lib/cases/detail-data";
import { CASE_ROLES } from "@/lib/cases/policy";
import { AppError } from "@/lib/server/errors";
import { json } from "@/lib/server/http/responses";
import { withStaff } from "@/lib/server/http/with-staff";

export const dynamic = "force-dynamic";

export const GET = withStaff({ roles: CASE_ROLES }, async ({ scope, params }) => {
  const detail = await getCase(scope, params.id);
  if (!detail) throw new AppError("not_found", "not_found");
  return json(detail);
});
