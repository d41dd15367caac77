// GET /api/v1/legal-aid/cases: the legal-aid queue, filtered like the triage queue (status defaults to
// REFERRED_LEGAL_AID; owner=me|unassigned|<id> is the legal-aid assignee; overdue=1): { cases, total }.
import { CASE_ROLES } from "@/lib/cases/policy";
import { listLegalAidCases } from "@/lib/legal-aid/data";
import { legalQueueQuerySchema } from "@/lib/legal-aid/schema";
import { json } from "@/lib/server/http/responses";
import { withStaff } from "@/lib/server/http/with-staff";

export const dynamic = "force-dynamic";

export const GET = withStaff({ roles: CASE_ROLES, query: legalQueueQuerySchema }, async ({ scope, query }) =>
  json(await listLegalAidCases(scope, query)),
);
