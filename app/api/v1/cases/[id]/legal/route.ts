// GET|PATCH /api/v1/cases/:id/legal: the case's legal side (record, A-number, hearings, tasks, transfers,
// family messages, contacts, transfer suggestion), audited as read.legal (503 audit_unavailable without its row); PATCH changes record fields at `version` (0 before the first write).
import { readThenAudit } from "@/lib/audit/reads";
import { CASE_ROLES } from "@/lib/cases/policy";
import { getLegalDetail } from "@/lib/legal-aid/data";
import { updateLegalRecord } from "@/lib/legal-aid/record";
import { legalRecordPatchSchema } from "@/lib/legal-aid/schema";
import { AppError } from "@/lib/server/errors";
import { requestAddress } from "@/lib/server/http/client-address";
import { json } from "@/lib/server/http/responses";
import { withStaff } from "@/lib/server/http/with-staff";
import { isUuid } from "@/lib/server/ids";

export const dynamic = "force-dynamic";

export const GET = withStaff({ roles: CASE_ROLES }, async ({ request, scope, params }) => {
  const detail = isUuid(params.id)
    ? await readThenAudit(
        () => getLegalDetail(scope, params.id),
        (legal) =>
          legal && { actorUserId: scope.userId, kind: "legal", caseId: params.id, parts: ["legal", "family_messages", "contacts"], ip: requestAddress(request) },
      )
    : null;
  if (!detail) throw new AppError("not_found", "not_found");
  return json(detail);
});

export const PATCH = withStaff({ roles: CASE_ROLES, body: legalRecordPatchSchema }, async ({ scope, params, body }) => {
  const { changes } = await updateLegalRecord({ scope, caseId: params.id, patch: body });
  return json({ changes, legal: await getLegalDetail(scope, params.id) });
});
