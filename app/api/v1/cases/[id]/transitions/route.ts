// POST /api/v1/cases/:id/transitions: moves a case along its lifecycle, if the version is still current.
import { transitionCase } from "@/lib/cases/mutations";
import { transitionSchema } from "@/lib/cases/schema";
import { readJsonWith } from "@/lib/server/http/parse-body";
import { json } from "@/lib/server/http/responses";
import { withStaff } from "@/lib/server/http/with-staff";

export const dynamic = "force-dynamic";

export const POST = withStaff<{ id: string }>(async (request, { scope, params }) => {
  const body = await readJsonWith(request, transitionSchema);
  return json({ case: await transitionCase({ scope, caseId: params.id, ...body }) });
});
