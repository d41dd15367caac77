// GET|PATCH /api/v1/admin/jurisdictions/:fips: an administrator reads a county's consulate and history, or reassigns it with a reason.
import { getCountyHistory } from "@/lib/consulates/jurisdiction-data";
import { reassignCounty } from "@/lib/consulates/jurisdiction-mutations";
import { countyParamsSchema, reassignCountySchema } from "@/lib/consulates/schema";
import { AppError } from "@/lib/server/errors";
import { json } from "@/lib/server/http/responses";
import { withStaff } from "@/lib/server/http/with-staff";
import { ADMIN_AREA_ROLES } from "@/lib/users/admin-policy";

export const dynamic = "force-dynamic";

export const GET = withStaff({ roles: ADMIN_AREA_ROLES.jurisdictions, params: countyParamsSchema }, async ({ params }) => {
  const history = await getCountyHistory(params.fips);
  if (!history) throw new AppError("not_found", "not_found");
  return json(history);
});

export const PATCH = withStaff(
  { roles: ADMIN_AREA_ROLES.jurisdictions, params: countyParamsSchema, body: reassignCountySchema },
  async ({ scope, params, body }) => json(await reassignCounty({ scope, fips: params.fips, input: body })),
);
