// POST /api/v1/incidents/:id/bulk (BulkRequest): one action on many of the incident's cases in one
// transaction; 200 BulkResult, or 409 BulkStale listing the cases that changed meanwhile (nothing written).
import { CASE_ROLES } from "@/lib/cases/policy";
import { bulkIncidentAction } from "@/lib/incidents/bulk-mutations";
import { bulkSchema } from "@/lib/incidents/schema";
import { json } from "@/lib/server/http/responses";
import { withStaff } from "@/lib/server/http/with-staff";

export const dynamic = "force-dynamic";

export const POST = withStaff({ roles: CASE_ROLES, body: bulkSchema }, async ({ scope, params, body }) => {
  const result = await bulkIncidentAction({ scope, incidentId: params.id, request: body });
  return "stale" in result ? json(result, 409) : json(result);
});
