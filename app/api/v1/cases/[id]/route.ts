// GET /api/v1/cases/[id]: one case in full; 404 when it does not exist or the caller may not see it
// (the two are indistinguishable on purpose); 503 audit_unavailable when its read.case row cannot be written.
import { getCaseAudited } from "@/lib/cases/detail-read";
import { CASE_ROLES } from "@/lib/cases/policy";
import { AppError } from "@/lib/server/errors";
import { requestAddress } from "@/lib/server/http/client-address";
import { json } from "@/lib/server/http/responses";
import { withStaff } from "@/lib/server/http/with-staff";

export const dynamic = "force-dynamic";

export const GET = withStaff({ roles: CASE_ROLES }, async ({ request, scope, params }) => {
  const detail = await getCaseAudited({ scope, caseId: params.id, address: requestAddress(request) });
  if (!detail) throw new AppError("not_found", "not_found");
  return json(detail);
});
