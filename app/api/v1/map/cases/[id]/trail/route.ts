// GET /api/v1/map/cases/:id/trail: a case's positions, oldest first, and the last one as a place; audited as read.trail.
import { readThenAudit } from "@/lib/audit/reads";
import { getCaseTrail } from "@/lib/map/data";
import { trailAnswer } from "@/lib/map/trail-answer";
import { OFFICER_MAP_ROLES } from "@/lib/map/policy";
import { AppError } from "@/lib/server/errors";
import { requestAddress } from "@/lib/server/http/client-address";
import { json } from "@/lib/server/http/responses";
import { withStaff } from "@/lib/server/http/with-staff";
import { isUuid } from "@/lib/server/ids";

export const dynamic = "force-dynamic";

export const GET = withStaff({ roles: OFFICER_MAP_ROLES }, async ({ request, scope, params }) => {
  const trail = isUuid(params.id)
    ? await readThenAudit(
        () => getCaseTrail(scope, params.id),
        (points) => points && { actorUserId: scope.userId, kind: "trail", caseId: params.id, parts: ["trail"], ip: requestAddress(request) },
      )
    : null;
  if (!trail) throw new AppError("not_found", "not_found");
  return json(trailAnswer(trail));
});
