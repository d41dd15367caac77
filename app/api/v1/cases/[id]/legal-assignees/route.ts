// GET /api/v1/cases/:id/legal-assignees: whom a referral to legal aid can name, and the one suggested.
import { CASE_ROLES } from "@/lib/cases/policy";
import { listReferralAssignees } from "@/lib/legal-aid/data";
import { AppError } from "@/lib/server/errors";
import { json } from "@/lib/server/http/responses";
import { withStaff } from "@/lib/server/http/with-staff";

export const dynamic = "force-dynamic";

export const GET = withStaff({ roles: CASE_ROLES }, async ({ scope, params }) => {
  const found = await listReferralAssignees(scope, params.id);
  if (!found) throw new AppError("not_found", "not_found");
  return json(found);
});
