// POST /api/v1/cases/:id/hearings: schedules a hearing; reminders go to the legal-aid assignee 48 h and 2 h before.
import { CASE_ROLES } from "@/lib/cases/policy";
import { scheduleHearing } from "@/lib/legal-aid/hearings";
import { hearingCreateSchema } from "@/lib/legal-aid/schema";
import { json } from "@/lib/server/http/responses";
import { withStaff } from "@/lib/server/http/with-staff";

export const dynamic = "force-dynamic";

export const POST = withStaff({ roles: CASE_ROLES, body: hearingCreateSchema }, async ({ scope, params, body }) =>
  json({ hearing: await scheduleHearing({ scope, caseId: params.id, hearing: body }) }, 201),
);
