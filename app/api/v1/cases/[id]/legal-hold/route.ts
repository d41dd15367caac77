// PUT /api/v1/cases/:id/legal-hold: puts the case on legal hold (a reason required) at the version read; DELETE lifts it. Answers the case and its hold.
import { CASE_ROLES } from "@/lib/cases/policy";
import { liftLegalHold, placeLegalHold } from "@/lib/retention/legal-hold-mutations";
import { liftLegalHoldSchema, placeLegalHoldSchema } from "@/lib/retention/schema";
import { json } from "@/lib/server/http/responses";
import { withStaff } from "@/lib/server/http/with-staff";

export const dynamic = "force-dynamic";

export const PUT = withStaff({ roles: CASE_ROLES, body: placeLegalHoldSchema }, async ({ scope, params, body }) =>
  json(await placeLegalHold({ scope, caseId: params.id, ...body })),
);

export const DELETE = withStaff({ roles: CASE_ROLES, body: liftLegalHoldSchema }, async ({ scope, params, body }) =>
  json(await liftLegalHold({ scope, caseId: params.id, ...body })),
);
