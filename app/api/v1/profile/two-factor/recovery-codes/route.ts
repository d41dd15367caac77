// POST /api/v1/profile/two-factor/recovery-codes: ten new recovery codes for a fresh code; the old ones stop working.
import { json } from "@/lib/server/http/responses";
import { withStaff } from "@/lib/server/http/with-staff";
import { regenerateRecoveryCodes } from "@/lib/two-factor/mutations";
import { codeSchema } from "@/lib/two-factor/schema";

export const dynamic = "force-dynamic";

export const POST = withStaff({ body: codeSchema }, async ({ scope, body: { code } }) => json(await regenerateRecoveryCodes({ scope, code })));
