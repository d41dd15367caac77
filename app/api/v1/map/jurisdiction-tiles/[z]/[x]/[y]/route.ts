// GET /api/v1/map/jurisdiction-tiles/:z/:x/:y: one vector tile of the borders between consulates' jurisdictions.
import { z } from "zod";
import { JURISDICTION_MAX_ZOOM } from "@/lib/geo/basemap-tiles";
import { getJurisdictionTile } from "@/lib/map/jurisdiction-shapes";
import { parseWith } from "@/lib/server/http/parse-body";
import { withStaff } from "@/lib/server/http/with-staff";

export const dynamic = "force-dynamic";

const index = z.string().regex(/^\d{1,3}$/, "a whole number").transform(Number);
const tileSchema = z
  .object({ z: index.pipe(z.number().max(JURISDICTION_MAX_ZOOM)), x: index, y: index })
  .refine(({ z: zoom, x, y }) => x < 2 ** zoom && y < 2 ** zoom, { message: "no such tile at this zoom", path: ["x"] });

export const GET = withStaff<{ z: string; x: string; y: string }>(async (_request, { params }) => {
  const tile = parseWith(tileSchema, params);
  return new Response(await getJurisdictionTile(tile.z, tile.x, tile.y), {
    // The table changes with a seed, not with traffic (the server reads it again after ten minutes).
    headers: { "Content-Type": "application/vnd.mapbox-vector-tile", "Cache-Control": "private, max-age=600" },
  });
});
