// GET /api/v1/map/cases/:id/trail: a case's positions, oldest first, and the last one as a place.
import { getCaseTrail } from "@/lib/map/data";
import { trailAnswer } from "@/lib/map/trail-answer";
import { OFFICER_MAP_ROLES } from "@/lib/map/policy";
import { AppError } from "@/lib/server/errors";
import { json } from "@/lib/server/http/responses";
import { withStaff } from "@/lib/server/http/with-staff";
import { isUuid } from "@/lib/server/ids";

export const dynamic = "force-dynamic";

export const GET = withStaff({ roles: OFFICER_MAP_ROLES }, async ({ scope, params }) => {
  const trail = isUuid(params.id) ? await getCaseTrail(scope, params.id) : null;
  if (!trail) throw new AppError("not_found", "not_found");
  return json(trailAnswer(trail));
});
