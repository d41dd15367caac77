// GET /api/v1/legal-aid/cases: the legal-aid queue, filtered like the triage queue (status defaults to
// REFERRED_LEGAL_AID; owner=me|unassigned|<id> is the legal-aid assignee; overdue=1): { cases, total };
// audited as read.legal_queue (read.search with `q`, its terms as blind hashes) with the case ids returned.
import { readListAudited } from "@/lib/audit/list-read";
import { CASE_ROLES } from "@/lib/cases/policy";
import { listLegalAidCases } from "@/lib/legal-aid/data";
import { legalQueueQuerySchema } from "@/lib/legal-aid/schema";
import { requestAddress } from "@/lib/server/http/client-address";
import { json } from "@/lib/server/http/responses";
import { withStaff } from "@/lib/server/http/with-staff";

export const dynamic = "force-dynamic";

export const GET = withStaff({ roles: CASE_ROLES, query: legalQueueQuerySchema }, async ({ request, scope, query }) =>
  json(
    await readListAudited({
      scope,
      kind: "legal_queue",
      q: query.q,
      address: requestAddress(request),
      read: () => listLegalAidCases(scope, query),
      caseIds: (page) => page.cases.map((c) => c.id),
    }),
  ),
);
