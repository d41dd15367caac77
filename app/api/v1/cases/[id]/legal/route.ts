// GET|PATCH /api/v1/cases/:id/legal: the case's legal side (record, A-number, hearings, tasks, transfers,
// family messages, contacts, transfer suggestion); PATCH changes record fields at `version` (0 before the first write).
import { CASE_ROLES } from "@/lib/cases/policy";
import { getLegalDetail } from "@/lib/legal-aid/data";
import { updateLegalRecord } from "@/lib/legal-aid/record";
import { legalRecordPatchSchema } from "@/lib/legal-aid/schema";
import { AppError } from "@/lib/server/errors";
import { json } from "@/lib/server/http/responses";
import { withStaff } from "@/lib/server/http/with-staff";

export const dynamic = "force-dynamic";

export const GET = withStaff({ roles: CASE_ROLES }, async ({ scope, params }) => {
  const detail = await getLegalDetail(scope, params.id);
  if (!detail) throw new AppError("not_found", "not_found");
  return json(detail);
});

export const PATCH = withStaff({ roles: CASE_ROLES, body: legalRecordPatchSchema }, async ({ scope, params, body }) => {
  const { changes } = await updateLegalRecord({ scope, caseId: params.id, patch: body });
  return json({ changes, legal: await getLegalDetail(scope, params.id) });
});
