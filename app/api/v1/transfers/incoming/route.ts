// GET /api/v1/transfers/incoming: transfer requests waiting for the caller's consulate (or region) to answer;
// audited as read.transfers (each names its person) with their case ids.
import { readListAudited } from "@/lib/audit/list-read";
import { CASE_ROLES } from "@/lib/cases/policy";
import { listIncomingTransfers } from "@/lib/legal-aid/transfers-data";
import { requestAddress } from "@/lib/server/http/client-address";
import { json } from "@/lib/server/http/responses";
import { withStaff } from "@/lib/server/http/with-staff";

export const dynamic = "force-dynamic";

export const GET = withStaff({ roles: CASE_ROLES }, async ({ request, scope }) => {
  const transfers = await readListAudited({
    scope,
    kind: "transfers",
    address: requestAddress(request),
    read: () => listIncomingTransfers(scope),
    caseIds: (list) => list.map((t) => t.caseId),
  });
  return json({ transfers });
});
