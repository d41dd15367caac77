// GET /api/v1/cases/:id/workers: who can be assigned legal-aid work or tasks on this case.
import { CASE_ROLES } from "@/lib/cases/policy";
import { listCaseWorkers } from "@/lib/legal-aid/data";
import { AppError } from "@/lib/server/errors";
import { json } from "@/lib/server/http/responses";
import { withStaff } from "@/lib/server/http/with-staff";

export const dynamic = "force-dynamic";

export const GET = withStaff({ roles: CASE_ROLES }, async ({ scope, params }) => {
  const workers = await listCaseWorkers(scope, params.id);
  if (!workers) throw new AppError("not_found", "not_found");
  return json({ workers });
});
