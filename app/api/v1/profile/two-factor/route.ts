// GET /api/v1/profile/two-factor: whether the signed-in user's two factors are on, and the recovery codes left.
// POST /api/v1/profile/two-factor: begins an enrolment: a new secret, as a QR code and as text.
import { json } from "@/lib/server/http/responses";
import { withStaff } from "@/lib/server/http/with-staff";
import { getTwoFactorStatus } from "@/lib/two-factor/data";
import { startEnrolment } from "@/lib/two-factor/mutations";

export const dynamic = "force-dynamic";

// beforeTwoFactor: these are the enrolment that AMPARO_REQUIRE_2FA sends an unenrolled user to.
export const GET = withStaff({ beforeTwoFactor: true }, async ({ scope }) => json({ twoFactor: await getTwoFactorStatus(scope) }));

export const POST = withStaff({ beforeTwoFactor: true }, async ({ scope }) => json({ enrolment: await startEnrolment(scope) }, 201));
