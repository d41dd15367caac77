// POST /api/v1/incidents/:id/dismiss {version, reason}: turns a proposal down, saying why.
import { dismissIncident } from "@/lib/incidents/mutations";
import { INCIDENT_WORKERS } from "@/lib/incidents/policy";
import { dismissIncidentSchema } from "@/lib/incidents/schema";
import { json } from "@/lib/server/http/responses";
import { withStaff } from "@/lib/server/http/with-staff";

export const dynamic = "force-dynamic";

export const POST = withStaff({ roles: INCIDENT_WORKERS, body: dismissIncidentSchema }, async ({ scope, params, body }) =>
  json({ incident: await dismissIncident({ scope, incidentId: params.id, ...body }) }),
);
