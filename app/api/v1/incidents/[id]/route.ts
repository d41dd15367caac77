// GET /api/v1/incidents/:id: the incident, its cases and notes (IncidentDetail); 404 outside the caller's consulate or region;
// audited as read.incident with its case ids.
// PATCH /api/v1/incidents/:id {version, leadId}: names its lead (an active staff member of its consulate) or none.
import { readListAudited } from "@/lib/audit/list-read";
import { CASE_ROLES } from "@/lib/cases/policy";
import { getIncident } from "@/lib/incidents/data";
import { setIncidentLead } from "@/lib/incidents/mutations";
import { INCIDENT_WORKERS } from "@/lib/incidents/policy";
import { incidentLeadSchema } from "@/lib/incidents/schema";
import { requestAddress } from "@/lib/server/http/client-address";
import { json } from "@/lib/server/http/responses";
import { withStaff } from "@/lib/server/http/with-staff";

export const dynamic = "force-dynamic";

export const GET = withStaff({ roles: CASE_ROLES }, async ({ request, scope, params }) =>
  json(
    await readListAudited({
      scope,
      kind: "incident",
      address: requestAddress(request),
      read: () => getIncident(scope, params.id),
      caseIds: (detail) => detail.cases.map((c) => c.id),
    }),
  ),
);

export const PATCH = withStaff({ roles: INCIDENT_WORKERS, body: incidentLeadSchema }, async ({ scope, params, body }) =>
  json({ incident: await setIncidentLead({ scope, incidentId: params.id, ...body }) }),
);
