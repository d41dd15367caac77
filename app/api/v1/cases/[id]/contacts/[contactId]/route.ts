// PATCH /api/v1/cases/:id/contacts/:contactId: the language family updates to this contact are written in.
import { CASE_ROLES } from "@/lib/cases/policy";
import { setContactLanguage } from "@/lib/family/mutations";
import { contactLanguageSchema } from "@/lib/family/schema";
import { json } from "@/lib/server/http/responses";
import { withStaff } from "@/lib/server/http/with-staff";

export const dynamic = "force-dynamic";

export const PATCH = withStaff({ roles: CASE_ROLES, body: contactLanguageSchema }, async ({ scope, params, body: { language } }) =>
  json({ contact: await setContactLanguage({ scope, caseId: params.id, contactId: params.contactId, language }) }),
);
