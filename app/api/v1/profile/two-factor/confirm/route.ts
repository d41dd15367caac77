// POST /api/v1/profile/two-factor/confirm: the first code from the app turns two factors on; answers the recovery codes, once.
import { json } from "@/lib/server/http/responses";
import { withStaff } from "@/lib/server/http/with-staff";
import { confirmEnrolment } from "@/lib/two-factor/mutations";
import { codeSchema } from "@/lib/two-factor/schema";

export const dynamic = "force-dynamic";

export const POST = withStaff({ body: codeSchema, beforeTwoFactor: true }, async ({ scope, body: { code } }) =>
  json(await confirmEnrolment({ scope, code })),
);
