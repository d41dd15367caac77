// GET /api/v1/map/overview?region=OESTE: the supervisors' regional view, aggregated (no exact case points).
import { getRegionOverview } from "@/lib/map/data";
import { json } from "@/lib/server/http/responses";
import { withStaff } from "@/lib/server/http/with-staff";

export const dynamic = "force-dynamic";

export const GET = withStaff(async (request, { scope }) => {
  const region = new URL(request.url).searchParams.get("region");
  return json(await getRegionOverview(scope, region && region !== "all" ? region.toUpperCase() : null));
});
