// POST /api/v1/cases/:id/reopen: reopens an ended case, with the reason on the timeline.
import { reopenCase } from "@/lib/cases/mutations";
import { CASE_ROLES } from "@/lib/cases/policy";
import { reopenSchema } from "@/lib/cases/schema";
import { json } from "@/lib/server/http/responses";
import { withStaff } from "@/lib/server/http/with-staff";

export const dynamic = "force-dynamic";

export const POST = withStaff({ roles: CASE_ROLES, body: reopenSchema }, async ({ scope, params, body }) =>
  json({ case: await reopenCase({ scope, caseId: params.id, ...body }) }),
);
