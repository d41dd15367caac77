// POST /api/v1/cases/:id/transfers: asks another consulate to take the case, with a reason.
import { CASE_ROLES } from "@/lib/cases/policy";
import { transferRequestSchema } from "@/lib/legal-aid/schema";
import { requestTransfer } from "@/lib/legal-aid/transfers";
import { json } from "@/lib/server/http/responses";
import { withStaff } from "@/lib/server/http/with-staff";

export const dynamic = "force-dynamic";

export const POST = withStaff({ roles: CASE_ROLES, body: transferRequestSchema }, async ({ scope, params, body }) =>
  json({ transfer: await requestTransfer({ scope, caseId: params.id, ...body }) }, 201),
);
