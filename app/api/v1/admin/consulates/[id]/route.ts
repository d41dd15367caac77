// PATCH /api/v1/admin/consulates/:id: an administrator saves a consulate's settings (409 when another save came first).
import { consulateParamsSchema, updateSettingsSchema } from "@/lib/consulates/schema";
import { updateConsulateSettings } from "@/lib/consulates/settings-mutations";
import { json } from "@/lib/server/http/responses";
import { withStaff } from "@/lib/server/http/with-staff";
import { ADMIN_AREA_ROLES } from "@/lib/users/admin-policy";

export const dynamic = "force-dynamic";

export const PATCH = withStaff(
  { roles: ADMIN_AREA_ROLES.consulates, params: consulateParamsSchema, body: updateSettingsSchema },
  async ({ scope, params, body }) => json(await updateConsulateSettings({ scope, consulateId: params.id, input: body })),
);
