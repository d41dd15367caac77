// POST /api/v1/incidents/:id/close {version}: closes an open incident.
import { closeIncident } from "@/lib/incidents/mutations";
import { INCIDENT_WORKERS } from "@/lib/incidents/policy";
import { incidentVersionSchema } from "@/lib/incidents/schema";
import { json } from "@/lib/server/http/responses";
import { withStaff } from "@/lib/server/http/with-staff";

export const dynamic = "force-dynamic";

export const POST = withStaff({ roles: INCIDENT_WORKERS, body: incidentVersionSchema }, async ({ scope, params, body }) =>
  json({ incident: await closeIncident({ scope, incidentId: params.id, ...body }) }),
);
