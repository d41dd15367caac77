// GET /api/v1/incidents?status=PROPOSED,OPEN: the incidents the caller may see in those statuses (IncidentList).
import { CASE_ROLES } from "@/lib/cases/policy";
import { listIncidents } from "@/lib/incidents/data";
import { incidentsQuerySchema } from "@/lib/incidents/schema";
import { json } from "@/lib/server/http/responses";
import { withStaff } from "@/lib/server/http/with-staff";

export const dynamic = "force-dynamic";

export const GET = withStaff({ roles: CASE_ROLES, query: incidentsQuerySchema }, async ({ scope, query: { status } }) =>
  json({ incidents: await listIncidents(scope, status) }),
);
