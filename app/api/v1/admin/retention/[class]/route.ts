// PUT /api/v1/admin/retention/:class: an administrator sets a class's schedule at the version read (409 naming the earlier change).
import { updateRetentionPolicy } from "@/lib/retention/policy-mutations";
import { retentionClassParamsSchema, updateRetentionPolicySchema } from "@/lib/retention/schema";
import { json } from "@/lib/server/http/responses";
import { withStaff } from "@/lib/server/http/with-staff";
import { ADMIN_AREA_ROLES } from "@/lib/users/admin-policy";

export const dynamic = "force-dynamic";

export const PUT = withStaff(
  { roles: ADMIN_AREA_ROLES.retention, params: retentionClassParamsSchema, body: updateRetentionPolicySchema },
  async ({ scope, params, body }) => json({ policy: await updateRetentionPolicy({ scope, retentionClass: params.class, input: body }) }),
);
