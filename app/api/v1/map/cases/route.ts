// GET /api/v1/map/cases: exact points of the open cases the caller may see (the officer's map), in binary (lib/map/case-codec.ts);
// audited as read.map with the case ids it held.
import { readListAudited } from "@/lib/audit/list-read";
import { decodeMapCases, MAP_CASES_CONTENT_TYPE } from "@/lib/map/case-codec";
import { readMapCases } from "@/lib/map/data";
import { OFFICER_MAP_ROLES } from "@/lib/map/policy";
import { requestAddress } from "@/lib/server/http/client-address";
import { withStaff } from "@/lib/server/http/with-staff";

export const dynamic = "force-dynamic";

// PostgreSQL writes the body as it is sent; it is decoded here only for the
// audit row's case ids. Not compressed: the records are mostly ids, which do not compress.
export const GET = withStaff({ roles: OFFICER_MAP_ROLES }, async ({ request, scope }) => {
  const body = await readListAudited({
    scope,
    kind: "map",
    address: requestAddress(request),
    read: () => readMapCases(scope),
    caseIds: (records) => decodeMapCases(records).map((c) => c.id),
  });
  return new Response(body, { headers: { "Content-Type": MAP_CASES_CONTENT_TYPE, "Cache-Control": "no-store" } });
});
