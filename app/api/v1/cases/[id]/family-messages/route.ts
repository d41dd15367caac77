// POST /api/v1/cases/:id/family-messages: drafts an update to a contact from a template and the case record.
import { draftFamilyMessage } from "@/lib/family/mutations";
import { draftMessageSchema } from "@/lib/family/schema";
import { json } from "@/lib/server/http/responses";
import { withStaff } from "@/lib/server/http/with-staff";

export const dynamic = "force-dynamic";

export const POST = withStaff({ body: draftMessageSchema }, async ({ scope, params, body }) =>
  json({ message: await draftFamilyMessage({ scope, caseId: params.id, draft: body }) }, 201),
);
