// GET /api/v1/map/overview?region=OESTE: the supervisors' regional view, aggregated (no exact case points);
// its possible raids name their people, so it is audited as read.region with the case ids they held.
import { readListAudited } from "@/lib/audit/list-read";
import { getRegionOverview, overviewCaseIds } from "@/lib/map/data";
import { REGION_WATCHERS } from "@/lib/map/policy";
import { overviewQuerySchema } from "@/lib/map/schema";
import { requestAddress } from "@/lib/server/http/client-address";
import { json } from "@/lib/server/http/responses";
import { withStaff } from "@/lib/server/http/with-staff";

export const dynamic = "force-dynamic";

export const GET = withStaff({ roles: REGION_WATCHERS, query: overviewQuerySchema }, async ({ request, scope, query: { region } }) =>
  json(
    await readListAudited({ scope, kind: "region", address: requestAddress(request), read: () => getRegionOverview(scope, region), caseIds: overviewCaseIds }),
  ),
);
