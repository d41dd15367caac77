// PATCH /api/v1/cases/:id/hearings/:hearingId: changes, records the result of, or cancels a hearing at `version`.
import { updateHearing } from "@/lib/legal-aid/hearings";
import { hearingPatchSchema } from "@/lib/legal-aid/schema";
import { readJsonWith } from "@/lib/server/http/parse-body";
import { json } from "@/lib/server/http/responses";
import { withStaff } from "@/lib/server/http/with-staff";

export const dynamic = "force-dynamic";

export const PATCH = withStaff<{ id: string; hearingId: string }>(async (request, { scope, params }) => {
  const patch = await readJsonWith(request, hearingPatchSchema);
  return json({ hearing: await updateHearing({ scope, caseId: params.id, hearingId: params.hearingId, patch }) });
});
