// PATCH /api/v1/cases/:id/contacts/:contactId: the language family updates to this contact are written in.
import { setContactLanguage } from "@/lib/family/mutations";
import { contactLanguageSchema } from "@/lib/family/schema";
import { readJsonWith } from "@/lib/server/http/parse-body";
import { json } from "@/lib/server/http/responses";
import { withStaff } from "@/lib/server/http/with-staff";

export const dynamic = "force-dynamic";

export const PATCH = withStaff<{ id: string; contactId: string }>(async (request, { scope, params }) => {
  const { language } = await readJsonWith(request, contactLanguageSchema);
  return json({ contact: await setContactLanguage({ scope, caseId: params.id, contactId: params.contactId, language }) });
});
