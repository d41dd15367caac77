// GET /api/v1/profile: the signed-in staff member's notice channels and push devices.
// PATCH /api/v1/profile: saves the mobile phone (E.164), the notice e-mail and the SMS/e-mail switches.
import { profileSchema } from "@/lib/notices/schema";
import { getProfile } from "@/lib/notices/profile-data";
import { updateProfile } from "@/lib/notices/profile-mutations";
import { json } from "@/lib/server/http/responses";
import { withStaff } from "@/lib/server/http/with-staff";

export const dynamic = "force-dynamic";

export const GET = withStaff({}, async ({ scope }) => json({ profile: await getProfile(scope) }));

export const PATCH = withStaff({ body: profileSchema }, async ({ scope, body }) => json({ profile: await updateProfile(scope, body) }));
