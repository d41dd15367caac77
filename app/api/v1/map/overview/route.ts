// GET /api/v1/map/overview?region=OESTE: the supervisors' regional view, aggregated (no exact case points).
import { getRegionOverview } from "@/lib/map/data";
import { REGION_WATCHERS } from "@/lib/map/policy";
import { overviewQuerySchema } from "@/lib/map/schema";
import { json } from "@/lib/server/http/responses";
import { withStaff } from "@/lib/server/http/with-staff";

export const dynamic = "force-dynamic";

export const GET = withStaff({ roles: REGION_WATCHERS, query: overviewQuerySchema }, async ({ scope, query: { region } }) =>
  json(await getRegionOverview(scope, region)),
);
