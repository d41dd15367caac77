// GET /api/v1/map/jurisdiction-area?code=LAX: one consulate's area (GeoJSON), shaded on its officers' map.
import { getJurisdictionArea } from "@/lib/map/jurisdiction-shapes";
import { jurisdictionAreaQuerySchema } from "@/lib/map/schema";
import { json } from "@/lib/server/http/responses";
import { withStaff } from "@/lib/server/http/with-staff";

export const dynamic = "force-dynamic";

export const GET = withStaff({ query: jurisdictionAreaQuerySchema }, async ({ query: { code } }) => {
  const area = await getJurisdictionArea(code);
  // A consulate with no counties has no area: nothing to shade.
  return json({ type: "FeatureCollection", features: area ? [area] : [] }, 200, { "Cache-Control": "private, max-age=600" });
});
