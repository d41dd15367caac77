// POST /api/v1/cases/:id/family-messages: drafts an update to a contact from a template and the case record.
import { CASE_ROLES } from "@/lib/cases/policy";
import { draftFamilyMessage } from "@/lib/family/mutations";
import { draftMessageSchema } from "@/lib/family/schema";
import { json } from "@/lib/server/http/responses";
import { withStaff } from "@/lib/server/http/with-staff";

export const dynamic = "force-dynamic";

export const POST = withStaff({ roles: CASE_ROLES, body: draftMessageSchema }, async ({ scope, params, body }) =>
  json({ message: await draftFamilyMessage({ scope, caseId: params.id, draft: body }) }, 201),
);
