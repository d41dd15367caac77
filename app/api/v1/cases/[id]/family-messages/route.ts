// POST /api/v1/cases/:id/family-messages: drafts an update to a contact from a template and the case record.
import { draftFamilyMessage } from "@/lib/family/mutations";
import { draftMessageSchema } from "@/lib/family/schema";
import { readJsonWith } from "@/lib/server/http/parse-body";
import { json } from "@/lib/server/http/responses";
import { withStaff } from "@/lib/server/http/with-staff";

export const dynamic = "force-dynamic";

export const POST = withStaff<{ id: string }>(async (request, { scope, params }) => {
  const draft = await readJsonWith(request, draftMessageSchema);
  return json({ message: await draftFamilyMessage({ scope, caseId: params.id, draft }) }, 201);
});
