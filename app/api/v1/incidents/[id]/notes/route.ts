// POST /api/v1/incidents/:id/notes {body}: appends a note shared by everyone working the incident.
import { CASE_ROLES } from "@/lib/cases/policy";
import { addIncidentNote } from "@/lib/incidents/mutations";
import { incidentNoteSchema } from "@/lib/incidents/schema";
import { json } from "@/lib/server/http/responses";
import { withStaff } from "@/lib/server/http/with-staff";

export const dynamic = "force-dynamic";

export const POST = withStaff({ roles: CASE_ROLES, body: incidentNoteSchema }, async ({ scope, params, body: { body } }) =>
  json({ note: await addIncidentNote({ scope, incidentId: params.id, body }) }, 201),
);
