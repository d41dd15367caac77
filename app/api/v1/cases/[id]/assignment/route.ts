// POST /api/v1/cases/:id/assignment: gives the case to an officer of its consulate.
import { assignCase } from "@/lib/cases/mutations";
import { CASE_ROLES } from "@/lib/cases/policy";
import { assignmentSchema } from "@/lib/cases/schema";
import { json } from "@/lib/server/http/responses";
import { withStaff } from "@/lib/server/http/with-staff";

export const dynamic = "force-dynamic";

export const POST = withStaff({ roles: CASE_ROLES, body: assignmentSchema }, async ({ scope, params, body }) =>
  json({ case: await assignCase({ scope, caseId: params.id, ...body }) }),
);
