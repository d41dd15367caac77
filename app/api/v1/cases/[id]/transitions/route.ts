// POST /api/v1/cases/:id/transitions: moves a case along its lifecycle, if the version is still current.
import { transitionCase } from "@/lib/cases/mutations";
import { CASE_ROLES } from "@/lib/cases/policy";
import { transitionSchema } from "@/lib/cases/schema";
import { json } from "@/lib/server/http/responses";
import { withStaff } from "@/lib/server/http/with-staff";

export const dynamic = "force-dynamic";

export const POST = withStaff({ roles: CASE_ROLES, body: transitionSchema }, async ({ scope, params, body }) =>
  json({ case: await transitionCase({ scope, caseId: params.id, ...body }) }),
);
