// POST /api/v1/family-messages/:id/discard: drops a draft; it stays on the timeline as discarded.
import { CASE_ROLES } from "@/lib/cases/policy";
import { discardFamilyMessage } from "@/lib/family/mutations";
import { emptyBodySchema } from "@/lib/legal-aid/schema";
import { json } from "@/lib/server/http/responses";
import { withStaff } from "@/lib/server/http/with-staff";

export const dynamic = "force-dynamic";

export const POST = withStaff({ roles: CASE_ROLES, body: emptyBodySchema }, async ({ scope, params }) =>
  json({ message: await discardFamilyMessage({ scope, messageId: params.id }) }),
);
