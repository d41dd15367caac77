// POST /api/v1/family-messages/:id/approve: a staff member other than the author approves a draft for sending.
import { CASE_ROLES } from "@/lib/cases/policy";
import { approveFamilyMessage } from "@/lib/family/mutations";
import { emptyBodySchema } from "@/lib/legal-aid/schema";
import { json } from "@/lib/server/http/responses";
import { withStaff } from "@/lib/server/http/with-staff";

export const dynamic = "force-dynamic";

export const POST = withStaff({ roles: CASE_ROLES, body: emptyBodySchema }, async ({ scope, params }) =>
  json({ message: await approveFamilyMessage({ scope, messageId: params.id }) }),
);
