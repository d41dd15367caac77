// PATCH /api/v1/cases/:id/hearings/:hearingId: changes, records the result of, or cancels a hearing at `version`.
import { CASE_ROLES } from "@/lib/cases/policy";
import { updateHearing } from "@/lib/legal-aid/hearings";
import { hearingPatchSchema } from "@/lib/legal-aid/schema";
import { json } from "@/lib/server/http/responses";
import { withStaff } from "@/lib/server/http/with-staff";

export const dynamic = "force-dynamic";

export const PATCH = withStaff({ roles: CASE_ROLES, body: hearingPatchSchema }, async ({ scope, params, body }) =>
  json({ hearing: await updateHearing({ scope, caseId: params.id, hearingId: params.hearingId, patch: body }) }),
);
