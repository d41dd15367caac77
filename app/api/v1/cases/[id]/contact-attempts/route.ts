// POST /api/v1/cases/:id/contact-attempts: records a call to the person or a relative and how it went.
import { logContactAttempt } from "@/lib/cases/mutations";
import { contactAttemptSchema } from "@/lib/cases/schema";
import { readJsonWith } from "@/lib/server/http/parse-body";
import { json } from "@/lib/server/http/responses";
import { withStaff } from "@/lib/server/http/with-staff";

export const dynamic = "force-dynamic";

export const POST = withStaff<{ id: string }>(async (request, { scope, params }) => {
  const attempt = await readJsonWith(request, contactAttemptSchema);
  return json({ attempt: await logContactAttempt({ scope, caseId: params.id, attempt }) }, 201);
});
