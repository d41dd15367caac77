// GET /api/v1/incidents/:id: the incident, its cases and notes (IncidentDetail); 404 outside the caller's consulate or region.
// PATCH /api/v1/incidents/:id {version, leadId}: names its lead (an active staff member of its consulate) or none.
import { CASE_ROLES } from "@/lib/cases/policy";
import { getIncident } from "@/lib/incidents/data";
import { setIncidentLead } from "@/lib/incidents/mutations";
import { INCIDENT_WORKERS } from "@/lib/incidents/policy";
import { incidentLeadSchema } from "@/lib/incidents/schema";
import { json } from "@/lib/server/http/responses";
import { withStaff } from "@/lib/server/http/with-staff";

export const dynamic = "force-dynamic";

export const GET = withStaff({ roles: CASE_ROLES }, async ({ scope, params }) => json(await getIncident(scope, params.id)));

export const PATCH = withStaff({ roles: INCIDENT_WORKERS, body: incidentLeadSchema }, async ({ scope, params, body }) =>
  json({ incident: await setIncidentLead({ scope, incidentId: params.id, ...body }) }),
);
