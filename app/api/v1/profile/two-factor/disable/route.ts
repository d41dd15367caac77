// POST /api/v1/profile/two-factor/disable: turns the user's own two factors off, for a fresh code (409 where the deployment requires them).
import { json } from "@/lib/server/http/responses";
import { withStaff } from "@/lib/server/http/with-staff";
import { disableTwoFactor } from "@/lib/two-factor/mutations";
import { codeSchema } from "@/lib/two-factor/schema";

export const dynamic = "force-dynamic";

export const POST = withStaff({ body: codeSchema }, async ({ scope, body: { code } }) => {
  await disableTwoFactor({ scope, code });
  return json({ ok: true });
});
