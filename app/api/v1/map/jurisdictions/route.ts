// GET /api/v1/map/jurisdictions: county FIPS → consulate code, for shading counties by their consulate.
import { listJurisdictions } from "@/lib/map/data";
import { json } from "@/lib/server/http/responses";
import { withStaff } from "@/lib/server/http/with-staff";

export const dynamic = "force-dynamic";

export const GET = withStaff(async () =>
  json({ jurisdictions: await listJurisdictions() }, 200, { "Cache-Control": "private, max-age=3600" }),
);
