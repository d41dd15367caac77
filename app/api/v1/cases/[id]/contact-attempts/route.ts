// POST /api/v1/cases/:id/contact-attempts: records a call to the person or a relative and how it went.
import { logContactAttempt } from "@/lib/cases/mutations";
import { CASE_ROLES } from "@/lib/cases/policy";
import { contactAttemptSchema } from "@/lib/cases/schema";
import { json } from "@/lib/server/http/responses";
import { withStaff } from "@/lib/server/http/with-staff";

export const dynamic = "force-dynamic";

export const POST = withStaff({ roles: CASE_ROLES, body: contactAttemptSchema }, async ({ scope, params, body }) =>
  json({ attempt: await logContactAttempt({ scope, caseId: params.id, attempt: body }) }, 201),
);
