// GET /api/v1/map/cases/:id/trail: a case's positions, oldest first.
import { getCaseTrail } from "@/lib/map/data";
import { AppError } from "@/lib/server/errors";
import { json } from "@/lib/server/http/responses";
import { withStaff } from "@/lib/server/http/with-staff";

export const dynamic = "force-dynamic";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const GET = withStaff(async ({ scope, params }) => {
  const trail = UUID.test(params.id) ? await getCaseTrail(scope, params.id) : null;
  if (!trail) throw new AppError("not_found", "not_found");
  return json({ trail });
});
