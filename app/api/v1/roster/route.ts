// GET /api/v1/roster?consulate=LAX&week=YYYY-MM-DD: one consulate's on-duty roster for a week (its staff and their supervisors).
import { getRoster } from "@/lib/duty/data";
import { ROSTER_READERS } from "@/lib/duty/policy";
import { rosterQuerySchema } from "@/lib/duty/schema";
import { json } from "@/lib/server/http/responses";
import { withStaff } from "@/lib/server/http/with-staff";

export const dynamic = "force-dynamic";

export const GET = withStaff({ roles: ROSTER_READERS, query: rosterQuerySchema }, async ({ scope, query }) => json(await getRoster(scope, query)));
