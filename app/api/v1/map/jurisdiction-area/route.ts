// GET /api/v1/map/jurisdiction-area?code=LAX: one consulate's area (GeoJSON), shaded on its officers' map.
import { z } from "zod";
import { getJurisdictionArea } from "@/lib/map/jurisdiction-shapes";
import { json } from "@/lib/server/http/responses";
import { parseWith } from "@/lib/server/http/parse-body";
import { withStaff } from "@/lib/server/http/with-staff";

export const dynamic = "force-dynamic";

const querySchema = z.object({ code: z.string().regex(/^[A-Z]{3}$/, "a consulate's three-letter code") });

export const GET = withStaff(async (request) => {
  const { code } = parseWith(querySchema, Object.fromEntries(new URL(request.url).searchParams));
  const area = await getJurisdictionArea(code);
  // A consulate with no counties has no area: nothing to shade.
  return json({ type: "FeatureCollection", features: area ? [area] : [] }, 200, { "Cache-Control": "private, max-age=600" });
});
